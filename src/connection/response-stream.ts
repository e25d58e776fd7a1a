import { RiakInvalidArgumentError } from '../errors.js';
import { Fifo } from './fifo.js';

/** Flow control hooks a stream uses to pause the socket while its consumer lags. */
export interface StreamFlowControl {
  pause(): void;
  resume(): void;
  /** The consumer stopped early (`break`, `return()`): the producer must stop and clean up. */
  cancel(): void;
}

/** How a stream finished: its last frame arrived, it failed, or its consumer stopped early. */
export type StreamFinish = (how: 'end' | 'error' | 'cancel', error: unknown) => void;

/** Frames buffered for a slow consumer before the socket is paused. */
const HIGH_WATER = 64;
const LOW_WATER = 16;

/**
 * The consumer side of a streamed Riak response (list keys, MapReduce, 2i with
 * `stream`, ...): an `AsyncIterable` that yields each response message as its
 * frame arrives and ends after the frame with `done`. Real backpressure: above
 * a high-water mark of unread frames the socket is paused until the consumer
 * catches up. Ending iteration early calls `cancel()` so the connection can be
 * closed rather than left streaming into the pool.
 */
export class ResponseStream<T> implements AsyncIterable<T> {
  readonly #buffered = new Fifo<T>();
  #ended = false;
  #error: unknown = undefined;
  #failed = false;
  #paused = false;
  #waiter: { resolve: (r: IteratorResult<T>) => void; reject: (e: unknown) => void } | undefined;
  #flow: StreamFlowControl | undefined;
  #iterated = false;
  #mapError: ((error: unknown) => unknown) | undefined;
  #onFinish: StreamFinish | undefined;

  /** Passes every error the stream fails with through `map` first (e.g. to add the caller's stack). */
  mapErrors(map: (error: unknown) => unknown): void {
    this.#mapError = map;
  }

  /** Called once when the stream ends, fails (with the error its consumer sees) or is stopped by its consumer. */
  onFinish(finish: StreamFinish): void {
    this.#onFinish = finish;
  }

  /** Connects the stream to its producer; called once the request is written. */
  attach(flow: StreamFlowControl): void {
    this.#flow = flow;
  }

  /** True while unread frames have paused the socket (the consumer lags). */
  get paused(): boolean {
    return this.#paused;
  }

  /** True once the producer has ended or failed the stream. */
  get finished(): boolean {
    return this.#ended || this.#failed;
  }

  push(item: T): void {
    if (this.finished) return;
    const waiter = this.#waiter;
    if (waiter) {
      this.#waiter = undefined;
      waiter.resolve({ value: item, done: false });
      return;
    }
    this.#buffered.push(item);
    if (!this.#paused && this.#buffered.length >= HIGH_WATER) {
      this.#paused = true;
      this.#flow?.pause();
    }
  }

  end(): void {
    if (this.finished) return;
    this.#ended = true;
    this.#onFinish?.('end', undefined);
    this.#resumeFlow();
    const waiter = this.#waiter;
    if (waiter && this.#buffered.length === 0) {
      this.#waiter = undefined;
      waiter.resolve({ value: undefined, done: true });
    }
  }

  fail(failure: unknown): void {
    if (this.finished) return;
    const error = this.#mapError === undefined ? failure : this.#mapError(failure);
    this.#failed = true;
    this.#error = error;
    this.#onFinish?.('error', error);
    this.#resumeFlow();
    const waiter = this.#waiter;
    if (waiter) {
      this.#waiter = undefined;
      waiter.reject(error);
    }
  }

  [Symbol.asyncIterator](): AsyncIterator<T> {
    if (this.#iterated) throw new RiakInvalidArgumentError('A Riak response stream can be iterated only once');
    this.#iterated = true;
    return {
      next: () => this.#next(),
      return: async () => {
        this.#stop();
        return { value: undefined, done: true };
      },
    };
  }

  #next(): Promise<IteratorResult<T>> {
    if (this.#buffered.length > 0) {
      const value = this.#buffered.shift() as T;
      if (this.#paused && this.#buffered.length <= LOW_WATER) this.#resumeFlow();
      return Promise.resolve({ value, done: false });
    }
    if (this.#failed) return Promise.reject(this.#error);
    if (this.#ended) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => {
      this.#waiter = { resolve, reject };
    });
  }

  #stop(): void {
    const wasFinished = this.finished;
    this.#buffered.drain();
    if (!wasFinished) {
      this.#ended = true;
      this.#onFinish?.('cancel', undefined);
      this.#flow?.cancel();
    }
  }

  #resumeFlow(): void {
    if (!this.#paused) return;
    this.#paused = false;
    this.#flow?.resume();
  }
}
