import { DtFetchReq, DtUpdateReq, RpbCounterGetReq, RpbCounterUpdateReq } from '../../../generated/riak.js';
import type { RequestContext } from '../context.js';
import { decodeRequest } from '../protocol/decode.js';
import { reply } from '../protocol/replies.js';

/**
 * Codes 80/82 (DtFetchReq/DtUpdateReq) and 50/52 (legacy counters), wired to
 * the datatype handlers in `../datatypes/` (see datatype-bridge.ts).
 */
const handlers = (ctx: RequestContext) => ctx.server.datatypes;

export function handleDtFetch(payload: Buffer, ctx: RequestContext): Buffer {
  const req = decodeRequest(DtFetchReq, payload, 'dtfetchreq');
  return reply('DtFetchResp', handlers(ctx).fetch(req));
}

export function handleDtUpdate(payload: Buffer, ctx: RequestContext): Buffer {
  const req = decodeRequest(DtUpdateReq, payload, 'dtupdatereq');
  return reply('DtUpdateResp', handlers(ctx).update(req));
}

export function handleCounterUpdate(payload: Buffer, ctx: RequestContext): Buffer {
  const req = decodeRequest(RpbCounterUpdateReq, payload, 'rpbcounterupdatereq');
  return reply('RpbCounterUpdateResp', handlers(ctx).counterUpdate(req));
}

export function handleCounterGet(payload: Buffer, ctx: RequestContext): Buffer {
  const req = decodeRequest(RpbCounterGetReq, payload, 'rpbcountergetreq');
  return reply('RpbCounterGetResp', handlers(ctx).counterGet(req));
}
