import { Buffer } from 'node:buffer';
import { inflateSync } from 'node:zlib';
import { TAG, VERSION } from './etf-tags.js';
import { ErlAtom, ErlBitstring, ErlExportFun, ErlFloat, ErlFun, ErlMap, ErlPid, ErlPort, ErlRef, ErlTuple, cons, type AnyTerm, type ErlTerm } from './term.js';

/** Thrown by {@link binaryToTerm} / {@link binaryToAnyTerm} on bytes that are not a term (Erlang's `badarg`). */
export class EtfDecodeError extends Error {}

/**
 * Terms nested deeper than this (the root, each list, tuple and map level,
 * and the innermost term count one each) are refused as badarg. Erlang has
 * no such limit; the decoder, the printers and the client's conversions
 * recurse, and a peer must not overflow their stack (a limit of 5000 let
 * the decoder overflow it first).
 */
export const MAX_TERM_DEPTH = 1000;

/**
 * `binary_to_term(Bytes)` for the shapes Riak's opaque fields hold.
 * Integers come back as numbers when they fit in a double exactly, bigints
 * otherwise; strings (STRING_EXT) as JS strings; floats as numbers. Pids,
 * funs, maps, improper lists and the like are refused (badarg).
 */
export function binaryToTerm(bytes: Uint8Array): ErlTerm {
  return decodeTop(bytes, false) as ErlTerm;
}

/**
 * `binary_to_term(Bytes)` for every term a client may send (an Erlang-term
 * MapReduce job): floats as {@link ErlFloat}, funs, pids, references,
 * ports, maps, improper lists, bitstrings, and compressed terms.
 */
export function binaryToAnyTerm(bytes: Uint8Array): AnyTerm {
  return decodeTop(bytes, true);
}

interface Reader {
  buf: Buffer;
  pos: number;
  full: boolean;
  depth: number;
}

const badarg = (): EtfDecodeError => new EtfDecodeError('badarg');

function decodeTop(bytes: Uint8Array, full: boolean): AnyTerm {
  let buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < 2 || buf[0] !== VERSION) throw badarg();
  let pos = 1;
  if (full && buf[1] === TAG.COMPRESSED) {
    if (buf.length < 6) throw badarg();
    const size = buf.readUInt32BE(2);
    let inflated: Buffer;
    try {
      inflated = inflateSync(buf.subarray(6), { maxOutputLength: Math.max(1, size) });
    } catch {
      throw badarg();
    }
    if (inflated.length !== size) throw badarg();
    buf = inflated;
    pos = 0;
  }
  const reader: Reader = { buf, pos, full, depth: 0 };
  const term = decodeTerm(reader);
  if (reader.pos !== buf.length) throw badarg();
  return term;
}

function need(reader: Reader, n: number): void {
  if (reader.pos + n > reader.buf.length) throw badarg();
}

function u8(reader: Reader): number {
  need(reader, 1);
  return reader.buf[reader.pos++];
}

function u16(reader: Reader): number {
  need(reader, 2);
  const value = reader.buf.readUInt16BE(reader.pos);
  reader.pos += 2;
  return value;
}

function u32(reader: Reader): number {
  need(reader, 4);
  const value = reader.buf.readUInt32BE(reader.pos);
  reader.pos += 4;
  return value;
}

function bytes(reader: Reader, n: number): Buffer {
  need(reader, n);
  const value = reader.buf.subarray(reader.pos, reader.pos + n);
  reader.pos += n;
  return value;
}

function decodeTerm(reader: Reader): AnyTerm {
  if (++reader.depth > MAX_TERM_DEPTH) throw badarg();
  try {
    return decodeTag(reader, u8(reader));
  } finally {
    reader.depth--;
  }
}

function decodeTag(reader: Reader, tag: number): AnyTerm {
  switch (tag) {
    case TAG.SMALL_INTEGER:
      return u8(reader);
    case TAG.INTEGER:
      return u32(reader) | 0;
    case TAG.NEW_FLOAT: {
      need(reader, 8);
      const value = reader.buf.readDoubleBE(reader.pos);
      reader.pos += 8;
      if (!Number.isFinite(value)) throw badarg();
      return reader.full ? new ErlFloat(value) : value;
    }
    case TAG.SMALL_BIG:
      return decodeBig(reader, u8(reader));
    case TAG.LARGE_BIG:
      return decodeBig(reader, u32(reader));
    case TAG.ATOM:
    case TAG.ATOM_UTF8:
      return decodeAtom(reader, u16(reader), tag === TAG.ATOM);
    case TAG.SMALL_ATOM:
    case TAG.SMALL_ATOM_UTF8:
      return decodeAtom(reader, u8(reader), tag === TAG.SMALL_ATOM);
    case TAG.SMALL_TUPLE:
      return decodeTuple(reader, u8(reader));
    case TAG.LARGE_TUPLE:
      return decodeTuple(reader, u32(reader));
    case TAG.NIL:
      return [];
    case TAG.STRING:
      return bytes(reader, u16(reader)).toString('latin1');
    case TAG.LIST:
      return decodeList(reader, u32(reader));
    case TAG.BINARY:
      return Buffer.from(bytes(reader, u32(reader)));
  }
  if (!reader.full) throw badarg();
  return decodeRare(reader, tag);
}

/** The tags only a client's job may carry (never Riak's own opaque fields). */
function decodeRare(reader: Reader, tag: number): AnyTerm {
  switch (tag) {
    case TAG.FLOAT: {
      const text = bytes(reader, 31).toString('latin1').replace(/\0+$/, '');
      const value = Number(text);
      if (!/^[-+]?\d/.test(text) || !Number.isFinite(value)) throw badarg();
      return new ErlFloat(value);
    }
    case TAG.BIT_BINARY: {
      const len = u32(reader);
      const bits = u8(reader);
      const data = Buffer.from(bytes(reader, len));
      if (len === 0 ? bits !== 0 : bits < 1 || bits > 8) throw badarg();
      return bits === 8 || len === 0 ? data : new ErlBitstring(data, bits);
    }
    case TAG.PID:
    case TAG.NEW_PID:
      return decodePid(reader, tag);
    case TAG.PORT:
    case TAG.NEW_PORT:
    case TAG.V4_PORT: {
      const node = decodeNode(reader);
      const id = tag === TAG.V4_PORT ? bytes(reader, 8).readBigUInt64BE(0) : BigInt(u32(reader));
      const creation = tag === TAG.PORT ? u8(reader) : u32(reader);
      return new ErlPort(node, id, creation);
    }
    case TAG.NEW_REFERENCE:
    case TAG.NEWER_REFERENCE: {
      const count = u16(reader);
      if (count < 1 || count > 5) throw badarg();
      const node = decodeNode(reader);
      const creation = tag === TAG.NEW_REFERENCE ? u8(reader) : u32(reader);
      const ids = Array.from({ length: count }, () => u32(reader));
      return new ErlRef(node, creation, ids);
    }
    case TAG.REFERENCE: {
      const node = decodeNode(reader);
      const id = u32(reader);
      return new ErlRef(node, u8(reader), [id]);
    }
    case TAG.MAP: {
      const arity = u32(reader);
      const pairs: [AnyTerm, AnyTerm][] = [];
      for (let i = 0; i < arity; i++) pairs.push([decodeTerm(reader), decodeTerm(reader)]);
      return new ErlMap(pairs);
    }
    case TAG.EXPORT: {
      const module = decodeTerm(reader);
      const fun = decodeTerm(reader);
      const arity = decodeTerm(reader);
      if (!(module instanceof ErlAtom) || !(fun instanceof ErlAtom) || typeof arity !== 'number' || arity > 255) throw badarg();
      return new ErlExportFun(module, fun, arity);
    }
    case TAG.NEW_FUN:
      return decodeFun(reader);
    default:
      throw badarg();
  }
}

function decodeBig(reader: Reader, n: number): number | bigint {
  const negative = u8(reader) === 1;
  const digits = bytes(reader, n);
  let value = 0n;
  for (let i = n - 1; i >= 0; i--) value = (value << 8n) | BigInt(digits[i]);
  if (negative) value = -value;
  return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value;
}

function decodeAtom(reader: Reader, len: number, latin1: boolean): ErlAtom {
  const name = bytes(reader, len).toString(latin1 ? 'latin1' : 'utf8');
  if (reader.full && [...name].length > 255) throw badarg();
  return new ErlAtom(name);
}

function decodeTuple(reader: Reader, arity: number): ErlTuple<AnyTerm> {
  const items: AnyTerm[] = [];
  for (let i = 0; i < arity; i++) items.push(decodeTerm(reader));
  return new ErlTuple(...items);
}

function decodeList(reader: Reader, len: number): AnyTerm {
  const items: AnyTerm[] = [];
  for (let i = 0; i < len; i++) items.push(decodeTerm(reader));
  const tail = decodeTerm(reader);
  if (Array.isArray(tail) && tail.length === 0) return items;
  if (!reader.full) throw badarg(); // improper lists are for clients' jobs only
  if (len === 0) throw badarg();
  // A list tail (a STRING_EXT, a nested LIST_EXT) makes the list proper again.
  return cons(items, tail);
}

function decodeNode(reader: Reader): ErlAtom {
  const node = decodeTerm(reader);
  if (!(node instanceof ErlAtom)) throw badarg();
  return node;
}

function decodePid(reader: Reader, tag: number): ErlPid {
  const node = decodeNode(reader);
  const id = u32(reader);
  const serial = u32(reader);
  const creation = tag === TAG.PID ? u8(reader) : u32(reader);
  return new ErlPid(node, id, serial, creation);
}

function decodeFun(reader: Reader): ErlFun {
  const start = reader.pos;
  const size = u32(reader);
  const arity = u8(reader);
  const uniq = Buffer.from(bytes(reader, 16));
  const index = u32(reader);
  const numFree = u32(reader);
  const module = decodeNode(reader);
  const oldIndex = decodeTerm(reader);
  const oldUniq = decodeTerm(reader);
  const pid = decodeTerm(reader);
  if (typeof oldIndex !== 'number' || typeof oldUniq !== 'number' || !(pid instanceof ErlPid)) throw badarg();
  const free: AnyTerm[] = [];
  for (let i = 0; i < numFree; i++) free.push(decodeTerm(reader));
  if (reader.pos - start !== size) throw badarg();
  return new ErlFun(arity, uniq, index, module, oldIndex, oldUniq, pid, free);
}
