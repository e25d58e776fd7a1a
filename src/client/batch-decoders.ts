import { Cursor } from '../codec/proto-cursor.js';
import type { IndexMatch } from './secondary-index.js';

/*
 * Streamed listing and 2i frames decoded straight to the batches the streams
 * yield, in one pass over the payload: no generated message object, no second
 * array per frame. Bytes are views of the received frame, as protobufjs's are.
 * They read what the generated decoders read (unknown fields and fields of
 * another wire type skipped, the last `done` / `continuation` kept) and throw
 * on malformed payloads as they do (tests compare them on random messages).
 */

/**
 * One streamed frame, decoded: its items in order (possibly none), whether it
 * is the last (`done`, read by the stream's end test), and for 2i the
 * continuation it carries.
 * @internal
 */
export interface BatchFrame<T> {
  items: T[];
  done: boolean;
  continuation: Buffer | undefined;
}

const EMPTY: Buffer = Buffer.alloc(0);

/**
 * A field tag as protobufjs reads one: at most five bytes and 32 bits ("invalid
 * tag encoding" beyond), four near the end of the range.
 */
function readTag(c: Cursor): number {
  const byte = c.buf[c.pos];
  if (byte < 0x80) {
    c.pos++;
    return byte;
  }
  let value = 0;
  for (let i = 0; i < 5; i++) {
    if (c.pos >= c.end) throw new RangeError('index out of range: truncated tag');
    const b = c.buf[c.pos++];
    if (i === 4) {
      if (b >= 0x80 || (b & 0x70) !== 0) throw new Error('invalid tag encoding');
      return (value | (b << 28)) >>> 0;
    }
    value |= (b & 0x7f) << (7 * i);
    if (b < 0x80) return value >>> 0;
  }
  return value >>> 0;
}

/**
 * Past a length-delimited field; returns where its bytes start (they end at
 * `pos`). The length is read as protobufjs reads it, as a uint32 (the low 32
 * bits of the varint).
 */
function delimited(c: Cursor): number {
  const length = c.uint32();
  const at = c.pos;
  if (at + length > c.end) throw new RangeError('index out of range: bytes beyond the message');
  c.pos = at + length;
  return at;
}

/**
 * RpbListKeysResp and RpbListBucketsResp, which share their layout
 * (`repeated bytes` 1, `optional bool done` 2): the keys or buckets.
 * @internal
 */
export function decodeBytesBatch(buffer: Buffer, start = 0, end = buffer.length): BatchFrame<Buffer> {
  // A cursor per frame (one object per batch of keys): no module state, no receive buffer pinned after.
  const c = new Cursor(buffer, start, end);
  const items: Buffer[] = [];
  let done = false;
  while (c.pos < end) {
    const tag = readTag(c);
    if (tag === 0x0a) {
      const at = delimited(c);
      items.push(buffer.subarray(at, c.pos));
    } else if (tag === 0x10) {
      done = c.uint32() !== 0;
    } else {
      skipField(c, tag, 0);
    }
  }
  return { items, done, continuation: undefined };
}

/**
 * RpbIndexResp (`repeated bytes keys` 1, `repeated RpbPair results` 2,
 * `optional bytes continuation` 3, `optional bool done` 4): `{ key }` per key,
 * or `{ key, term }` per pair when Riak returned terms (the keys are then
 * ignored, as the unary query's page does). An empty continuation is none.
 * @internal
 */
export function decodeIndexBatch(buffer: Buffer, start = 0, end = buffer.length): BatchFrame<IndexMatch> {
  const c = new Cursor(buffer, start, end);
  const keys: IndexMatch[] = [];
  let pairs: IndexMatch[] | undefined;
  let continuation: Buffer | undefined;
  let done = false;
  while (c.pos < end) {
    const tag = readTag(c);
    if (tag === 0x0a) {
      const at = delimited(c);
      keys.push({ key: buffer.subarray(at, c.pos) });
    } else if (tag === 0x12) {
      (pairs ??= []).push(decodePair(c));
    } else if (tag === 0x1a) {
      const at = delimited(c);
      continuation = buffer.subarray(at, c.pos);
    } else if (tag === 0x20) {
      done = c.uint32() !== 0;
    } else {
      skipField(c, tag, 0);
    }
  }
  return {
    items: pairs ?? keys,
    done,
    continuation: continuation !== undefined && continuation.length > 0 ? continuation : undefined,
  };
}

/** An embedded RpbPair (`required bytes key` 1: the term, `optional bytes value` 2: the object key) as a match. */
function decodePair(c: Cursor): IndexMatch {
  const start = delimited(c);
  const end = c.pos;
  const outer = c.end;
  c.pos = start;
  c.end = end;
  let term: Buffer | undefined;
  let key = EMPTY;
  while (c.pos < end) {
    const tag = readTag(c);
    if (tag === 0x0a) {
      const at = delimited(c);
      term = c.buf.subarray(at, c.pos);
    } else if (tag === 0x12) {
      const at = delimited(c);
      key = c.buf.subarray(at, c.pos);
    } else {
      skipField(c, tag, 1);
    }
  }
  c.end = outer;
  if (term === undefined) throw new Error("missing required 'key'");
  return { key, term };
}

/** protobufjs's nesting limit (protoc's default recursion limit). */
const MAX_DEPTH = 100;

/** Past a field none of these decoders reads, as protobufjs skips one: groups included, field number 0 refused. */
function skipField(c: Cursor, tag: number, depth: number): void {
  if (depth > MAX_DEPTH) throw new Error('max depth exceeded');
  const field = tag >>> 3;
  if (field === 0) throw new Error('illegal tag: field number 0');
  switch (tag & 7) {
    case 0:
      // Any length, as protobufjs skips a varint.
      while (c.buf[c.pos++] >= 0x80) if (c.pos >= c.end) throw new RangeError('index out of range: truncated varint');
      break;
    case 1:
      c.pos += 8;
      break;
    case 2: {
      // The length first: `c.pos += c.uint32()` would add it to the position before the length.
      const length = c.uint32();
      c.pos += length;
      break;
    }
    case 3:
      skipGroup(c, field, depth);
      return;
    case 5:
      c.pos += 4;
      break;
    default:
      throw new Error(`invalid wire type ${tag & 7}`);
  }
  if (c.pos > c.end) throw new RangeError('index out of range: skipped field beyond the message');
}

/** A group's fields up to its end tag, which must name the group's field. */
function skipGroup(c: Cursor, field: number, depth: number): void {
  for (;;) {
    if (c.pos >= c.end) throw new RangeError('index out of range: unterminated group');
    const inner = readTag(c);
    if (inner >>> 3 === 0) throw new Error('illegal tag: field number 0');
    if ((inner & 7) === 4) {
      if (inner >>> 3 !== field) throw new Error('invalid end group tag');
      return;
    }
    skipField(c, inner, depth + 1);
  }
}
