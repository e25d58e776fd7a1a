import type { Buffer } from 'node:buffer';
import type { DtFetchReq, DtFetchResp } from '../../../generated/riak.js';
import { asBuffer, datatypeKind, isDefaultType, typedBucketProps } from './bucket-lookup.js';
import type { DatatypeStore, HandlerContext } from './datatype-store.js';
import { DatatypeValue, type DatatypeKind } from './datatype-value.js';
import { legacyCounterOf } from './legacy-counter.js';
import { hasValue } from '../../common/fields.js';
import { bucketMustAllowMult, fetchUnsupportedType } from './riak-errors.js';
import { DATA_TYPE, contextOf, valueFields } from './value-encode.js';

/**
 * DtFetchReq → DtFetchResp, as riak_kv_pb_crdt process/2 does it, in two
 * steps around the read: {@link fetchTarget} checks the request,
 * {@link fetchAnswer} shapes the reply from what was read. Not found is a
 * response with `type` and no value. Quorum, timeout and n_val options do
 * not matter on a single in-memory node (a cluster's store reads them).
 */
export function fetchDatatype(context: HandlerContext, req: DtFetchReq.$Properties): DtFetchResp.$Properties {
  const target = fetchTarget(context.store, req);
  return fetchAnswer(target, context.store.get(target.type, target.bucket, target.key), req);
}

/** What a fetch reads, once its request is checked. */
export interface FetchTarget {
  readonly type: Buffer;
  readonly bucket: Buffer;
  readonly key: Buffer;
  /** The bucket type's datatype; undefined for type `default`, a Riak 1.4 counter get (riak_kv_pb_crdt downgrade_request/1). */
  readonly kind: DatatypeKind | undefined;
  readonly hllPrecision: number | undefined;
}

/** The checks riak_kv_pb_crdt makes before it reads: bucket type, allow_mult, datatype support. */
export function fetchTarget(store: Pick<DatatypeStore, 'bucketProps'>, req: DtFetchReq.$Properties): FetchTarget {
  const type = asBuffer(req.type);
  const bucket = asBuffer(req.bucket);
  const key = asBuffer(req.key);
  if (isDefaultType(type)) return { type, bucket, key, kind: undefined, hllPrecision: undefined };
  const props = typedBucketProps(store, type, bucket);
  if (!props.allowMult) throw bucketMustAllowMult();
  const kind = datatypeKind(props.datatype);
  if (kind === undefined) throw fetchUnsupportedType(props.datatype);
  return { type, bucket, key, kind, hllPrecision: props.hllPrecision };
}

/** The reply to a fetch of `target` that read `stored` (undefined: not found). */
export function fetchAnswer(target: FetchTarget, stored: DatatypeValue | undefined, req: DtFetchReq.$Properties): DtFetchResp.$Properties {
  const { kind } = target;
  if (kind === undefined) {
    const counterValue = legacyCounterOf(stored);
    return counterValue === undefined ? { type: DATA_TYPE.counter } : { type: DATA_TYPE.counter, value: { counterValue } };
  }
  if (stored === undefined) return { type: DATA_TYPE[kind] };
  // A value of another kind reads as an empty one, without a context (riak_kv_crdt:value/2).
  const value = stored.kind === kind ? stored : DatatypeValue.empty(kind, target.hllPrecision);
  const includeContext = hasValue(req, 'includeContext') ? req.includeContext : true;
  const ctx = includeContext && stored.kind === kind ? contextOf(value) : undefined;
  return { type: DATA_TYPE[kind], value: valueFields(value), ...(ctx === undefined ? {} : { context: ctx }) };
}
