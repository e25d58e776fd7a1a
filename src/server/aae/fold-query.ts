import { Buffer } from 'node:buffer';
import { adjustSegmentMatchList, STORE_TREE_SIZE, TREE_SIZES, type TreeSize } from '../../aae/segment.js';
import { DEFAULT_BUCKET_TYPE } from '../../common/bucket-type.js';
import { byteString, has } from '../protocol/decode.js';
import { riakError } from '../protocol/replies.js';
import type { AaeRecord, BucketScope } from './keystore.js';

/**
 * The filters of a range fold, as riak_kv_pb_aaefold turns a request into
 * a query and riak_kv_clusteraae_fsm:is_valid_fold/1 checks it: a bucket,
 * then optional key range, segment filter and last-modified range, each
 * switched on by its boolean (`key_range`, `segment_filter`,
 * `modified_range`).
 */
export interface RangeFilter {
  scope: BucketScope;
  /** Inclusive key range (aae_keystore range_check), or all keys. */
  keyRange: { start: Buffer; end: Buffer } | undefined;
  /** Segments of the store's `large` tree to keep, or all. */
  segments: Set<number> | undefined;
  /** Inclusive last-modified range in seconds (leveled maybe_accumulate), or all. */
  modified: { low: number; high: number } | undefined;
}

/** riak_client:aae_fold/2's answer to a query is_valid_fold/1 refuses (a `~p`'d string). */
export function invalidFold(): Error {
  return riakError('"Invalid AAE fold definition"');
}

/**
 * A fold Riak starts but never answers (its FSM or vnode fold crashes and
 * riak_client waits out `riak_client_aaefold_timeout`): answered at once.
 */
export function foldTimeout(): Error {
  return riakError('timeout');
}

interface RangeFields {
  type: Uint8Array;
  bucket: Uint8Array;
  keyRange: boolean;
  startKey: Uint8Array;
  endKey: Uint8Array;
  modifiedRange: boolean;
  lastModStart: number;
  lastModEnd: number;
  segmentFilter?: boolean;
  idFilter?: number[];
  filterTreeSize?: number;
}

/** The tree size an RpbTreeSize enum value names; undefined for an absent or unknown value. */
export function treeSizeOf(message: object, field: string): TreeSize | undefined {
  if (!has(message, field)) return undefined;
  return TREE_SIZES[(message as Record<string, number>)[field]];
}

/** The bucket a range query names (maybe_bucket_type/2: `default` means the bare bucket). */
function scopeOf(req: RangeFields, knownType: (type: string) => boolean): BucketScope {
  const type = has(req, 'type') ? byteString(req.type) : DEFAULT_BUCKET_TYPE;
  // riak_core_bucket:get_bucket/1 answers {error, no_type}: the FSM's init crashes reading its n_val.
  if (!knownType(type)) throw foldTimeout();
  return { type, bucket: byteString(req.bucket) };
}

/** is_modrange/1: both dates given and low =< high. */
export function modifiedRangeOf(req: { modifiedRange?: boolean; lastModStart: number; lastModEnd: number }): RangeFilter['modified'] {
  if (req.modifiedRange !== true) return undefined;
  if (!has(req, 'lastModStart') || !has(req, 'lastModEnd') || req.lastModStart > req.lastModEnd) throw invalidFold();
  return { low: req.lastModStart, high: req.lastModEnd };
}

/**
 * `{segments, SegmentList, TreeSize}` as aae_keystore applies it: the ids
 * (from a tree of `size`) widened to the store's `large` segments. A size
 * above `large` crashes the vnode folds in leveled (no clause for it).
 */
export function segmentFilterOf(ids: readonly number[], size: TreeSize | undefined): Set<number> {
  if (size === undefined) throw invalidFold();
  try {
    return new Set(adjustSegmentMatchList(ids, size, STORE_TREE_SIZE));
  } catch {
    throw foldTimeout();
  }
}

/** Reads and checks the filters of a range request. */
export function rangeFilterOf(req: RangeFields, knownType: (type: string) => boolean): RangeFilter {
  let keyRange: RangeFilter['keyRange'];
  if (req.keyRange === true) {
    if (!has(req, 'startKey') || !has(req, 'endKey')) throw invalidFold();
    const start = Buffer.from(req.startKey);
    const end = Buffer.from(req.endKey);
    if (Buffer.compare(end, start) < 0) throw invalidFold();
    keyRange = { start, end };
  }
  const segments = req.segmentFilter === true ? segmentFilterOf(req.idFilter ?? [], treeSizeOf(req, 'filterTreeSize')) : undefined;
  const modified = modifiedRangeOf(req);
  return { scope: scopeOf(req, knownType), keyRange, segments, modified };
}

/** Whether a record passes the key range, segment and modified-date filters. */
export function matches(record: AaeRecord, filter: Omit<RangeFilter, 'scope'>): boolean {
  const { keyRange, segments, modified } = filter;
  if (keyRange !== undefined && (Buffer.compare(record.key, keyRange.start) < 0 || Buffer.compare(record.key, keyRange.end) > 0)) return false;
  if (segments !== undefined && !segments.has(record.segment)) return false;
  // leveled accumulates a key with no last-modified date whatever the range.
  if (modified !== undefined && record.lastModified !== undefined && (record.lastModified < modified.low || record.lastModified > modified.high)) return false;
  return true;
}
