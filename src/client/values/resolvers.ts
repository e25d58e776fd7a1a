import type { RiakContent } from '../kv-types.js';
import type { ValueLocation } from './value-location.js';

/**
 * One stored sibling: its decoded value beside the raw content it came from (bytes, content type, metadata).
 * @category Values and conflicts
 */
export interface Sibling<T> {
  readonly data: T;
  readonly content: RiakContent;
}

/**
 * What a resolver decides: one of the siblings, or a value of its own (`{ data: merged }`, no stored content).
 * @category Values and conflicts
 */
export interface Resolution<T> {
  readonly data: T;
  readonly content?: RiakContent | undefined;
}

/**
 * Resolves siblings (concurrent writes on an `allow_mult` bucket) to one
 * value. It runs only when there are two or more, with every sibling decoded,
 * and returns one of them, a merge (`{ data }`), or `undefined` to keep them
 * all unresolved. Writing the result back with the read's vclock (what
 * `update()` does) collapses the siblings in Riak.
 * @category Values and conflicts
 */
export type ValueResolver<T> = (siblings: readonly Sibling<T>[], where: ValueLocation) => Resolution<T> | undefined;

/** `lastMod` as microseconds (seconds and microseconds as Riak sent them); -1 when absent. */
function modifiedAt(content: RiakContent): number {
  const date = content.lastMod;
  if (date === undefined) return -1;
  return Math.floor(date.getTime() / 1000) * 1e6 + (content.lastModUsecs ?? (date.getTime() % 1000) * 1000);
}

/**
 * Last write wins: the sibling with the latest `lastMod` (to the
 * microsecond). Ties go to the greater `vtag`, so every reader picks the same
 * one. Concurrent writes other than the latest are dropped once the pick is
 * written back.
 * @category Values and conflicts
 */
export function lastWriteWins<T>(siblings: readonly Sibling<T>[]): Resolution<T> | undefined {
  let best: Sibling<T> | undefined;
  let bestAt = -Infinity;
  for (const sibling of siblings) {
    const at = modifiedAt(sibling.content);
    if (best === undefined || at > bestAt || (at === bestAt && (sibling.content.vtag ?? '') > (best.content.vtag ?? ''))) {
      best = sibling;
      bestAt = at;
    }
  }
  return best;
}

/**
 * Keeps every sibling: reads return them all in `siblings`, with no single `data` (what a read without a resolver does).
 * @category Values and conflicts
 */
export function keepAll<T>(_siblings: readonly Sibling<T>[]): Resolution<T> | undefined {
  return undefined;
}
