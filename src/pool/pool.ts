import { EventEmitter } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { nodeKey } from '../common/node-address.js';
import type { Connection } from '../connection/connection.js';
import { openConnection } from '../connection/open-connection.js';
import type { CallOptions, Operation } from '../connection/operation.js';
import type { ResponseStream } from '../connection/response-stream.js';
import { describe } from '../common/describe.js';
import {
  RiakAbortError,
  RiakAuthError,
  RiakClosedError,
  RiakConnectionError,
  type RiakError,
  RiakInvalidArgumentError,
  RiakQueueFullError,
  RiakTimeoutError,
} from '../errors.js';
import { leastInFlight, roundRobin, type Balancer } from './balancer.js';
import { Discovery } from './discovery.js';
import { isConnectFailure, NodePool, type NodePoolContext, type NodeStats } from './node-pool.js';
import { resolveNode, type NodeOptions, type ResolvedNode } from './node-options.js';
import { resolvePoolOptions, type PoolConfig, type ResolvedPoolOptions } from './pool-options.js';
import { parseNode } from './connection-url.js';
import { backoffDelay, isRetryable } from './retry.js';
import { withRequestContext } from '../error-context.js';
import { appendCallSite, captureCallSite, withCallSite } from './call-site.js';
import { channels, debug, finishTrace, traceOf, traceOperation, tracingRequests, type RequestMessage } from './diagnostics.js';
import { place, type Placement } from './placement.js';
import { emitNodeEvent, messageOf, type PoolEvents } from './pool-events.js';
import { WaitQueue } from './wait-queue.js';
import { weightedLeastInFlight, weightedRoundRobin, withWeights } from './weighted-balancer.js';

export type { NodeAddress } from '../common/node-address.js';
export type { NodeStats, NodeState } from './node-pool.js';
export type { PoolOptions, PoolConfig, RetryOptions, HealthOptions, DiscoveryOptions } from './pool-options.js';
export type { NodeOptions } from './node-options.js';
export type { HealthCheck, HealthCheckOption, HealthProbe, CanaryCheckOptions } from './health-check.js';
export { parseNode } from './connection-url.js';
export type { PoolEvents } from './pool-events.js';

/** @category Pool and cluster */
export interface PoolStats {
  nodes: NodeStats[];
  /** Requests waiting for a free connection. */
  queued: number;
}

interface Lease {
  node: NodePool;
  connection: Connection;
}

/**
 * The call options the pool reads: the connection's, and `node`.
 * @category Pool and cluster
 */
export interface PoolCallOptions extends CallOptions {
  /**
   * Send this call to this node only (`host:port`, as in `nodes`), up or
   * down: for operators, and for tools that follow a coverage plan or a
   * preflist. Its retries, if any, stay on that node. A node not in the pool
   * is a `RiakInvalidArgumentError`; one removed while the call waits fails it
   * with a `RiakConnectionError`.
   */
  node?: string;
}

/**
 * Connections over the cluster's nodes. Each node gets up to
 * `maxConnections` pipelined connections, opened on demand; a request goes to
 * the least-loaded connection with pipeline room on a healthy node, and waits
 * in a bounded FIFO queue (p-queue) when every connection is full.
 * @category Pool and cluster
 */
export class Pool extends EventEmitter<PoolEvents> {
  readonly #options: ResolvedPoolOptions;
  readonly #nodes = new Map<string, NodePool>();
  readonly #balancer: Balancer;
  /** Requests waiting for a connection with room. */
  readonly #waiting = new WaitQueue();
  readonly #nodeContext: NodePoolContext;
  #closed = false;
  readonly #reaper: NodeJS.Timeout;
  readonly #discovery: Discovery | undefined;
  /** Nodes removed from the pool whose connections are still draining. */
  readonly #draining = new Set<NodePool>();
  /** The next round of periodic health checks (`health.intervalMs`). */
  #healthTimer: NodeJS.Timeout | undefined;

  constructor(options: PoolConfig) {
    super();
    this.#options = resolvePoolOptions(options);
    const balancer = this.#options.balancer;
    this.#balancer =
      typeof balancer === 'function'
        ? balancer
        : balancer === 'round-robin'
          ? withWeights(roundRobin(), weightedRoundRobin())
          : withWeights(leastInFlight(), weightedLeastInFlight());
    this.#nodeContext = this.#makeNodeContext();
    for (const settings of this.#options.nodes) this.#nodes.set(settings.key, new NodePool(settings, this.#nodeContext));
    this.#reaper = setInterval(
      () => {
        const now = Date.now();
        for (const node of this.#nodes.values()) node.reapIdle(now);
      },
      Math.max(100, Math.floor(this.#options.idleTimeout / 2)),
    );
    this.#reaper.unref();
    this.#discovery = this.#options.discovery ? new Discovery(this, this.#options.discovery.intervalMs) : undefined;
    for (const node of this.#nodes.values()) this.#warmUp(node);
    this.#scheduleHealthRound();
  }

  /**
   * Adds a node at runtime (`host:port`, or with options of its own): it is
   * announced (`nodeAdded`), warmed up to its `minConnections` and takes
   * traffic at once. Returns false, changing nothing, if the node is already
   * in the pool. Discovery adds the nodes it finds (`discovered`) here too;
   * for them a bad address is skipped instead of thrown.
   */
  addNode(spec: string | NodeOptions, discovered = false): boolean {
    if (this.#closed) {
      if (discovered) return false;
      throw new RiakClosedError('The client is closed');
    }
    let settings: ResolvedNode;
    try {
      settings = resolveNode(spec, 'addNode()', {
        minConnections: this.#options.minConnections,
        maxConnections: this.#options.maxConnections,
        tls: this.#options.security !== undefined,
      });
    } catch (error) {
      if (discovered) return false;
      throw error;
    }
    if (this.#nodes.has(settings.key)) return false;
    const node = new NodePool(settings, this.#nodeContext);
    this.#nodes.set(settings.key, node);
    emitNodeEvent(this, 'nodeAdded', { node: settings.key });
    this.#warmUp(node);
    // Requests waiting for room may take this node.
    this.#waiting.notifyCapacity();
    return true;
  }

  /**
   * Takes a node out of the pool (discovery's path): see {@link drainNode}.
   * Returns false if it is not in the pool or is its last node.
   */
  removeNode(spec: string): boolean {
    const node = this.#nodes.get(this.#keyOf(spec, 'removeNode()'));
    if (node === undefined || this.#nodes.size === 1) return false;
    void this.#remove(node);
    return true;
  }

  /**
   * Takes a node out of the pool gracefully, and resolves once it has
   * drained: nothing new goes to it, its idle connections close at once and
   * the others once the requests on them have settled (each within its own
   * deadline); it is announced (`nodeRemoved`) at once. False if the node is
   * not in the pool; removing its last node is a `RiakInvalidArgumentError`.
   */
  async drainNode(spec: string): Promise<boolean> {
    const key = this.#keyOf(spec, 'removeNode()');
    if (this.#closed) throw new RiakClosedError('The client is closed');
    const node = this.#nodes.get(key);
    if (node === undefined) return false;
    if (this.#nodes.size === 1) throw new RiakInvalidArgumentError(`removeNode(): ${key} is the pool's only node; add another node first`);
    await this.#remove(node);
    return true;
  }

  #remove(node: NodePool): Promise<void> {
    this.#nodes.delete(node.node);
    this.#draining.add(node);
    emitNodeEvent(this, 'nodeRemoved', { node: node.node });
    // A request waiting for room may now find none on this node: let it look elsewhere.
    this.#waiting.notifyCapacity();
    return node.drain().finally(() => this.#draining.delete(node));
  }

  /** `host:port` of a node as `nodes` and `addNode` take it; errors name the option or method. */
  #keyOf(spec: unknown, where: string): string {
    if (typeof spec !== 'string') throw new RiakInvalidArgumentError(`Invalid ${where}: expected a node as "host:port", got ${describe(spec)}`);
    return nodeKey(parseNode(spec));
  }

  /** `host:port` of every node in the pool. */
  get nodes(): string[] {
    return [...this.#nodes.keys()];
  }

  /** Every node in the pool, and those removed that are still draining (state `removed`). */
  stats(): PoolStats {
    return { nodes: [...this.#nodes.values(), ...this.#draining].map((node) => node.stats()), queued: this.#waiting.length };
  }

  /**
   * Sends a unary request; retries it on another connection or node when the
   * failure leaves it safe to (see `isRetryable`), within the call's deadline.
   */
  send<T>(op: Operation<T>, options: PoolCallOptions = {}): Promise<T> {
    if (tracingRequests()) return this.#sendTraced(op, options);
    if (this.#options.captureStackTraces) return withCallSite(this.#send(op, options, undefined), captureCallSite(this.send));
    return this.#send(op, options, undefined);
  }

  /** {@link send} observed on the `riak-pb:request:*` channels: the copy of `op` that is sent counts its reply. */
  #sendTraced<T>(op: Operation<T>, options: PoolCallOptions): Promise<T> {
    const traced = traceOperation(op);
    const { trace } = traced;
    let reply = this.#send(traced, options, trace);
    if (this.#options.captureStackTraces) reply = withCallSite(reply, captureCallSite(this.send));
    return reply.then(
      (value) => {
        finishTrace(trace, false, undefined);
        return value;
      },
      (error: unknown) => {
        finishTrace(trace, true, error);
        throw error;
      },
    );
  }

  #send<T>(op: Operation<T>, options: PoolCallOptions, trace: RequestMessage | undefined): Promise<T> {
    // Fast path: nothing waiting and a connection with room right now. The
    // request is written to it synchronously: no queue, no extra awaits.
    if (!this.#closed && this.#waiting.length === 0 && options.node === undefined) {
      const placement = place(this.#nodes, this.#balancer, false, undefined);
      const connection = placement?.connection;
      // The node chosen needs a connection first: open it there, rather than
      // ask the balancer again (a second turn went to another node each time,
      // so a node without connections never got one).
      if (connection === undefined) return this.#sendSlow(op, options, placement);
      // One promise per request, the connection's: only a failure comes
      // back, to the node's recover hook (#recover), to be retried. Latency
      // is recorded by the connection's onReply hook.
      const { node } = placement as Lease;
      const timeout = options.requestTimeout ?? this.#options.requestTimeout;
      if (trace !== undefined) trace.node = node.node;
      return connection.sendRecoverable(op, Math.max(0, timeout), options, node.recover, performance.now());
    }
    return this.#sendSlow(op, options);
  }

  /**
   * The general path: waits for capacity when needed and retries safely.
   * `placed`: where the fast path found a node that must open a connection.
   */
  async #sendSlow<T>(op: Operation<T>, options: PoolCallOptions, placed?: Placement): Promise<T> {
    const timeout = options.requestTimeout ?? this.#options.requestTimeout;
    const deadline = timeout > 0 ? performance.now() + timeout : Infinity;
    try {
      const pinned = options.node === undefined ? undefined : this.#pinnedNode(options.node);
      return await this.#attempt(op, options, 1, deadline, timeout, new Set(), pinned, placed);
    } catch (error) {
      throw withRequestContext(error, { owner: op, request: op.name, message: op.message, written: false });
    }
  }

  async #attempt<T>(
    op: Operation<T>,
    options: PoolCallOptions,
    attempt: number,
    deadline: number,
    timeout: number,
    tried: Set<NodePool>,
    pinned: NodePool | undefined,
    placed?: Placement,
  ): Promise<T> {
    let lease: Lease;
    try {
      lease = await this.#lease(false, tried, options.signal, deadline, timeout, pinned, placed);
    } catch (error) {
      if (!failedToConnect(error)) throw error;
      return this.#retryAfter(op, options, undefined, error, attempt, deadline, tried, pinned);
    }
    lease.connection.releaseSlot();
    const trace = traceOf(op);
    if (trace !== undefined) trace.node = lease.node.node;
    try {
      // The call's own deadline and timeout (it may have waited for this connection).
      return await lease.connection.send(
        op,
        { signal: options.signal, requestTimeout: timeout > 0 ? timeout : 0 },
        deadline === Infinity ? performance.now() : deadline - timeout,
      );
    } catch (error) {
      return this.#retryAfter(op, options, lease.node, error, attempt, deadline, tried, pinned);
    }
  }

  /** A request sent on the fast path failed on `node`: retry it if that is safe, within its deadline. */
  #recover<T>(node: NodePool, error: unknown, op: Operation<T>, options: CallOptions, startedAt: number): Promise<T> {
    const timeout = options.requestTimeout ?? this.#options.requestTimeout;
    return this.#retryAfter(op, options, node, error, 1, timeout > 0 ? startedAt + timeout : Infinity).catch((failure: unknown) => {
      throw withRequestContext(failure, { owner: op, node: node.node, request: op.name, message: op.message, written: false });
    });
  }

  /** After a failed attempt: rethrows unless a retry is safe and allowed, else retries after a backoff. */
  async #retryAfter<T>(
    op: Operation<T>,
    options: CallOptions,
    node: NodePool | undefined,
    error: unknown,
    attempt: number,
    deadline: number,
    tried = new Set<NodePool>(),
    pinned?: NodePool,
  ): Promise<T> {
    if (node !== undefined && !(error instanceof RiakAbortError)) node.recordFailure();
    // Without a node the attempt failed to connect: nothing was sent.
    const retryable =
      options.retry !== false && (node === undefined ? failedToConnect(error) : isRetryable(error, op.idempotent === true || options.idempotent === true));
    if (!retryable || attempt >= this.#options.retry.attempts || this.#closed || options.signal?.aborted || msLeft(deadline) <= 1) throw error;
    // A call sent to one node is retried there only, never elsewhere.
    if (pinned?.state === 'removed') throw error;
    if (node) {
      tried.add(node);
      node.retries++;
    }
    const trace = traceOf(op);
    if (trace !== undefined) trace.retries++;
    const at = node?.node ?? '';
    if (channels.requestRetry.hasSubscribers) channels.requestRetry.publish({ request: op.name ?? 'unknown', node: at, attempt, error, message: trace });
    if (debug.enabled) debug('%s: %s attempt %d failed (%s); retrying', at || 'no node', op.name, attempt, messageOf(error));
    this.emit('retry', { node: at, attempt, error });
    await this.#backoff(attempt, options.signal, deadline);
    const timeout = options.requestTimeout ?? this.#options.requestTimeout;
    return this.#attempt(op, options, attempt + 1, deadline, timeout, tried, pinned);
  }

  /**
   * Sends a streaming request on an idle connection it holds until `done`.
   * A stream is retried only when its connection failed before it was written.
   */
  async stream<T>(request: Operation<T>, options: PoolCallOptions = {}): Promise<ResponseStream<T>> {
    const callSite = this.#options.captureStackTraces ? captureCallSite(this.stream) : undefined;
    const op = tracingRequests() ? traceOperation(request) : request;
    const trace = traceOf(op);
    const timeout = options.requestTimeout ?? 0;
    const startedAt = performance.now();
    const deadline = timeout > 0 ? startedAt + timeout : Infinity;
    let lease: Lease;
    try {
      const pinned = options.node === undefined ? undefined : this.#pinnedNode(options.node);
      lease = await this.#lease(true, new Set(), options.signal, deadline, timeout, pinned);
    } catch (error) {
      const located = withRequestContext(error, { owner: op, request: op.name, message: op.message, written: false });
      const failure = callSite === undefined ? located : appendCallSite(located, callSite);
      if (trace !== undefined) finishTrace(trace, true, failure);
      throw failure;
    }
    lease.connection.releaseSlot();
    if (trace !== undefined) trace.node = lease.node.node;
    const streamIdleTimeout = options.streamIdleTimeout ?? this.#options.streamIdleTimeout;
    const stream = lease.connection.stream(op, { signal: options.signal, requestTimeout: timeout > 0 ? timeout : 0, streamIdleTimeout }, startedAt);
    if (callSite !== undefined) stream.mapErrors((error) => appendCallSite(error, callSite));
    if (trace !== undefined) stream.onFinish((how, error) => finishTrace(trace, how === 'error', error, how === 'cancel'));
    return stream;
  }

  /**
   * Stops new work, lets in-flight requests finish within `graceMs`, then
   * rejects the rest and closes every socket and timer.
   */
  async close(graceMs = 0): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    if (debug.enabled) debug('closing the client (grace %d ms)', graceMs);
    clearInterval(this.#reaper);
    clearTimeout(this.#healthTimer);
    this.#discovery?.stop();
    // Waiters are not cleared from the queue (their promises would never
    // settle): each one runs, sees the pool closed, and rejects.
    this.#waiting.notifyCapacity();
    await Promise.all([...this.#nodes.values(), ...this.#draining].map((node) => node.close(graceMs)));
  }

  get closed(): boolean {
    return this.#closed;
  }

  /**
   * Finds a connection: at once when one has room, else after waiting in the
   * queue. The lease holds a claimed slot of its connection until the caller sends.
   */
  async #lease(
    streaming: boolean,
    tried: Set<NodePool>,
    signal: AbortSignal | undefined,
    deadline: number,
    timeout: number,
    pinned?: NodePool,
    placed?: Placement,
  ): Promise<Lease> {
    if (this.#closed) throw new RiakClosedError('The client is closed');
    if (signal?.aborted) throw new RiakAbortError('Request aborted', { cause: signal.reason });
    // A call for one node waits in that node's own queue: it holds up no other traffic.
    const queue = pinned?.pinnedQueue ?? this.#waiting;
    if (queue.length === 0) {
      const lease = await this.#tryLease(streaming, tried, pinned, placed);
      if (lease) return lease;
    }
    if (queue.length >= this.#options.maxQueue) {
      const where = pinned === undefined ? 'every connection is busy' : `every connection to ${pinned.node} is busy`;
      throw new RiakQueueFullError(`Request queue is full (${this.#options.maxQueue} waiting); ${where}`);
    }
    let waitSignal = signal;
    let timer: NodeJS.Timeout | undefined;
    if (deadline !== Infinity) {
      // A referenced timer (AbortSignal.timeout's is not): a queued request
      // keeps the process alive until it settles.
      const expired = new AbortController();
      timer = setTimeout(() => expired.abort(), Math.max(0, Math.ceil(deadline - performance.now())));
      waitSignal = anySignal(signal, expired.signal);
    }
    try {
      return await queue.add(() => this.#waitForLease(streaming, tried, waitSignal, pinned, queue), waitSignal);
    } catch (error) {
      if (signal?.aborted) throw new RiakAbortError('Request aborted while queued', { cause: signal.reason });
      if (waitSignal?.aborted) throw new RiakTimeoutError(`Request timed out after ${timeout} ms waiting for a free connection`, timeout, { cause: error });
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  async #waitForLease(
    streaming: boolean,
    tried: Set<NodePool>,
    signal: AbortSignal | undefined,
    pinned: NodePool | undefined,
    queue: WaitQueue,
  ): Promise<Lease> {
    for (;;) {
      if (this.#closed) throw new RiakClosedError('The client is closed');
      signal?.throwIfAborted();
      const lease = await this.#tryLease(streaming, tried, pinned);
      if (lease) return lease;
      await queue.capacity(signal);
    }
  }

  /**
   * One placement attempt; opens a connection when the chosen node needs one.
   * Claims a slot for the lease. `placed`: the fast path's choice of a node
   * to open a connection on, still valid (nothing ran since it was made).
   */
  async #tryLease(streaming: boolean, tried: Set<NodePool>, pinned?: NodePool, placed?: Placement): Promise<Lease | undefined> {
    const placement = placed ?? (pinned === undefined ? place(this.#nodes, this.#balancer, streaming, tried) : placeOn(pinned, streaming));
    if (placement === undefined) return undefined;
    const { node, connection } = placement;
    if (connection !== undefined) {
      connection.claimSlot();
      return placement as Lease;
    }
    const refused = node.credentialError;
    if (refused !== undefined) throw new RiakAuthError(refused.message, { cause: refused });
    return { node, connection: await node.open(true) };
  }

  async #backoff(attempt: number, signal: AbortSignal | undefined, deadline: number): Promise<void> {
    const delay = Math.min(backoffDelay(attempt, this.#options.retry), Math.max(0, msLeft(deadline) - 1));
    if (delay <= 0) return;
    try {
      // Referenced: a request waiting to retry must keep the process alive.
      await sleep(delay, undefined, { signal });
    } catch {
      throw new RiakAbortError('Request aborted', { cause: signal?.reason });
    }
  }

  #warmUp(node: NodePool): void {
    for (let i = 0; i < node.settings.minConnections; i++) node.open().catch(() => {});
  }

  /** A node named by a call's `node` option; one not in the pool is the caller's mistake. */
  #pinnedNode(spec: unknown): NodePool {
    let key: string;
    try {
      key = this.#keyOf(spec, 'node option');
    } catch (error) {
      if (!(error instanceof RiakInvalidArgumentError) || typeof spec !== 'string') throw error;
      throw new RiakInvalidArgumentError(`Invalid node option: ${error.message}`, { cause: error });
    }
    const node = this.#nodes.get(key);
    if (node === undefined) throw new RiakInvalidArgumentError(`Invalid node option: ${key} is not in the pool (its nodes: ${this.nodes.join(', ')})`);
    return node;
  }

  /** Every `health.intervalMs`: the health check on every node that is up (one at a time per node). */
  #scheduleHealthRound(): void {
    const { intervalMs } = this.#options.health;
    if (intervalMs === 0 || this.#closed) return;
    this.#healthTimer = setTimeout(() => {
      this.#scheduleHealthRound();
      for (const node of this.#nodes.values()) void node.checkHealth();
    }, intervalMs);
    this.#healthTimer.unref();
  }

  #makeNodeContext(): NodePoolContext {
    return {
      options: this.#options,
      connect: async (node: NodePool) => {
        const { security } = this.#options;
        const { servername } = node.settings;
        const connection = await openConnection(
          {
            host: node.host,
            port: node.port,
            connectTimeout: this.#options.connectTimeout,
            readTimeout: this.#options.readTimeout,
            maxFrameBytes: this.#options.maxFrameBytes,
            security: servername === undefined || security === undefined ? security : { ...security, tls: { ...security.tls, servername } },
          },
          {
            onSettled: (connection) => {
              node.settled(connection);
              node.notifyCapacity();
              this.#waiting.notifyCapacity();
            },
            onReply: (ms) => node.recordSuccess(ms),
            onClose: (connection, error) => node.connectionClosed(connection, error),
          },
        );
        if (this.#options.allowExitOnIdle) connection.allowExitOnIdle();
        return connection;
      },
      onConnectionOpen: (node: NodePool) => emitNodeEvent(this, 'connectionOpen', { node: node.node }),
      onConnectionClose: (node: NodePool, _connection: Connection, error: RiakError | undefined) =>
        emitNodeEvent(this, 'connectionClose', { node: node.node, error }),
      onNodeDown: (node: NodePool, error: unknown) => emitNodeEvent(this, 'nodeDown', { node: node.node, error }),
      onNodeUp: (node: NodePool) => emitNodeEvent(this, 'nodeUp', { node: node.node }),
      onCapacity: (node: NodePool) => {
        node.notifyCapacity();
        this.#waiting.notifyCapacity();
      },
      recover: <T>(node: NodePool, error: unknown, op: Operation<T>, options: CallOptions, startedAt: number) =>
        this.#recover(node, error, op, options, startedAt),
    };
  }
}

/**
 * Placement on the one node a call names: a connection of it with room, or
 * the node to open one on, whatever its health (the caller chose it); or
 * undefined to wait for room. A node removed meanwhile fails the call.
 */
function placeOn(node: NodePool, streaming: boolean): Placement | undefined {
  if (node.state === 'removed') throw new RiakConnectionError(`${node.node} was removed from the pool before the request was sent`, node.node);
  const connection = node.pick(streaming);
  if (connection !== undefined) return { node, connection };
  return node.opening === 0 && node.canGrow ? { node, connection: undefined } : undefined;
}

/**
 * A lease failed to connect (TCP, or the check that the peer speaks Riak PB):
 * nothing was written, so the request is always safe to send elsewhere.
 */
function failedToConnect(error: unknown): boolean {
  return error instanceof RiakConnectionError || isConnectFailure(error);
}

/** Whole milliseconds until `deadline` (performance.now() clock), at least 1; Infinity when there is none (`requestTimeout: 0`). */
function msLeft(deadline: number): number {
  return deadline === Infinity ? Infinity : Math.max(1, Math.ceil(deadline - performance.now()));
}

function anySignal(a: AbortSignal | undefined, b: AbortSignal): AbortSignal {
  return a ? AbortSignal.any([a, b]) : b;
}
