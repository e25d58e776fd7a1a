import type { Buffer } from 'node:buffer';
import { RiakInvalidArgumentError } from '../../errors.js';
import { describe } from '../../common/describe.js';
import type { Bytes } from '../kv-types.js';
import type { BatchedStream } from '../batched-stream.js';
import type { IndexName, IndexQueryParams, IndexStream, IndexTerm } from '../secondary-index.js';
import type { ListKeysParams } from '../listing.js';
import { getMany, checkGetManyOptions, checkKey, type GetManyItem, type GetManyOptions } from './get-many.js';
import { updateValue, type UpdateFunction, type UpdateResult, type ValueUpdateOptions } from './kv-update.js';
import { readDecoded, readValue } from './read-value.js';
import { RiakSiblingsError } from './value-errors.js';
import { checkOptions, OPTION_NAMES, pick, type ValueDeleteOptions, type ValueReadOptions, type ValueWriteOptions } from './value-options.js';
import type { ValueResult } from './value-result.js';
import { locationOf, requestLocation, type ValueScope } from './value-scope.js';
import { writeValue } from './write-value.js';

/**
 * Options of a handle's `keys()`: a server-side `timeout`, and the call options.
 * @category Values and conflicts
 */
export type KeysOptions = Omit<ListKeysParams, 'bucket' | 'type'>;
/**
 * Options of a handle's `query()`: a 2i query's, but its match (`key` or `range`) is an argument.
 * @category Values and conflicts
 */
export type QueryOptions = Omit<IndexQueryParams, 'bucket' | 'type' | 'index' | 'key' | 'range'>;

/**
 * One bucket seen through a codec: `client.bucket<User>({ type, bucket, codec: json<User>() })`.
 * Reads yield `T`, writes take `Input` (the codec's types); the handle's
 * resolver and defaults (quorums, deadlines) apply to every call, under the
 * call's own options. Handles are cheap: make one per bucket and keep it.
 * @category Values and conflicts
 */
export class BucketHandle<T, Input = T> {
  readonly #scope: ValueScope<T, Input>;

  /** @internal */
  constructor(scope: ValueScope<T, Input>) {
    this.#scope = scope;
  }

  /** The bucket type (undefined: Riak's `default`). */
  get type(): Bytes | undefined {
    return this.#scope.type;
  }

  get bucket(): Bytes {
    return this.#scope.bucket;
  }

  /**
   * The value under `key`, or `undefined` when there is none. Siblings go
   * to the resolver (the call's, the handle's, then the client's registry);
   * left unresolved, they reject with `RiakSiblingsError` (`fetch()` returns them).
   */
  async get(key: Bytes, options?: ValueReadOptions<T>): Promise<T | undefined> {
    const given = this.#options('get()', key, options, OPTION_NAMES.read, ['resolve']);
    const { result, resolved } = await readDecoded(this.#scope, key, given, 'get()');
    if (!resolved) throw new RiakSiblingsError('get()', locationOf(this.#scope, key), result.siblings.length);
    return result.data;
  }

  /** The whole read: `data` beside the vclock, every decoded sibling and the raw content. */
  async fetch(key: Bytes, options?: ValueReadOptions<T>): Promise<ValueResult<T>> {
    const given = this.#options('fetch()', key, options, OPTION_NAMES.read, ['resolve']);
    return readValue(this.#scope, key, given, 'fetch()');
  }

  /** Stores `value` under `key` with the codec's content type (and charset). */
  async put(key: Bytes, value: Input, options?: ValueWriteOptions): Promise<void> {
    const given = this.#options('put()', key, options, OPTION_NAMES.write);
    await writeValue(this.#scope, key, value, given, 'put()');
  }

  /** Deletes `key` (pass the `vclock` of a fetch to delete exactly what you read). */
  async delete(key: Bytes, options?: ValueDeleteOptions): Promise<void> {
    const given = this.#options('delete()', key, options, OPTION_NAMES.delete);
    const scope = this.#scope;
    await scope.client.delete({ ...pick(scope.defaults, OPTION_NAMES.delete), ...pick(given, OPTION_NAMES.delete), ...requestLocation(scope, key) });
  }

  /**
   * Fetch-modify-write: reads `key`, resolves siblings, runs `change` on the
   * value (`undefined` when none), writes its result with the read's vclock,
   * and returns what was stored. `optimistic: true` retries on concurrent
   * writes instead of letting them become siblings.
   */
  update(key: Bytes, change: UpdateFunction<T, Input>, options?: ValueUpdateOptions<T>): Promise<UpdateResult<T>> {
    try {
      checkKey('update()', key);
      return updateValue(this.#scope, key, change, options, 'update()');
    } catch (error) {
      return Promise.reject(error);
    }
  }

  /** Reads many keys, `concurrency` at a time, each settled on its own, in input order (see `client.getMany()`). */
  getMany(keys: readonly Bytes[], options?: GetManyOptions<T>): Promise<GetManyItem<T>[]> {
    try {
      if (!Array.isArray(keys)) throw new RiakInvalidArgumentError(`getMany(): expected an array of keys, got ${describe(keys)}`);
      const { read, concurrency } = checkGetManyOptions('getMany()', options);
      const scope = this.#scope;
      const jobs = keys.map((key, i) => ({ scope, key: checkKey('getMany()', key, `keys[${i}]`), location: requestLocation(scope, key) }));
      return getMany(jobs, read, concurrency, 'getMany()');
    } catch (error) {
      return Promise.reject(error);
    }
  }

  /**
   * Streams the bucket's keys (a full key listing: for admin scripts, not
   * request paths); `.batches()` yields them a frame at a time, the fast way
   * to read a big bucket (see `client.listKeys()`).
   */
  keys(options?: KeysOptions): BatchedStream<Buffer> {
    const scope = this.#scope;
    const given = checkOptions('keys()', options, ['timeout', 'signal', 'requestTimeout', 'retry', 'streamIdleTimeout']);
    return scope.client.listKeys({ ...given, ...(scope.type === undefined ? {} : { type: scope.type }), bucket: scope.bucket });
  }

  /**
   * Streams the matches of a secondary index: an exact term, or a `[min, max]`
   * range (given as an array), match by match or (`.batches()`) a frame at a
   * time. Fetch their values with `getMany()`.
   */
  query(index: IndexName | Uint8Array, match: IndexTerm | readonly [IndexTerm, IndexTerm], options?: QueryOptions): IndexStream {
    const scope = this.#scope;
    const given = checkOptions('query()', options, [
      'returnTerms',
      'maxResults',
      'continuation',
      'paginationSort',
      'termRegex',
      'coverContext',
      'timeout',
      'signal',
      'requestTimeout',
      'retry',
      'streamIdleTimeout',
    ]);
    const term = Array.isArray(match) ? { range: match as readonly [IndexTerm, IndexTerm] } : { key: match as IndexTerm };
    return scope.client.streamIndex({ ...given, ...term, index, ...(scope.type === undefined ? {} : { type: scope.type }), bucket: scope.bucket });
  }

  #options(method: string, key: unknown, options: unknown, allowed: ReadonlySet<string>, local: readonly string[] = []): Record<string, unknown> {
    checkKey(method, key);
    return checkOptions(method, options, allowed, local);
  }
}
