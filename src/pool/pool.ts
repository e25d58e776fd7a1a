import { performance } from 'node:perf_hooks';
import { EventEmitter } from 'node:events';
import type { Connection } from '../connection/connection.js';
import { openConnection } from '../connection/open-connection.js';
import type { CallOptions, Operation } from '../connection/operation.js';
import { AT_FLUSH } from '../connection/pending-request.js';
import type { ResponseStream } from '../connection/response-stream.js';
import { RiakAbortError, type RiakError } from '../errors.js';
import { leastInFlight, roundRobin } from './balancer.js';
import { Discovery } from './discovery.js';
import { NodePool, type NodeStats } from './node-pool.js';
import type { NodePoolContext } from './node-pool-context.js';
import type { NodeOptions } from './node-options.js';
import { resolvePoolOptions, type PoolConfig, type ResolvedPoolOptions } from './pool-options.js';
import { isRetryable } from './retry.js';
import { withRequestContext } from '../error-context.js';
import { appendCallSite, captureCallSite, type CallSite, withCallSite } from './call-site.js';
import { channels, debug, finishTrace, traceOf, traceOperation, tracingRequests, type RequestMessage } from './diagnostics.js';
import { backoff, failedToConnect, leaseConnection, msLeft, type Lease } from './lease.js';
import { addNode, drainNode, pinnedNode, removeNode, scheduleHealthRound, warmUp } from './node-registry.js';
import { place, type Placement } from './placement.js';
import { emitNodeEvent, messageOf, type PoolEvents } from './pool-events.js';
import type { PoolState } from './pool-state.js';
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
  /** The private state the helpers (node-registry.ts, lease.ts) share. */
  readonly #state: PoolState;
  readonly #options: ResolvedPoolOptions;
  readonly #nodeContext: NodePoolContext;
  readonly #reaper: NodeJS.Timeout;
  readonly #discovery: Discovery | undefined;

  constructor(options: PoolConfig) {
    super();
    this.#options = resolvePoolOptions(options);
    const balancer = this.#options.balancer;
    this.#state = {
      options: this.#options,
      nodes: new Map(),
      balancer:
        typeof balancer === 'function'
          ? balancer
          : balancer === 'round-robin'
            ? withWeights(roundRobin(), weightedRoundRobin())
            : withWeights(leastInFlight(), weightedLeastInFlight()),
      waiting: new WaitQueue(),
      draining: new Set(),
      events: this,
      closed: false,
      healthTimer: undefined,
    };
    const nodes = this.#state.nodes;
    this.#nodeContext = this.#makeNodeContext();
    for (const settings of this.#options.nodes) nodes.set(settings.key, new NodePool(settings, this.#nodeContext));
    this.#reaper = setInterval(
      () => {
        const now = Date.now();
        for (const node of nodes.values()) node.reapIdle(now);
      },
      Math.max(100, Math.floor(this.#options.idleTimeout / 2)),
    );
    this.#reaper.unref();
    this.#discovery = this.#options.discovery ? new Discovery(this, this.#options.discovery.intervalMs) : undefined;
    for (const node of nodes.values()) warmUp(node);
    scheduleHealthRound(this.#state);
  }

  /**
   * Adds a node at runtime (`host:port`, or with options of its own): it is
   * announced (`nodeAdded`), warmed up to its `minConnections` and takes
   * traffic at once. Returns false, changing nothing, if the node is already
   * in the pool. Discovery adds the nodes it finds (`discovered`) here too;
   * for them a bad address is skipped instead of thrown.
   */
  addNode(spec: string | NodeOptions, discovered = false): boolean {
    return addNode(this.#state, this.#nodeContext, spec, discovered);
  }

  /**
   * Takes a node out of the pool (discovery's path): see {@link drainNode}.
   * Returns false if it is not in the pool or is its last node.
   */
  removeNode(spec: string): boolean {
    return removeNode(this.#state, spec);
  }

  /**
   * Takes a node out of the pool gracefully, and resolves once it has
   * drained: nothing new goes to it, its idle connections close at once and
   * the others once the requests on them have settled (each within its own
   * deadline); it is announced (`nodeRemoved`) at once. False if the node is
   * not in the pool; removing its last node is a `RiakInvalidArgumentError`.
   */
  async drainNode(spec: string): Promise<boolean> {
    return drainNode(this.#state, spec);
  }

  /** `host:port` of every node in the pool. */
  get nodes(): string[] {
    return [...this.#state.nodes.keys()];
  }

  /** Every node in the pool, and those removed that are still draining (state `removed`). */
  stats(): PoolStats {
    return { nodes: [...this.#state.nodes.values(), ...this.#state.draining].map((node) => node.stats()), queued: this.#state.waiting.length };
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
    if (!this.#state.closed && this.#state.waiting.length === 0 && options.node === undefined) {
      const placement = place(this.#state.nodes, this.#state.balancer, false, undefined, this.#state.options);
      const connection = placement?.connection;
      // The node chosen needs a connection first: open it there, rather than
      // ask the balancer again (a second turn went to another node each time,
      // so a node without connections never got one).
      if (connection === undefined) return this.#sendSlow(op, options, placement);
      // One promise per request, the connection's: only a failure comes
      // back, to the node's recover hook (#recover), to be retried. Latency
      // is recorded by the connection's onReply hook. Its time starts at the
      // connection's next flush, with the others of that flush (AT_FLUSH): one clock read for them all.
      const { node } = placement as Lease;
      const timeout = options.requestTimeout ?? this.#options.requestTimeout;
      if (trace !== undefined) trace.node = node.node;
      return connection.sendRecoverable(op, Math.max(0, timeout), options, node.recover, AT_FLUSH);
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
      const pinned = options.node === undefined ? undefined : pinnedNode(this.#state, options.node);
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
      lease = await leaseConnection(this.#state, false, tried, options.signal, deadline, timeout, pinned, placed);
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
    if (!retryable || attempt >= this.#options.retry.attempts || this.#state.closed || options.signal?.aborted || msLeft(deadline) <= 1) throw error;
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
    await backoff(this.#options, attempt, options.signal, deadline);
    const timeout = options.requestTimeout ?? this.#options.requestTimeout;
    return this.#attempt(op, options, attempt + 1, deadline, timeout, tried, pinned);
  }

  /**
   * With `captureStackTraces`, the caller's call site, taken now, for
   * {@link stream}: a streaming call takes it before anything it awaits (the
   * generated classes' first load), after which no caller frame is left.
   * @internal
   */
  callSite(): CallSite | undefined {
    return this.#options.captureStackTraces ? captureCallSite(this.callSite) : undefined;
  }

  /**
   * Sends a streaming request on an idle connection it holds until `done`.
   * A stream is retried only when its connection failed before it was written.
   * `callSite`: what {@link callSite} took at the start of the call (undefined without `captureStackTraces`).
   */
  async stream<T>(request: Operation<T>, options: PoolCallOptions = {}, callSite?: CallSite): Promise<ResponseStream<T>> {
    const op = tracingRequests() ? traceOperation(request) : request;
    const trace = traceOf(op);
    const timeout = options.requestTimeout ?? 0;
    const startedAt = performance.now();
    const deadline = timeout > 0 ? startedAt + timeout : Infinity;
    let lease: Lease;
    try {
      const pinned = options.node === undefined ? undefined : pinnedNode(this.#state, options.node);
      lease = await leaseConnection(this.#state, true, new Set(), options.signal, deadline, timeout, pinned);
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
    if (this.#state.closed) return;
    this.#state.closed = true;
    if (debug.enabled) debug('closing the client (grace %d ms)', graceMs);
    clearInterval(this.#reaper);
    clearTimeout(this.#state.healthTimer);
    this.#discovery?.stop();
    // Waiters are not cleared from the queue (their promises would never
    // settle): each one runs, sees the pool closed, and rejects.
    this.#state.waiting.notifyCapacity();
    await Promise.all([...this.#state.nodes.values(), ...this.#state.draining].map((node) => node.close(graceMs)));
  }

  get closed(): boolean {
    return this.#state.closed;
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
            idleRoundTrip: node.idleRoundTrip,
            security: servername === undefined || security === undefined ? security : { ...security, tls: { ...security.tls, servername } },
          },
          {
            onSettled: (connection) => {
              node.settled(connection);
              node.notifyCapacity();
              this.#state.waiting.notifyCapacity();
            },
            onReply: (ms, firstOfRead) => node.recordSuccess(ms, firstOfRead),
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
        this.#state.waiting.notifyCapacity();
      },
      recover: <T>(node: NodePool, error: unknown, op: Operation<T>, options: CallOptions, startedAt: number) =>
        this.#recover(node, error, op, options, startedAt),
    };
  }
}
