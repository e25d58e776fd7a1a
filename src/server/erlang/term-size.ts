import { Buffer } from 'node:buffer';
import { ErlAtom, ErlTuple, type ErlTerm } from '../../codec/erlang/term.js';

/**
 * `byte_size(term_to_binary(Term))` without building the binary: the sizes
 * {@link termToBinary} (etf.ts) writes, tag by tag. Used where Riak measures
 * an encoded object (store/object-size.ts) on every write.
 */
export function termToBinarySize(term: ErlTerm): number {
  return 1 + encodedSize(term);
}

function bigSize(value: bigint): number {
  let magnitude = value < 0n ? -value : value;
  let bytes = 0;
  while (magnitude > 0n) {
    bytes++;
    magnitude >>= 8n;
  }
  return (bytes <= 255 ? 3 : 6) + bytes;
}

function integerSize(value: number | bigint): number {
  if (value >= 0 && value <= 255) return 2;
  if (value >= -0x80000000 && value <= 0x7fffffff) return 5;
  return bigSize(BigInt(value));
}

function encodedSize(term: ErlTerm): number {
  if (Buffer.isBuffer(term)) return 5 + term.length;
  if (typeof term === 'number') return Number.isInteger(term) ? integerSize(term) : 9;
  if (typeof term === 'bigint') return integerSize(term);
  if (typeof term === 'string') {
    const codes = [...term].map((ch) => ch.codePointAt(0) as number);
    if (codes.length === 0) return 1;
    if (codes.length <= 0xffff && codes.every((c) => c < 256)) return 3 + codes.length;
    return encodedSize(codes);
  }
  if (term instanceof ErlAtom) return 3 + Buffer.byteLength(term.name, [...term.name].every((c) => c.charCodeAt(0) < 256) ? 'latin1' : 'utf8');
  if (term instanceof ErlTuple) {
    let size = term.items.length <= 255 ? 2 : 5;
    for (const item of term.items) size += encodedSize(item);
    return size;
  }
  if (term.length === 0) return 1;
  // A list of bytes is written as STRING_EXT (see etf.ts).
  if (term.length <= 0xffff && term.every((c) => typeof c === 'number' && Number.isInteger(c) && c >= 0 && c <= 255)) return 3 + term.length;
  let size = 6;
  for (const item of term) size += encodedSize(item);
  return size;
}
