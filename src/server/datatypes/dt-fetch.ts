import type { DtFetchReq, DtFetchResp } from '../../../generated/riak.js';
import { asBuffer, datatypeKind, isDefaultType, typedBucketProps } from './bucket-lookup.js';
import type { HandlerContext } from './datatype-store.js';
import { DatatypeValue } from './datatype-value.js';
import { legacyCounterValue } from './legacy-counter.js';
import { hasValue } from '../../common/fields.js';
import { bucketMustAllowMult, fetchUnsupportedType } from './riak-errors.js';
import { DATA_TYPE, contextOf, valueFields } from './value-encode.js';

/**
 * DtFetchReq → DtFetchResp, as riak_kv_pb_crdt process/2 does it. Not
 * found is a response with `type` and no value. Quorum, timeout and
 * n_val options do not matter on a single in-memory node.
 */
export function fetchDatatype(context: HandlerContext, req: DtFetchReq.$Properties): DtFetchResp.$Properties {
  const type = asBuffer(req.type);
  const bucket = asBuffer(req.bucket);
  const key = asBuffer(req.key);
  if (isDefaultType(type)) {
    // Downgraded to a 1.4 counter get (riak_kv_pb_crdt downgrade_request/1).
    const counterValue = legacyCounterValue(context, bucket, key);
    return counterValue === undefined ? { type: DATA_TYPE.counter } : { type: DATA_TYPE.counter, value: { counterValue } };
  }
  const props = typedBucketProps(context.store, type, bucket);
  if (!props.allowMult) throw bucketMustAllowMult();
  const kind = datatypeKind(props.datatype);
  if (kind === undefined) throw fetchUnsupportedType(props.datatype);

  const stored = context.store.get(type, bucket, key);
  if (stored === undefined) return { type: DATA_TYPE[kind] };
  // A value of another kind reads as an empty one, without a context (riak_kv_crdt:value/2).
  const value = stored.kind === kind ? stored : DatatypeValue.empty(kind, props.hllPrecision);
  const includeContext = hasValue(req, 'includeContext') ? req.includeContext : true;
  const ctx = includeContext && stored.kind === kind ? contextOf(value) : undefined;
  return { type: DATA_TYPE[kind], value: valueFields(value), ...(ctx === undefined ? {} : { context: ctx }) };
}
