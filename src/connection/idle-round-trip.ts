/**
 * A probe slower than the estimate raises it by at most this factor; a
 * faster one lowers it to itself.
 */
const RISE = 1.25;
/** The shortest idle round trip believed (ms): a coarse clock may read 0 for a fast one. */
const MIN_ROUND_TRIP = 0.01;

/**
 * The idle round trip to a node: the latency of a request written onto an
 * empty pipeline (a connection's opening ping is the first), the network's
 * round trip plus one service at most. A slower probe raises the estimate
 * by at most a quarter: such a request may have waited at the server behind
 * other connections' requests (a node's cores are shared), which says
 * nothing of the network. A round trip that really grew shows in every
 * probe, and the estimate follows within a few of them (1.25^n).
 *
 * One per node, shared by its connections (the pool's, see pool.ts): the
 * round trip is the path's, and a connection that is never idle still
 * learns it from the others. ServerPace reads it.
 */
export class IdleRoundTrip {
  #ms = Number.POSITIVE_INFINITY;

  /** Milliseconds; Infinity until a probe was answered. */
  get ms(): number {
    return this.#ms;
  }

  /** A request written onto an empty pipeline was answered `ms` after it started. */
  sample(ms: number): void {
    this.#ms = Math.min(Math.max(ms, MIN_ROUND_TRIP), this.#ms * RISE);
  }
}
