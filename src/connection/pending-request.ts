import { Buffer } from 'node:buffer';
import { performance } from 'node:perf_hooks';
import { withRequestContext } from '../error-context.js';
import type { CallOptions, Operation } from './operation.js';
import type { ResponseStream } from './response-stream.js';

/**
 * A start time meaning "when the connection first flushes its writes after
 * this request was queued": the pipeline reads the clock once for all the
 * requests of a flush instead of once per request (see RequestPipeline).
 */
export const AT_FLUSH = -1;

/** Takes over a failed request: resolves with its retry's response, or rejects (with `error` when not retried). */
export type Recover = <T>(error: unknown, op: Operation<T>, options: CallOptions, startedAt: number) => Promise<T>;

/** Where a request is on its connection (see the queue diagram in request-pipeline.ts); module-private, so its uses inline to numbers. */
const enum RequestState {
  /** In the write queue, not yet on the socket. */
  Queued,
  /** Written: owed a reply, in the in-flight queue. */
  Written,
  /** Out of both queues: answered, or removed before it was written. */
  Done,
}

/**
 * One request on a connection, from `send()` to its reply: the caller's
 * promise (or stream), its deadlines, and its abort listener. Settles the
 * caller exactly once; after that (`abandoned`) a late reply is dropped.
 */
export class PendingRequest<T = unknown> {
  #state = RequestState.Queued;
  /** The caller has been answered; a late reply is dropped. */
  abandoned = false;
  /** Whole milliseconds (performance.now()), kept an integer so no request carries a boxed number for it. */
  abandonedAt = 0;
  /**
   * When the request started (performance.now(), the clock of every
   * deadline here), for deadlines and latency: given, or AT_FLUSH until the
   * pipeline stamps it.
   */
  startedAt: number;
  stream: ResponseStream<T> | undefined;
  resolve: ((value: T) => void) | undefined;
  reject: ((error: unknown) => void) | undefined;
  signal: AbortSignal | undefined;
  onAbort: (() => void) | undefined;
  /** Gets a failure first (see Connection#sendRecoverable), with the caller's options. */
  recover: Recover | undefined;
  options: CallOptions | undefined;
  /** Streams: the longest silence allowed between frames (0 = none). */
  idleMs = 0;
  /** Written to the socket: a failure without Riak's answer leaves the outcome unknown. */
  written = false;

  constructor(
    readonly op: Operation<T>,
    /** The caller's deadline in milliseconds from `startedAt`; 0 = none. */
    readonly timeoutMs: number,
    startedAt: number,
    readonly node: string,
  ) {
    this.startedAt = startedAt;
  }

  /**
   * Computed, not stored: one boxed number less per request. Infinity: no
   * deadline, or none yet (AT_FLUSH: the flush stamps the request and arms
   * its deadline; a scan of the deadlines before that must not see it as due).
   */
  get deadline(): number {
    return this.timeoutMs > 0 && this.startedAt !== AT_FLUSH ? this.startedAt + this.timeoutMs : Infinity;
  }

  get streaming(): boolean {
    return this.op.isLast !== undefined;
  }

  /** In the write queue, not yet on the socket. */
  get isQueued(): boolean {
    return this.#state === RequestState.Queued;
  }

  /** Written and owed a reply (abandoned or not). */
  get isInFlight(): boolean {
    return this.#state === RequestState.Written;
  }

  /** Out of both queues: answered, or removed before it was written. */
  get isDone(): boolean {
    return this.#state === RequestState.Done;
  }

  /** Moved from the write queue to the in-flight queue. */
  markWritten(): void {
    this.#state = RequestState.Written;
    this.written = true;
  }

  /** Taken out of its queue. */
  markDone(): void {
    this.#state = RequestState.Done;
  }

  /** The caller's promise, settled by {@link succeed} or {@link fail}. */
  callerPromise(): Promise<T> {
    // A shared executor (no closure per request); it runs synchronously, so the slots are read back at once.
    const promise = new Promise<T>(captureSettlers);
    this.resolve = capturedResolve as (value: T) => void;
    this.reject = capturedReject;
    capturedResolve = capturedReject = noop; // not to keep this promise reachable from here
    return promise;
  }

  /** Answers the caller exactly once. */
  succeed(value: T): void {
    if (this.abandoned) return;
    this.abandoned = true;
    this.#cleanup();
    this.resolve?.(value);
  }

  fail(failure: unknown): void {
    if (this.abandoned) return;
    this.abandoned = true;
    const now = performance.now();
    this.abandonedAt = Math.floor(now);
    // Failed before its flush (a connection destroyed in the same tick): a retry's deadline counts from now.
    if (this.startedAt === AT_FLUSH) this.startedAt = now;
    this.#cleanup();
    const error = withRequestContext(failure, { owner: this.op, node: this.node, request: this.op.name, message: this.op.message, written: this.written });
    if (this.stream) this.stream.fail(error);
    else if (this.recover) this.#recover(error, this.recover);
    else this.reject?.(error);
  }

  #recover(error: unknown, recover: Recover): void {
    const { resolve, reject } = this;
    // Later, not from inside the connection's own bookkeeping (a retry emits events to user code).
    queueMicrotask(() => {
      recover(error, this.op, this.options ?? {}, this.startedAt).then(resolve, reject);
    });
  }

  #cleanup(): void {
    if (this.onAbort) this.signal?.removeEventListener('abort', this.onAbort);
    this.onAbort = undefined;
  }
}

export function noop(): void {}

// The settlers of the promise being made, read back by callerPromise() right after the executor ran.
let capturedResolve: (value: never) => void = noop;
let capturedReject: (error: unknown) => void = noop;
function captureSettlers(resolve: (value: never) => void, reject: (error: unknown) => void): void {
  capturedResolve = resolve;
  capturedReject = reject;
}

/**
 * One request kept for the life of the process, so that the object shape
 * (V8 map) of every request stays alive. V8 holds the shapes of class
 * instances weakly: a full garbage collection while no request exists (an
 * idle service, whose heap V8 shrinks) drops the shape and, with it, every
 * optimized function that handled requests, and the next burst of requests
 * runs unoptimized until V8 has compiled them again. Its fields hold values
 * of the kinds real requests hold (a fractional start time), so that it
 * keeps their shape, not an older one.
 */
export const REQUEST_SHAPE = new PendingRequest<unknown>(
  { frameBuffer: Buffer.alloc(0), frameStart: 0, frameEnd: 0, responseCode: 0, decode: noop },
  0,
  0.5,
  '127.0.0.1:8087',
);
