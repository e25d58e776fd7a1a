import { nodeKey, type NodeAddress } from '../common/node-address.js';
import type { Connection, Recover } from '../connection/connection.js';
import type { CallOptions, Operation } from '../connection/operation.js';
import { RiakAuthError, RiakClosedError, RiakConnectionError, RiakProtocolError, RiakTimeoutError, type RiakError } from '../errors.js';
import { atNode } from '../error-context.js';
import { debug } from './diagnostics.js';
import type { BalancerNode } from './balancer.js';
import { LatencyReservoir } from './latency.js';
import type { ResolvedPoolOptions } from './pool-options.js';

/** Health of a node: `up` takes traffic; `down` is probed until it answers; `removed` is draining out. */
export type NodeState = 'up' | 'down' | 'removed';

/** Per-node counters reported by `client.stats()`. */
export interface NodeStats {
  node: string;
  state: NodeState;
  connections: number;
  /** Requests queued or in flight on this node's connections. */
  inFlight: number;
  requests: number;
  errors: number;
  retries: number;
  latencyMs: { mean: number; p50: number; p99: number };
}

/** What a node pool needs from its cluster. */
export interface NodePoolContext {
  options: ResolvedPoolOptions;
  /** Opens one ready-to-use connection (TCP, and the security handshake when configured). */
  connect(node: NodePool): Promise<Connection>;
  onConnectionOpen(node: NodePool, connection: Connection): void;
  onConnectionClose(node: NodePool, connection: Connection, error: RiakError | undefined): void;
  onNodeDown(node: NodePool, error: unknown): void;
  onNodeUp(node: NodePool): void;
  /** Pipeline capacity may have freed up. */
  onCapacity(): void;
  /** A request sent on one of this node's connections failed: its retry, or the error rethrown. */
  recover<T>(node: NodePool, error: unknown, op: Operation<T>, options: CallOptions, startedAt: number): Promise<T>;
}

/**
 * Errors of a connection attempt that failed before anything of a caller's
 * was written (TCP, or the check that the peer speaks Riak PB): safe to
 * retry elsewhere. Refused credentials and TLS failures are not among them.
 */
const connectFailures = new WeakSet<object>();

export function isConnectFailure(error: unknown): boolean {
  return typeof error === 'object' && error !== null && connectFailures.has(error);
}

/** The connections to one Riak node, its health, and its counters. */
export class NodePool implements BalancerNode {
  readonly host: string;
  readonly port: number;
  readonly node: string;
  state: NodeState = 'up';
  readonly connections: Connection[] = [];
  opening = 0;
  requests = 0;
  errors = 0;
  retries = 0;
  /**
   * Set when the node refused our credentials: requests then fail fast with
   * it instead of connecting, and only the probe (at `probeMaxMs`) tries
   * again. Cleared when a connection succeeds.
   */
  credentialError: RiakAuthError | undefined;
  readonly latency = new LatencyReservoir();
  /** Hands a failed request back to the pool for a retry (one function per node, not per request). */
  readonly recover: Recover;
  readonly #context: NodePoolContext;
  #probeTimer: NodeJS.Timeout | undefined;
  #probeDelay = 0;
  #closed = false;
  /** Requests served when a connection was last seen busy, for idle reaping without per-request bookkeeping. */
  readonly #activity = new WeakMap<Connection, { served: number; since: number }>();

  constructor(address: NodeAddress, context: NodePoolContext) {
    this.host = address.host;
    this.port = address.port;
    this.node = nodeKey(address);
    this.#context = context;
    this.recover = (error, op, options, startedAt) => context.recover(this, error, op, options, startedAt);
  }

  /** Open connections (what a balancer sees). */
  get openConnections(): number {
    return this.connections.length;
  }

  /** Requests queued or in flight on this node. */
  get inFlight(): number {
    let total = 0;
    for (const connection of this.connections) total += connection.pending;
    return total;
  }

  /** Whether another connection may be opened. */
  get canGrow(): boolean {
    return !this.#closed && this.state !== 'removed' && this.connections.length + this.opening < this.#context.options.maxConnections;
  }

  /**
   * The least-loaded connection with pipeline room (a stream needs an idle
   * one), or undefined. Connections owned by a stream, or stuck behind an
   * abandoned reply, are skipped.
   */
  pick(streaming: boolean): Connection | undefined {
    const limit = streaming ? 1 : this.#context.options.maxInFlightPerConnection;
    let best: Connection | undefined;
    let bestLoad = limit;
    for (const connection of this.connections) {
      // A connection waiting on an abandoned reply may be stalled: new work goes elsewhere.
      if (connection.closed || connection.ownedByStream || connection.awaitingAbandonedReply) continue;
      const load = connection.load;
      if (load < bestLoad) {
        best = connection;
        bestLoad = load;
        if (load === 0) break;
      }
    }
    return best;
  }

  /** True when every open connection already has work: time to open another. */
  get busy(): boolean {
    for (const connection of this.connections) if (connection.pending === 0 && !connection.ownedByStream && !connection.closed) return false;
    return true;
  }

  /**
   * Opens one more connection; a failure marks the node down. With
   * `claimSlot`, a slot of it is claimed for the caller's request before
   * anyone waiting for capacity is woken, so it cannot be taken from under it.
   */
  async open(claimSlot = false): Promise<Connection> {
    this.opening++;
    try {
      const connection = await this.#context.connect(this);
      if (this.#closed) {
        connection.destroy(undefined);
        throw new RiakClosedError('The client is closed');
      }
      this.connections.push(connection);
      if (claimSlot) connection.claimSlot();
      this.#context.onConnectionOpen(this, connection);
      if (this.state === 'down') this.#markUp();
      return connection;
    } catch (error) {
      this.errors++;
      if (debug.enabled) debug('%s: connect failed (%s)', this.node, (error as Error).message);
      this.markDown(error);
      if (error instanceof RiakConnectionError || error instanceof RiakProtocolError || error instanceof RiakTimeoutError) connectFailures.add(error);
      throw atNode(error, this.node);
    } finally {
      this.opening--;
      this.#context.onCapacity();
    }
  }

  /** Called by the connection's close hook. */
  connectionClosed(connection: Connection, error: RiakError | undefined): void {
    const index = this.connections.indexOf(connection);
    if (index !== -1) this.connections.splice(index, 1);
    this.#context.onConnectionClose(this, connection, error);
    // A connection that dies before answering anything, or that stalled,
    // says the node is unwell. One cut after serving traffic does not: its
    // requests retry on a new connection, whose connect decides.
    if (error !== undefined && !this.#closed) {
      this.errors++;
      const stalled = error.cause instanceof RiakTimeoutError;
      if (stalled || connection.served === 0) this.markDown(error);
    }
    this.#context.onCapacity();
  }

  /** Takes the node out of rotation and starts probing it (opening a checked connection) on a backoff schedule. */
  markDown(error: unknown): void {
    if (error instanceof RiakAuthError) this.credentialError = error;
    if (this.#closed || this.state !== 'up') return;
    this.state = 'down';
    // Credentials do not heal in 100 ms, and Riak delays each refusal by 5 s.
    const { probeInitialMs, probeMaxMs } = this.#context.options.health;
    this.#probeDelay = this.credentialError === undefined ? probeInitialMs : probeMaxMs;
    this.#context.onNodeDown(this, error);
    this.#scheduleProbe();
  }

  #scheduleProbe(): void {
    if (this.#closed || this.state !== 'down') return;
    const delay = this.#probeDelay;
    this.#probeDelay = Math.min(this.#probeDelay * 2, this.#context.options.health.probeMaxMs);
    if (debug.enabled) debug('%s: probe in %d ms', this.node, delay);
    this.#probeTimer = setTimeout(() => void this.#probe(), delay);
    this.#probeTimer.unref();
  }

  async #probe(): Promise<void> {
    this.#probeTimer = undefined;
    if (this.#closed || this.state !== 'down') return;
    let connection: Connection | undefined;
    try {
      this.opening++;
      // Opening a connection includes its check: a ping answered (or, when
      // secured, STARTTLS and auth done) within connectTimeout.
      connection = await this.#context.connect(this);
    } catch (error) {
      if (error instanceof RiakAuthError) this.credentialError = error;
      if (debug.enabled) debug('%s: probe failed (%s)', this.node, (error as Error).message);
      connection?.destroy(undefined);
      connection = undefined;
    } finally {
      this.opening--;
    }
    if (this.#closed) {
      connection?.destroy(undefined);
      return;
    }
    if (connection === undefined || connection.closed) {
      this.#scheduleProbe();
      // Requests waiting for this probe's connect may now try (and fail) themselves.
      this.#context.onCapacity();
      return;
    }
    this.connections.push(connection);
    this.#context.onConnectionOpen(this, connection);
    this.#markUp();
    this.#context.onCapacity();
  }

  #markUp(): void {
    if (this.state !== 'down') return;
    this.state = 'up';
    this.credentialError = undefined;
    if (this.#probeTimer) clearTimeout(this.#probeTimer);
    this.#probeTimer = undefined;
    this.#context.onNodeUp(this);
  }

  /** Closes connections above `minConnections` that have served nothing for `idleTimeout`. */
  reapIdle(now: number): void {
    const { minConnections, idleTimeout } = this.#context.options;
    for (const connection of [...this.connections]) {
      const seen = this.#activity.get(connection);
      if (connection.pending > 0 || seen === undefined || seen.served !== connection.served) {
        this.#activity.set(connection, { served: connection.served, since: now });
        continue;
      }
      if (this.connections.length > minConnections && now - seen.since >= idleTimeout) void connection.close();
    }
  }

  recordSuccess(ms: number): void {
    this.requests++;
    this.latency.record(ms);
  }

  recordFailure(): void {
    this.requests++;
    this.errors++;
  }

  stats(): NodeStats {
    return {
      node: this.node,
      state: this.state,
      connections: this.connections.length,
      inFlight: this.inFlight,
      requests: this.requests,
      errors: this.errors,
      retries: this.retries,
      latencyMs: this.latency.summary(),
    };
  }

  async close(graceMs: number): Promise<void> {
    this.#closed = true;
    if (this.#probeTimer) clearTimeout(this.#probeTimer);
    this.#probeTimer = undefined;
    await Promise.all([...this.connections].map((connection) => connection.close(graceMs)));
  }
}
