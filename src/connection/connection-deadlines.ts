import { performance } from 'node:perf_hooks';
import { RiakConnectionError, RiakTimeoutError } from '../errors.js';
import type { Fifo } from './fifo.js';
import type { PendingRequest } from './pending-request.js';

/** What the deadlines of a connection do when one passes. */
export interface DeadlineActions {
  /** A request's deadline passed, or its stream stayed silent too long: cancel it (it may close the connection). */
  expire(pending: PendingRequest, error: RiakTimeoutError): void;
  /** The abandoned head of the pipeline stayed silent past the read deadline: drop the connection. */
  drop(error: RiakConnectionError): void;
}

/**
 * The deadlines of one connection, on one timer: it wakes at the earliest one
 * it knows of, expires what is overdue, and re-arms. Three kinds:
 * - a request's own (`requestTimeout`), queued or in flight;
 * - the read deadline: a reply owed to an abandoned request (timed out or
 *   aborted after it was written) blocks every reply behind it, so once such
 *   a request heads the pipeline it gets `readTimeout` before the socket is
 *   dropped;
 * - a stream's idle deadline (`streamIdleTimeout`) between two frames, not
 *   counted while its consumer lags (the socket is paused then).
 */
export class ConnectionDeadlines {
  readonly #node: string;
  readonly #readTimeout: number;
  readonly #toWrite: Fifo<PendingRequest>;
  readonly #inFlight: Fifo<PendingRequest>;
  readonly #actions: DeadlineActions;
  #timer: NodeJS.Timeout | undefined;
  #timerAt = Infinity;
  #stopped = false;
  /** When the current head became head; kept only when that head is already abandoned (see {@link headReplaced}). */
  #headSince = 0;
  /** When the streaming head last heard from the server (or its consumer caught up): its idle deadline counts from here. */
  #streamHeardAt = 0;

  constructor(node: string, readTimeout: number, toWrite: Fifo<PendingRequest>, inFlight: Fifo<PendingRequest>, actions: DeadlineActions) {
    this.#node = node;
    this.#readTimeout = readTimeout;
    this.#toWrite = toWrite;
    this.#inFlight = inFlight;
    this.#actions = actions;
  }

  /** Wakes at `at` (a performance.now() reading) unless already due earlier; Infinity: no deadline. */
  arm(at: number): void {
    if (at === Infinity || this.#stopped) return;
    if (this.#timer !== undefined && this.#timerAt <= at) return;
    this.#clear();
    this.#timerAt = at;
    this.#timer = setTimeout(this.#onTimer, Math.max(0, Math.ceil(at - performance.now())));
    this.#timer.unref();
  }

  /** The connection closed: no deadline fires any more. */
  stop(): void {
    this.#stopped = true;
    this.#clear();
  }

  /** The head was answered; if the new head is abandoned, its read deadline counts from now. */
  headReplaced(): void {
    // A request abandoned before it reached the head gets its full read
    // deadline from now on (a fresh head needs no timestamp: abandonedAt covers it).
    if (this.#inFlight.peek()?.abandoned) {
      this.#headSince = performance.now();
      this.arm(this.#headSince + this.#readTimeout);
    }
  }

  /** A written request was abandoned: a reply that never comes would block the pipeline, so the head is watched. */
  abandonedOnWire(): void {
    this.arm(performance.now() + this.#readTimeout);
  }

  /** The streaming head received a frame at `at`: its idle deadline counts from there (the timer reads it when it fires). */
  streamFrameAt(at: number): void {
    this.#streamHeardAt = at;
  }

  /** The streaming head heard from the server (or its consumer caught up): its idle deadline starts again. */
  streamHeard(): void {
    const head = this.#inFlight.peek();
    if (head === undefined || !head.streaming || head.idleMs === 0) return;
    this.#streamHeardAt = performance.now();
    this.arm(this.#streamHeardAt + head.idleMs);
  }

  #clear(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#timerAt = Infinity;
  }

  #onTimer = (): void => {
    this.#timer = undefined;
    this.#timerAt = Infinity;
    const now = performance.now();
    const head = this.#inFlight.peek();
    if (head?.abandoned && now - Math.max(head.abandonedAt, this.#headSince) >= this.#readTimeout) {
      const stalled = new RiakTimeoutError(`No reply from ${this.#node} for ${this.#readTimeout} ms to an abandoned request`, this.#readTimeout);
      this.#actions.drop(
        new RiakConnectionError(`Connection to ${this.#node} dropped: ${stalled.message}`, this.#node, { cause: stalled, outcomeUnknown: true }),
      );
      return;
    }
    let next = Infinity;
    if (head !== undefined && head.streaming && head.isInFlight && !head.abandoned && head.idleMs > 0 && head.stream?.paused !== true) {
      const idleUntil = this.#streamHeardAt + head.idleMs;
      if (idleUntil <= now) {
        const silent = `No frame from ${this.#node} for ${head.idleMs} ms while streaming the reply to ${head.op.name ?? 'a streaming request'} (streamIdleTimeout)`;
        this.#actions.expire(head, new RiakTimeoutError(silent, head.idleMs));
        return;
      }
      next = idleUntil;
    }
    for (const queue of [this.#toWrite, this.#inFlight]) {
      for (const pending of queue) {
        if (pending.abandoned) continue;
        if (pending.deadline <= now) {
          this.#actions.expire(pending, new RiakTimeoutError(`Request to ${this.#node} timed out after ${pending.timeoutMs} ms`, pending.timeoutMs));
          if (this.#stopped) return;
        } else if (pending.deadline < next) {
          next = pending.deadline;
        }
      }
    }
    const stuck = this.#inFlight.peek();
    if (stuck?.abandoned) next = Math.min(next, Math.max(stuck.abandonedAt, this.#headSince) + this.#readTimeout);
    this.arm(next);
  };
}
