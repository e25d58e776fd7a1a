import { RiakInvalidArgumentError } from '../../errors.js';
import { asBuffer, toBytes } from '../../common/bytes.js';
import { DEFAULT_BUCKET_TYPE } from '../../common/bucket-type.js';
import { describe } from '../../common/describe.js';
import type { Bytes } from '../kv-types.js';
import type { ValueResolver } from './resolvers.js';

/**
 * Where a registered resolver applies: a bucket type (`{ type }`), or one bucket (`{ bucket }`, in `type` or Riak's `default` type).
 * @category Values and conflicts
 */
export interface ResolverScope {
  type?: Bytes | undefined;
  bucket?: Bytes | undefined;
}

/**
 * Default resolvers of a client, applied by the value calls (bucket handles,
 * `update()`, `getMany()`) when a read finds siblings. The most specific
 * wins: the call's `resolve`, the handle's, the bucket's, the bucket
 * type's, then the client default here. With none, siblings stay
 * unresolved (`keepAll`).
 *
 * Registered resolvers serve every value type read from their scope, so they
 * see `unknown` data: pick among the siblings (`lastWriteWins`), or narrow
 * before merging. A typed merge belongs on a handle (`resolve` of
 * `client.bucket()`).
 * @category Values and conflicts
 */
export class ResolverRegistry {
  #default: ValueResolver<unknown> | undefined;
  readonly #byType = new Map<string, ValueResolver<unknown>>();
  readonly #byBucket = new Map<string, ValueResolver<unknown>>();

  /** Sets (or, with `undefined`, removes) the client default: `set(lastWriteWins)`. */
  set(resolver: ValueResolver<unknown> | undefined): this;
  /** Sets (or removes) the resolver of a bucket type (`{ type }`) or of one bucket (`{ type?, bucket }`). */
  set(scope: ResolverScope, resolver: ValueResolver<unknown> | undefined): this;
  set(...args: [ValueResolver<unknown> | undefined] | [ResolverScope, ValueResolver<unknown> | undefined]): this {
    if (args.length < 2) {
      this.#default = checkResolver('resolvers.set()', args[0] as ValueResolver<unknown> | undefined);
      return this;
    }
    const [scope, resolver] = args as [ResolverScope, ValueResolver<unknown> | undefined];
    const { map, id } = this.#slot('resolvers.set()', scope);
    const checked = checkResolver('resolvers.set()', resolver);
    if (checked === undefined) map.delete(id);
    else map.set(id, checked);
    return this;
  }

  /** The resolver that applies to a bucket: its own, else its bucket type's, else the client default. */
  lookup(type: Bytes | undefined, bucket: Bytes): ValueResolver<unknown> | undefined {
    if (this.#byBucket.size === 0 && this.#byType.size === 0) return this.#default;
    const typeId = idOf(type ?? DEFAULT_BUCKET_TYPE);
    return this.#byBucket.get(`${typeId}/${idOf(bucket)}`) ?? this.#byType.get(typeId) ?? this.#default;
  }

  #slot(method: string, scope: unknown): { map: Map<string, ValueResolver<unknown>>; id: string } {
    if (scope === null || typeof scope !== 'object' || Array.isArray(scope))
      throw new RiakInvalidArgumentError(`${method}: expected a scope ({ type } or { type?, bucket }), got ${describe(scope)}`);
    const { type, bucket } = scope as ResolverScope;
    for (const [name, value] of [
      ['type', type],
      ['bucket', bucket],
    ] as const) {
      if (value !== undefined && typeof value !== 'string' && !(value instanceof Uint8Array))
        throw new RiakInvalidArgumentError(`${method}: invalid scope \`${name}\`: expected a string or a Uint8Array, got ${describe(value)}`);
    }
    if (bucket !== undefined) return { map: this.#byBucket, id: `${idOf(type ?? DEFAULT_BUCKET_TYPE)}/${idOf(bucket)}` };
    if (type !== undefined) return { map: this.#byType, id: idOf(type) };
    throw new RiakInvalidArgumentError(`${method}: a scope names a \`type\`, a \`bucket\`, or both; for the client default call set(resolver)`);
  }
}

/** A map key for type or bucket bytes (hex: any bytes, no separator clash). */
function idOf(name: Bytes): string {
  return asBuffer(toBytes(name)).toString('hex');
}

/**
 * Checks a resolver given from plain JavaScript.
 * @category Values and conflicts
 */
export function checkResolver<R>(method: string, resolver: R): R {
  if (resolver !== undefined && typeof resolver !== 'function')
    throw new RiakInvalidArgumentError(`${method}: a resolver must be a function, got ${describe(resolver)}`);
  return resolver;
}
