import { int64Input, int64ToNumber } from '../common/int64.js';
import type { DatatypeFetchResult, DatatypeOp, DatatypeUpdateResult } from './common.js';

/**
 * A counter fetch: `value` is the count (0 when not found).
 * @category Datatypes
 */
export type CounterFetchResult = DatatypeFetchResult<number>;
/**
 * A counter update: `value` is the new count with `returnBody`.
 * @category Datatypes
 */
export type CounterUpdateResult = DatatypeUpdateResult<number>;

/**
 * The DtOp incrementing a counter by `increment` (negative decrements).
 * @category Datatypes
 */
export function counterOp(method: string, increment: number | bigint): DatatypeOp {
  return { counterOp: { increment: int64Input(increment, `${method}(): invalid option \`increment\``) } };
}

/**
 * A received sint64 counter value as a number.
 * @category Datatypes
 */
export function counterValue(value: unknown): number {
  return int64ToNumber(value);
}
