import { Buffer } from 'node:buffer';
import {
  ErlAtom,
  ErlBitstring,
  ErlExportFun,
  ErlFloat,
  ErlFun,
  ErlImproperList,
  ErlMap,
  ErlPid,
  ErlPort,
  ErlRef,
  ErlTuple,
  charCodes,
  type AnyTerm,
} from './term.js';
import { TAG, VERSION } from './etf-tags.js';

/**
 * Erlang external term format (`term_to_binary` / `binary_to_term`), for the
 * term shapes Riak hides in opaque protocol fields: vclocks
 * (`zlib:zip(term_to_binary([{Actor, {Counter, Timestamp}}]))`) and 2i
 * continuations (`base64(term_to_binary(LastResult))`), and for the
 * Erlang-term MapReduce jobs and results of riak_kv_pb_mapred. Producing the
 * same bytes as Riak (OTP 25: latin-1 atoms as ATOM_EXT, lists of bytes as
 * STRING_EXT) lets real Riak vclocks and continuations round-trip.
 */
export { binaryToAnyTerm, binaryToTerm, EtfDecodeError, MAX_TERM_DEPTH } from './etf-decode.js';

/** `term_to_binary(Term)`. */
export function termToBinary(term: AnyTerm): Buffer {
  const parts: Buffer[] = [Buffer.from([VERSION])];
  encodeTerm(term, parts);
  return Buffer.concat(parts);
}

const u8 = (...bytes: number[]): Buffer => Buffer.from(bytes);

function u32(tag: number, value: number): Buffer {
  const head = Buffer.allocUnsafe(5);
  head[0] = tag;
  head.writeUInt32BE(value, 1);
  return head;
}

/** Lists of bytes go out as STRING_EXT, as term_to_binary writes them. */
function isByteList(items: AnyTerm[]): items is number[] {
  return items.length > 0 && items.length <= 0xffff && items.every((c) => typeof c === 'number' && Number.isInteger(c) && c >= 0 && c <= 255);
}

function encodeTerm(term: AnyTerm, out: Buffer[]): void {
  if (Buffer.isBuffer(term)) {
    out.push(u32(TAG.BINARY, term.length), term);
  } else if (typeof term === 'number') {
    if (!Number.isInteger(term)) encodeFloat(term, out);
    else if (term >= 0 && term <= 255) out.push(u8(TAG.SMALL_INTEGER, term));
    else if (term >= -0x80000000 && term <= 0x7fffffff) out.push(u32(TAG.INTEGER, term >>> 0));
    else encodeBig(BigInt(term), out);
  } else if (typeof term === 'bigint') {
    if (term >= -0x80000000n && term <= 0x7fffffffn) encodeTerm(Number(term), out);
    else encodeBig(term, out);
  } else if (typeof term === 'string') {
    encodeList(charCodes(term), [], out);
  } else if (Array.isArray(term)) {
    encodeList(term, [], out);
  } else if (term instanceof ErlAtom) {
    encodeAtom(term, out);
  } else if (term instanceof ErlTuple) {
    const arity = term.items.length;
    out.push(arity <= 255 ? u8(TAG.SMALL_TUPLE, arity) : u32(TAG.LARGE_TUPLE, arity));
    for (const item of term.items) encodeTerm(item, out);
  } else if (term instanceof ErlFloat) {
    encodeFloat(term.value, out);
  } else if (term instanceof ErlImproperList) {
    encodeList(term.items, term.tail, out);
  } else if (term instanceof ErlMap) {
    out.push(u32(TAG.MAP, term.pairs.length));
    for (const [k, v] of term.pairs) {
      encodeTerm(k, out);
      encodeTerm(v, out);
    }
  } else if (term instanceof ErlBitstring) {
    const head = u32(TAG.BIT_BINARY, term.bytes.length);
    out.push(head, u8(term.bits), term.bytes);
  } else if (term instanceof ErlPid) {
    encodePid(term, out);
  } else if (term instanceof ErlRef) {
    const head = Buffer.allocUnsafe(3);
    head[0] = TAG.NEWER_REFERENCE;
    head.writeUInt16BE(term.ids.length, 1);
    out.push(head);
    encodeAtom(term.node, out);
    const body = Buffer.allocUnsafe(4 + 4 * term.ids.length);
    body.writeUInt32BE(term.creation >>> 0, 0);
    for (const [i, id] of term.ids.entries()) body.writeUInt32BE(id >>> 0, 4 + 4 * i);
    out.push(body);
  } else if (term instanceof ErlPort) {
    const v4 = term.id > 0xffffffffn;
    out.push(u8(v4 ? TAG.V4_PORT : TAG.NEW_PORT));
    encodeAtom(term.node, out);
    const body = Buffer.allocUnsafe(v4 ? 12 : 8);
    if (v4) body.writeBigUInt64BE(term.id, 0);
    else body.writeUInt32BE(Number(term.id), 0);
    body.writeUInt32BE(term.creation >>> 0, v4 ? 8 : 4);
    out.push(body);
  } else if (term instanceof ErlExportFun) {
    out.push(u8(TAG.EXPORT));
    encodeAtom(term.module, out);
    encodeAtom(term.fun, out);
    encodeTerm(term.arity, out);
  } else if (term instanceof ErlFun) {
    encodeFun(term, out);
  } else {
    throw new TypeError('Unsupported Erlang term');
  }
}

function encodeList(items: AnyTerm[], tail: AnyTerm, out: Buffer[]): void {
  const proper = Array.isArray(tail) && tail.length === 0;
  if (items.length === 0 && proper) {
    out.push(u8(TAG.NIL));
  } else if (proper && isByteList(items)) {
    const head = Buffer.allocUnsafe(3);
    head[0] = TAG.STRING;
    head.writeUInt16BE(items.length, 1);
    out.push(head, Buffer.from(items));
  } else {
    out.push(u32(TAG.LIST, items.length));
    for (const item of items) encodeTerm(item, out);
    encodeTerm(tail, out);
  }
}

function encodeFloat(value: number, out: Buffer[]): void {
  const buf = Buffer.allocUnsafe(9);
  buf[0] = TAG.NEW_FLOAT;
  buf.writeDoubleBE(value, 1);
  out.push(buf);
}

function encodeAtom(atom: ErlAtom, out: Buffer[]): void {
  const latin1 = charCodes(atom.name).every((c) => c < 256);
  const name = Buffer.from(atom.name, latin1 ? 'latin1' : 'utf8');
  const head = Buffer.allocUnsafe(3);
  head[0] = latin1 ? TAG.ATOM : TAG.ATOM_UTF8;
  head.writeUInt16BE(name.length, 1);
  out.push(head, name);
}

function encodePid(pid: ErlPid, out: Buffer[]): void {
  out.push(u8(TAG.NEW_PID));
  encodeAtom(pid.node, out);
  const body = Buffer.allocUnsafe(12);
  body.writeUInt32BE(pid.id >>> 0, 0);
  body.writeUInt32BE(pid.serial >>> 0, 4);
  body.writeUInt32BE(pid.creation >>> 0, 8);
  out.push(body);
}

function encodeFun(fun: ErlFun, out: Buffer[]): void {
  const body: Buffer[] = [];
  const fixed = Buffer.allocUnsafe(1 + 16 + 4 + 4);
  fixed[0] = fun.arity;
  fun.uniq.copy(fixed, 1, 0, 16);
  fixed.writeUInt32BE(fun.index >>> 0, 17);
  fixed.writeUInt32BE(fun.free.length, 21);
  body.push(fixed);
  encodeAtom(fun.module, body);
  encodeTerm(fun.oldIndex, body);
  encodeTerm(fun.oldUniq, body);
  encodePid(fun.pid, body);
  for (const value of fun.free) encodeTerm(value, body);
  const bytes = Buffer.concat(body);
  // Size counts itself and everything after the tag.
  out.push(u32(TAG.NEW_FUN, bytes.length + 4), bytes);
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
    out.push(Buffer.from([TAG.SMALL_BIG, bytes.length, negative ? 1 : 0, ...bytes]));
  } else {
    const head = u32(TAG.LARGE_BIG, bytes.length);
    out.push(head, u8(negative ? 1 : 0), Buffer.from(bytes));
  }
}
