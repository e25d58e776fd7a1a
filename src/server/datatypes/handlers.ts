/**
 * Server side of Riak's data type API for the dev server: DtFetchReq (80),
 * DtUpdateReq (82) and the 1.4 counter requests RpbCounterUpdateReq (50) and
 * RpbCounterGetReq (52). Every Riak error is thrown as
 * `RiakServerError(errmsg, 0)` with Riak's text (see riak-errors.ts).
 *
 * Riak 3.x's riak_pb has no encode_update_response clause for gsets: a gset
 * update with `return_body` is stored, then answered with the crash text
 * and the connection closes, as on Riak (see gsetReturnBodyCrash).
 */
import { Buffer } from 'node:buffer';
import { randomBytes } from 'node:crypto';
import type {
  DtFetchReq,
  DtFetchResp,
  DtUpdateReq,
  DtUpdateResp,
  RpbCounterGetReq,
  RpbCounterGetResp,
  RpbCounterUpdateReq,
  RpbCounterUpdateResp,
} from '../../../generated/riak.js';
import { DEFAULT_BUCKET_TYPE_BYTES } from '../../common/bucket-type.js';
import { asBuffer } from './bucket-lookup.js';
import type { DatatypeQuorumStore, DatatypeReadOptions, DatatypeStore, DatatypeWriteOptions, HandlerContext } from './datatype-store.js';
import { fetchAnswer, fetchDatatype, fetchTarget } from './dt-fetch.js';
import { updateAnswer, updateDatatype, updatePlan } from './dt-update.js';
import { legacyCounterAdd, legacyCounterOf, legacyCounterStep, legacyCounterValue } from './legacy-counter.js';
import { hasValue } from '../../common/fields.js';
import { int64 } from './message-fields.js';
import { microClock } from './micro-clock.js';
import { optional } from '../protocol/decode.js';
import { quorumField } from '../handlers/quorum-check.js';
import type { QuorumValue } from '../buckets/bucket-props.js';

export type { DatatypeBucketProps, DatatypeQuorumStore, DatatypeStore } from './datatype-store.js';
export { DatatypeValue, type DatatypeKind } from './datatype-value.js';

export interface DatatypeHandlerOptions {
  /** The actor id this server writes into CRDTs. Default: 8 random bytes per handler set, like a fresh vnode epoch. */
  actor?: Uint8Array;
  /** Wall clock in milliseconds (fractions allowed) for register timestamps. Default: `performance` time. */
  nowMs?: () => number;
}

export interface DatatypeHandlers {
  fetch(req: DtFetchReq.$Properties): DtFetchResp.$Properties;
  update(req: DtUpdateReq.$Properties): DtUpdateResp.$Properties;
  counterUpdate(req: RpbCounterUpdateReq.$Properties): RpbCounterUpdateResp.$Properties;
  counterGet(req: RpbCounterGetReq.$Properties): RpbCounterGetResp.$Properties;
}

export function createDatatypeHandlers(store: DatatypeStore, options: DatatypeHandlerOptions = {}): DatatypeHandlers {
  const context: HandlerContext = {
    store,
    actor: Buffer.from(options.actor ?? randomBytes(8)).toString('latin1'),
    now: microClock(options.nowMs),
  };
  return {
    fetch: (req) => fetchDatatype(context, req),
    update: (req) => updateDatatype(context, req),
    counterUpdate(req) {
      // riak_kv_pb_counter: `value` only with `returnvalue`.
      const value = legacyCounterAdd(context, asBuffer(req.bucket), asBuffer(req.key), int64(req.amount));
      return hasValue(req, 'returnvalue') && req.returnvalue ? { value } : {};
    },
    counterGet(req) {
      const value = legacyCounterValue(context, asBuffer(req.bucket), asBuffer(req.key));
      return value === undefined ? {} : { value };
    },
  };
}

/** The same requests over a {@link DatatypeQuorumStore} (a simulated cluster node): each answers once its quorum has. */
export interface QuorumDatatypeHandlers {
  fetch(req: DtFetchReq.$Properties): Promise<DtFetchResp.$Properties>;
  update(req: DtUpdateReq.$Properties): Promise<DtUpdateResp.$Properties>;
  counterUpdate(req: RpbCounterUpdateReq.$Properties): Promise<RpbCounterUpdateResp.$Properties>;
  counterGet(req: RpbCounterGetReq.$Properties): Promise<RpbCounterGetResp.$Properties>;
}

/**
 * Handlers whose reads and writes are quorum requests: the checks and
 * replies of the one-node handlers, the request's quorum options passed
 * to the store as riak_kv_pb_crdt and riak_kv_pb_counter pass them, and
 * the update applied where the store coordinates it, with that replica's
 * actor (riak_kv_vnode's crdt_op).
 */
export function createQuorumDatatypeHandlers(store: DatatypeQuorumStore, options: Pick<DatatypeHandlerOptions, 'nowMs'> = {}): QuorumDatatypeHandlers {
  const now = microClock(options.nowMs);
  return {
    async fetch(req) {
      const target = fetchTarget(store, req);
      const read = fetchOptions(req, target.kind === undefined);
      return fetchAnswer(target, await store.fetch(target.type, target.bucket, target.key, read), req);
    },
    async update(req) {
      const plan = updatePlan({ store, now }, req);
      const written = await store.update(plan.type, plan.bucket, plan.key, plan.step, updateOptions(req, plan.legacy));
      return updateAnswer(plan, written, req);
    },
    async counterUpdate(req) {
      const bucket = asBuffer(req.bucket);
      const step = legacyCounterStep(store, bucket, int64(req.amount));
      const options = counterUpdateOptions(req);
      const written = await store.update(DEFAULT_BUCKET_TYPE_BYTES, bucket, asBuffer(req.key), step, options);
      const value = legacyCounterOf(written);
      return options.returnBody && value !== undefined ? { value } : {};
    },
    async counterGet(req) {
      const value = legacyCounterOf(await store.fetch(DEFAULT_BUCKET_TYPE_BYTES, asBuffer(req.bucket), asBuffer(req.key), counterGetOptions(req)));
      return value === undefined ? {} : { value };
    },
  };
}

/** A quorum field as riak_pb_kv_codec:decode_quorum/1 reads it; absent stays absent. */
function quorum(message: object, field: string): QuorumValue | undefined {
  const value = optional<number>(message, field);
  return value === undefined ? undefined : quorumField(value);
}

/**
 * riak_kv_pb_crdt make_options/1 for a fetch (no timeout: riak_client's
 * default); type `default` is downgraded to a counter get that keeps only
 * r, pr, notfound_ok and basic_quorum (downgrade_request/1).
 */
function fetchOptions(req: DtFetchReq.$Properties, legacy: boolean): DatatypeReadOptions {
  const read: DatatypeReadOptions = {
    r: quorum(req, 'r'),
    pr: quorum(req, 'pr'),
    notfoundOk: optional<boolean>(req, 'notfoundOk'),
    basicQuorum: optional<boolean>(req, 'basicQuorum'),
  };
  if (legacy) return read;
  return {
    ...read,
    nodeConfirms: optional<number>(req, 'nodeConfirms'),
    sloppyQuorum: optional<boolean>(req, 'sloppyQuorum'),
    nVal: optional<number>(req, 'nVal'),
  };
}

/** riak_kv_pb_crdt make_options/1 for an update (a timeout of 0 is the 60 s default); type `default` keeps w, dw, pw and return_body. */
function updateOptions(req: DtUpdateReq.$Properties, legacy: boolean): DatatypeWriteOptions {
  const write: DatatypeWriteOptions = {
    w: quorum(req, 'w'),
    dw: quorum(req, 'dw'),
    pw: quorum(req, 'pw'),
    returnBody: req.returnBody === true,
  };
  if (legacy) return write;
  const timeout = optional<number>(req, 'timeout');
  return {
    ...write,
    nodeConfirms: quorum(req, 'nodeConfirms'),
    timeout: timeout !== undefined && timeout > 0 ? timeout : undefined,
    sloppyQuorum: optional<boolean>(req, 'sloppyQuorum'),
    nVal: optional<number>(req, 'nVal'),
  };
}

/** riak_kv_pb_counter's options for RpbCounterGetReq (node_confirms raw). */
function counterGetOptions(req: RpbCounterGetReq.$Properties): DatatypeReadOptions {
  return {
    r: quorum(req, 'r'),
    pr: quorum(req, 'pr'),
    notfoundOk: optional<boolean>(req, 'notfoundOk'),
    basicQuorum: optional<boolean>(req, 'basicQuorum'),
    nodeConfirms: optional<number>(req, 'nodeConfirms'),
  };
}

/** riak_kv_pb_counter's options for RpbCounterUpdateReq (`returnvalue` is returnbody). */
function counterUpdateOptions(req: RpbCounterUpdateReq.$Properties): DatatypeWriteOptions {
  return { w: quorum(req, 'w'), dw: quorum(req, 'dw'), pw: quorum(req, 'pw'), nodeConfirms: quorum(req, 'nodeConfirms'), returnBody: req.returnvalue === true };
}
