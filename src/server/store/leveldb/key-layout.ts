/**
 * How the LevelDB backend lays out its keys, so that LevelDB's byte order is
 * the order listings and 2i want (as eleveldb's sext-encoded keys do for
 * Riak, with a simpler encoding):
 *
 *   object: 0x01, Type, Bucket, Key                 → the object's record
 *   2i:     0x02, Type, Bucket, Field, Term, Key    → empty
 *   props:  0x03, 't', Type                         → a bucket type's props
 *           0x03, 'b', Type, Bucket                 → a bucket's own props
 *   meta:   0x00, name                              → counters
 *
 * A name is its bytes with 0x00 written 0x00 0xFF, then 0x00 0x01: names
 * sort bytewise and a shorter name sorts before its extensions. A term is
 * 0x01/0x02 for a negative/other integer (a 2-byte length, then the
 * big-endian magnitude, both inverted for negatives) or 0x03 then a name for
 * a binary: integers before binaries, as Erlang orders them.
 */
import { Buffer } from 'node:buffer';

const OBJECT = 0x01;
const INDEX = 0x02;
const PROPS = 0x03;
const META = 0x00;

const NEGATIVE = 0x01;
const NON_NEGATIVE = 0x02;
const BINARY = 0x03;

export type Term = Buffer | number | bigint;

class KeyBuilder {
  readonly bytes: number[] = [];

  byte(b: number): this {
    this.bytes.push(b);
    return this;
  }

  name(text: string | Uint8Array): this {
    const source = typeof text === 'string' ? Buffer.from(text, 'latin1') : text;
    for (const b of source) {
      this.bytes.push(b);
      if (b === 0) this.bytes.push(0xff);
    }
    this.bytes.push(0, 1);
    return this;
  }

  term(term: Term): this {
    if (Buffer.isBuffer(term)) return this.byte(BINARY).name(term);
    const big = BigInt(term);
    const negative = big < 0n;
    let magnitude = negative ? -big : big;
    const digits: number[] = [];
    while (magnitude > 0n) {
      digits.unshift(Number(magnitude & 0xffn));
      magnitude >>= 8n;
    }
    if (digits.length > 0xffff) throw new RangeError('2i integer too large to store');
    const flip = (b: number) => (negative ? 0xff - b : b);
    this.byte(negative ? NEGATIVE : NON_NEGATIVE);
    this.byte(flip(digits.length >> 8)).byte(flip(digits.length & 0xff));
    for (const d of digits) this.byte(flip(d));
    return this;
  }

  build(): Buffer {
    return Buffer.from(this.bytes);
  }
}

export const objectKey = (type: string, bucket: string, key: string): Buffer => new KeyBuilder().byte(OBJECT).name(type).name(bucket).name(key).build();
export const objectTypePrefix = (type: string): Buffer => new KeyBuilder().byte(OBJECT).name(type).build();
export const objectBucketPrefix = (type: string, bucket: string): Buffer => new KeyBuilder().byte(OBJECT).name(type).name(bucket).build();

export const indexKey = (type: string, bucket: string, field: string, term: Term, key: string): Buffer =>
  new KeyBuilder().byte(INDEX).name(type).name(bucket).name(field).term(term).name(key).build();
export const indexFieldPrefix = (type: string, bucket: string, field: string): Buffer =>
  new KeyBuilder().byte(INDEX).name(type).name(bucket).name(field).build();
export const indexTermPrefix = (type: string, bucket: string, field: string, term: Term): Buffer =>
  new KeyBuilder().byte(INDEX).name(type).name(bucket).name(field).term(term).build();

/**
 * A 2i entry's (term, key) and a term alone, in the same encoding as after
 * an index key's field: what the in-memory backend sorts its 2i entries by,
 * so both backends scan 2i in one order.
 */
export const indexEntryKey = (term: Term, key: string): Buffer => new KeyBuilder().term(term).name(key).build();
export const indexTermKey = (term: Term): Buffer => new KeyBuilder().term(term).build();

/**
 * The encoded (term, key) range a 2i scan covers, after the field: terms from
 * `start` to `end` included, and only entries after `after` (a resumed scan).
 * Empty when `gte` is not below `lt`.
 */
export function indexScanBounds(start: Term, end: Term, after: { term: Term; key: string } | undefined): { gte: Buffer; lt: Buffer } {
  let gte = indexTermKey(start);
  if (after !== undefined) {
    // Entry keys are prefix-free: the first one after `after` is at or above its encoding plus a 0 byte.
    const next = Buffer.concat([indexEntryKey(after.term, after.key), Buffer.from([0])]);
    if (Buffer.compare(next, gte) > 0) gte = next;
  }
  return { gte, lt: prefixEnd(indexTermKey(end)) };
}

export const typePropsKey = (type: string): Buffer => new KeyBuilder().byte(PROPS).byte(0x74).name(type).build();
export const bucketPropsKey = (type: string, bucket: string): Buffer => new KeyBuilder().byte(PROPS).byte(0x62).name(type).name(bucket).build();
export const propsPrefix = (): Buffer => Buffer.from([PROPS]);

export const metaKey = (name: string): Buffer => new KeyBuilder().byte(META).name(name).build();

/** The first key after every key that starts with `prefix`. */
export function prefixEnd(prefix: Buffer): Buffer {
  let end = prefix.length;
  while (end > 0 && prefix[end - 1] === 0xff) end--;
  if (end === 0) throw new RangeError('no key follows an all-0xFF prefix');
  const out = Buffer.from(prefix.subarray(0, end));
  out[end - 1]++;
  return out;
}

/** Reads the names and terms of a key back, from `offset`. */
export class KeyReader {
  #offset: number;

  constructor(
    readonly key: Uint8Array,
    offset = 0,
  ) {
    this.#offset = offset;
  }

  byte(): number {
    if (this.#offset >= this.key.length) throw new RangeError('stored key ends early');
    return this.key[this.#offset++];
  }

  name(): Buffer {
    const out: number[] = [];
    for (;;) {
      const b = this.byte();
      if (b !== 0) {
        out.push(b);
        continue;
      }
      const next = this.byte();
      if (next === 1) return Buffer.from(out);
      if (next !== 0xff) throw new RangeError('stored key has a bad escape');
      out.push(0);
    }
  }

  text(): string {
    return this.name().toString('latin1');
  }

  /** A 2i term: a Buffer, or an integer as a number while exact, else a bigint (as parseErlangInteger gives). */
  term(): Term {
    const tag = this.byte();
    if (tag === BINARY) return this.name();
    if (tag !== NEGATIVE && tag !== NON_NEGATIVE) throw new RangeError(`stored key has a bad term tag ${tag}`);
    const negative = tag === NEGATIVE;
    const flip = (b: number) => (negative ? 0xff - b : b);
    const length = (flip(this.byte()) << 8) | flip(this.byte());
    let magnitude = 0n;
    for (let i = 0; i < length; i++) magnitude = (magnitude << 8n) | BigInt(flip(this.byte()));
    const value = negative ? -magnitude : magnitude;
    return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value;
  }
}
