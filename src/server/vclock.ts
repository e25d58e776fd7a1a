import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { binaryToTerm, termToBinary } from './erlang/etf.js';
import { ErlAtom, ErlTuple, tuple, type ErlTerm } from './erlang/term.js';

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

/** The client sent bytes that are not a vclock (Riak crashes the request on them). */
export class VClockDecodeError extends Error {}

/**
 * Encodes like riak_object:encode_vclock/1 with the default `encode_zlib`
 * method: `zlib:zip(term_to_binary(VClock))`, so clocks look like Riak's
 * (base64 `a85hYGBg...`) and real Riak clocks can be sent back.
 */
export function encodeVClock(clock: VClock): Buffer {
  const term: ErlTerm = clock.map((e) => tuple(e.actor, tuple(e.counter, e.timestamp)));
  return deflateRawSync(termToBinary(term));
}

/** Decodes a client-supplied vclock; empty or absent means a fresh clock (riak_kv_pb_object:erlify_rpbvc). */
export function decodeVClock(bytes: Uint8Array | null | undefined): VClock {
  if (!bytes || bytes.length === 0) return FRESH;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    // riak_object:decode_vclock/1 first tries an embedded {Method, Clock} term.
    if (buf[0] === 131) {
      const embedded = binaryToTerm(buf);
      if (embedded instanceof ErlTuple && embedded.items.length === 2 && embedded.items[0] instanceof ErlAtom) {
        const [method, inner] = embedded.items as [ErlAtom, ErlTerm];
        if (method.name === 'encode_raw') return fromTerm(inner);
        if (method.name === 'encode_zlib' && Buffer.isBuffer(inner)) return fromTerm(binaryToTerm(inflateRawSync(inner)));
      }
      throw new VClockDecodeError('bad_vclock_encoding_method');
    }
    return fromTerm(binaryToTerm(inflateRawSync(buf)));
  } catch (err) {
    if (err instanceof VClockDecodeError) throw err;
    throw new VClockDecodeError('data_error', { cause: err });
  }
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
