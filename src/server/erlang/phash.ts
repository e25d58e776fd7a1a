import { Buffer } from 'node:buffer';
import { ErlAtom, ErlFloat, ErlImproperList, ErlTuple, charCodes, type AnyTerm } from '../../codec/erlang/term.js';
import { atomHash } from './atom-hash.js';

/**
 * `erlang:phash(Term, Range)`: erts make_hash/1 (erl_term_hashing.c), the
 * hash OTP's dict and sets (v1) place their entries with. Ported for the
 * terms MapReduce values are made of: integers, floats, atoms, binaries,
 * lists and tuples (pids, references, funs and maps hash as nothing here).
 * All arithmetic is modulo 2^32, as in C.
 */
const FN1 = 268440163;
const FN2 = 268439161;
const FN3 = 268435459;
const FN4 = 268436141;
const FN6 = 268437017;
const FN8 = 268437511;
const FN9 = 268439627;

const step = (hash: number, prime: number, x: number): number => (Math.imul(hash, prime) + x) >>> 0;

/** An integer: |N| bytewise, least significant first, in whole 32-bit words. */
function hashInteger(hash: number, n: number | bigint): number {
  let magnitude = BigInt(n) < 0n ? -BigInt(n) : BigInt(n);
  do {
    for (let i = 0; i < 4; i++) {
      hash = step(hash, FN2, Number(magnitude & 0xffn));
      magnitude >>= 8n;
    }
  } while (magnitude > 0n);
  return Math.imul(hash, BigInt(n) < 0n ? FN4 : FN3) >>> 0;
}

function hashFloat(hash: number, value: number): number {
  const buf = Buffer.alloc(8);
  buf.writeDoubleLE(value === 0 ? 0 : value, 0);
  return step(hash, FN6, (buf.readUInt32LE(0) ^ buf.readUInt32LE(4)) >>> 0);
}

function hashList(hash: number, items: AnyTerm[], tail: AnyTerm): number {
  for (const item of items) {
    // Bytes in a list take a cheaper step than integers elsewhere.
    if (typeof item === 'number' && Number.isInteger(item) && item >= 0 && item <= 255) hash = step(hash, FN2, item);
    else hash = hashTerm(hash, item);
  }
  hash = hashTerm(hash, tail);
  return Math.imul(hash, FN8) >>> 0;
}

function hashTerm(hash: number, term: AnyTerm): number {
  if (Buffer.isBuffer(term)) {
    for (const byte of term) hash = step(hash, FN1, byte);
    return step(hash, FN4, term.length);
  }
  if (typeof term === 'bigint' || (typeof term === 'number' && Number.isInteger(term))) return hashInteger(hash, term);
  if (typeof term === 'number') return hashFloat(hash, term);
  if (term instanceof ErlFloat) return hashFloat(hash, term.value);
  if (term instanceof ErlAtom) return step(hash, FN1, atomHash(term.name));
  if (typeof term === 'string' || Array.isArray(term)) {
    const items = typeof term === 'string' ? charCodes(term) : term;
    return items.length === 0 ? step(hash, FN3, 1) : hashList(hash, items, []);
  }
  if (term instanceof ErlImproperList) return hashList(hash, term.items, term.tail);
  if (term instanceof ErlTuple) {
    for (const item of term.items) hash = hashTerm(hash, item);
    return step(hash, FN9, term.items.length);
  }
  return hash;
}

/** `erlang:phash(Term, Range)`: 1..Range. */
export function phash(term: AnyTerm, range: number): number {
  return (hashTerm(0, term) % range) + 1;
}
