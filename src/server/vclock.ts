import { Buffer } from 'node:buffer';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { binaryToTerm, termToBinary } from '../codec/erlang/etf.js';
import { formatTerm } from './erlang/format.js';
import { ErlAtom, ErlTuple, tuple, type ErlTerm } from '../codec/erlang/term.js';

/** One vclock entry: Riak's `{Actor, {Counter, Timestamp}}`. */
export interface VClockEntry {
  readonly actor: Buffer;
  readonly counter: number;
  /** Gregorian seconds (`calendar:datetime_to_gregorian_seconds/1`), as Riak stamps entries. */
  readonly timestamp: number;
}

/** A vector clock; entries are immutable, clocks are replaced, never mutated. */
export type VClock = readonly VClockEntry[];

/** A dot: the event that wrote one sibling (DVV). */
export interface Dot {
  readonly actor: Buffer;
  readonly counter: number;
}

export const FRESH: VClock = Object.freeze([]);

/** Seconds between year 0 and 1970, as Erlang's calendar counts them. */
const GREGORIAN_EPOCH_OFFSET = 62167219200;

export function gregorianSeconds(nowMs = Date.now()): number {
  return Math.floor(nowMs / 1000) + GREGORIAN_EPOCH_OFFSET;
}

/**
 * The client sent bytes that are not a vclock: riak_object:decode_vclock/1
 * crashes the request with `Class:Reason` (`error:data_error` from
 * zlib:unzip, `error:badarg` from binary_to_term, `throw:bad_vclock_encoding_method`).
 */
export class VClockDecodeError extends Error {
  constructor(
    readonly reason: string,
    readonly errorClass: 'error' | 'throw' = 'error',
    options?: ErrorOptions,
  ) {
    super(reason, options);
  }
}

/**
 * The most bytes a client vclock may inflate to. Riak prunes clocks beyond
 * `big_vclock` (50 entries) and an entry takes about 30 bytes of
 * term_to_binary, so real clocks are a few KiB; 1 MiB leaves room for any
 * clock a Riak node or client produces, and inflating it takes about a
 * millisecond. Riak has no such cap: a 510 KiB zlib bomb would make it
 * inflate over a gigabyte; here inflating stops at the cap and the clock is
 * refused as one binary_to_term cannot read (`error:badarg`).
 */
export const MAX_VCLOCK_INFLATED_BYTES = 1 << 20;

/** zlib:unzip/1 with an output cap: `data_error` on a bad stream, `badarg` past the cap. */
function unzip(bytes: Buffer): Buffer {
  try {
    return inflateRawSync(bytes, { maxOutputLength: MAX_VCLOCK_INFLATED_BYTES });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new VClockDecodeError('badarg', 'error', { cause: err });
    throw new VClockDecodeError('data_error', 'error', { cause: err });
  }
}

function termOf(bytes: Buffer): ErlTerm {
  try {
    return binaryToTerm(bytes);
  } catch (err) {
    throw new VClockDecodeError('badarg', 'error', { cause: err });
  }
}

/**
 * Encodes like riak_object:encode_vclock/1 with the default `encode_zlib`
 * method: `zlib:zip(term_to_binary(VClock))`, so clocks look like Riak's
 * (base64 `a85hYGBg...`) and real Riak clocks can be sent back.
 */
export function encodeVClock(clock: VClock): Buffer {
  const term: ErlTerm = clock.map((e) => tuple(e.actor, tuple(e.counter, e.timestamp)));
  return deflateRawSync(termToBinary(term));
}

/**
 * Decodes a client-supplied vclock as riak_object:decode_vclock/1 does;
 * empty or absent means a fresh clock (riak_kv_pb_object:erlify_rpbvc).
 * Throws {@link VClockDecodeError} for what Riak cannot decode.
 */
export function decodeVClock(bytes: Uint8Array | null | undefined): VClock {
  if (!bytes || bytes.length === 0) return FRESH;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // First an embedded {Method, Clock} term; bytes that are no term at all are a bare zlib clock.
  let embedded: ErlTerm | undefined;
  try {
    embedded = binaryToTerm(buf);
  } catch {
    return fromTerm(termOf(unzip(buf)));
  }
  if (!(embedded instanceof ErlTuple && embedded.items.length === 2)) {
    throw new VClockDecodeError(`{badmatch,${formatTerm(embedded)}}`);
  }
  const [method, inner] = embedded.items as [ErlTerm, ErlTerm];
  if (method instanceof ErlAtom && method.name === 'encode_raw') return fromTerm(inner);
  if (method instanceof ErlAtom && method.name === 'encode_zlib') {
    if (!Buffer.isBuffer(inner)) throw new VClockDecodeError('badarg');
    return fromTerm(termOf(unzip(inner)));
  }
  throw new VClockDecodeError('bad_vclock_encoding_method', 'throw');
}

function fromTerm(term: ErlTerm): VClock {
  if (!Array.isArray(term)) throw new VClockDecodeError('badarg');
  return term.map((entry) => {
    if (entry instanceof ErlTuple && entry.items.length === 2) {
      const [actor, stamp] = entry.items;
      if (Buffer.isBuffer(actor) && stamp instanceof ErlTuple && stamp.items.length === 2) {
        const [counter, timestamp] = stamp.items;
        if (typeof counter === 'number' && typeof timestamp === 'number') return { actor, counter, timestamp };
      }
    }
    throw new VClockDecodeError('badarg');
  });
}

function counterOf(clock: VClock, actor: Buffer): number {
  for (const entry of clock) if (entry.actor.equals(actor)) return entry.counter;
  return 0;
}

/** vclock:descends(A, B): A has seen every event B has. */
export function descends(a: VClock, b: VClock): boolean {
  for (const entry of b) if (counterOf(a, entry.actor) < entry.counter) return false;
  return true;
}

/** vclock:dominates(A, B): A descends B and they differ. */
export function dominates(a: VClock, b: VClock): boolean {
  return descends(a, b) && !descends(b, a);
}

/** vclock:descends_dot(Clock, Dot). */
export function descendsDot(clock: VClock, dot: Dot): boolean {
  return counterOf(clock, dot.actor) >= dot.counter;
}

export function sameClock(a: VClock, b: VClock): boolean {
  return a.length === b.length && descends(a, b) && descends(b, a);
}

/** vclock:merge/1: the highest counter per actor (with its timestamp). */
export function mergeClocks(clocks: VClock[]): VClock {
  const byActor = new Map<string, VClockEntry>();
  for (const clock of clocks) {
    for (const entry of clock) {
      const id = entry.actor.toString('latin1');
      const seen = byActor.get(id);
      if (seen === undefined || entry.counter > seen.counter || (entry.counter === seen.counter && entry.timestamp > seen.timestamp)) {
        byActor.set(id, entry);
      }
    }
  }
  return [...byActor.values()].sort((x, y) => Buffer.compare(x.actor, y.actor));
}

/** vclock:increment/3: bumps `actor`, moving its entry to the front as Riak does. */
export function increment(clock: VClock, actor: Buffer, timestamp: number): VClock {
  const rest = clock.filter((entry) => !entry.actor.equals(actor));
  return [{ actor, counter: counterOf(clock, actor) + 1, timestamp }, ...rest];
}

/** The dot of `actor`'s latest event in `clock` (vclock:get_dot/2). */
export function dotOf(clock: VClock, actor: Buffer): Dot {
  return { actor, counter: counterOf(clock, actor) };
}
