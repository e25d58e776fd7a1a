/**
 * Decodes an `RpbErrorResp` (code 0) payload to Riak's error text and code;
 * `errmsg` is bytes on the wire, text (UTF-8) in practice. Hand-written, so
 * that an error reply to a get or a put needs no generated classes (the
 * client loads them only for calls that use them), and reading exactly what
 * the generated class reads: the same varint rules, fields of another wire
 * type skipped, groups skipped to their end tag, the last occurrence of a
 * field kept; what it rejects throws here too ("missing required 'errmsg'",
 * "illegal tag: field number 0", a truncated field...; a property test
 * compares the two on random payloads).
 */
export function decodeErrorResponse(payload: Uint8Array): { errmsg: string; errcode: number } {
  const reader = new ErrorReader(payload);
  let errmsg: string | undefined;
  let errcode: number | undefined;
  while (reader.pos < payload.length) {
    const tag = reader.tag();
    const field = tag >>> 3;
    const wire = tag & 7;
    if (field === 1 && wire === 2) errmsg = reader.text();
    else if (field === 2 && wire === 0) errcode = reader.uint32();
    else reader.skipType(wire, 0, field);
  }
  if (errmsg === undefined) throw new Error("missing required 'errmsg'");
  if (errcode === undefined) throw new Error("missing required 'errcode'");
  return { errmsg, errcode };
}

/** protobufjs's nesting limit for groups (protoc's default recursion limit). */
const RECURSION_LIMIT = 100;

/** The protobuf reads an RpbErrorResp needs, with protobufjs's rules for malformed input. */
class ErrorReader {
  pos = 0;
  readonly #buf: Uint8Array;

  constructor(buf: Uint8Array) {
    this.#buf = buf;
  }

  /** A field tag: at most five bytes, the fifth below 16 (32 bits). */
  tag(): number {
    return this.#varint32(
      'invalid tag encoding',
      (last) => last < 0x80 && (last & 0x70) === 0,
      (value, last) => (value | ((last & 0x0f) << 28)) >>> 0,
    );
  }

  /** A uint32 field: the low 32 bits of a varint of up to ten bytes. */
  uint32(): number {
    const buf = this.#buf;
    if (buf.length - this.pos < 5) return this.#nearEnd();
    let value = 0;
    for (let i = 0; i < 5; i++) {
      const byte = buf[this.pos++];
      value = (value | ((i < 4 ? byte & 0x7f : byte & 0x0f) << (7 * i))) >>> 0;
      if (byte < 0x80) return value;
    }
    for (let i = 0; i < 5; i++) {
      if (this.pos >= buf.length) throw outOfRange();
      if (buf[this.pos++] < 0x80) return value;
    }
    throw new Error('invalid varint encoding');
  }

  /** A length prefix: at most five bytes, the fifth at most 7 (31 bits). */
  #size(): number {
    return this.#varint32(
      'invalid length encoding',
      (last) => last <= 7,
      (value, last) => (value | (last << 28)) >>> 0,
    );
  }

  /** A length-delimited field as UTF-8 text. */
  text(): string {
    const length = this.#size();
    const end = this.pos + length;
    if (end > this.#buf.length) throw outOfRange();
    const start = this.pos;
    this.pos = end;
    return Buffer.from(this.#buf.buffer, this.#buf.byteOffset + start, length).toString('utf8');
  }

  /** Skips a field of wire type `wire` (a group up to its end tag), as protobufjs's skipType. */
  skipType(wire: number, depth: number, field: number): void {
    if (depth > RECURSION_LIMIT) throw new Error('max depth exceeded');
    if (field === 0) throw new Error('illegal tag: field number 0');
    const buf = this.#buf;
    switch (wire) {
      case 0:
        do if (this.pos >= buf.length) throw outOfRange();
        while (buf[this.pos++] & 0x80);
        return;
      case 1:
        this.#skip(8);
        return;
      case 2:
        this.#skip(this.#size());
        return;
      case 3:
        for (;;) {
          const tag = this.tag();
          const nested = tag >>> 3;
          if (nested === 0) throw new Error('illegal tag: field number 0');
          if ((tag & 7) === 4) {
            if (nested !== field) throw new Error('invalid end group tag');
            return;
          }
          this.skipType(tag & 7, depth + 1, nested);
        }
      case 5:
        this.#skip(4);
        return;
      default:
        throw new Error(`invalid wire type ${wire} at offset ${this.pos}`);
    }
  }

  #skip(length: number): void {
    if (this.pos + length > this.#buf.length) throw outOfRange();
    this.pos += length;
  }

  /** Tags and lengths: four bytes at most before the end of the buffer, five with the fifth checked elsewhere. */
  #varint32(invalid: string, lastOk: (last: number) => boolean, withLast: (value: number, last: number) => number): number {
    const buf = this.#buf;
    if (buf.length - this.pos < 5) return this.#nearEnd();
    let value = 0;
    for (let i = 0; i < 4; i++) {
      const byte = buf[this.pos++];
      value = (value | ((byte & 0x7f) << (7 * i))) >>> 0;
      if (byte < 0x80) return value;
    }
    const last = buf[this.pos++];
    if (!lastOk(last)) throw new Error(invalid);
    return withLast(value, last);
  }

  /** A varint starting less than five bytes from the end: at most four bytes of it. */
  #nearEnd(): number {
    const buf = this.#buf;
    if (this.pos >= buf.length) throw outOfRange();
    let value = 0;
    for (let i = 0; i < 4; i++) {
      if (this.pos >= buf.length) throw outOfRange();
      const byte = buf[this.pos++];
      value = (value | ((byte & 0x7f) << (7 * i))) >>> 0;
      if (byte < 0x80) return value;
    }
    throw outOfRange();
  }
}

function outOfRange(): RangeError {
  return new RangeError('index out of range');
}
