import type { Buffer } from 'node:buffer';
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

/** A 2i scan's position: the last (term, key) it returned; a resumed scan starts after it. */
export interface IndexPosition {
  term: Buffer | number | bigint;
  key: string;
}

/** What a key holds, as listings tell keys apart: a KV object, a datatype, or only tombstones. */
export type KeyKind = 'object' | 'datatype' | 'tombstone';

/** A key as an ordered key scan returns it. */
export interface KeyEntry {
  key: string;
  kind: KeyKind;
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
  /*
   * Ordered reads, one bounded chunk per call: listings and 2i queries go
   * through a bucket a chunk at a time, resuming after the last item read,
   * so they hold one chunk, never the bucket. A chunk may be shorter than
   * `limit` before the end (LevelDB caps one by bytes): only an empty one
   * means the end.
   */
  /** Up to `limit` keys of a bucket from `gte` (included) below `lt` (no bound when undefined), in byte order, tombstones included. */
  keyRange(type: string, bucket: string, gte: string, lt: string | undefined, limit: number): KeyEntry[];
  /** Up to `limit` names, from `gte` (included) in byte order, of the buckets of `type` holding any key (live or not). */
  bucketRange(type: string, gte: string, limit: number): string[];
  /**
   * The live objects' 2i entries of `range.field` within the range, ordered by
   * term then key (each (term, key) once): up to `limit`, after `after` when given.
   */
  indexRange(type: string, bucket: string, range: IndexRange, after?: IndexPosition, limit?: number): IndexMatch[];
  close(): void;
}

export type { IndexEntry };
