import type { Buffer } from 'node:buffer';
import { RiakInvalidArgumentError } from '../errors.js';
import { BatchItems } from './batch-items.js';
import { type PageState, PagedStream, RiakStream } from './riak-stream.js';

/** A stream's source: one array of items per frame that carries any, in the order they arrived. @internal */
export type BatchSource<T> = () => AsyncGenerator<T[], void, undefined>;

/** A paginated stream's source, which records the continuation in `state`. @internal */
export type PagedBatchSource<T> = (state: PageState) => AsyncGenerator<T[], void, undefined>;

/** One iteration per stream, whether item by item or batch by batch. */
class Once {
  #started = false;

  claim(): void {
    if (this.#started) throw new RiakInvalidArgumentError('A RiakStream can be iterated only once; call the method again for a new stream');
    this.#started = true;
  }
}

async function collect<T>(batches: AsyncIterable<T[]>): Promise<T[]> {
  const out: T[] = [];
  for await (const batch of batches) for (const item of batch) out.push(item);
  return out;
}

/**
 * A {@link RiakStream} that can also be read a frame at a time: `batches()`
 * yields, for each frame Riak sends, the array of its items in order, so a
 * big listing costs one `await` per frame instead of one per item:
 *
 * ```ts
 * for await (const keys of client.listKeys({ bucket: 'users' }).batches()) console.log(keys.length);
 * ```
 *
 * Iterate either the items or the batches, once. Both read frames only as
 * fast as the loop asks for them (a lagging loop pauses the socket), and
 * leaving either loop early closes the streaming connection.
 * @category Streams, 2i and MapReduce
 */
export class BatchedStream<T> extends RiakStream<T> {
  readonly #source: BatchSource<T>;
  readonly #once: Once;

  /** @internal */
  constructor(source: BatchSource<T>, signal: AbortSignal | undefined) {
    const once = new Once();
    super(() => {
      once.claim();
      return new BatchItems(source(), signal);
    });
    this.#source = source;
    this.#once = once;
  }

  /**
   * The items frame by frame: one array per frame (never empty), in the order
   * of the frames and of the items in each. The arrays are the caller's.
   */
  batches(): AsyncGenerator<T[], void, undefined> {
    this.#once.claim();
    return this.#source();
  }

  /** Reads the whole stream into one array (a frame at a time). */
  override toArray(): Promise<T[]> {
    try {
      return collect(this.batches());
    } catch (error) {
      return Promise.reject(error);
    }
  }
}

/**
 * A {@link PagedStream} that can also be read a frame at a time, as a
 * {@link BatchedStream}: `continuation` is set once either iteration ends.
 * @category Streams, 2i and MapReduce
 */
export class PagedBatchedStream<T> extends PagedStream<T> {
  readonly #source: PagedBatchSource<T>;
  readonly #state: PageState;
  readonly #once: Once;

  /** @internal */
  constructor(source: PagedBatchSource<T>, signal: AbortSignal | undefined) {
    const once = new Once();
    const state: PageState = { continuation: undefined };
    // The parent's page state goes unused: both iterations record into `state`.
    super(() => {
      once.claim();
      return new BatchItems(source(state), signal);
    });
    this.#source = source;
    this.#state = state;
    this.#once = once;
  }

  override get continuation(): Buffer | undefined {
    return this.#state.continuation;
  }

  /** The items frame by frame, as {@link BatchedStream.batches}. */
  batches(): AsyncGenerator<T[], void, undefined> {
    this.#once.claim();
    return this.#source(this.#state);
  }

  /** Reads the whole stream into one array (a frame at a time). */
  override toArray(): Promise<T[]> {
    try {
      return collect(this.batches());
    } catch (error) {
      return Promise.reject(error);
    }
  }
}
