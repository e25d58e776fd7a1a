import type { Buffer } from 'node:buffer';
import { DEFAULT_BUCKET_TYPE_BYTES } from '../../common/bucket-type.js';
import { RiakServerError } from '../../errors.js';
import type { DatatypeKind } from './datatype-value.js';
import type { DatatypeBucketProps, DatatypeStore } from './datatype-store.js';
import { noBucketType } from './riak-errors.js';

/** riak_kv_pb_crdt treats bucket type `default` as a request for a Riak 1.4 counter. */
export function isDefaultType(type: Uint8Array): boolean {
  return DEFAULT_BUCKET_TYPE_BYTES.equals(type);
}

export { asBuffer } from '../../common/bytes.js';

/**
 * The props of a typed bucket. An unknown type gets the data type
 * service's own wording (riak_kv_pb_crdt bucket_type_to_type/2 →
 * `{error, no_type}`), whatever text the store used. An empty type is
 * unknown too: only `<<"default">>` maps to the default props in
 * riak_core_bucket_type:get/1.
 */
export function typedBucketProps(store: Pick<DatatypeStore, 'bucketProps'>, type: Buffer, bucket: Buffer): DatatypeBucketProps {
  if (type.length === 0) throw noBucketType(type);
  try {
    return store.bucketProps(type, bucket);
  } catch (error) {
    if (error instanceof RiakServerError) throw noBucketType(type);
    throw error;
  }
}

const KINDS: ReadonlySet<string> = new Set<DatatypeKind>(['counter', 'set', 'map', 'hll', 'gset']);

/** The CRDT a bucket's `datatype` names, or undefined (riak_kv_crdt:to_mod/1 + supported/1). */
export function datatypeKind(datatype: string | undefined): DatatypeKind | undefined {
  return datatype !== undefined && KINDS.has(datatype) ? (datatype as DatatypeKind) : undefined;
}
