import { EventEmitter } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import PQueue from 'p-queue';
import type { Connection } from '../connection/connection.js';
import { openConnection } from '../connection/open-connection.js';
import type { CallOptions, Operation } from '../connection/operation.js';
import type { ResponseStream } from '../connection/response-stream.js';
import {
  QueueFullError,
  RiakAbortError,
  RiakClosedError,
  RiakConnectionError,
  RiakError,
  RiakInvalidArgumentError,
  RiakTimeoutError,
} from '../errors.js';
import { leastInFlight, roundRobin, type Balancer } from './balancer.js';
import { Discovery } from './discovery.js';
import { NodePool, nodeKey, type NodeAddress, type NodePoolContext, type NodeStats } from './node-pool.js';
import { resolvePoolOptions, type PoolOptions, type ResolvedPoolOptions } from './pool-options.js';
import { backoffDelay, isRetryable } from './retry.js';

export type { NodeAddress, NodeStats, NodeState } from './node-pool.js';
export type { PoolOptions, RetryOptions, HealthOptions, DiscoveryOptions } from './pool-options.js';

/** Events emitted by the pool (and `RiakClient.on`). */
export interface PoolEvents {
  nodeUp: [event: { node: string }];
  nodeDown: [event: { node: string; error: unknown }];
  nodeAdded: [event: { node: string }];
  nodeRemoved: [event: { node: string }];
  connectionOpen: [event: { node: string }];
  connectionClose: [event: { node: string; error: RiakError | undefined }];
  retry: [event: { node: string; attempt: number; error: unknown }];
}

export interface PoolStats {
  nodes: NodeStats[];
  /** Requests waiting for a free connection. */
  queued: number;
}

/** Parses `host:port`, `host` or `[v6]:port`; the port defaults to Riak's 8087. */
export function parseNode(spec: string): NodeAddress {
  const match = /^(?:\[([^\]]+)\]|([^:\s]+))(?::(\d+))?$/.exec(spec.trim());
  if (!match) throw new RiakInvalidArgumentError(`Invalid node address ${JSON.stringify(spec)} (expected host:port)`);
  const host = match[1] ?? match[2];
  const port = match[3] === undefined ? 8087 : Number(match[3]);
  if (!(port > 0 && port < 65536)) throw new RiakInvalidArgumentError(`Invalid port in node address ${JSON.stringify(spec)}`);
  return { host, port };
}

interface Lease {
  node: NodePool;
  connection: Connection;
}

/**
 * Connections over the cluster's nodes. Each node gets up to
 * `maxConnections` pipelined connections, opened on demand; a request goes to
 * the least-loaded connection with pipeline room on a healthy node, and waits
 * in a bounded FIFO queue (p-queue) when every connection is full.
 */
export class Pool extends EventEmitter<PoolEvents> {
  readonly #options: ResolvedPoolOptions;
  readonly #nodes = new Map<string, NodePool>();
  readonly #balancer: Balancer;
  // Waiters run one at a time, in arrival order: each waits for capacity,
  // takes a connection, and hands its request over.
  readonly #queue = new PQueue({ concurrency: 1 });
  #capacityWaiter: (() => void) | undefined;
  #closed = false;
  readonly #reaper: NodeJS.Timeout;
  readonly #discovery: Discovery | undefined;

  constructor(options: PoolOptions) {
    super();
    this.#options = resolvePoolOptions(options);
    const balancer = this.#options.balancer;
    this.#balancer = typeof balancer === 'function' ? balancer : balancer === 'round-robin' ? roundRobin() : leastInFlight();
    this.#nodeContext = this.#makeNodeContext();
    for (const spec of this.#options.nodes) this.addNode(spec);
    this.#reaper = setInterval(() => {
      const now = Date.now();
      for (const node of this.#nodes.values()) node.reapIdle(now);
    }, Math.max(100, Math.floor(this.#options.idleTimeout / 2)));
    this.#reaper.unref();
    this.#discovery = this.#options.discovery ? new Discovery(this, this.#options.discovery.intervalMs) : undefined;
    this.#warmUp();
  }

  /** Adds a node (used by discovery too); returns false if it was already known. */
  addNode(spec: string): boolean {
    const address = parseNode(spec);
    const key = nodeKey(address);
    if (this.#nodes.has(key) || this.#closed) return false;
    this.#nodes.set(key, new NodePool(address, this.#nodeContext));
    return true;
  }

  /** Takes a node out of the pool; its in-flight requests finish first. */
  removeNode(node: string): boolean {
    const pool = this.#nodes.get(node);
    if (!pool) return false;
    this.#nodes.delete(node);
    pool.state = 'removed';
    void pool.close(this.#options.requestTimeout || 5000);
    this.emit('nodeRemoved', { node });
    return true;
  }

  /** `host:port` of every node in the pool. */
  get nodes(): string[] {
    return [...this.#nodes.keys()];
  }

  stats(): PoolStats {
    return { nodes: [...this.#nodes.values()].map((node) => node.stats()), queued: this.#queue.size + this.#queue.pending };
  }

  /**
   * Sends a unary request; retries it on another connection or node when the
   * failure leaves it safe to (see `isRetryable`), within the call's deadline.
   */
  async send<T>(op: Operation<T>, options: CallOptions = {}): Promise<T> {
    const timeout = options.requestTimeout ?? this.#options.requestTimeout;
    const deadline = timeout > 0 ? Date.now() + timeout : Infinity;
    const idempotent = op.idempotent === true || options.idempotent === true;
    const { attempts } = this.#options.retry;
    const tried = new Set<NodePool>();
    for (let attempt = 1; ; attempt++) {
      let lease: Lease | undefined;
      try {
        lease = await this.#lease(false, tried, options.signal, deadline, timeout);
        lease.connection.unpromise();
        const started = performance.now();
        const result = await lease.connection.send(op, { signal: options.signal, requestTimeout: remaining(deadline) });
        lease.node.recordSuccess(performance.now() - started);
        return result;
      } catch (error) {
        // Connect failures happen before anything is written: always safe to retry.
        const retryable = lease === undefined ? error instanceof RiakConnectionError : isRetryable(error, idempotent);
        if (lease !== undefined && !(error instanceof RiakAbortError)) lease.node.recordFailure();
        if (!retryable || attempt >= attempts || this.#closed || options.signal?.aborted || remaining(deadline) <= 1) throw error;
        if (lease) {
          tried.add(lease.node);
          lease.node.retries++;
        }
        this.emit('retry', { node: lease?.node.node ?? '', attempt, error });
        await this.#backoff(attempt, options.signal, deadline);
      }
    }
  }

  /**
   * Sends a streaming request on an idle connection it holds until `done`.
   * A stream is retried only when its connection failed before it was written.
   */
  async stream<T>(op: Operation<T>, options: CallOptions = {}): Promise<ResponseStream<T>> {
    const timeout = options.requestTimeout ?? 0;
    const deadline = timeout > 0 ? Date.now() + timeout : Infinity;
    const lease = await this.#lease(true, new Set(), options.signal, deadline, timeout);
    lease.connection.unpromise();
    return lease.connection.stream(op, { signal: options.signal, requestTimeout: remaining(deadline) });
  }

  /**
   * Stops new work, lets in-flight requests finish within `graceMs`, then
   * rejects the rest and closes every socket and timer.
   */
  async close(graceMs = 0): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    clearInterval(this.#reaper);
    this.#discovery?.stop();
    // Waiters are not cleared from the queue (their promises would never
    // settle): each one runs, sees the pool closed, and rejects.
    this.#capacityWaiter?.();
    await Promise.all([...this.#nodes.values()].map((node) => node.close(graceMs)));
  }

  get closed(): boolean {
    return this.#closed;
  }

  /** Finds a connection: at once when one has room, else after waiting in the queue. */
  async #lease(streaming: boolean, tried: Set<NodePool>, signal: AbortSignal | undefined, deadline: number, timeout: number): Promise<Lease> {
    if (this.#closed) throw new RiakClosedError('The client is closed');
    if (signal?.aborted) throw new RiakAbortError('Request aborted', { cause: signal.reason });
    if (this.#queue.size === 0 && this.#queue.pending === 0) {
      const lease = await this.#tryLease(streaming, tried);
      if (lease) return lease;
    }
    if (this.#queue.size + this.#queue.pending >= this.#options.maxQueue) {
      throw new QueueFullError(`Request queue is full (${this.#options.maxQueue} waiting); every connection is busy`);
    }
    const waitSignal = deadline === Infinity ? signal : anySignal(signal, AbortSignal.timeout(Math.max(0, deadline - Date.now())));
    try {
      const lease = await this.#queue.add(() => this.#waitForLease(streaming, tried, waitSignal), { signal: waitSignal });
      return lease as Lease;
    } catch (error) {
      if (signal?.aborted) throw new RiakAbortError('Request aborted while queued', { cause: signal.reason });
      if (waitSignal?.aborted) throw new RiakTimeoutError(`Request timed out after ${timeout} ms waiting for a free connection`, timeout, { cause: error });
      throw error;
    }
  }

  async #waitForLease(streaming: boolean, tried: Set<NodePool>, signal: AbortSignal | undefined): Promise<Lease> {
    for (;;) {
      if (this.#closed) throw new RiakClosedError('The client is closed');
      signal?.throwIfAborted();
      const lease = await this.#tryLease(streaming, tried);
      if (lease) return lease;
      await new Promise<void>((resolve) => {
        const done = () => {
          signal?.removeEventListener('abort', done);
          if (this.#capacityWaiter === done) this.#capacityWaiter = undefined;
          resolve();
        };
        this.#capacityWaiter = done;
        signal?.addEventListener('abort', done, { once: true });
      });
    }
  }

  /**
   * One attempt to place a request: the balancer picks among healthy nodes
   * with room; a busy node grows a connection. Resolves undefined when every
   * connection is full; throws when no node is up.
   */
  async #tryLease(streaming: boolean, tried: Set<NodePool>): Promise<Lease | undefined> {
    let up = [...this.#nodes.values()].filter((node) => node.state === 'up');
    if (up.length === 0) {
      // Every node is marked down: rather than wait for a probe, this request
      // tries to connect itself (a success marks the node up again), or waits
      // for a connect already under way; its failure fails the request.
      const down = [...this.#nodes.values()].filter((node) => node.state === 'down');
      if (down.length === 0) throw new RiakConnectionError('No Riak node is configured', '');
      up = down.filter((node) => node.opening === 0);
      if (up.length === 0) return undefined;
    }
    // Prefer nodes this request has not failed on.
    const fresh = up.filter((node) => !tried.has(node));
    const candidates = (fresh.length > 0 ? fresh : up).filter((node) => node.pick(streaming) !== undefined || node.canGrow);
    if (candidates.length === 0) return undefined;
    const index =
      candidates.length === 1
        ? 0
        : this.#balancer(candidates.map((n) => ({ node: n.node, inFlight: n.inFlight, connections: n.connections.length })));
    const node = candidates[index] ?? candidates[0];
    const connection = node.pick(streaming);
    // Open another connection when every existing one already has work:
    // parallel sockets use the server's cores, pipelining hides latency.
    // A connection being opened will take this request: wait for it.
    if (connection === undefined && node.opening > 0) return undefined;
    if (node.canGrow && (connection === undefined || (node.busy && node.opening === 0))) {
      const opening = node.open();
      if (connection === undefined) {
        // Promised before the open resolves, so waiters woken by it pick elsewhere.
        const opened = await opening;
        opened.promise();
        return { node, connection: opened };
      }
      opening.catch(() => {});
    }
    if (connection === undefined) return undefined;
    node.touch(connection);
    connection.promise();
    return { node, connection };
  }

  async #backoff(attempt: number, signal: AbortSignal | undefined, deadline: number): Promise<void> {
    const delay = Math.min(backoffDelay(attempt, this.#options.retry), Math.max(0, remaining(deadline) - 1));
    if (delay <= 0) return;
    try {
      await sleep(delay, undefined, { signal, ref: false });
    } catch {
      throw new RiakAbortError('Request aborted', { cause: signal?.reason });
    }
  }

  #warmUp(): void {
    for (const node of this.#nodes.values()) {
      for (let i = 0; i < this.#options.minConnections; i++) node.open().catch(() => {});
    }
  }

  #notifyCapacity(): void {
    const waiter = this.#capacityWaiter;
    if (waiter) {
      this.#capacityWaiter = undefined;
      waiter();
    }
  }

  readonly #nodeContext: NodePoolContext;

  #makeNodeContext(): NodePoolContext {
    return {
    options: this.#options,
    connect: (node: NodePool) =>
      openConnection(
        {
          host: node.host,
          port: node.port,
          connectTimeout: this.#options.connectTimeout,
          readTimeout: this.#options.readTimeout,
          maxFrameBytes: this.#options.maxFrameBytes,
          security: this.#options.security,
        },
        {
          onSettled: () => this.#notifyCapacity(),
          onClose: (connection, error) => node.connectionClosed(connection, error),
        },
      ),
    onConnectionOpen: (node: NodePool) => this.emit('connectionOpen', { node: node.node }),
    onConnectionClose: (node: NodePool, _connection: Connection, error: RiakError | undefined) =>
      this.emit('connectionClose', { node: node.node, error }),
    onNodeDown: (node: NodePool, error: unknown) => this.emit('nodeDown', { node: node.node, error }),
    onNodeUp: (node: NodePool) => this.emit('nodeUp', { node: node.node }),
    onCapacity: () => this.#notifyCapacity(),
    };
  }
}

function remaining(deadline: number): number {
  return deadline === Infinity ? 0 : Math.max(1, deadline - Date.now());
}

function anySignal(a: AbortSignal | undefined, b: AbortSignal): AbortSignal {
  return a ? AbortSignal.any([a, b]) : b;
}
