/**
 * A probe slower than the estimate raises it by at most this factor (none
 * that another connection's requests could have delayed); a faster one
 * lowers it to itself.
 */
const RISE = 1.25;
/** The shortest idle round trip believed (ms): a coarse clock may read 0 for a fast one. */
const MIN_ROUND_TRIP = 0.01;

/**
 * The idle round trip to a node: the latency of a request written onto an
 * empty pipeline (a connection's opening ping is the first), the network's
 * round trip plus one service at most. A probe written while another
 * connection to the node had requests in flight may have waited at the
 * server behind them (a node's cores are shared), which says nothing of the
 * network: it may lower the estimate, never raise it. (It did: the
 * connections a growing pool opens next to busy ones raised it, a quarter
 * per probe, until holding stopped on every connection.) A slower probe
 * taken alone raises it by at most a quarter, as other clients' requests
 * may have delayed it too. A round trip that really grew shows in every
 * probe, and the estimate follows within a few of them (1.25^n).
 *
 * One per node, shared by its connections (the pool's, see pool.ts): the
 * round trip is the path's, and a connection that is never idle still
 * learns it from the others. ServerPace reads it.
 */
export class IdleRoundTrip {
  #ms = Number.POSITIVE_INFINITY;
  /** The node's connections with requests in flight. */
  #busy = 0;

  /** Milliseconds; Infinity until a probe was answered. */
  get ms(): number {
    return this.#ms;
  }

  /** A connection of the node now has requests in flight; returns whether another one had already (`shared` for its probe). */
  busy(): boolean {
    return this.#busy++ > 0;
  }

  /** A connection of the node has no request in flight any more. */
  idle(): void {
    this.#busy--;
  }

  /** A request written onto an empty pipeline was answered `ms` after it started; `shared`: another connection of the node was busy then. */
  sample(ms: number, shared: boolean): void {
    const probe = Math.max(ms, MIN_ROUND_TRIP);
    this.#ms = Math.min(probe, shared ? this.#ms : this.#ms * RISE);
  }
}
