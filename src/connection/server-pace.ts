import type { IdleRoundTrip } from './idle-round-trip.js';

/**
 * New requests wait while the requests already in flight will keep the
 * server busy for at least this many idle round trips (see ServerPace).
 */
export const HOLD_MARGIN = 2;
/** Nothing is held unless the server's time per request is at least 1 / this of the idle round trip (see ServerPace). */
const PACE_ROUND_TRIPS = 2;
/** The reply gap is measured over windows this many idle round trips long (several round trips, so bursts average out). */
const WINDOW_ROUND_TRIPS = 4;

/**
 * How busy the server is with one connection's requests, read from when
 * their replies arrive; decides whether a new request should wait for the
 * next write instead of leaving alone.
 *
 * Riak serves a connection's requests one after another. A request written
 * behind others waits for them at the server whenever it is written, so
 * while enough are ahead of it, writing it later costs it nothing and saves
 * a write (a system call, and a wake-up of the server's reader): new
 * requests are held until they are as many as the requests still ahead,
 * then leave in one write. With 16 requests in flight that is one write per
 * 8 requests instead of one per request.
 *
 * "Enough ahead" is measured, so that holding never idles the server: the
 * requests ahead times the mean gap between replies (the server's time per
 * request on this connection while it is busy with them) must cover
 * HOLD_MARGIN idle round trips (idle-round-trip.ts: the latency of a
 * request written onto an empty pipeline, the network's round trip plus
 * one service at most). And the gap
 * must be at least half an idle round trip: only then is it the server that
 * sets the connection's pace. When the round trip dominates (a distant
 * server, or one that answers at once) the replies come in bursts a round
 * trip apart, or as the requests were made (an open loop: the gap is then
 * the time between calls, and requests in flight are mostly on the
 * network); holding there would delay requests the server could already
 * serve, so nothing is held and every request leaves at once, as before.
 * Until both are measured (an idle round trip, then a window of busy
 * replies), nothing is held either, and the gap is forgotten whenever the
 * pipeline empties. test/connection/server-pace.test.ts simulates closed
 * and open loops over any round trip, service time and reply batching.
 */
export class ServerPace {
  readonly #roundTrip: IdleRoundTrip;
  /** Mean ms between replies while requests were in flight (the last window's); 0: not measured. */
  #replyGap = 0;
  /** When the current window started (the read that began it); -1: none (nothing in flight). */
  #windowStart = -1;
  #windowReplies = 0;

  constructor(roundTrip: IdleRoundTrip) {
    this.#roundTrip = roundTrip;
  }

  /** A read at `now` (ms) carried `replies` replies; `busy`: requests are still in flight after it. */
  read(now: number, replies: number, busy: boolean): void {
    if (!busy) {
      // An idle pipeline says nothing about the server's pace: start over.
      this.#windowStart = -1;
      this.#replyGap = 0;
      return;
    }
    if (this.#windowStart < 0) {
      this.#windowStart = now;
      this.#windowReplies = 0;
      return;
    }
    this.#windowReplies += replies;
    const elapsed = now - this.#windowStart;
    if (this.#windowReplies > 0 && elapsed >= WINDOW_ROUND_TRIPS * this.#roundTrip.ms) {
      this.#replyGap = elapsed / this.#windowReplies;
      this.#windowStart = now;
      this.#windowReplies = 0;
    }
  }

  /** Whether `queued` requests waiting to be written should wait for more, with `ahead` requests in flight. */
  holds(queued: number, ahead: number): boolean {
    const gap = this.#replyGap;
    const roundTrip = this.#roundTrip.ms;
    return queued < ahead && gap * PACE_ROUND_TRIPS >= roundTrip && ahead * gap >= HOLD_MARGIN * roundTrip;
  }
}
