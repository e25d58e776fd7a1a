import type { Buffer } from 'node:buffer';
import { DtFetchReq, DtUpdateReq, RpbCounterGetReq, RpbCounterUpdateReq } from '../../../generated/riak.js';
import type { RequestContext } from '../context.js';
import { clusterDatatypeHandlers } from '../datatype-bridge.js';
import { decodeRequest } from '../protocol/decode.js';
import { reply } from '../protocol/replies.js';

/**
 * Codes 80/82 (DtFetchReq/DtUpdateReq) and 50/52 (legacy counters), wired to
 * the datatype handlers in `../datatypes/` (see datatype-bridge.ts); on a
 * node of a simulated cluster, to its quorum handlers (answered once the
 * FSMs have).
 */
const handlers = (ctx: RequestContext) => ctx.server.datatypes;
const quorum = (ctx: RequestContext) => clusterDatatypeHandlers(ctx.server);

export function handleDtFetch(payload: Buffer, ctx: RequestContext): Buffer | Promise<Buffer> {
  const req = decodeRequest(DtFetchReq, payload, 'dtfetchreq');
  const cluster = quorum(ctx);
  if (cluster !== undefined) return cluster.fetch(req).then((resp) => reply('DtFetchResp', resp));
  return reply('DtFetchResp', handlers(ctx).fetch(req));
}

export function handleDtUpdate(payload: Buffer, ctx: RequestContext): Buffer | Promise<Buffer> {
  const req = decodeRequest(DtUpdateReq, payload, 'dtupdatereq');
  const cluster = quorum(ctx);
  if (cluster !== undefined) return cluster.update(req).then((resp) => reply('DtUpdateResp', resp));
  return reply('DtUpdateResp', handlers(ctx).update(req));
}

export function handleCounterUpdate(payload: Buffer, ctx: RequestContext): Buffer | Promise<Buffer> {
  const req = decodeRequest(RpbCounterUpdateReq, payload, 'rpbcounterupdatereq');
  const cluster = quorum(ctx);
  if (cluster !== undefined) return cluster.counterUpdate(req).then((resp) => reply('RpbCounterUpdateResp', resp));
  return reply('RpbCounterUpdateResp', handlers(ctx).counterUpdate(req));
}

export function handleCounterGet(payload: Buffer, ctx: RequestContext): Buffer | Promise<Buffer> {
  const req = decodeRequest(RpbCounterGetReq, payload, 'rpbcountergetreq');
  const cluster = quorum(ctx);
  if (cluster !== undefined) return cluster.counterGet(req).then((resp) => reply('RpbCounterGetResp', resp));
  return reply('RpbCounterGetResp', handlers(ctx).counterGet(req));
}
