import type { CallOptions } from '../../pool/call-options.js';
import { RiakInvalidArgumentError, RiakServerError } from '../../errors.js';
import { describe } from '../../common/describe.js';
import type { Bytes } from '../kv-types.js';
import { backoff } from './backoff.js';
import { NO_CHANGE, type NoChange } from './no-change.js';
import { readDecoded } from './read-value.js';
import type { ValueResolver } from './resolvers.js';
import { RiakSiblingsError, RiakUpdateConflictError } from './value-errors.js';
import { checkOptions, OPTION_NAMES, pick, type ReadQuorumOptions, type ValueMetadata, type WriteQuorumOptions } from './value-options.js';
import { decodeResult, type ValueResult } from './value-result.js';
import { locationOf, resolverOf, type ValueScope } from './value-scope.js';
import { writeValue } from './write-value.js';

/**
 * The change an `update()` makes: given the current value (`undefined` when
 * the key holds none) and the whole read, returns the value to store, or
 * {@link NO_CHANGE} to store nothing. It may run more than once (optimistic
 * retries): keep it free of side effects other than its result.
 * @category Values and conflicts
 */
export type UpdateFunction<T, Input = T> = (current: T | undefined, read: ValueResult<T>) => Input | NoChange | Promise<Input | NoChange>;

/**
 * Options of `update()`: its read's and its write's, and how it retries.
 * @category Values and conflicts
 */
export interface ValueUpdateOptions<T> extends CallOptions, ValueMetadata, ReadQuorumOptions, WriteQuorumOptions {
  /** Resolves the read's siblings for this call. */
  resolve?: ValueResolver<T> | undefined;
  /**
   * Optimistic concurrency: the write is conditional (`ifNotModified` on
   * the vclock read, `ifNoneMatch` when nothing was), and when another
   * writer got in between (Riak answers `modified`, `match_found` or
   * `notfound`) the whole read-change-write cycle runs again. Default false:
   * concurrent updates of an `allow_mult` bucket become siblings instead.
   */
  optimistic?: boolean | undefined;
  /** With `optimistic`: cycles tried before a `RiakUpdateConflictError`. Default 10. */
  maxAttempts?: number | undefined;
}

/**
 * What `update()` resolves with: the stored result (the read's when nothing was written).
 * @category Values and conflicts
 */
export interface UpdateResult<T> extends ValueResult<T> {
  /** False when the function returned `NO_CHANGE`. */
  written: boolean;
  /** Read-change-write cycles run (1 without conflicts). */
  attempts: number;
}

const LOCAL = ['resolve', 'optimistic', 'maxAttempts'];
const METADATA = ['links', 'usermeta', 'indexes'] as const;
const ALLOWED = new Set([...OPTION_NAMES.updateRead, ...OPTION_NAMES.updateWrite]);
/** Riak's answers to a conditional put that lost a race (riak_kv_pb_object). */
const CONCURRENT = new Set(['modified', 'match_found', 'notfound']);

/**
 * Fetch-modify-write in one call: get, resolve siblings, run `change`, put
 * with the read's vclock (so the write supersedes every sibling read), and
 * return the stored result. The stored content's links, usermeta and indexes
 * are kept unless the options give new ones.
 * @category Values and conflicts
 */
export async function updateValue<T, Input>(
  scope: ValueScope<T, Input>,
  key: Bytes,
  change: UpdateFunction<T, Input>,
  options: unknown,
  method: string,
): Promise<UpdateResult<T>> {
  const given = checkOptions(method, options, ALLOWED, LOCAL);
  if (typeof change !== 'function') throw new RiakInvalidArgumentError(`${method}: expected an update function, got ${describe(change)}`);
  const optimistic = given.optimistic ?? false;
  if (typeof optimistic !== 'boolean')
    throw new RiakInvalidArgumentError(`${method}: invalid option \`optimistic\`: expected true or false, got ${describe(optimistic)}`);
  const maxAttempts = given.maxAttempts ?? 10;
  if (typeof maxAttempts !== 'number' || !Number.isInteger(maxAttempts) || maxAttempts < 1) {
    throw new RiakInvalidArgumentError(`${method}: invalid option \`maxAttempts\`: expected an integer of at least 1, got ${describe(maxAttempts)}`);
  }
  const where = locationOf(scope, key);
  const pickResolver = resolverOf(scope, given.resolve, method);
  const readOptions = { ...pick(given, OPTION_NAMES.updateRead), resolve: given.resolve };
  for (let attempt = 1; ; attempt++) {
    const { result: read, resolved } = await readDecoded(scope, key, readOptions, method);
    if (!resolved) throw new RiakSiblingsError(method, where, read.siblings.length);
    const next = await change(read.data, read);
    if (next === NO_CHANGE) return { ...read, written: false, attempts: attempt };
    const metadata: Record<string, unknown> =
      read.content === undefined ? {} : { links: read.content.links, usermeta: read.content.usermeta, indexes: read.content.indexes };
    for (const name of METADATA) if (given[name] !== undefined) metadata[name] = given[name];
    const controls: Record<string, unknown> = { returnBody: true };
    if (read.vclock !== undefined) controls.vclock = read.vclock;
    if (optimistic) controls[read.found ? 'ifNotModified' : 'ifNoneMatch'] = true;
    try {
      const raw = await writeValue(scope, key, next as Input, { ...given, ...metadata }, method, OPTION_NAMES.updateWrite, controls);
      return { ...decodeResult(raw, scope.coder, where, 'RpbPutReq', pickResolver).result, written: true, attempts: attempt };
    } catch (error) {
      if (!optimistic || !(error instanceof RiakServerError) || !CONCURRENT.has(error.errmsg)) throw error;
      if (attempt >= maxAttempts) throw new RiakUpdateConflictError(method, where, attempt, error);
      await backoff(attempt, given.signal as AbortSignal | undefined);
    }
  }
}
