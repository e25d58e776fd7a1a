import { Buffer } from 'node:buffer';
import { ErlAtom, ErlTuple, type ErlTerm } from '../../codec/erlang/term.js';
import { atomHash } from '../erlang/atom-hash.js';

/**
 * `erlang:phash2/1,2`: erts make_hash2 (erl_term_hashing.c), the portable
 * hash Riak's AAE hashes vector clocks with (aae_controller:hash_clock/1,
 * riak_object:delete_hash/1). Ported for the terms a clock is made of:
 * binaries, integers, tuples and lists (strings included). phash2 is
 * documented as stable across OTP releases and machines.
 *
 * make_hash2 walks a term depth-first with one running 32-bit `hash`,
 * mixing each part in with Bob Jenkins' 96-bit MIX; all arithmetic is
 * modulo 2^32.
 */

const HCONST = 0x9e3779b9;
const HCONST_2 = 0x3c6ef372;
const HCONST_3 = 0xdaa66d2b;
const HCONST_4 = 0x78dde6e4;
const HCONST_9 = 0x8ff34781;
const HCONST_10 = 0x2e2ac13a;
const HCONST_11 = 0xcc623af3;
const HCONST_13 = 0x08d12e65;
/** make_hash2 of `[]` at the top level. */
const NIL_HASH = 3468870702;
/** NIL_DEF (erl_term.h's type number of `[]`): what a nested `[]` mixes in. */
const NIL_DEF = 2;

/** The a, b, c words Bob Jenkins' MIX works on, in place. */
const abc = new Int32Array(3);

/** MIX(a, b, c) (erl_term_hashing.c) on `abc`. */
function mix(): void {
  let a = abc[0];
  let b = abc[1];
  let c = abc[2];
  a = (a - b - c) | 0;
  a ^= c >>> 13;
  b = (b - c - a) | 0;
  b ^= a << 8;
  c = (c - a - b) | 0;
  c ^= b >>> 13;
  a = (a - b - c) | 0;
  a ^= c >>> 12;
  b = (b - c - a) | 0;
  b ^= a << 16;
  c = (c - a - b) | 0;
  c ^= b >>> 5;
  a = (a - b - c) | 0;
  a ^= c >>> 3;
  b = (b - c - a) | 0;
  b ^= a << 10;
  c = (c - a - b) | 0;
  c ^= b >>> 15;
  abc[0] = a;
  abc[1] = b;
  abc[2] = c;
}

/** UINT32_HASH_2(X, Y, AConst): mixes two 32-bit words into `hash`. */
function hash2(x: number, y: number, aConst: number, hash: number): number {
  abc[0] = aConst + x;
  abc[1] = aConst + y;
  abc[2] = hash;
  mix();
  return abc[2] >>> 0;
}

const hash1 = (x: number, aConst: number, hash: number): number => hash2(x, 0, aConst, hash);

/** block_hash/3: Jenkins' lookup2 over the bytes, seeded with `initval`. */
function blockHash(bytes: Uint8Array, initval: number): number {
  abc[0] = HCONST;
  abc[1] = HCONST;
  abc[2] = initval;
  const len = bytes.length;
  const word = (i: number): number => bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24);
  let k = 0;
  for (; len - k >= 12; k += 12) {
    abc[0] += word(k);
    abc[1] += word(k + 4);
    abc[2] += word(k + 8);
    mix();
  }
  abc[2] += len;
  const rest = len - k;
  // block_hash_final_bytes: every case of its switch falls through.
  if (rest >= 11) abc[2] += bytes[k + 10] << 24;
  if (rest >= 10) abc[2] += bytes[k + 9] << 16;
  if (rest >= 9) abc[2] += bytes[k + 8] << 8;
  if (rest >= 8) abc[1] += bytes[k + 7] << 24;
  if (rest >= 7) abc[1] += bytes[k + 6] << 16;
  if (rest >= 6) abc[1] += bytes[k + 5] << 8;
  if (rest >= 5) abc[1] += bytes[k + 4];
  if (rest >= 4) abc[0] += bytes[k + 3] << 24;
  if (rest >= 3) abc[0] += bytes[k + 2] << 16;
  if (rest >= 2) abc[0] += bytes[k + 1] << 8;
  if (rest >= 1) abc[0] += bytes[k];
  mix();
  return abc[2] >>> 0;
}

/** SINT32_HASH / NOT_SSMALL28_HASH / bignum digits: an integer's contribution. */
function hashInteger(n: bigint, hash: number): number {
  if (n >= -(1n << 27n) && n < 1n << 27n) {
    const y = Number(n);
    if (y < 0) hash = hash1(-y >>> 0, HCONST, hash);
    return hash1(y >>> 0, HCONST, hash);
  }
  const con = n < 0n ? HCONST_10 : HCONST_11;
  let magnitude = n < 0n ? -n : n;
  // One UINT32_HASH_2(low, high) per 64-bit digit (a small above 2^27 is one digit).
  do {
    hash = hash2(Number(magnitude & 0xffffffffn), Number((magnitude >> 32n) & 0xffffffffn), con, hash);
    magnitude >>= 64n;
  } while (magnitude > 0n);
  return hash;
}

const isByte = (t: ErlTerm): boolean => typeof t === 'number' && Number.isInteger(t) && t >= 0 && t <= 255;

/** make_hash2/1: the full 32-bit hash. */
export function makeHash2(term: ErlTerm): number {
  if (term instanceof ErlAtom) return atomHash(term.name);
  if (Array.isArray(term) && term.length === 0) return NIL_HASH;
  if (typeof term === 'string' && term.length === 0) return NIL_HASH;
  let hash = 0;
  const stack: ErlTerm[] = [term];
  while (stack.length > 0) {
    const t = stack.pop() as ErlTerm;
    if (Buffer.isBuffer(t)) {
      hash = t.length === 0 ? (HCONST_13 + hash) >>> 0 : blockHash(t, HCONST_13 + hash);
    } else if (typeof t === 'number' || typeof t === 'bigint') {
      if (typeof t === 'number' && !Number.isSafeInteger(t)) throw new TypeError(`phash2: ${t} is not an integer`);
      hash = hashInteger(BigInt(t), hash);
    } else if (t instanceof ErlAtom) {
      // An atom mixes in its atom-table hash, or is the hash when nothing came before.
      hash = hash === 0 ? atomHash(t.name) : hash1(atomHash(t.name), HCONST_3, hash);
    } else if (t instanceof ErlTuple) {
      hash = hash1(t.items.length, HCONST_9, hash);
      // Elements are hashed first to last: push them last to first.
      for (let i = t.items.length - 1; i >= 0; i--) stack.push(t.items[i]);
    } else if (typeof t === 'string' || Array.isArray(t)) {
      const items: ErlTerm[] = typeof t === 'string' ? Array.from(t, (ch) => ch.codePointAt(0) as number) : t;
      if (items.length === 0) {
        hash = hash === 0 ? NIL_HASH : hash1(NIL_DEF, HCONST_2, hash);
        continue;
      }
      // A run of bytes is hashed four at a time; the first non-byte element
      // is hashed next, then the rest of the list (its tail) from the stack.
      let i = 0;
      let sh = 0;
      let c = 0;
      while (i < items.length && isByte(items[i])) {
        sh = ((sh << 8) + (items[i] as number)) >>> 0;
        if (c === 3) {
          hash = hash1(sh, HCONST_4, hash);
          c = 0;
          sh = 0;
        } else c++;
        i++;
      }
      if (c > 0) hash = hash1(sh, HCONST_4, hash);
      if (i === items.length) {
        stack.push([]);
      } else {
        stack.push(items.slice(i + 1));
        stack.push(items[i]);
      }
    } else {
      throw new TypeError(`phash2: unsupported term ${String(t)}`);
    }
  }
  return hash >>> 0;
}

/** `erlang:phash2(Term)`: 0..2^27-1. */
export function phash2(term: ErlTerm): number {
  return makeHash2(term) & 0x7ffffff;
}

/** `erlang:phash2(Term, Range)` for a power-of-two range up to 2^32 (`Hash band (Range - 1)`). */
export function phash2Range(term: ErlTerm, range: number): number {
  if (range === 2 ** 32) return makeHash2(term);
  if (!Number.isInteger(range) || range < 1 || (range & (range - 1)) !== 0) throw new RangeError(`phash2Range: ${range} is not a power of two`);
  return (makeHash2(term) & (range - 1)) >>> 0;
}
