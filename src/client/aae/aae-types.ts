import type { Buffer } from 'node:buffer';
import type { TreeSize } from '../../aae/segment.js';
import type { Bytes } from '../../common/bytes.js';
import type { CallOptions } from '../../pool/call-options.js';
import type { RiakContent } from '../kv-types.js';

/**
 * A last-modified range, both ends included: seconds since the epoch or
 * Dates (sent as whole seconds, as Riak's 32-bit `last_mod_start` /
 * `last_mod_end`).
 * @category AAE and replication
 */
export interface ModifiedRange {
  start: number | Date;
  end: number | Date;
}

/**
 * Segment ids found by comparing trees of `treeSize` (e.g. from
 * `TictacTree.dirtySegments()`): the fold keeps only keys in them. Riak
 * widens them to its `large` store tree; `xlarge` ids cannot be widened and
 * make the fold fail.
 * @category AAE and replication
 */
export interface SegmentFilter {
  segments: readonly number[];
  treeSize: TreeSize;
}

/**
 * The filters every range fold takes: one bucket (of `type`, Riak's
 * `default` when omitted), optionally narrowed to an inclusive key range
 * and a last-modified range.
 * @category AAE and replication
 */
export interface AaeRangeParams extends CallOptions {
  bucket: Bytes;
  type?: Bytes;
  /** Inclusive; `end` must not sort before `start` (bytewise). */
  keyRange?: { start: Bytes; end: Bytes };
  modifiedRange?: ModifiedRange;
}

/** A range fold that also takes a segment filter. @category AAE and replication */
export interface AaeSegmentedRangeParams extends AaeRangeParams {
  segmentFilter?: SegmentFilter;
}

/**
 * How `rangeTree` hashes each object's vector clock: `'preHash'` (default,
 * the hash Riak stored with the key) or `{ rehash: iv }`, a fresh
 * `phash2({IV, sorted clock})` for when two clusters' trees might collide
 * on the stored hash.
 * @category AAE and replication
 */
export type HashMethod = 'preHash' | { rehash: number };

/** @category AAE and replication */
export interface RangeTreeParams extends AaeSegmentedRangeParams {
  /** Size of the tree to build (default `'small'`). */
  treeSize?: TreeSize;
  hashMethod?: HashMethod;
}

/**
 * What reap/erase do with the keys they find: `'local'` acts on each node
 * that finds a key, `{ job: id }` through one job on the coordinating node
 * (the id names it in Riak's logs), `'count'` changes nothing and only counts.
 * @category AAE and replication
 */
export type ChangeMethod = 'local' | 'count' | { job: number };

/** @category AAE and replication */
export interface ChangeParams extends AaeSegmentedRangeParams {
  /** Default `'local'`. */
  changeMethod?: ChangeMethod;
}

/** @category AAE and replication */
export interface FetchClocksParams extends CallOptions {
  nVal: number;
  /** Segment ids of the `large` trees (as `mergeBranches` comparisons give them). */
  segments: readonly number[];
  modifiedRange?: ModifiedRange;
}

/**
 * Find keys by sibling count or by object size: exactly one of
 * `siblingsOver` (keys with more siblings than this; 1 finds every key in
 * conflict) and `sizeOver` (keys whose stored object is bigger than this
 * many bytes).
 * @category AAE and replication
 */
export type FindKeysParams = AaeRangeParams & ({ siblingsOver: number; sizeOver?: undefined } | { sizeOver: number; siblingsOver?: undefined });

/** @category AAE and replication */
export interface ReplKeysParams extends AaeRangeParams {
  /** The replication queue to put the keys on. */
  queue: Bytes;
}

/**
 * One entry of a vector clock, decoded.
 * @category AAE and replication
 */
export interface ClockEntry {
  actor: Buffer;
  counter: number;
  /** When the actor last incremented it (Riak stores whole seconds). */
  timestamp: Date;
}

/**
 * A key with its vector clock: `vclock` in Riak's encoding (what a get
 * returns, accepted by put, delete and `replPush`), `clock` decoded.
 * @category AAE and replication
 */
export interface KeyClock {
  /** Undefined in the `default` bucket type. */
  type: Buffer | undefined;
  bucket: Buffer;
  key: Buffer;
  vclock: Buffer;
  clock: ClockEntry[];
}

/**
 * A key found by `findKeys` (`value`: its sibling count or object size,
 * whichever was asked) or `findTombs` (`value`: its delete hash).
 * @category AAE and replication
 */
export interface FoundKey {
  key: Buffer;
  value: number;
}

/**
 * `objectStats`: how many objects, their total size, and how they spread by
 * size (`magnitude` m counts objects of 10^m to 10^(m+1) - 1 bytes) and by
 * sibling count. Tombstones count too.
 * @category AAE and replication
 */
export interface ObjectStats {
  totalCount: number;
  totalSize: number;
  sizes: { magnitude: number; count: number }[];
  siblings: { siblings: number; count: number }[];
}

/** A bucket found by `listBuckets`. @category AAE and replication */
export interface AaeBucket {
  /** Undefined in the `default` bucket type. */
  type: Buffer | undefined;
  bucket: Buffer;
}

/**
 * An object as NextGenRepl replicates it (riak_object's repl_v1 encoding),
 * decoded: location, vector clock and every sibling.
 * @category AAE and replication
 */
export interface ReplObject {
  type: Buffer | undefined;
  bucket: Buffer;
  key: Buffer;
  /** Riak's encoding (zlib of term_to_binary), as put and delete take it. */
  vclock: Buffer;
  clock: ClockEntry[];
  contents: RiakContent[];
}

/**
 * `replFetch`: the queue was empty, or the next object (`deleted` for a
 * tombstone). `encoded` is the object exactly as sent; `crcOk` tells
 * whether it matched the CRC the node sent with it; `object` is it decoded
 * (undefined if the bytes are not a repl_v1 object). With `aaeHash`, the
 * key's 32-bit segment hash and its tictac change hash come too.
 * @category AAE and replication
 */
export type ReplFetchResult =
  | { queueEmpty: true }
  | {
      queueEmpty: false;
      deleted: boolean;
      crcOk: boolean;
      encoded: Buffer;
      object: ReplObject | undefined;
      /** A tombstone's clock, in Riak's encoding. */
      deletedVclock: Buffer | undefined;
      segmentId: number | undefined;
      segmentHash: number | undefined;
    };

/** @category AAE and replication */
export interface ReplPushParams extends CallOptions {
  queue: Bytes;
  /** Keys to replicate, each at the clock it should have (Riak's encoding). */
  keys: readonly { bucket: Bytes; key: Bytes; type?: Bytes; vclock: Uint8Array }[];
}

/**
 * `replPush`: whether the queue exists, and its lengths afterwards by source
 * (AAE folds, full-sync pushes, real-time puts).
 * @category AAE and replication
 */
export interface ReplPushResult {
  queueExists: boolean;
  lengths: { fold: number; fullSync: number; realTime: number };
}
