import { IdleRoundTrip } from '../connection/idle-round-trip.js';
import { nodeKey } from '../common/node-address.js';
import type { Connection, Recover } from '../connection/connection.js';
import type { AdaptiveNode } from './adaptive-pool.js';
import { RiakAuthError, RiakClosedError, RiakTimeoutError, type RiakError } from '../errors.js';
import { atNode } from '../error-context.js';
import { noteConnectFailure } from './connect-failure.js';
import { ConnectionRetirement } from './connection-retirement.js';
import { debug } from './diagnostics.js';
import { PING_CHECK, runHealthCheck } from './health-check.js';
import { LatencyReservoir } from './latency.js';
import type { NodePoolContext } from './node-pool-context.js';
import type { ResolvedNode } from './node-options.js';
import type { WeightedNode } from './weighted-balancer.js';
import { WaitQueue } from './wait-queue.js';

/** Health of a node: `up` takes traffic; `down` is probed until it answers; `removed` is draining out (no new requests). */
export type NodeState = 'up' | 'down' | 'removed';

/** Per-node counters reported by `client.stats()`. */
export interface NodeStats {
  node: string;
  state: NodeState;
  /** Open connections, those being recycled (`maxConnectionLifetime`) included. */
  connections: number;
  /** Requests queued or in flight on this node's connections. */
  inFlight: number;
  requests: number;
  errors: number;
  retries: number;
  latencyMs: { mean: number; p50: number; p99: number };
}

/**
 * The connections to one Riak node, its health, and its counters.
 *
 * A connection is retired (taken out of `connections`, so nothing new is
 * placed on it) when it reaches `maxConnectionLifetime` or its node is
 * removed, and closed once nothing is queued, in flight, owed or claimed on
 * it: a request in flight is never cut.
 */
export class NodePool implements WeightedNode {
  readonly host: string;
  readonly port: number;
  readonly node: string;
  readonly weight: number;
  /** The node's own options over the pool's defaults (connection limits, TLS server name). */
  readonly settings: ResolvedNode;
  state: NodeState = 'up';
  /** Connections that take new requests. */
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
  /** The idle round trip to this node, learned by all its connections (they hold requests behind a busy server by it). */
  readonly idleRoundTrip = new IdleRoundTrip();
  /** Socket reads that carried a reply to a unary request (the adaptive pool compares them with the replies). */
  replyReads = 0;
  /** The adaptive pool's state for this node (adaptive-pool.ts), made at its first placement. */
  adaptive: AdaptiveNode | undefined = undefined;
  /** Hands a failed request back to the pool for a retry (one function per node, not per request). */
  readonly recover: Recover;
  readonly #context: NodePoolContext;
  #probeTimer: NodeJS.Timeout | undefined;
  #probeDelay = 0;
  #closed = false;
  /** Requests served when a connection was last seen busy, for idle reaping without per-request bookkeeping. */
  readonly #activity = new WeakMap<Connection, { served: number; since: number }>();
  /** Connections retired (they close once idle), their lifetime timers, and the node's drain. */
  readonly #retirement = new ConnectionRetirement();
  #checking = false;
  /** Requests sent to this node alone (the per-call `node` option) waiting for room. */
  #pinnedQueue: WaitQueue | undefined;

  constructor(settings: ResolvedNode, context: NodePoolContext) {
    this.host = settings.host;
    this.port = settings.port;
    this.node = nodeKey(settings);
    this.weight = settings.weight;
    this.settings = settings;
    this.#context = context;
    this.recover = (error, op, options, startedAt) => context.recover(this, error, op, options, startedAt);
  }

  /** The wait queue of requests sent to this node alone. */
  get pinnedQueue(): WaitQueue {
    this.#pinnedQueue ??= new WaitQueue();
    return this.#pinnedQueue;
  }

  /** Wakes a request waiting for room on this node alone. */
  notifyCapacity(): void {
    this.#pinnedQueue?.notifyCapacity();
  }

  /** Open connections (what a balancer sees). */
  get openConnections(): number {
    return this.connections.length;
  }

  /** Requests queued or in flight on this node, on connections being retired too. */
  get inFlight(): number {
    let total = 0;
    for (const connection of this.connections) total += connection.pending;
    return total + this.#retirement.inFlight;
  }

  /**
   * Whether another connection may be opened. Connections being retired do
   * not count: they take no new requests, and close as soon as they are idle.
   */
  get canGrow(): boolean {
    return !this.#closed && this.state !== 'removed' && this.connections.length + this.opening < this.settings.maxConnections;
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
      // A node coming back must pass its health check first (the opening ping is the default one).
      if (this.state === 'down' && !this.#closed) await this.#check(connection);
      if (this.#closed) {
        connection.destroy(undefined);
        throw new RiakClosedError('The client is closed');
      }
      this.#adopt(connection);
      if (claimSlot) connection.claimSlot();
      this.#context.onConnectionOpen(this, connection);
      if (this.state === 'down') this.#markUp();
      // Opened for a request while the node was being removed: it serves that one request, then closes.
      if (this.state === 'removed') this.#retire(connection);
      return connection;
    } catch (error) {
      this.errors++;
      if (debug.enabled) debug('%s: connect failed (%s)', this.node, (error as Error).message);
      this.markDown(error);
      noteConnectFailure(error);
      throw atNode(error, this.node);
    } finally {
      this.opening--;
      this.#context.onCapacity(this);
      this.#checkDrained();
    }
  }

  /** Runs the health check on a fresh connection (none for the default ping: the connection just answered one); destroys it on failure. */
  async #check(connection: Connection): Promise<void> {
    const { check, timeoutMs } = this.#context.options.health;
    if (check === PING_CHECK) return;
    try {
      await runHealthCheck(check, connection, timeoutMs);
    } catch (error) {
      connection.destroy(undefined);
      throw error;
    }
  }

  /** A connection that is ready joins the node, with its lifetime timer when connections are recycled. */
  #adopt(connection: Connection): void {
    this.connections.push(connection);
    this.#retirement.startLifetime(connection, this.#context.options.maxConnectionLifetime, (expired) => this.#retire(expired));
  }

  /**
   * Takes a connection out of rotation: it closes as soon as nothing is
   * queued, in flight, owed or claimed on it. A node that keeps serving gets
   * a replacement when it falls below `minConnections`.
   */
  #retire(connection: Connection): void {
    const index = this.connections.indexOf(connection);
    if (index === -1 || connection.closed) return;
    this.connections.splice(index, 1);
    this.#retirement.add(connection);
    if (debug.enabled) debug('%s: retiring a connection (%d requests on it)', this.node, connection.load);
    this.settled(connection);
    if (this.state !== 'removed' && !this.#closed && this.connections.length + this.opening < this.settings.minConnections) this.open().catch(() => {});
  }

  /** A request on `connection` finished: a retiring connection left idle closes (after the reply is handed over). */
  settled(connection: Connection): void {
    this.#retirement.settled(connection);
  }

  /** Called by the connection's close hook. */
  connectionClosed(connection: Connection, error: RiakError | undefined): void {
    const index = this.connections.indexOf(connection);
    if (index !== -1) this.connections.splice(index, 1);
    this.#retirement.forget(connection);
    this.#context.onConnectionClose(this, connection, error);
    this.#checkDrained();
    // A connection that dies before answering anything, or that stalled,
    // says the node is unwell. One cut after serving traffic does not: its
    // requests retry on a new connection, whose connect decides.
    if (error !== undefined && !this.#closed && this.state !== 'removed') {
      this.errors++;
      const stalled = error.cause instanceof RiakTimeoutError;
      if (stalled || connection.served === 0) this.markDown(error);
    }
    this.#context.onCapacity(this);
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
      // Opening a connection includes a first check: a ping answered (or, when
      // secured, STARTTLS and auth done) within connectTimeout; then the health check.
      connection = await this.#context.connect(this);
      await this.#check(connection);
    } catch (error) {
      if (error instanceof RiakAuthError) this.credentialError = error;
      if (debug.enabled) debug('%s: probe failed (%s)', this.node, (error as Error).message);
      connection?.destroy(undefined);
      connection = undefined;
    } finally {
      this.opening--;
    }
    if (this.#closed || this.state !== 'down') {
      connection?.destroy(undefined);
      this.#checkDrained();
      return;
    }
    if (connection === undefined || connection.closed) {
      this.#scheduleProbe();
      // Requests waiting for this probe's connect may now try (and fail) themselves.
      this.#context.onCapacity(this);
      return;
    }
    this.#adopt(connection);
    this.#context.onConnectionOpen(this, connection);
    this.#markUp();
    this.#context.onCapacity(this);
  }

  /**
   * The periodic health check (`health.intervalMs`): on a connection with
   * room (one is opened if none is open), at most one at a time; a failure
   * marks the node down, and its probe then runs the check until it passes.
   */
  async checkHealth(): Promise<void> {
    if (this.#checking || this.#closed || this.state !== 'up') return;
    this.#checking = true;
    try {
      let connection = this.pick(false);
      if (connection === undefined) {
        // Every connection busy: the traffic itself says how the node is.
        if (this.connections.length > 0 || !this.canGrow) return;
        connection = await this.open();
      }
      const { check, timeoutMs } = this.#context.options.health;
      await runHealthCheck(check, connection, timeoutMs);
    } catch (error) {
      if (debug.enabled) debug('%s: health check failed (%s)', this.node, (error as Error).message);
      this.errors++;
      this.markDown(error);
    } finally {
      this.#checking = false;
    }
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
    const { idleTimeout } = this.#context.options;
    const { minConnections } = this.settings;
    for (const connection of [...this.connections]) {
      const seen = this.#activity.get(connection);
      if (connection.pending > 0 || seen === undefined || seen.served !== connection.served) {
        this.#activity.set(connection, { served: connection.served, since: now });
        continue;
      }
      if (this.connections.length > minConnections && now - seen.since >= idleTimeout) void connection.close();
    }
  }

  recordSuccess(ms: number, firstOfRead: boolean): void {
    this.requests++;
    this.latency.record(ms);
    if (firstOfRead) this.replyReads++;
  }

  recordFailure(): void {
    this.requests++;
    this.errors++;
  }

  stats(): NodeStats {
    return {
      node: this.node,
      state: this.state,
      connections: this.connections.length + this.#retirement.size,
      inFlight: this.inFlight,
      requests: this.requests,
      errors: this.errors,
      retries: this.retries,
      latencyMs: this.latency.summary(),
    };
  }

  /**
   * Takes the node out of the pool gracefully: nothing new is placed on it,
   * its probe stops, and each of its connections closes once the requests on
   * it have settled (each within its own deadline). Resolves when the last
   * one has closed.
   */
  drain(): Promise<void> {
    this.state = 'removed';
    if (this.#probeTimer) clearTimeout(this.#probeTimer);
    this.#probeTimer = undefined;
    const drained = this.#retirement.drained();
    for (const connection of [...this.connections]) this.#retire(connection);
    this.#checkDrained();
    // Requests waiting for this node alone find it removed.
    this.notifyCapacity();
    return drained;
  }

  #checkDrained(): void {
    this.#retirement.checkDrained(this.connections.length + this.opening);
  }

  async close(graceMs: number): Promise<void> {
    this.#closed = true;
    if (this.#probeTimer) clearTimeout(this.#probeTimer);
    this.#probeTimer = undefined;
    this.#retirement.stopLifetimes();
    this.notifyCapacity();
    await Promise.all([...this.connections, ...this.#retirement.connections].map((connection) => connection.close(graceMs)));
    this.#retirement.endDrain();
  }
}
