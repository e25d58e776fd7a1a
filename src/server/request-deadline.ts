import { performance } from 'node:perf_hooks';
import type { ServerContext } from './context.js';

/**
 * The server-side `timeout` of listings, 2i queries and folds. Riak starts
 * a timer with the request's coverage FSM (riak_core_coverage_fsm
 * maybe_start_timeout_timer/1): when it fires before the last vnode has
 * answered, the request ends with `{error, timeout}`, whatever was already
 * streamed staying sent. Here the operations ask {@link Deadline.expired}
 * as they go through the store, and stop with Riak's error when it says so.
 */

/** riak_kv's ?DEFAULT_TIMEOUT (60 s) for requests sent without `timeout`. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 60_000;

/** Items handled between two reads of the clock (reading it costs more than a step). */
const CHECK_EVERY = 256;

/** A monotonic clock in milliseconds. */
export type RequestClock = () => number;

const clocks = new WeakMap<ServerContext, RequestClock>();

/** Sets the clock a server measures request timeouts with (dev-server.ts; tests pass a stepping clock). */
export function setRequestClock(server: ServerContext, clock: RequestClock): void {
  clocks.set(server, clock);
}

export class Deadline {
  readonly #clock: RequestClock;
  readonly #at: number;
  #steps = 0;
  #expired = false;

  constructor(clock: RequestClock, timeoutMs: number) {
    this.#clock = clock;
    this.#at = clock() + timeoutMs;
  }

  /**
   * Whether the request's time is up; call once per item handled. The clock
   * is read on the first call and every {@link CHECK_EVERY} calls after it
   * (a timeout of 0 is up at once, as Riak's timer of 0 fires at once).
   */
  expired(): boolean {
    if (this.#expired) return true;
    if (this.#steps++ % CHECK_EVERY !== 0) return false;
    this.#expired = this.#clock() >= this.#at;
    return this.#expired;
  }
}

/** The deadline of a request whose `timeout` field is `timeout` (absent: Riak's default). */
export function requestDeadline(server: ServerContext, timeout: number | undefined): Deadline {
  return new Deadline(clocks.get(server) ?? (() => performance.now()), timeout ?? DEFAULT_REQUEST_TIMEOUT_MS);
}
