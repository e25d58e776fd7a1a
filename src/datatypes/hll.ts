import { int64ToNumber } from '../common/int64.js';
import type { Bytes } from '../common/bytes.js';
import { memberList, type DatatypeFetchResult, type DatatypeOp, type DatatypeUpdateResult } from './common.js';

/**
 * A HyperLogLog fetch: `value` is the estimated number of distinct elements added (0 when not found).
 * @category Datatypes
 */
export type HllFetchResult = DatatypeFetchResult<number>;
/**
 * A HyperLogLog update: `value` is the new estimate with `returnBody`.
 * @category Datatypes
 */
export type HllUpdateResult = DatatypeUpdateResult<number>;

/**
 * The DtOp adding elements to a HyperLogLog.
 * @category Datatypes
 */
export function hllOp(method: string, add: Bytes | readonly Bytes[]): DatatypeOp {
  return { hllOp: { adds: memberList(method, 'add', add) } };
}

/**
 * A received uint64 cardinality as a number.
 * @category Datatypes
 */
export function hllValue(value: unknown): number {
  return int64ToNumber(value);
}
