import type { StoredEntry } from '../store/database.js';

/**
 * The values flowing between MapReduce phases, modelled on the Erlang terms
 * Riak's JSON MapReduce sees (mochijson2 decoding): numbers, binaries
 * (JSON strings, as Buffers), the atoms true/false/null, lists (arrays) and
 * `{struct, Pairs}` objects, plus three non-JSON terms: bucket/key inputs,
 * fetched Riak objects and `{error, notfound}`.
 */
export type MrValue = number | Buffer | boolean | null | MrValue[] | MrStruct | BKeyInput | RiakObjectValue | NotFound;

/** A JSON object: mochijson2's `{struct, [{Key, Value}]}` (keys in order). */
export class MrStruct {
  constructor(readonly pairs: [Buffer, MrValue][]) {}
}

/** A `{Bucket, Key}` / `{{Bucket, Key}, KeyData}` input (bucket possibly `{Type, Bucket}`). */
export class BKeyInput {
  constructor(
    readonly type: Buffer | undefined,
    readonly bucket: Buffer,
    readonly key: Buffer,
    readonly keydata: MrValue | undefined,
  ) {}
}

/** An object as riak_kv_pipe_get hands it to a map function. */
export class RiakObjectValue {
  constructor(
    readonly input: BKeyInput,
    readonly entry: StoredEntry,
  ) {}
}

/** `{error, notfound}`: what a map function gets for a missing key. */
export class NotFound {
  constructor(readonly input: BKeyInput) {}
}

/** A phase failed the way a riak_pipe fitting fails: reported to the client as Riak's JSON error. */
export class PhaseError extends Error {
  constructor(
    readonly phase: number,
    readonly reason: string,
    readonly input: string,
  ) {
    super(reason);
  }
}

/** mochijson2:decode/1 for the shapes JSON.parse returns. */
export function fromJson(value: unknown): MrValue {
  if (typeof value === 'string') return Buffer.from(value, 'utf8');
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return value;
  if (Array.isArray(value)) return value.map(fromJson);
  return new MrStruct(Object.entries(value as object).map(([k, v]) => [Buffer.from(k, 'utf8'), fromJson(v)]));
}

/** Thrown by {@link toJson} on a term mochijson2 cannot encode. */
export class JsonEncodeError extends Error {}

/** mochijson2:encode/1. Non-JSON terms (objects, tuples) fail like mochijson2's bad_term. */
export function toJson(value: MrValue): string {
  return JSON.stringify(toPlain(value));
}

function toPlain(value: MrValue): unknown {
  if (Buffer.isBuffer(value)) return value.toString('utf8');
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return value;
  if (Array.isArray(value)) return value.map(toPlain);
  if (value instanceof MrStruct) return Object.fromEntries(value.pairs.map(([k, v]) => [k.toString('utf8'), toPlain(v)]));
  throw new JsonEncodeError(describe(value));
}

/** A short Erlang-ish rendering for error texts. */
export function describe(value: MrValue | undefined): string {
  if (value === undefined) return 'undefined';
  if (value instanceof BKeyInput) {
    const bucket = value.type ? `{${bin(value.type)},${bin(value.bucket)}}` : bin(value.bucket);
    return value.keydata === undefined ? `{${bucket},${bin(value.key)}}` : `{{${bucket},${bin(value.key)}},${describe(value.keydata)}}`;
  }
  if (value instanceof RiakObjectValue) return `{r_object,${describe(value.input)}}`;
  if (value instanceof NotFound) return '{error,notfound}';
  if (Buffer.isBuffer(value)) return bin(value);
  if (value === null) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(describe).join(',')}]`;
  return `{struct,[${value.pairs.map(([k, v]) => `{${bin(k)},${describe(v)}}`).join(',')}]}`;
}

function bin(b: Buffer): string {
  return `<<${JSON.stringify(b.toString('latin1'))}>>`;
}

/**
 * Erlang's term order, for reduce_sort: number < atom < tuple < list <
 * binary; atoms by name (false < null < true); tuples by size then
 * elements; lists and binaries lexicographically.
 */
export function compareTerms(a: MrValue, b: MrValue): number {
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (ra === 1) return atomName(a).localeCompare(atomName(b));
  if (Buffer.isBuffer(a) && Buffer.isBuffer(b)) return Buffer.compare(a, b);
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const c = compareTerms(a[i], b[i]);
      if (c !== 0) return c;
    }
    return a.length - b.length;
  }
  return describe(a) < describe(b) ? -1 : describe(a) > describe(b) ? 1 : 0;
}

function rank(v: MrValue): number {
  if (typeof v === 'number') return 0;
  if (typeof v === 'boolean' || v === null) return 1;
  if (Array.isArray(v)) return 3;
  if (Buffer.isBuffer(v)) return 4;
  return 2; // tuples: structs, inputs, objects
}

function atomName(v: MrValue): string {
  return v === null ? 'null' : String(v);
}

/** Exact term equality (=:=). */
export function sameTerm(a: MrValue, b: MrValue): boolean {
  return rank(a) === rank(b) && compareTerms(a, b) === 0 && (typeof a !== 'number' || Number.isInteger(a) === Number.isInteger(b as number));
}
