/*
 * A minimal protobuf reader over a range of a buffer, for the hand-written
 * decoder of the hottest replies (get and put: client/kv-result-decoder.ts). It reads the way protobufjs does (tests
 * compare them on random messages) and throws on malformed input.
 */

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
    if (pos + 4 < this.end) {
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

  /** Reads a uint32 field the way protobufjs does: the low 32 bits of the varint. */
  uint32(): number {
    const value = this.varint();
    return value <= 0xffffffff ? value : value % 2 ** 32;
  }

  bytes(): Buffer {
    const start = this.delimited();
    return this.buf.subarray(start, this.pos);
  }

  /**
   * Advances past a length-delimited field (bytes or an embedded message)
   * and returns where its bytes start; they end at `pos`. No allocation.
   */
  delimited(): number {
    const length = this.varint();
    const start = this.pos;
    const end = start + length;
    if (end > this.end) throw new RangeError('index out of range: bytes beyond the message');
    this.pos = end;
    return start;
  }

  skip(wireType: number): void {
    switch (wireType) {
      case 0:
        this.varint();
        return;
      case 1:
        this.pos += 8;
        break;
      case 2: {
        // Read the length first: `this.pos += this.varint()` would add it to the stale position.
        const length = this.varint();
        this.pos += length;
        break;
      }
      case 5:
        this.pos += 4;
        break;
      default:
        throw new Error(`invalid wire type ${wireType}`);
    }
    if (this.pos > this.end) throw new RangeError('index out of range: skipped field beyond the message');
  }
}

/** True when the field has the wire type a decoder wants; otherwise skips it (protobufjs does the same). */
export function expect(wire: number, wanted: number, cursor: Cursor): boolean {
  if (wire === wanted) return true;
  cursor.skip(wire);
  return false;
}
