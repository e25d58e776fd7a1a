import type { DtUpdateReq, DtUpdateResp } from '../../../generated/riak.js';
import { applyOperation } from './apply-operation.js';
import { asBuffer, datatypeKind, isDefaultType, typedBucketProps } from './bucket-lookup.js';
import { decodeContext } from './context-codec.js';
import { PreconditionError } from './crdt/precondition.js';
import type { VClock } from './crdt/vclock.js';
import type { HandlerContext } from './datatype-store.js';
import { DatatypeValue } from './datatype-value.js';
import { legacyCounterAdd } from './legacy-counter.js';
import { hasValue } from '../../common/fields.js';
import { int64 } from './message-fields.js';
import { decodeOperation } from './op-decode.js';
import {
  bucketMustAllowMult,
  contextTimeout,
  functionClause,
  gsetReturnBodyCrash,
  nonCounterOnDefaultBucket,
  operationTypeMismatch,
  precondition,
  updateUnsupportedType,
} from './riak-errors.js';
import { contextOf, valueFields } from './value-encode.js';

/**
 * DtUpdateReq → DtUpdateResp, following riak_kv_pb_crdt process/2 and
 * riak_kv_crdt:update/3. Checks run in Riak's order: bucket type, allow_mult,
 * operation decode, datatype support, operation/datatype match, then the
 * update itself. The response carries `key` only when the server made it
 * up, and the value (plus context unless `include_context` is false) only
 * with `return_body`.
 */
export function updateDatatype(context: HandlerContext, req: DtUpdateReq.$Properties): DtUpdateResp.$Properties {
  const type = asBuffer(req.type);
  const bucket = asBuffer(req.bucket);
  if (isDefaultType(type)) return updateLegacyCounter(context, req, bucket);

  const props = typedBucketProps(context.store, type, bucket);
  if (!props.allowMult) throw bucketMustAllowMult();
  const op = decodeOperation(req.op, context.now);
  const kind = datatypeKind(props.datatype);
  if (kind === undefined) throw updateUnsupportedType(props.datatype);
  if (op.type !== kind) throw operationTypeMismatch(op.type, kind);
  // Only sets and maps take a context (riak_kv_crdt update_crdt/4); the others ignore it.
  const ctx = (kind === 'set' || kind === 'map') && hasValue(req, 'context') ? readContext(req.context) : undefined;

  // riak_kv_pb_crdt get_key/1: a missing key is generated, and only then returned.
  const requestedKey = hasValue(req, 'key') ? asBuffer(req.key) : undefined;
  const key = requestedKey ?? context.store.newKey();
  const stored = context.store.get(type, bucket, key);
  const current = stored?.kind === kind ? stored : DatatypeValue.empty(kind, props.hllPrecision);
  let next: DatatypeValue;
  try {
    next = applyOperation(current, op, context.actor, ctx);
  } catch (error) {
    if (error instanceof PreconditionError) throw precondition(error.missing);
    throw error;
  }
  context.store.put(type, bucket, key, next);

  const response: DtUpdateResp.$Properties = requestedKey === undefined ? { key } : {};
  if (!(hasValue(req, 'returnBody') && req.returnBody)) return response;
  // Riak 3.x stores the update, then crashes encoding the reply (no gset clause).
  if (next.state.kind === 'gset')
    throw gsetReturnBodyCrash(
      next.state.crdt.value().map((m) => Buffer.from(m, 'latin1')),
      requestedKey === undefined ? key : undefined,
    );
  const includeContext = hasValue(req, 'includeContext') ? req.includeContext : true;
  const returned = includeContext ? contextOf(next) : undefined;
  return { ...response, ...valueFields(next), ...(returned === undefined ? {} : { context: returned }) };
}

function readContext(bytes: Uint8Array): VClock {
  try {
    return decodeContext(bytes);
  } catch {
    throw contextTimeout();
  }
}

/**
 * Type `default`: riak_kv_pb_crdt downgrades the request to a 1.4 counter
 * update. Its reply is always an empty DtUpdateResp: upgrade_response/2
 * matches any #rpbcounterupdateresp{} first, so even `return_body` gets no
 * value back.
 */
function updateLegacyCounter(context: HandlerContext, req: DtUpdateReq.$Properties, bucket: Buffer): DtUpdateResp.$Properties {
  const op = decodeOperation(req.op, context.now);
  if (op.type !== 'counter') throw nonCounterOnDefaultBucket();
  // riak_object:new/4 has no clause for an undefined key.
  if (!hasValue(req, 'key')) throw functionClause('riak_object', 'new', 4);
  legacyCounterAdd(context, bucket, asBuffer(req.key), int64(op.increment));
  return {};
}
