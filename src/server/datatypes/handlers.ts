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
import { asBuffer } from './bucket-lookup.js';
import type { DatatypeStore, HandlerContext } from './datatype-store.js';
import { fetchDatatype } from './dt-fetch.js';
import { updateDatatype } from './dt-update.js';
import { legacyCounterAdd, legacyCounterValue } from './legacy-counter.js';
import { hasValue } from '../../common/fields.js';
import { int64 } from './message-fields.js';
import { microClock } from './micro-clock.js';

export type { DatatypeBucketProps, DatatypeStore } from './datatype-store.js';
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
