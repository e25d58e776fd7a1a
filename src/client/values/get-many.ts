import { RiakError, RiakInvalidArgumentError } from '../../errors.js';
import { describe } from '../../common/describe.js';
import type { Bytes, Location } from '../kv-types.js';
import { readOptions } from '../options.js';
import { readValue } from './read-value.js';
import { checkResolver } from './resolver-registry.js';
import { checkOptions, OPTION_NAMES, type ValueReadOptions } from './value-options.js';
import type { ValueResult } from './value-result.js';
import type { ValueScope } from './value-scope.js';

/**
 * Options of `getMany()`: every read's options, and how many reads may be in flight at once.
 * @category Values and conflicts
 */
export interface GetManyOptions<T> extends ValueReadOptions<T> {
  /** Reads in flight at once (pipelined over the pool); default 16. */
  concurrency?: number | undefined;
}

/**
 * One read of a `getMany()`, in input order: its result (not found is a result), or why it failed.
 * @category Values and conflicts
 */
export type GetManyItem<T> =
  | { readonly ok: true; readonly location: Location; readonly result: ValueResult<T> }
  | { readonly ok: false; readonly location: Location; readonly error: Error };

/** One read to make: where, and with which scope (codec, resolver, defaults). @internal */
export interface GetManyJob<T> {
  readonly scope: ValueScope<T, unknown>;
  readonly key: Bytes;
  readonly location: Location;
}

const READ_SCHEMA = {
  r: 'quorum',
  pr: 'quorum',
  nodeConfirms: 'quorum',
  basicQuorum: 'bool',
  notfoundOk: 'bool',
  sloppyQuorum: 'bool',
  deletedvclock: 'bool',
  nVal: 'uint',
  timeout: 'uint',
  ifModified: 'bytes',
} as const;

/**
 * The options of a `getMany()`, checked once for every read (a bad option rejects the call, not each item).
 * @category Values and conflicts
 */
export function checkGetManyOptions(method: string, options: unknown, local: readonly string[] = []): { read: Record<string, unknown>; concurrency: number } {
  const given = checkOptions(method, options, OPTION_NAMES.read, ['resolve', 'concurrency', ...local]);
  const { concurrency = 16, resolve, idempotent: _idempotent, ...rest } = given;
  for (const name of local) delete rest[name];
  if (typeof concurrency !== 'number' || !Number.isInteger(concurrency) || concurrency < 1) {
    throw new RiakInvalidArgumentError(`${method}: invalid option \`concurrency\`: expected an integer of at least 1, got ${describe(concurrency)}`);
  }
  checkResolver(method, resolve);
  readOptions(method, rest, READ_SCHEMA);
  const { concurrency: _concurrency, ...read } = given;
  return { read, concurrency };
}

/**
 * A key argument from plain JavaScript.
 * @category Values and conflicts
 */
export function checkKey(method: string, key: unknown, where = 'key'): Bytes {
  if (typeof key === 'string' || key instanceof Uint8Array) return key;
  throw new RiakInvalidArgumentError(`${method}: invalid \`${where}\`: expected a string or a Uint8Array, got ${describe(key)}`);
}

/**
 * Runs many reads with at most `concurrency` in flight (they pipeline over
 * the pool's connections), and settles each on its own: the array holds
 * every read's outcome in input order, so one failure hides none of the
 * others. It never rejects once the arguments are valid.
 * @category Values and conflicts
 */
export async function getMany<T>(
  jobs: readonly GetManyJob<T>[],
  read: Readonly<Record<string, unknown>>,
  concurrency: number,
  method: string,
): Promise<GetManyItem<T>[]> {
  const items = new Array<GetManyItem<T>>(jobs.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < jobs.length; i = next++) {
      const { scope, key, location } = jobs[i];
      try {
        items[i] = { ok: true, location, result: await readValue(scope, key, read, method) };
      } catch (error) {
        items[i] = {
          ok: false,
          location,
          error: error instanceof Error ? error : new RiakError(`${method}: a read failed with ${describe(error)}`, { cause: error }),
        };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, jobs.length) }, worker));
  return items;
}
