import { Buffer } from 'node:buffer';
import type { DtUpdateReq, DtUpdateResp } from '../../../generated/riak.js';
import { applyOperation } from './apply-operation.js';
import { asBuffer, datatypeKind, isDefaultType, typedBucketProps } from './bucket-lookup.js';
import { decodeContext } from './context-codec.js';
import { PreconditionError } from './crdt/precondition.js';
import type { VClock } from './crdt/vclock.js';
import type { DatatypeStore, DatatypeUpdateStep, HandlerContext } from './datatype-store.js';
import { DatatypeValue } from './datatype-value.js';
import { legacyCounterStep } from './legacy-counter.js';
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
 * riak_kv_crdt:update/3, in steps around the write: {@link updatePlan}
 * checks the request in Riak's order (bucket type, allow_mult, operation
 * decode, datatype support, operation/datatype match) and gives the step
 * the coordinating replica applies; {@link updateAnswer} shapes the reply.
 * The response carries `key` only when the server made it up, and the
 * value (plus context unless `include_context` is false) only with
 * `return_body`.
 */
export function updateDatatype(context: HandlerContext, req: DtUpdateReq.$Properties): DtUpdateResp.$Properties {
  const plan = updatePlan(context, req);
  const next = plan.step(context.store.get(plan.type, plan.bucket, plan.key), context.actor);
  context.store.put(plan.type, plan.bucket, plan.key, next);
  return updateAnswer(plan, next, req);
}

/** An update, once its request is checked. */
export interface UpdatePlan {
  readonly type: Buffer;
  readonly bucket: Buffer;
  readonly key: Buffer;
  /** The request's key; undefined when the server made one up (and answers it). */
  readonly requestedKey: Buffer | undefined;
  /** Type `default`: a Riak 1.4 counter update (riak_kv_pb_crdt downgrade_request/1). */
  readonly legacy: boolean;
  readonly step: DatatypeUpdateStep;
}

/** What the handler needs to plan an update: bucket props, key generation, the register clock. */
export interface UpdatePlanContext {
  readonly store: Pick<DatatypeStore, 'bucketProps' | 'newKey'>;
  readonly now: () => number;
}

export function updatePlan(context: UpdatePlanContext, req: DtUpdateReq.$Properties): UpdatePlan {
  const type = asBuffer(req.type);
  const bucket = asBuffer(req.bucket);
  if (isDefaultType(type)) return legacyCounterPlan(context, req, type, bucket);

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
  const step: DatatypeUpdateStep = (stored, actor) => {
    const current = stored?.kind === kind ? stored : DatatypeValue.empty(kind, props.hllPrecision);
    try {
      return applyOperation(current, op, actor, ctx);
    } catch (error) {
      if (error instanceof PreconditionError) throw precondition(error.missing);
      throw error;
    }
  };
  return { type, bucket, key, requestedKey, legacy: false, step };
}

/** The reply to an update; `written` is the value the update answers with (needed only with `return_body`). */
export function updateAnswer(plan: UpdatePlan, written: DatatypeValue | undefined, req: DtUpdateReq.$Properties): DtUpdateResp.$Properties {
  // upgrade_response/2 matches any #rpbcounterupdateresp{} first: even `return_body` gets no value back.
  if (plan.legacy) return {};
  const { requestedKey, key } = plan;
  const response: DtUpdateResp.$Properties = requestedKey === undefined ? { key } : {};
  if (!(hasValue(req, 'returnBody') && req.returnBody) || written === undefined) return response;
  // Riak 3.x stores the update, then crashes encoding the reply (no gset clause).
  if (written.state.kind === 'gset')
    throw gsetReturnBodyCrash(
      written.state.crdt.value().map((m) => Buffer.from(m, 'latin1')),
      requestedKey === undefined ? key : undefined,
    );
  const includeContext = hasValue(req, 'includeContext') ? req.includeContext : true;
  const returned = includeContext ? contextOf(written) : undefined;
  return { ...response, ...valueFields(written), ...(returned === undefined ? {} : { context: returned }) };
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
 * update, answered with an empty DtUpdateResp (see {@link updateAnswer}).
 */
function legacyCounterPlan(context: UpdatePlanContext, req: DtUpdateReq.$Properties, type: Buffer, bucket: Buffer): UpdatePlan {
  const op = decodeOperation(req.op, context.now);
  if (op.type !== 'counter') throw nonCounterOnDefaultBucket();
  // riak_object:new/4 has no clause for an undefined key.
  if (!hasValue(req, 'key')) throw functionClause('riak_object', 'new', 4);
  const key = asBuffer(req.key);
  return { type, bucket, key, requestedKey: key, legacy: true, step: legacyCounterStep(context.store, bucket, int64(op.increment)) };
}
