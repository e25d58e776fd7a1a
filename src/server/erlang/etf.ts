import { ErlAtom, ErlTuple, type ErlTerm } from './term.js';

/**
 * Erlang external term format (`term_to_binary` / `binary_to_term`), for the
 * term shapes Riak hides in opaque protocol fields: vclocks
 * (`zlib:zip(term_to_binary([{Actor, {Counter, Timestamp}}]))`) and 2i
 * continuations (`base64(term_to_binary(LastResult))`). Producing the same
 * bytes as Riak lets real Riak vclocks and continuations round-trip.
 */
const VERSION = 131;
const SMALL_INTEGER_EXT = 97;
const INTEGER_EXT = 98;
const ATOM_EXT = 100;
const SMALL_TUPLE_EXT = 104;
const LARGE_TUPLE_EXT = 105;
const NIL_EXT = 106;
const STRING_EXT = 107;
const LIST_EXT = 108;
const BINARY_EXT = 109;
const SMALL_BIG_EXT = 110;
const LARGE_BIG_EXT = 111;
const IEEE_FLOAT_EXT = 70; // NEW_FLOAT_EXT
const SMALL_ATOM_EXT = 115;
const ATOM_UTF8_EXT = 118;
const SMALL_ATOM_UTF8_EXT = 119;

/** `term_to_binary(Term)`. */
export function termToBinary(term: ErlTerm): Buffer {
  const parts: Buffer[] = [Buffer.from([VERSION])];
  encodeTerm(term, parts);
  return Buffer.concat(parts);
}

function encodeTerm(term: ErlTerm, out: Buffer[]): void {
  if (Buffer.isBuffer(term)) {
    const head = Buffer.allocUnsafe(5);
    head[0] = BINARY_EXT;
    head.writeUInt32BE(term.length, 1);
    out.push(head, term);
  } else if (typeof term === 'number') {
    if (!Number.isInteger(term)) {
      const buf = Buffer.allocUnsafe(9);
      buf[0] = IEEE_FLOAT_EXT;
      buf.writeDoubleBE(term, 1);
      out.push(buf);
    } else if (term >= 0 && term <= 255) {
      out.push(Buffer.from([SMALL_INTEGER_EXT, term]));
    } else if (term >= -0x80000000 && term <= 0x7fffffff) {
      const buf = Buffer.allocUnsafe(5);
      buf[0] = INTEGER_EXT;
      buf.writeInt32BE(term, 1);
      out.push(buf);
    } else {
      encodeBig(BigInt(term), out);
    }
  } else if (typeof term === 'bigint') {
    if (term >= -0x80000000n && term <= 0x7fffffffn) encodeTerm(Number(term), out);
    else encodeBig(term, out);
  } else if (typeof term === 'string') {
    encodeString(term, out);
  } else if (term instanceof ErlAtom) {
    const name = Buffer.from(term.name, 'latin1');
    const head = Buffer.allocUnsafe(3);
    head[0] = ATOM_EXT;
    head.writeUInt16BE(name.length, 1);
    out.push(head, name);
  } else if (term instanceof ErlTuple) {
    const arity = term.items.length;
    if (arity <= 255) {
      out.push(Buffer.from([SMALL_TUPLE_EXT, arity]));
    } else {
      const head = Buffer.allocUnsafe(5);
      head[0] = LARGE_TUPLE_EXT;
      head.writeUInt32BE(arity, 1);
      out.push(head);
    }
    for (const item of term.items) encodeTerm(item, out);
  } else if (Array.isArray(term)) {
    if (term.length === 0) {
      out.push(Buffer.from([NIL_EXT]));
      return;
    }
    const head = Buffer.allocUnsafe(5);
    head[0] = LIST_EXT;
    head.writeUInt32BE(term.length, 1);
    out.push(head);
    for (const item of term) encodeTerm(item, out);
    out.push(Buffer.from([NIL_EXT]));
  } else {
    throw new TypeError('Unsupported Erlang term');
  }
}

function encodeString(value: string, out: Buffer[]): void {
  const codes = [...value].map((ch) => ch.codePointAt(0) as number);
  if (codes.length === 0) {
    out.push(Buffer.from([NIL_EXT]));
  } else if (codes.length <= 0xffff && codes.every((c) => c < 256)) {
    const head = Buffer.allocUnsafe(3);
    head[0] = STRING_EXT;
    head.writeUInt16BE(codes.length, 1);
    out.push(head, Buffer.from(codes));
  } else {
    encodeTerm(codes, out);
  }
}

function encodeBig(value: bigint, out: Buffer[]): void {
  const negative = value < 0n;
  let magnitude = negative ? -value : value;
  const bytes: number[] = [];
  while (magnitude > 0n) {
    bytes.push(Number(magnitude & 0xffn));
    magnitude >>= 8n;
  }
  if (bytes.length <= 255) {
    out.push(Buffer.from([SMALL_BIG_EXT, bytes.length, negative ? 1 : 0, ...bytes]));
  } else {
    const head = Buffer.allocUnsafe(6);
    head[0] = LARGE_BIG_EXT;
    head.writeUInt32BE(bytes.length, 1);
    head[5] = negative ? 1 : 0;
    out.push(head, Buffer.from(bytes));
  }
}

/** Thrown by {@link binaryToTerm} on bytes that are not a supported term (Erlang's `badarg`). */
export class EtfDecodeError extends Error {}

/**
 * `binary_to_term(Bytes)`. Integers come back as numbers when they fit in a
 * double exactly, bigints otherwise; strings (STRING_EXT) as JS strings.
 */
export function binaryToTerm(bytes: Uint8Array): ErlTerm {
  const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < 2 || buf[0] !== VERSION) throw new EtfDecodeError('badarg');
  const reader = { buf, pos: 1 };
  const term = decodeTerm(reader);
  if (reader.pos !== buf.length) throw new EtfDecodeError('badarg');
  return term;
}

interface Reader {
  buf: Buffer;
  pos: number;
}

function need(reader: Reader, n: number): void {
  if (reader.pos + n > reader.buf.length) throw new EtfDecodeError('badarg');
}

function decodeTerm(reader: Reader): ErlTerm {
  need(reader, 1);
  const tag = reader.buf[reader.pos++];
  const { buf } = reader;
  switch (tag) {
    case SMALL_INTEGER_EXT:
      need(reader, 1);
      return buf[reader.pos++];
    case INTEGER_EXT: {
      need(reader, 4);
      const value = buf.readInt32BE(reader.pos);
      reader.pos += 4;
      return value;
    }
    case IEEE_FLOAT_EXT: {
      need(reader, 8);
      const value = buf.readDoubleBE(reader.pos);
      reader.pos += 8;
      return value;
    }
    case SMALL_BIG_EXT:
    case LARGE_BIG_EXT: {
      let n: number;
      if (tag === SMALL_BIG_EXT) {
        need(reader, 1);
        n = buf[reader.pos++];
      } else {
        need(reader, 4);
        n = buf.readUInt32BE(reader.pos);
        reader.pos += 4;
      }
      need(reader, 1 + n);
      const negative = buf[reader.pos++] === 1;
      let value = 0n;
      for (let i = n - 1; i >= 0; i--) value = (value << 8n) | BigInt(buf[reader.pos + i]);
      reader.pos += n;
      if (negative) value = -value;
      return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value;
    }
    case ATOM_EXT:
    case ATOM_UTF8_EXT: {
      need(reader, 2);
      const len = buf.readUInt16BE(reader.pos);
      reader.pos += 2;
      need(reader, len);
      const name = buf.toString(tag === ATOM_EXT ? 'latin1' : 'utf8', reader.pos, reader.pos + len);
      reader.pos += len;
      return new ErlAtom(name);
    }
    case SMALL_ATOM_EXT:
    case SMALL_ATOM_UTF8_EXT: {
      need(reader, 1);
      const len = buf[reader.pos++];
      need(reader, len);
      const name = buf.toString(tag === SMALL_ATOM_EXT ? 'latin1' : 'utf8', reader.pos, reader.pos + len);
      reader.pos += len;
      return new ErlAtom(name);
    }
    case SMALL_TUPLE_EXT:
    case LARGE_TUPLE_EXT: {
      let arity: number;
      if (tag === SMALL_TUPLE_EXT) {
        need(reader, 1);
        arity = buf[reader.pos++];
      } else {
        need(reader, 4);
        arity = buf.readUInt32BE(reader.pos);
        reader.pos += 4;
      }
      const items: ErlTerm[] = [];
      for (let i = 0; i < arity; i++) items.push(decodeTerm(reader));
      return new ErlTuple(...items);
    }
    case NIL_EXT:
      return [];
    case STRING_EXT: {
      need(reader, 2);
      const len = buf.readUInt16BE(reader.pos);
      reader.pos += 2;
      need(reader, len);
      const value = buf.toString('latin1', reader.pos, reader.pos + len);
      reader.pos += len;
      return value;
    }
    case LIST_EXT: {
      need(reader, 4);
      const len = buf.readUInt32BE(reader.pos);
      reader.pos += 4;
      const items: ErlTerm[] = [];
      for (let i = 0; i < len; i++) items.push(decodeTerm(reader));
      const tail = decodeTerm(reader);
      if (!(Array.isArray(tail) && tail.length === 0)) throw new EtfDecodeError('badarg'); // improper lists unsupported
      return items;
    }
    case BINARY_EXT: {
      need(reader, 4);
      const len = buf.readUInt32BE(reader.pos);
      reader.pos += 4;
      need(reader, len);
      const value = Buffer.from(buf.subarray(reader.pos, reader.pos + len));
      reader.pos += len;
      return value;
    }
    default:
      throw new EtfDecodeError('badarg');
  }
}
