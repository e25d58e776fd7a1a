import type { Buffer } from 'node:buffer';
import type { DtOp } from '../../generated/riak.js';
import { asBuffer, toBytes, type Bytes } from '../common/bytes.js';
import { describe } from '../common/describe.js';
import { RiakInvalidArgumentError } from '../errors.js';

/**
 * The Riak datatypes: each lives in a bucket type whose `datatype` property names it.
 * @category Datatypes
 */
export type DatatypeName = 'counter' | 'set' | 'map' | 'hll' | 'gset';

/**
 * DtFetchResp.DataType codes (riak_dt.proto).
 * @category Datatypes
 */
export const DATATYPE_CODES = { counter: 1, set: 2, map: 3, hll: 4, gset: 5 } as const satisfies Record<DatatypeName, number>;

/**
 * The datatype name of a DtFetchResp.DataType code.
 * @category Datatypes
 */
export function datatypeName(code: number): DatatypeName | undefined {
  return (Object.keys(DATATYPE_CODES) as DatatypeName[]).find((name) => DATATYPE_CODES[name] === code);
}

/**
 * The operation of one datatype update (a DtOp).
 * @category Datatypes
 */
export type DatatypeOp = DtOp.$Properties;

/**
 * What every datatype fetch returns.
 * @category Datatypes
 */
export interface DatatypeFetchResult<V> {
  /** False when the key holds nothing yet; `value` is then the empty value (0, [], an empty map). */
  found: boolean;
  value: V;
  /**
   * The opaque causal context (sets, maps, gsets; counters and HLLs have
   * none). Pass it back as `context` when updating what you read: removes
   * need it.
   */
  context: Buffer | undefined;
}

/**
 * What every datatype update returns.
 * @category Datatypes
 */
export interface DatatypeUpdateResult<V> {
  /** The key Riak generated, when the update gave none. */
  key: Buffer | undefined;
  /** The new value, with `returnBody: true`. */
  value: V | undefined;
  /** The new context, with `returnBody: true` (and `includeContext` not false). */
  context: Buffer | undefined;
}

/**
 * A list of set members (or HLL elements) from one value or an array of them.
 * @category Datatypes
 */
export function memberList(method: string, option: string, value: unknown): Uint8Array[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map((item, i) => {
    if (typeof item === 'string' || item instanceof Uint8Array) return toBytes(item);
    const where = Array.isArray(value) ? `${option}[${i}]` : option;
    throw new RiakInvalidArgumentError(`${method}(): invalid option \`${where}\`: expected a string or a Uint8Array, got ${describe(item)}`);
  });
}

/**
 * Received set members as Buffers (views, no copy).
 * @category Datatypes
 */
export function members(values: Uint8Array[] | null | undefined): Buffer[] {
  return (values ?? []).map(asBuffer);
}

/**
 * Members as UTF-8 text.
 * @category Datatypes
 */
export function memberStrings(values: readonly Uint8Array[]): string[] {
  return values.map((value) => asBuffer(value).toString('utf8'));
}

/**
 * Whether `values` holds `member` (compared as bytes).
 * @category Datatypes
 */
export function hasMember(values: readonly Uint8Array[], member: Bytes): boolean {
  if (typeof member !== 'string' && !(member instanceof Uint8Array))
    throw new RiakInvalidArgumentError(`has(): expected a string or a Uint8Array, got ${describe(member)}`);
  const wanted = asBuffer(toBytes(member));
  return values.some((value) => wanted.equals(value));
}
