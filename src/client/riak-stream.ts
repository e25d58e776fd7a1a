import type { Buffer } from 'node:buffer';
import { RiakAbortError, RiakInvalidArgumentError } from '../errors.js';

/**
 * A lazily started stream of results (keys, buckets, index entries, MapReduce
 * phase results...). Nothing is sent until iteration starts; items are yielded
 * as their frames arrive, never buffered whole. Iterate it once:
 *
 * ```ts
 * for await (const key of client.listKeys({ bucket: 'users' })) console.log(key.toString());
 * const all = await client.listKeys({ bucket: 'users' }).toArray();
 * ```
 *
 * Leaving the loop early (`break`, `return`, a thrown error) closes the
 * connection that was streaming: Riak keeps sending until its last frame and
 * refuses other requests meanwhile, so the socket cannot go back to the pool.
 * The client opens a fresh one for the next request.
 * @category Streams, 2i and MapReduce
 */
export class RiakStream<T> implements AsyncIterable<T> {
  readonly #source: () => AsyncGenerator<T, void, undefined>;
  #started = false;

  /** @internal */
  constructor(source: () => AsyncGenerator<T, void, undefined>) {
    this.#source = source;
  }

  [Symbol.asyncIterator](): AsyncIterator<T> {
    if (this.#started) throw new RiakInvalidArgumentError('A RiakStream can be iterated only once; call the method again for a new stream');
    this.#started = true;
    return this.#source();
  }

  /** Reads the whole stream into an array. */
  async toArray(): Promise<T[]> {
    const out: T[] = [];
    for await (const item of this) out.push(item);
    return out;
  }
}

/** Where a {@link PagedStream}'s source records the continuation. @internal */
export interface PageState {
  continuation: Buffer | undefined;
}

/**
 * A {@link RiakStream} over a paginated scan (2i with `maxResults`, CS bucket
 * fold): once the stream has ended, `continuation` holds the cursor of the
 * next page, or undefined when the scan is complete.
 * @category Streams, 2i and MapReduce
 */
export class PagedStream<T> extends RiakStream<T> {
  readonly #state: PageState;

  /** @internal */
  constructor(source: (state: PageState) => AsyncGenerator<T, void, undefined>) {
    const state: PageState = { continuation: undefined };
    super(() => source(state));
    this.#state = state;
  }

  /** After the stream ended: the continuation for the next page, if the page size cut it short. */
  get continuation(): Buffer | undefined {
    return this.#state.continuation;
  }
}

/**
 * Throws the call's abort as a `RiakAbortError` once its signal has fired.
 * Streams check it before each item: frames already received are not
 * delivered after an abort, even when the response had fully arrived.
 * @category Streams, 2i and MapReduce
 */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new RiakAbortError('Request aborted', { cause: signal.reason });
}
