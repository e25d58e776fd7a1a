import { RiakInvalidArgumentError } from '../../errors.js';
import { asBuffer, toBytes } from '../../common/bytes.js';
import { describe } from '../../common/describe.js';
import type { Bytes, Location } from '../kv-types.js';
import { BucketHandle } from './bucket-handle.js';
import { checkCodec, type ValueCodec } from './codec.js';
import { checkGetManyOptions, checkKey, getMany, type GetManyItem, type GetManyJob, type GetManyOptions } from './get-many.js';
import { updateValue, type UpdateFunction, type UpdateResult, type ValueUpdateOptions } from './kv-update.js';
import type { ValueClient } from './value-client.js';
import { makeScope, requestLocation, type ScopeOptions, type ValueScope } from './value-scope.js';

/*
 * The value calls RiakClient offers, each a thin layer over a scope (see
 * value-scope.ts): `bucket()` keeps one, `update()` and `getMany()` make
 * theirs per call.
 */

/**
 * Options of `client.bucket()`: where, the codec, the resolver, and the defaults of every call.
 * @category Values and conflicts
 */
export type BucketOptions<T, Input = T> = ScopeOptions<T, Input>;

/**
 * Options of `client.update()`: the object, its codec, the change, and the update's options.
 * @category Values and conflicts
 */
export interface UpdateParams<T, Input = T> extends ValueUpdateOptions<T> {
  type?: Bytes | undefined;
  bucket: Bytes;
  key: Bytes;
  /** How the value is stored; without one, read by its content type and written by its JavaScript type. */
  codec?: ValueCodec<T, Input> | undefined;
  update: UpdateFunction<T, Input>;
}

/**
 * Options of `client.getMany()`: every read's, and the codec they decode with.
 * @category Values and conflicts
 */
export interface ClientGetManyOptions<T, Input = T> extends GetManyOptions<T> {
  codec?: ValueCodec<T, Input> | undefined;
}

/**
 * `client.bucket(options)`.
 * @category Values and conflicts
 */
export function bucketHandle<T, Input>(client: ValueClient, options: BucketOptions<T, Input>): BucketHandle<T, Input> {
  return new BucketHandle(makeScope<T, Input>(client, 'bucket()', options));
}

/**
 * `client.update(params)`.
 * @category Values and conflicts
 */
export function clientUpdate<T, Input>(client: ValueClient, params: UpdateParams<T, Input>): Promise<UpdateResult<T>> {
  try {
    if (params === null || typeof params !== 'object' || Array.isArray(params))
      throw new RiakInvalidArgumentError(`update(): expected an options object, got ${describe(params)}`);
    const { type, bucket, key, codec, update, ...options } = params;
    const scope = makeScope<T, Input>(client, 'update()', type === undefined ? { bucket, codec } : { type, bucket, codec });
    checkKey('update()', key);
    return updateValue(scope, key, update, options, 'update()');
  } catch (error) {
    return Promise.reject(error);
  }
}

/**
 * `client.getMany(locations, options)`: one scope per distinct bucket, shared by its reads.
 * @category Values and conflicts
 */
export function clientGetMany<T, Input>(
  client: ValueClient,
  locations: readonly Location[],
  options: ClientGetManyOptions<T, Input> | undefined,
): Promise<GetManyItem<T>[]> {
  try {
    if (!Array.isArray(locations))
      throw new RiakInvalidArgumentError(`getMany(): expected an array of locations ({ type?, bucket, key }), got ${describe(locations)}`);
    const { read, concurrency } = checkGetManyOptions('getMany()', options, ['codec']);
    const codec = options?.codec;
    if (codec !== undefined) checkCodec('getMany()', codec);
    const scopes = new Map<string, ValueScope<T, Input>>();
    const jobs = locations.map((location: unknown, i): GetManyJob<T> => {
      if (location === null || typeof location !== 'object')
        throw new RiakInvalidArgumentError(`getMany(): invalid \`locations[${i}]\`: expected { type?, bucket, key }, got ${describe(location)}`);
      const { type, bucket, key } = location as Location;
      const id = `${idOf(type)}/${idOf(bucket)}`;
      let scope = scopes.get(id);
      if (scope === undefined) {
        scope = makeScope<T, Input>(client, `getMany(): locations[${i}]`, type === undefined ? { bucket, codec } : { type, bucket, codec });
        scopes.set(id, scope);
      }
      return { scope, key: checkKey('getMany()', key, `locations[${i}].key`), location: requestLocation(scope, key) };
    });
    return getMany(jobs, read, concurrency, 'getMany()');
  } catch (error) {
    return Promise.reject(error);
  }
}

function idOf(name: unknown): string {
  return typeof name === 'string' || name instanceof Uint8Array ? asBuffer(toBytes(name)).toString('hex') : `?${typeof name}`;
}
