import type { Buffer } from 'node:buffer';
import { NO_ITEMS } from './content.js';
import { charsets, contentEncodings, contentTypes, repeatedTextIn, replyBase, replyMemory, viewOf } from './kv-reply-state.js';
import type { GetResult } from './kv-types.js';
import { ReceivedContent } from './received-content.js';

/*
 * The fast path of get replies: the reply nearly every get receives, read in
 * one straight pass. Riak writes a message's fields in field-number order,
 * each once, so a found object without siblings is one content (value;
 * then, each if present, content type, charset, content encoding, vtag,
 * last-modified seconds and microseconds, deleted), then the vclock, then
 * `unchanged`. Anything else (siblings, links, usermeta, indexes, a field
 * out of that order, an unknown one, a long varint, a malformed reply) is
 * left to the full decoder (kv-result-decoder.ts), which reads any reply as
 * protobufjs does. The result is the full decoder's, made by the same
 * constructor from the same bounds; tests compare the two on random replies.
 */

// Field tags (field number << 3 | wire type), all one byte.
const CONTENT = 0x0a;
const VALUE = 0x0a;
const CONTENT_TYPE = 0x12;
const CHARSET = 0x1a;
const CONTENT_ENCODING = 0x22;
const VTAG = 0x2a;
const LAST_MOD = 0x38;
const LAST_MOD_USECS = 0x40;
const DELETED = 0x58;
const VCLOCK = 0x12;
const UNCHANGED = 0x18;

/** Where the varint read last ended (the second result of `length` and `uint32`). */
let after = 0;

/** A length of at most four bytes whose bytes end by `end`, or -1. */
function length(b: Buffer, p: number, end: number): number {
  let value = 0;
  for (let i = 0; i < 4 && p + i < end; i++) {
    const byte = b[p + i];
    value |= (byte & 0x7f) << (7 * i);
    if (byte < 0x80) {
      after = p + i + 1;
      return after + value <= end ? value : -1;
    }
  }
  return -1;
}

/** A varint of at most five bytes below 2^32 (a uint32 as protobufjs reads it), or -1. */
function uint32(b: Buffer, p: number, end: number): number {
  let value = 0;
  for (let i = 0; i < 4 && p + i < end; i++) {
    const byte = b[p + i];
    value |= (byte & 0x7f) << (7 * i);
    if (byte < 0x80) {
      after = p + i + 1;
      return value;
    }
  }
  if (p + 4 >= end || b[p + 4] >= 0x10) return -1;
  after = p + 5;
  return value + b[p + 4] * 2 ** 28;
}

/**
 * `b[start, end)` as a {@link GetResult} when it has the common shape
 * (see above), or undefined. The caller has pointed the reply state at
 * `b` (`readFrom`).
 */
export function decodeCommonGet(b: Buffer, start: number, end: number): GetResult | undefined {
  if (start >= end || b[start] !== CONTENT) return undefined;
  let n = length(b, start + 1, end);
  if (n < 0) return undefined;
  let p = after;
  const contentEnd = p + n;
  if (p >= contentEnd || b[p] !== VALUE || (n = length(b, p + 1, contentEnd)) < 0) return undefined;
  p = after + n;
  const value = viewOf(after, p);
  let contentType: string | undefined;
  let charset: string | undefined;
  let contentEncoding: string | undefined;
  let vtagStart = 0;
  let vtagEnd = 0;
  let lastMod = -1;
  let lastModUsecs = 0;
  let deleted = false;
  if (p < contentEnd && b[p] === CONTENT_TYPE) {
    if ((n = length(b, p + 1, contentEnd)) < 0) return undefined;
    p = after + n;
    contentType = n === 0 ? undefined : repeatedTextIn(b, after, p, contentTypes);
  }
  if (p < contentEnd && b[p] === CHARSET) {
    if ((n = length(b, p + 1, contentEnd)) < 0) return undefined;
    p = after + n;
    charset = n === 0 ? undefined : repeatedTextIn(b, after, p, charsets);
  }
  if (p < contentEnd && b[p] === CONTENT_ENCODING) {
    if ((n = length(b, p + 1, contentEnd)) < 0) return undefined;
    p = after + n;
    contentEncoding = n === 0 ? undefined : repeatedTextIn(b, after, p, contentEncodings);
  }
  if (p < contentEnd && b[p] === VTAG) {
    if ((n = length(b, p + 1, contentEnd)) < 0) return undefined;
    vtagStart = after;
    vtagEnd = p = after + n;
  }
  if (p < contentEnd && b[p] === LAST_MOD) {
    if ((lastMod = uint32(b, p + 1, contentEnd)) < 0) return undefined;
    p = after;
  }
  if (p < contentEnd && b[p] === LAST_MOD_USECS) {
    if ((lastModUsecs = uint32(b, p + 1, contentEnd)) < 0) return undefined;
    p = after;
  }
  if (p < contentEnd && b[p] === DELETED) {
    // A one-byte flag; protobufjs reads any set bit of a longer one as true too, but that is left to it.
    if (p + 1 >= contentEnd || b[p + 1] >= 0x80) return undefined;
    deleted = b[p + 1] !== 0;
    p += 2;
  }
  if (p !== contentEnd) return undefined;
  let vclock: Buffer | undefined;
  if (p < end && b[p] === VCLOCK) {
    if ((n = length(b, p + 1, end)) < 0) return undefined;
    p = after + n;
    vclock = viewOf(after, p);
  }
  let unchanged = false;
  if (p < end && b[p] === UNCHANGED) {
    if (p + 1 >= end || b[p + 1] >= 0x80) return undefined;
    unchanged = b[p + 1] !== 0;
    p += 2;
  }
  if (p !== end) return undefined;
  const content = new ReceivedContent(
    value,
    contentType,
    charset,
    contentEncoding,
    undefined,
    NO_ITEMS,
    lastMod,
    lastModUsecs,
    NO_ITEMS,
    NO_ITEMS,
    deleted,
    replyMemory(),
    replyBase() + vtagStart,
    vtagEnd - vtagStart,
  );
  // The full decoder's result, field for field (one object shape for both).
  return { found: true, vclock, siblings: [content], content, value, unchanged };
}
