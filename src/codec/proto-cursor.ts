/*
 * A minimal protobuf reader over a range of a buffer, for the hand-written
 * decoder of the hottest replies (get and put: client/kv-result-decoder.ts). It reads the way protobufjs does (tests
 * compare them on random messages) and throws on malformed input.
 */
import type { Buffer } from 'node:buffer';

export class Cursor {
  pos: number;
  constructor(
    public buf: Buffer,
    start: number,
    /** Where the message being read ends; narrowed while reading an embedded one. */
    public end: number,
  ) {
    this.pos = start;
  }

  /** Points the cursor at a new message, `buf[start, end)` (a decoder may keep one cursor for every call). */
  reset(buf: Buffer, start: number, end: number): void {
    this.buf = buf;
    this.pos = start;
    this.end = end;
  }

  varint(): number {
    const { buf, pos } = this;
    if (pos + 4 >= this.end) {
      // The last bytes of a message (its closing fields): one-byte varints still need no loop.
      if (pos < this.end && buf[pos] < 0x80) {
        this.pos = pos + 1;
        return buf[pos];
      }
    } else {
      // Tags, lengths and flags are nearly always one byte; timestamps up to five (32 bits).
      let byte = buf[pos];
      if (byte < 0x80) {
        this.pos = pos + 1;
        return byte;
      }
      let value = byte & 0x7f;
      byte = buf[pos + 1];
      value |= (byte & 0x7f) << 7;
      if (byte < 0x80) {
        this.pos = pos + 2;
        return value;
      }
      byte = buf[pos + 2];
      value |= (byte & 0x7f) << 14;
      if (byte < 0x80) {
        this.pos = pos + 3;
        return value;
      }
      byte = buf[pos + 3];
      value |= (byte & 0x7f) << 21;
      if (byte < 0x80) {
        this.pos = pos + 4;
        return value;
      }
      byte = buf[pos + 4];
      if (byte < 0x10) {
        this.pos = pos + 5;
        return value + byte * 2 ** 28;
      }
    }
    return this.#varintSlow();
  }

  /** Any varint, near the end of the range or above 32 bits. */
  #varintSlow(): number {
    let result = 0;
    let shift = 0;
    for (;;) {
      if (this.pos >= this.end) throw new RangeError('index out of range: truncated varint');
      const byte = this.buf[this.pos++];
      if (shift < 28) result |= (byte & 0x7f) << shift;
      else result += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return shift < 28 ? result >>> 0 : result;
      shift += 7;
      if (shift > 63) throw new Error('invalid varint encoding');
    }
  }

  /** Reads a uint32 field the way protobufjs does: the low 32 bits of the varint (of up to ten bytes). */
  uint32(): number {
    const start = this.pos;
    const value = this.varint();
    // Up to seven bytes the value is exact (below 2^49); beyond, its low bits are taken from the bytes themselves.
    if (this.pos - start <= 7) return value <= 0xffffffff ? value : value % 2 ** 32;
    let low = 0;
    for (let i = 0; i < 5; i++) low |= (this.buf[start + i] & (i < 4 ? 0x7f : 0x0f)) << (7 * i);
    return low >>> 0;
  }

  bytes(): Buffer {
    const start = this.delimited();
    return this.buf.subarray(start, this.pos);
  }

  /**
   * A length prefix, read as protobufjs reads one (`Reader#size`): at most
   * five bytes and below 2^31 ("invalid length encoding" beyond), at most
   * four when fewer than five bytes are left in the range.
   */
  size(): number {
    const { buf, pos, end } = this;
    if (pos >= end) throw new RangeError('index out of range: truncated length');
    const first = buf[pos];
    if (first < 0x80) {
      this.pos = pos + 1;
      return first;
    }
    let value = first & 0x7f;
    for (let i = 1; i < 4; i++) {
      if (pos + i >= end) throw new RangeError('index out of range: truncated length');
      const byte = buf[pos + i];
      value |= (byte & 0x7f) << (7 * i);
      if (byte < 0x80) {
        this.pos = pos + i + 1;
        return value;
      }
    }
    if (end - pos < 5) throw new RangeError('index out of range: truncated length');
    const last = buf[pos + 4];
    this.pos = pos + 5;
    if (last > 7) throw new Error('invalid length encoding');
    return value + last * 2 ** 28;
  }

  /**
   * Advances past a length-delimited field (bytes or an embedded message)
   * and returns where its bytes start; they end at `pos`. No allocation. The
   * length is read as protobufjs reads it ({@link size}).
   */
  delimited(): number {
    const length = this.size();
    const start = this.pos;
    const end = start + length;
    if (end > this.end) throw new RangeError('index out of range: bytes beyond the message');
    this.pos = end;
    return start;
  }
}

/** True when the field of `tag` has the wire type a decoder wants; otherwise skips it, as protobufjs does (at nesting `depth`). */
export function expect(tag: number, wanted: number, cursor: Cursor, depth: number): boolean {
  if ((tag & 7) === wanted) return true;
  skipField(cursor, tag, depth);
  return false;
}

/**
 * A field tag as protobufjs reads one: at most five bytes and 32 bits ("invalid
 * tag encoding" beyond), four near the end of the range.
 */
export function readTag(c: Cursor): number {
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

/** protobufjs's nesting limit (protoc's default recursion limit). */
const MAX_DEPTH = 100;

/** Past a field none of these decoders reads, as protobufjs skips one: groups included, field number 0 refused. */
export function skipField(c: Cursor, tag: number, depth: number): void {
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
      // The length first: `c.pos += c.size()` would add it to the position before the length.
      const length = c.size();
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
