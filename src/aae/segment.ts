import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';

/**
 * Tictac AAE tree sizes and key segments, as leveled_tictac defines them
 * (martinsumner/leveled, src/leveled_tictac.erl). Shared by the client (to
 * read trees and name segments) and the dev server (to build them): a key's
 * segment here is the one a Riak 3.x node gives it.
 *
 * A tree of size S has `width(S)` branches of 256 segments each; the wire
 * enum (RpbTreeSize) numbers the sizes in this order.
 * @category AAE and replication
 */
export const TREE_SIZES = ['xxsmall', 'xsmall', 'small', 'medium', 'large', 'xlarge'] as const;

/** @category AAE and replication */
export type TreeSize = (typeof TREE_SIZES)[number];

const WIDTHS: Readonly<Record<TreeSize, number>> = { xxsmall: 16, xsmall: 64, small: 256, medium: 1024, large: 4096, xlarge: 16384 };

/** Segments per branch (leveled_tictac ?L2_CHUNKSIZE). */
export const SEGMENTS_PER_BRANCH = 256;

/** The size of the trees a Riak node caches and stores segments by (kv_index_tictactree ?TREE_SIZE). */
export const STORE_TREE_SIZE: TreeSize = 'large';

/** Whether `value` names a tree size. */
export function isTreeSize(value: unknown): value is TreeSize {
  return typeof value === 'string' && Object.hasOwn(WIDTHS, value);
}

/** Branches in a tree of `size` (level-one hashes). */
export function treeWidth(size: TreeSize): number {
  return WIDTHS[size];
}

/** Segments in a tree of `size`: `width * 256`. */
export function segmentCount(size: TreeSize): number {
  return WIDTHS[size] * SEGMENTS_PER_BRANCH;
}

/**
 * The key a tree hashes: `<<Type/binary, Bucket/binary, Key/binary>>`, or
 * `<<Bucket/binary, Key/binary>>` in the default bucket type
 * (aae_util:make_binarykey/2; riak_kv passes `{Type, Bucket}` only outside
 * the default type).
 */
export function binaryKey(bucket: Uint8Array, key: Uint8Array, type?: Uint8Array): Buffer {
  return type === undefined ? Buffer.concat([bucket, key]) : Buffer.concat([type, bucket, key]);
}

/** leveled_tictac:keyto_segment48/1: the first 80 bits of the key's MD5 as `{SegmentID:16, ExtraHash:32, AltHash:32}`. */
export interface Segment48 {
  segmentId: number;
  extraHash: number;
  altHash: number;
}

export function keyToSegment48(binKey: Uint8Array): Segment48 {
  const md5 = createHash('md5').update(binKey).digest();
  return { segmentId: md5.readUInt16BE(0), extraHash: md5.readUInt32BE(2), altHash: md5.readUInt32BE(6) };
}

/**
 * leveled_tictac:keyto_segment32/1: `(ExtraHash band 65535) bsl 16 + SegmentID`,
 * the 32-bit hash whose low bits pick the segment in a tree of any size.
 */
export function keyToSegment32(binKey: Uint8Array): number {
  return segment32Of(keyToSegment48(binKey));
}

function segment32Of(s: Segment48): number {
  return (((s.extraHash & 0xffff) << 16) | s.segmentId) >>> 0;
}

/** leveled_tictac:get_segment/2: the segment of a 32-bit segment hash in a tree of `size`. */
export function getSegment(segmentHash: number, size: TreeSize): number {
  return (segmentHash & (segmentCount(size) - 1)) >>> 0;
}

/**
 * The segment of a key in a tree of `size` (default `large`, the size Riak
 * stores and caches by): the ids `fetchClocks` and segment filters take.
 * Text is taken as UTF-8; the `default` type is no type (riak_kv hashes a
 * default-type key as bucket + key).
 * @category AAE and replication
 */
export function keySegment(bucket: string | Uint8Array, key: string | Uint8Array, options: { type?: string | Uint8Array; size?: TreeSize } = {}): number {
  const type = options.type === undefined || options.type === 'default' ? undefined : utf8(options.type);
  return getSegment(keyToSegment32(binaryKey(utf8(bucket), utf8(key), type)), options.size ?? STORE_TREE_SIZE);
}

/** Text as UTF-8 bytes, as the client sends names and keys. */
const utf8 = (value: string | Uint8Array): Uint8Array => (typeof value === 'string' ? Buffer.from(value, 'utf8') : value);

/**
 * leveled_tictac:tictac_hash/2 with a pre-computed value hash: the key's
 * 32-bit segment hash, and the hash XORed into its segment
 * (`AltHash bxor ValueHash`).
 */
export function tictacHash(binKey: Uint8Array, valueHash: number): { segmentHash: number; changeHash: number } {
  const s = keyToSegment48(binKey);
  return { segmentHash: segment32Of(s), changeHash: (s.altHash ^ valueHash) >>> 0 };
}

/** leveled_tictac:join_segment/2: the segment id of leaf `leaf` of branch `branch`. */
export function joinSegment(branch: number, leaf: number): number {
  return branch * SEGMENTS_PER_BRANCH + leaf;
}

/**
 * leveled_tictac:adjust_segmentmatch_list/3: segment ids found by comparing
 * trees of `compareSize`, widened to every segment of the (larger or equal)
 * `storeSize` tree that folds into them. Sorted, each once. leveled has no
 * clause for a compare size larger than the store's (it crashes): that
 * throws a RangeError here.
 */
export function adjustSegmentMatchList(segments: readonly number[], compareSize: TreeSize, storeSize: TreeSize): number[] {
  const compareWidth = treeWidth(compareSize);
  const storeWidth = treeWidth(storeSize);
  if (compareWidth > storeWidth) throw new RangeError(`cannot widen ${compareSize} segments to a ${storeSize} tree`);
  const step = compareWidth * SEGMENTS_PER_BRANCH;
  const copies = storeWidth / compareWidth;
  const out = new Set<number>();
  for (const segment of segments) for (let i = 0; i < copies; i++) out.add(segment + i * step);
  return [...out].sort((a, b) => a - b);
}
