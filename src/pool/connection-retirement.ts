import type { Connection } from '../connection/connection.js';

/**
 * One node's connections on their way out: each connection's
 * `maxConnectionLifetime` timer, the connections retired (they take no new
 * requests and close once idle), and the promise a drain of the node waits
 * on. Internal to NodePool.
 */
export class ConnectionRetirement {
  /** Connections that take no new requests and close once idle. */
  readonly #retiring = new Set<Connection>();
  /** Each connection's `maxConnectionLifetime` timer. */
  readonly #lifetimes = new Map<Connection, NodeJS.Timeout>();
  /** Set while the node drains out of the pool: resolved when its last connection has closed. */
  #drained: { promise: Promise<void>; resolve: () => void } | undefined;

  /** Starts `connection`'s lifetime, when connections are recycled (`lifetimeMs` > 0): `expire` runs at its end. */
  startLifetime(connection: Connection, lifetimeMs: number, expire: (connection: Connection) => void): void {
    if (lifetimeMs <= 0) return;
    const timer = setTimeout(() => expire(connection), lifetimeMs);
    timer.unref();
    this.#lifetimes.set(connection, timer);
  }

  /** `connection` takes no new requests from now on. */
  add(connection: Connection): void {
    this.#retiring.add(connection);
  }

  get size(): number {
    return this.#retiring.size;
  }

  /** Requests queued or in flight on retiring connections. */
  get inFlight(): number {
    let total = 0;
    for (const connection of this.#retiring) total += connection.pending;
    return total;
  }

  get connections(): Connection[] {
    return [...this.#retiring];
  }

  /** A request on `connection` finished: a retiring connection left idle closes (after the reply is handed over). */
  settled(connection: Connection): void {
    if (!this.#retiring.has(connection)) return;
    queueMicrotask(() => {
      if (connection.load === 0 && !connection.closed) void connection.close();
    });
  }

  /** `connection` has closed: forgets it and its lifetime timer. */
  forget(connection: Connection): void {
    this.#retiring.delete(connection);
    clearTimeout(this.#lifetimes.get(connection));
    this.#lifetimes.delete(connection);
  }

  /** The promise of the node's drain (made on the first call), resolved by {@link checkDrained} or {@link endDrain}. */
  drained(): Promise<void> {
    if (this.#drained === undefined) {
      let resolve!: () => void;
      const promise = new Promise<void>((r) => {
        resolve = r;
      });
      this.#drained = { promise, resolve };
    }
    return this.#drained.promise;
  }

  /** Ends a drain in progress once nothing is retiring and `active` (connections open or opening) is 0. */
  checkDrained(active: number): void {
    if (this.#drained !== undefined && active === 0 && this.#retiring.size === 0) this.#drained.resolve();
  }

  /** Ends a drain in progress whatever is left (the pool is closing). */
  endDrain(): void {
    this.#drained?.resolve();
  }

  /** Stops every lifetime timer (the pool is closing). */
  stopLifetimes(): void {
    for (const timer of this.#lifetimes.values()) clearTimeout(timer);
    this.#lifetimes.clear();
  }
}
