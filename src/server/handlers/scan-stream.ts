import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Deadline } from '../request-deadline.js';

/**
 * The pieces a streamed listing or 2i reply is built from: the items of a
 * scan until the request's deadline passes, cut in frame-sized batches,
 * pulled lazily by the connection as the client reads (connection.ts).
 * A streamed reply reads its scan a chunk at a time and lets the event
 * loop run between chunks ({@link batchesBetweenChunks}): a client reading
 * a big listing as fast as it can does not keep other connections waiting.
 */

/** The items of `source` until the deadline passes; {@link expired} tells, once iterated, whether it did. */
export class UntilDeadline<T> implements Iterable<T> {
  #expired = false;

  constructor(
    readonly source: Iterable<T>,
    readonly deadline: Deadline,
  ) {}

  /** The deadline passed before the source ended: what was iterated is partial. */
  get expired(): boolean {
    return this.#expired;
  }

  *[Symbol.iterator](): Generator<T> {
    for (const item of this.source) {
      if (this.deadline.expired()) {
        this.#expired = true;
        return;
      }
      yield item;
    }
  }
}

/** `items` in arrays of `size` (the last may be shorter), read lazily. */
export function* batches<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let batch: T[] = [];
  for (const item of items) {
    batch.push(item);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/**
 * The items of `chunks` (a scan read a chunk at a time) in arrays of `size`
 * across chunk boundaries, as {@link batches} cuts them, with a turn of the
 * event loop after each chunk: other connections are served between chunks.
 */
export async function* batchesBetweenChunks<T>(chunks: Iterable<T[]>, size: number): AsyncGenerator<T[]> {
  let batch: T[] = [];
  for (const chunk of chunks) {
    for (const item of chunk) {
      batch.push(item);
      if (batch.length >= size) {
        yield batch;
        batch = [];
      }
    }
    await nextTurn();
  }
  if (batch.length > 0) yield batch;
}

/** At most `n` items of `chunks` (no limit when undefined), chunk by chunk; reads no chunk past the last of them. */
export function* firstOfChunks<T>(chunks: Iterable<T[]>, n: number | undefined): Generator<T[]> {
  if (n === undefined) {
    yield* chunks;
    return;
  }
  let left = n;
  if (left <= 0) return;
  for (const chunk of chunks) {
    const part = chunk.length > left ? chunk.slice(0, left) : chunk;
    left -= part.length;
    yield part;
    if (left <= 0) return;
  }
}
