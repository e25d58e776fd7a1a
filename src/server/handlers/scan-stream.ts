import type { Deadline } from '../request-deadline.js';

/**
 * The pieces a streamed listing or 2i reply is built from: the items of a
 * scan until the request's deadline passes, cut in frame-sized batches,
 * pulled lazily by the connection as the client reads (connection.ts).
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
