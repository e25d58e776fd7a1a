import type { StoredEntry } from './database.js';
import type { IndexEntry } from './riak-object.js';

/** One 2i match: the term (undefined for `$bucket`/`$key`) and the object key (a byte string). */
export interface IndexMatch {
  term: Buffer | number | bigint | undefined;
  key: string;
}

/** A 2i range over one field: terms from `start` to `end`, both included (riak_index's range). */
export interface IndexRange {
  field: string;
  start: Buffer | number | bigint;
  end: Buffer | number | bigint;
}

/**
 * A storage engine under the {@link Database}, as riak_kv's backends sit
 * under its multi-backend: keys by bucket type, bucket and key (byte
 * strings). Every call is synchronous: request handlers read and write the
 * store inline, and a write has returned only once it is as durable as the
 * backend makes it.
 */
export interface StoreBackend {
  /** The backend name bucket props select it by (the `backend` property). */
  readonly name: string;
  /** Keys stored, tombstones included. */
  readonly size: number;
  get(type: string, bucket: string, key: string): StoredEntry | undefined;
  /**
   * The stored record of a KV object (not a datatype), compared byte for
   * byte to tell whether a key still holds a given write.
   */
  record(type: string, bucket: string, key: string): Buffer | undefined;
  /** Stores `entry`; `record` is its encoding when the caller already has it (a scratch view: copy to keep). */
  set(type: string, bucket: string, key: string, entry: StoredEntry, record: Buffer | undefined): void;
  remove(type: string, bucket: string, key: string): void;
  /** Names of the buckets of `type` holding any key (live or not). */
  bucketNames(type: string): Iterable<string>;
  /** The keys of a bucket with their entries, tombstones included. */
  entries(type: string, bucket: string): Iterable<[string, StoredEntry]>;
  /**
   * The live objects' 2i entries of `range.field` within the range, ordered by
   * term then key (each (term, key) once).
   */
  indexRange(type: string, bucket: string, range: IndexRange): Iterable<IndexMatch>;
  close(): void;
}

export type { IndexEntry };
