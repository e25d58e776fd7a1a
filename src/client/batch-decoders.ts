import { Buffer } from 'node:buffer';
import { Cursor, readTag, skipField } from '../codec/proto-cursor.js';
import type { IndexMatch } from './secondary-index.js';

/*
 * Streamed listing and 2i frames, read in two passes. When a frame arrives,
 * one pass checks it whole (as the generated decoders would: unknown fields
 * and fields of another wire type skipped, malformed payloads refused) and
 * reads its `done`, continuation and item count, allocating nothing per item.
 * When the stream hands the frame on, a second pass over the same, already
 * checked bytes makes its items: views of the frame (`Buffer`s, `{ key }`,
 * `{ key, term }`). Items are thus born just before the loop reads them, not
 * when their chunk is read off the socket, so a listing's keys die young
 * instead of surviving the scavenges that run while frames wait for the loop
 * (which cost major GCs and write barriers per key).
 */

/**
 * One streamed frame, checked: whether it is the last (`done`, read by the
 * stream's end test), for 2i its continuation, how many items it holds, and
 * `items()` to make them (a new array each call) in order.
 * @internal
 */
export interface BatchFrame<T> {
  readonly done: boolean;
  readonly continuation: Buffer | undefined;
  readonly count: number;
  items(): T[];
}

const EMPTY: Buffer = Buffer.alloc(0);

/**
 * `buffer[at, end)` as a Buffer view, `ab` and `base` being the buffer's
 * memory and offset (read once per frame). The same view `subarray()` makes,
 * without its per-call read of `buffer.buffer` (a call into the runtime that
 * costs about as much as the rest of reading a key).
 */
function view(ab: ArrayBuffer, base: number, at: number, end: number): Buffer {
  return Buffer.from(ab, base + at, end - at);
}

/** What the checking pass found in a frame. */
interface Scan {
  done: boolean;
  /** Keys (field 1) and, for 2i, pairs (field 2). */
  keys: number;
  pairs: number;
  continuation: Buffer | undefined;
}

/*
 * Both passes read the usual field, a key with a one-byte tag and a one-byte
 * length that fits in the frame, in place; anything else goes the long way
 * through a cursor (the same result: these are the bytes protobufjs reads).
 */

/**
 * RpbListKeysResp and RpbListBucketsResp (they share `repeated bytes` 1 and
 * `optional bool done` 2): checks the frame; its items are the keys or buckets.
 * @internal
 */
export function decodeBytesBatch(buffer: Buffer, start = 0, end = buffer.length): BatchFrame<Buffer> {
  const { done, keys } = walkBytes(buffer, start, end, undefined);
  return new BytesFrame(buffer, start, end, done, keys);
}

class BytesFrame implements BatchFrame<Buffer> {
  readonly continuation = undefined;

  constructor(
    readonly buffer: Buffer,
    readonly start: number,
    readonly end: number,
    readonly done: boolean,
    readonly count: number,
  ) {}

  items(): Buffer[] {
    const out = new Array<Buffer>(this.count);
    walkBytes(this.buffer, this.start, this.end, out);
    return out;
  }
}

/** One pass over a list keys / list buckets frame; with `out` (sized by the checking pass), each key's view goes in it. */
function walkBytes(buffer: Buffer, start: number, end: number, out: Buffer[] | undefined): Scan {
  const ab = buffer.buffer as ArrayBuffer;
  const base = buffer.byteOffset;
  let c: Cursor | undefined;
  let pos = start;
  let keys = 0;
  let done = false;
  while (pos < end) {
    if (buffer[pos] === 0x0a && pos + 1 < end) {
      const length = buffer[pos + 1];
      const stop = pos + 2 + length;
      if (length < 0x80 && stop <= end) {
        if (out !== undefined) out[keys] = view(ab, base, pos + 2, stop);
        keys++;
        pos = stop;
        continue;
      }
    }
    c ??= new Cursor(buffer, start, end);
    c.pos = pos;
    const tag = readTag(c);
    if (tag === 0x0a) {
      const at = c.delimited();
      if (out !== undefined) out[keys] = view(ab, base, at, c.pos);
      keys++;
    } else if (tag === 0x10) {
      done = c.varint() !== 0;
    } else {
      skipField(c, tag, 0);
    }
    pos = c.pos;
  }
  return { done, keys, pairs: 0, continuation: undefined };
}

/**
 * RpbIndexResp (`repeated bytes keys` 1, `repeated RpbPair results` 2,
 * `optional bytes continuation` 3, `optional bool done` 4): checks the frame;
 * its items are `{ key }` per key, or `{ key, term }` per pair when Riak
 * returned terms (the keys are then ignored, as the unary query's page does).
 * An empty continuation is none.
 * @internal
 */
export function decodeIndexBatch(buffer: Buffer, start = 0, end = buffer.length): BatchFrame<IndexMatch> {
  const { done, keys, pairs, continuation } = walkIndex(buffer, start, end, undefined, false);
  return new IndexFrame(buffer, start, end, done, pairs > 0 ? pairs : keys, pairs > 0, continuation);
}

class IndexFrame implements BatchFrame<IndexMatch> {
  constructor(
    readonly buffer: Buffer,
    readonly start: number,
    readonly end: number,
    readonly done: boolean,
    readonly count: number,
    /** The matches are the pairs (Riak returned terms), not the keys. */
    readonly ofPairs: boolean,
    readonly continuation: Buffer | undefined,
  ) {}

  items(): IndexMatch[] {
    const out = new Array<IndexMatch>(this.count);
    walkIndex(this.buffer, this.start, this.end, out, this.ofPairs);
    return out;
  }
}

/** One pass over a 2i frame; with `out` (sized by the checking pass), each key's or each pair's match goes in it. */
function walkIndex(buffer: Buffer, start: number, end: number, out: IndexMatch[] | undefined, ofPairs: boolean): Scan {
  const keysOut = ofPairs ? undefined : out;
  const pairsOut = ofPairs ? out : undefined;
  const ab = buffer.buffer as ArrayBuffer;
  const base = buffer.byteOffset;
  let c: Cursor | undefined;
  let pos = start;
  let keys = 0;
  let pairs = 0;
  let continuation: Buffer | undefined;
  let done = false;
  while (pos < end) {
    if (buffer[pos] === 0x0a && pos + 1 < end) {
      const length = buffer[pos + 1];
      const stop = pos + 2 + length;
      if (length < 0x80 && stop <= end) {
        if (keysOut !== undefined) keysOut[keys] = { key: view(ab, base, pos + 2, stop) };
        keys++;
        pos = stop;
        continue;
      }
    }
    c ??= new Cursor(buffer, start, end);
    c.pos = pos;
    const tag = readTag(c);
    if (tag === 0x0a) {
      const at = c.delimited();
      if (keysOut !== undefined) keysOut[keys] = { key: view(ab, base, at, c.pos) };
      keys++;
    } else if (tag === 0x12) {
      const match = readPair(c, pairsOut !== undefined, ab, base);
      if (pairsOut !== undefined && match !== undefined) pairsOut[pairs] = match;
      pairs++;
    } else if (tag === 0x1a) {
      const at = c.delimited();
      continuation = view(ab, base, at, c.pos);
    } else if (tag === 0x20) {
      done = c.varint() !== 0;
    } else {
      skipField(c, tag, 0);
    }
    pos = c.pos;
  }
  return { done, keys, pairs, continuation: continuation !== undefined && continuation.length > 0 ? continuation : undefined };
}

/**
 * An embedded RpbPair (`required bytes key` 1: the term, `optional bytes
 * value` 2: the object key); as a match when `make` is set.
 */
function readPair(c: Cursor, make: boolean, ab: ArrayBuffer, base: number): IndexMatch | undefined {
  const start = c.delimited();
  const end = c.pos;
  const outer = c.end;
  c.pos = start;
  c.end = end;
  let termAt = -1;
  let termEnd = -1;
  let keyAt = -1;
  let keyEnd = -1;
  while (c.pos < end) {
    const tag = readTag(c);
    if (tag === 0x0a) {
      termAt = c.delimited();
      termEnd = c.pos;
    } else if (tag === 0x12) {
      keyAt = c.delimited();
      keyEnd = c.pos;
    } else {
      skipField(c, tag, 1);
    }
  }
  c.end = outer;
  if (termAt < 0) throw new Error("missing required 'key'");
  if (!make) return undefined;
  return { key: keyAt < 0 ? EMPTY : view(ab, base, keyAt, keyEnd), term: view(ab, base, termAt, termEnd) };
}
