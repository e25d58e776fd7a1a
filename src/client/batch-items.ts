import { throwIfAborted } from './riak-stream.js';

const NO_ITEMS: readonly never[] = [];

/**
 * The items of a stream of batches (one array per frame), one by one. An
 * async generator costs several promises and microtask turns per `yield`;
 * this iterator hands out the items of a frame it already holds as resolved
 * promises, and awaits only to pull the next frame. `for await` still awaits
 * each item, but that is one promise per item instead of a generator's round.
 *
 * Behaves as the generator it replaces: the call's abort is checked before
 * every item (an aborted stream delivers nothing more and closes its
 * batches), concurrent `next()` calls are served in order, `return()` closes
 * the batches (which cancels the request), and once it has ended or failed it
 * only answers `done`.
 * @internal
 */
export class BatchItems<T> implements AsyncGenerator<T, void, undefined> {
  readonly #batches: AsyncGenerator<readonly T[], void, undefined>;
  readonly #signal: AbortSignal | undefined;
  #batch: readonly T[] = NO_ITEMS;
  #index = 0;
  #done = false;
  /** A pull of the next batch in progress: later calls wait for it. */
  #pulling: Promise<IteratorResult<T, void>> | undefined;

  constructor(batches: AsyncGenerator<readonly T[], void, undefined>, signal: AbortSignal | undefined) {
    this.#batches = batches;
    this.#signal = signal;
  }

  next(): Promise<IteratorResult<T, void>> {
    const pulling = this.#pulling;
    if (pulling !== undefined) {
      const after = () => this.next();
      return pulling.then(after, after);
    }
    // The fast path: an item of the batch in hand.
    if (this.#index < this.#batch.length && this.#signal?.aborted !== true) return Promise.resolve({ value: this.#batch[this.#index++], done: false });
    const pull = this.#pull();
    // Registered before the caller's own reaction: cleared by the time it resumes.
    const settled = () => {
      if (this.#pulling === pull) this.#pulling = undefined;
    };
    this.#pulling = pull;
    pull.then(settled, settled);
    return pull;
  }

  async return(): Promise<IteratorResult<T, void>> {
    if (this.#pulling !== undefined) await this.#pulling.catch(() => undefined);
    await this.#close();
    return { value: undefined, done: true };
  }

  async throw(error: unknown): Promise<IteratorResult<T, void>> {
    await this.return();
    throw error;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  async #pull(): Promise<IteratorResult<T, void>> {
    for (;;) {
      if (this.#done) return { value: undefined, done: true };
      if (this.#index < this.#batch.length) {
        if (this.#signal?.aborted === true) {
          await this.#close();
          throwIfAborted(this.#signal);
        }
        return { value: this.#batch[this.#index++], done: false };
      }
      let next: IteratorResult<readonly T[], void>;
      try {
        next = await this.#batches.next();
      } catch (error) {
        // The batches failed and are closed already: nothing more to close.
        this.#finish();
        throw error;
      }
      if (next.done === true) {
        this.#finish();
        return { value: undefined, done: true };
      }
      this.#batch = next.value;
      this.#index = 0;
    }
  }

  async #close(): Promise<void> {
    if (this.#done) return;
    this.#finish();
    await this.#batches.return();
  }

  #finish(): void {
    this.#done = true;
    this.#batch = NO_ITEMS;
    this.#index = 0;
  }
}
