import type { Buffer } from 'node:buffer';
import type { Bytes } from '../common/bytes.js';
import { memberList, type DatatypeFetchResult, type DatatypeOp, type DatatypeUpdateResult } from './common.js';
import type { SetHelpers } from './set.js';

/**
 * A grow-only set fetch: `value` lists the members as Buffers.
 * @category Datatypes
 */
export type GSetFetchResult = DatatypeFetchResult<Buffer[]> & SetHelpers;
/**
 * A grow-only set update: `value` lists the members with `returnBody` (read back by a fetch after the update: Riak 3.x cannot return a gset's body).
 * @category Datatypes
 */
export type GSetUpdateResult = DatatypeUpdateResult<Buffer[]>;

/**
 * The DtOp adding members to a grow-only set (they can never be removed).
 * @category Datatypes
 */
export function gsetOp(method: string, add: Bytes | readonly Bytes[]): DatatypeOp {
  return { gsetOp: { adds: memberList(method, 'add', add) } };
}
