import type { Buffer } from 'node:buffer';
import type { Bytes } from '../common/bytes.js';
import { RiakInvalidArgumentError } from '../errors.js';
import { hasMember, memberList, memberStrings, type DatatypeFetchResult, type DatatypeOp, type DatatypeUpdateResult } from './common.js';

/**
 * Helpers on a fetched set's members.
 * @category Datatypes
 */
export interface SetHelpers {
  /** The members as UTF-8 text. */
  strings(): string[];
  /** Whether the set holds `member` (compared as bytes). */
  has(member: Bytes): boolean;
}

/**
 * A set fetch: `value` lists the members as Buffers.
 * @category Datatypes
 */
export type SetFetchResult = DatatypeFetchResult<Buffer[]> & SetHelpers;
/**
 * A set update: `value` lists the members with `returnBody`.
 * @category Datatypes
 */
export type SetUpdateResult = DatatypeUpdateResult<Buffer[]>;

/**
 * Adds {@link SetHelpers} to a result whose `value` is a member list (sets and gsets).
 * @category Datatypes
 */
export function withSetHelpers<R extends { value: Buffer[] | undefined }>(result: R): R & SetHelpers {
  return Object.assign(result, {
    strings: () => memberStrings(result.value ?? []),
    has: (member: Bytes) => hasMember(result.value ?? [], member),
  });
}

/**
 * The DtOp adding and removing set members. Removing needs the `context` of a fetch.
 * @category Datatypes
 */
export function setOp(method: string, add: Bytes | readonly Bytes[] | undefined, remove: Bytes | readonly Bytes[] | undefined): DatatypeOp {
  if (add === undefined && remove === undefined) throw new RiakInvalidArgumentError(`${method}() needs \`add\` or \`remove\``);
  const op: { adds?: Uint8Array[]; removes?: Uint8Array[] } = {};
  if (add !== undefined) op.adds = memberList(method, 'add', add);
  if (remove !== undefined) op.removes = memberList(method, 'remove', remove);
  return { setOp: op };
}
