import { RiakInvalidArgumentError } from '../../errors.js';
import { DEFAULT_BUCKET_TYPE } from '../../common/bucket-type.js';
import { describe } from '../../common/describe.js';
import type { Bytes } from '../kv-types.js';
import { readOptions } from '../options.js';
import { checkCodec, type ValueCodec } from './codec.js';
import { checkResolver } from './resolver-registry.js';
import type { ValueResolver } from './resolvers.js';
import { valueCoder, type ValueCoder } from './value-coder.js';
import type { ValueClient } from './value-client.js';
import type { ValueLocation } from './value-location.js';
import { checkOptions, OPTION_NAMES, type BucketDefaults } from './value-options.js';

/** Where value calls go and how values are coded and resolved there: a bucket handle's state, or one call's. @internal */
export interface ValueScope<T, Input> {
  readonly client: ValueClient;
  readonly type: Bytes | undefined;
  readonly bucket: Bytes;
  readonly coder: ValueCoder<T, Input>;
  /** The handle's resolver (a call's `resolve` goes first, the registry's after). */
  readonly resolve: ValueResolver<T> | undefined;
  readonly defaults: Readonly<Record<string, unknown>>;
}

/**
 * The location and codec of a handle or a call, and its defaults.
 * @category Values and conflicts
 */
export interface ScopeOptions<T, Input> extends BucketDefaults {
  /** Bucket type; Riak's `default` type when omitted. */
  type?: Bytes | undefined;
  bucket: Bytes;
  /** How values are stored; without one, reads decode by each value's content type (the client's codecs). */
  codec?: ValueCodec<T, Input> | undefined;
  /** Resolves siblings of this handle's reads (a call's `resolve` still wins). */
  resolve?: ValueResolver<T> | undefined;
}

const DEFAULT_SCHEMA = {
  r: 'quorum',
  pr: 'quorum',
  w: 'quorum',
  dw: 'quorum',
  pw: 'quorum',
  rw: 'quorum',
  nodeConfirms: 'quorum',
  basicQuorum: 'bool',
  notfoundOk: 'bool',
  sloppyQuorum: 'bool',
  nVal: 'uint',
  timeout: 'uint',
} as const;

/**
 * Validates a handle's (or a call's) location, codec, resolver and defaults, all at once, before any request.
 * @category Values and conflicts
 */
export function makeScope<T, Input>(client: ValueClient, method: string, options: unknown): ValueScope<T, Input> {
  if (options === null || typeof options !== 'object' || Array.isArray(options))
    throw new RiakInvalidArgumentError(`${method}: expected an options object with \`bucket\`, got ${describe(options)}`);
  const given = checkOptions(method, stripLocation(options), OPTION_NAMES.defaults, ['codec', 'resolve']);
  const { type, bucket, codec, resolve } = options as ScopeOptions<T, Input>;
  if (bucket === undefined) throw new RiakInvalidArgumentError(`${method}: \`bucket\` is required`);
  for (const [name, value] of [
    ['bucket', bucket],
    ['type', type],
  ] as const) {
    if (value !== undefined && typeof value !== 'string' && !(value instanceof Uint8Array))
      throw new RiakInvalidArgumentError(`${method}: invalid option \`${name}\`: expected a string or a Uint8Array, got ${describe(value)}`);
  }
  if (codec !== undefined) checkCodec(method, codec);
  checkResolver(method, resolve);
  const defaults: Record<string, unknown> = {};
  for (const name of OPTION_NAMES.defaults) if (given[name] !== undefined) defaults[name] = given[name];
  // Checked now (a bad quorum name fails here, not at the first read); sent as given.
  readOptions(method, defaults, DEFAULT_SCHEMA);
  return { client, type, bucket, coder: valueCoder(codec, client.codecs), resolve, defaults };
}

function stripLocation(options: object): Record<string, unknown> {
  const { type: _type, bucket: _bucket, key: _key, ...rest } = options as Record<string, unknown>;
  return rest;
}

/**
 * The object `key` names in a scope, as resolvers and errors see it.
 * @category Values and conflicts
 */
export function locationOf<T, Input>(scope: ValueScope<T, Input>, key: Bytes): ValueLocation {
  return { type: scope.type ?? DEFAULT_BUCKET_TYPE, bucket: scope.bucket, key };
}

/**
 * The location fields of a request in a scope (no `type` when the scope names none).
 * @category Values and conflicts
 */
export function requestLocation<T, Input>(scope: ValueScope<T, Input>, key: Bytes): { type?: Bytes; bucket: Bytes; key: Bytes } {
  return scope.type === undefined ? { bucket: scope.bucket, key } : { type: scope.type, bucket: scope.bucket, key };
}

/**
 * The resolver for a read in a scope, looked up only when siblings need one: the call's, the handle's, then the registry's.
 * @category Values and conflicts
 */
export function resolverOf<T, Input>(scope: ValueScope<T, Input>, perCall: unknown, method: string): () => ValueResolver<T> | undefined {
  const call = checkResolver(method, perCall as ValueResolver<T> | undefined);
  // A registered resolver serves every value type of its scope (it is documented to pick, or to narrow `unknown`).
  return () => call ?? scope.resolve ?? (scope.client.resolvers.lookup(scope.type, scope.bucket) as ValueResolver<T> | undefined);
}
