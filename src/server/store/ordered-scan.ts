import type { IndexMatch, IndexPosition, IndexRange, KeyKind } from './backend.js';
import type { Database } from './database.js';

/**
 * Ordered scans over a bucket, as eleveldb's folds read it: lazy
 * generators that read the backend {@link SCAN_CHUNK} items at a time and
 * resume after the last item read, so a consumer holds one chunk and one
 * that stops early (a page of 2i results) reads no further.
 */

/** Items read per backend call: short, as each LevelDB read is one wait of the server thread. */
export const SCAN_CHUNK = 512;

/**
 * Every key the backend holds, as Riak's key folds read them (riak_kv_vnode
 * list keys and list buckets, riak_kv_eleveldb_backend's `$bucket` / `$key`
 * folds, the CS bucket fold, MapReduce's listkeys fitting): a deleted key's
 * tombstone until delete_mode reaps it (forever with `keep`), a datatype
 * like any object.
 */
export const anyKind = (_kind: KeyKind): boolean => true;

export interface KeyScan {
  /** First key (included). Default: the bucket's first. */
  gte?: string;
  /** Keys below this one only. Default: no bound. */
  lt?: string;
  /** Which keys count. Default {@link anyKind}: every key, as Riak's folds read them. */
  accept?: (kind: KeyKind) => boolean;
  /** At most this many keys are wanted: no more is read. */
  budget?: number;
}

/** The first string after `text` in byte order. */
export const keyAfter = (text: string): string => `${text}\u0000`;

/** A bucket's keys in byte order. */
export function* keysInOrder(db: Database, type: string, bucket: string, scan: KeyScan = {}): Generator<string> {
  const accept = scan.accept ?? anyKind;
  let from = scan.gte ?? '';
  let left = scan.budget ?? Number.POSITIVE_INFINITY;
  while (left > 0) {
    const chunk = db.keyRange(type, bucket, from, scan.lt, Math.min(SCAN_CHUNK, left));
    if (chunk.length === 0) return;
    from = keyAfter(chunk[chunk.length - 1].key);
    for (const { key, kind } of chunk) {
      if (!accept(kind)) continue;
      left--;
      yield key;
    }
  }
}

/** A field's 2i entries within `range` in (term, key) order, after `start` when given; at most `budget` read. */
export function* indexInOrder(
  db: Database,
  type: string,
  bucket: string,
  range: IndexRange,
  start?: IndexPosition,
  budget = Number.POSITIVE_INFINITY,
): Generator<IndexMatch> {
  let position = start;
  let left = budget;
  while (left > 0) {
    const chunk = db.indexRange(type, bucket, range, position, Math.min(SCAN_CHUNK, left));
    if (chunk.length === 0) return;
    const last = chunk[chunk.length - 1];
    position = { term: last.term as IndexPosition['term'], key: last.key };
    left -= chunk.length;
    yield* chunk;
  }
}
