import { RpbCSBucketReq } from '../../../generated/riak.js';
import { DEFAULT_TYPE, type RequestContext } from '../context.js';
import { termToBinary } from '../../codec/erlang/etf.js';
import { formatTerm } from '../erlang/format.js';
import { atom, tuple } from '../../codec/erlang/term.js';
import { byteString, decodeRequest, has, optional, optionalBytes } from '../protocol/decode.js';
import { reply, riakError, StreamReply, type HandlerResult } from '../protocol/replies.js';
import { requestDeadline } from '../request-deadline.js';
import { encodeVClock } from '../vclock.js';
import { visibleContents } from './kv.js';
import { decodeContinuation } from './secondary-index.js';

/**
 * RpbCSBucketReq (riak_kv_pb_csbucket, the Riak CS bucket fold): the objects
 * of a bucket whose keys lie in [start_key, end_key] (start included unless
 * start_incl is false, end excluded unless end_incl; no end_key: to the end),
 * in key order, each as key + RpbGetResp. max_results bounds a page; the
 * final `done` frame carries the continuation (base64 of the last key as an
 * Erlang term) when the page is full, and a continuation resumes just after
 * that key (riak_index:apply_continuation/2). `timeout` (default 60 s)
 * bounds the fold as the index FSM's timer does: when it runs out, the
 * objects found so far are sent, then "{error,timeout}" (riak_kv_pb_csbucket
 * formats the FSM's `{error, timeout}` message with ~p).
 */
export function handleCsBucket(payload: Buffer, ctx: RequestContext): HandlerResult {
  const req = decodeRequest(RpbCSBucketReq, payload, 'rpbcsbucketreq');
  const type = has(req, 'type') ? byteString(req.type) : DEFAULT_TYPE;
  if (!ctx.server.buckets.hasType(type)) throw riakError('no_type');
  const bucket = byteString(req.bucket);
  let start: Buffer = Buffer.from(req.startKey);
  let startIncl = has(req, 'startIncl') ? req.startIncl : true;
  const end = optionalBytes(req, 'endKey');
  const endIncl = req.endIncl === true;
  const continuationBytes = optionalBytes(req, 'continuation');
  if (continuationBytes !== undefined) {
    const last = decodeContinuation(continuationBytes);
    if (!Buffer.isBuffer(last)) throw riakError(formatTerm(tuple(atom('invalid_continuation'), last)));
    start = last;
    startIncl = false;
  }
  const inRange = (key: Buffer): boolean => {
    const fromStart = Buffer.compare(key, start);
    if (fromStart < 0 || (fromStart === 0 && !startIncl)) return false;
    if (end === undefined) return true;
    const toEnd = Buffer.compare(end, key);
    return toEnd > 0 || (toEnd === 0 && endIncl);
  };

  const deadline = requestDeadline(ctx.server, optional<number>(req, 'timeout'));
  let complete = true;
  const keys: Buffer[] = [];
  for (const [key] of ctx.server.db.entries(type, bucket)) {
    if (deadline.expired()) {
      complete = false;
      break;
    }
    const bytes = Buffer.from(key, 'latin1');
    if (inRange(bytes)) keys.push(bytes);
  }
  keys.sort(Buffer.compare);
  const maxResults = optional<number>(req, 'maxResults');
  const page = maxResults !== undefined ? keys.slice(0, maxResults) : keys;
  const size = ctx.server.streamBatchSize;

  function* frames(): Generator<Buffer> {
    for (let i = 0; i < page.length; i += size) {
      const objects = [];
      for (const key of page.slice(i, i + size)) {
        // Read as the frame is built: an object deleted meanwhile is skipped, as a fold would.
        const entry = ctx.server.db.get(type, bucket, key.toString('latin1'));
        if (entry === undefined) continue;
        objects.push({ key, object: { content: visibleContents(entry, false), vclock: encodeVClock(entry.vclock) } });
      }
      if (objects.length > 0) yield reply('RpbCSBucketResp', { objects });
    }
    if (!complete) throw riakError('{error,timeout}');
    const full = maxResults !== undefined && page.length >= maxResults && page.length > 0;
    const continuation = full ? Buffer.from(termToBinary(page[page.length - 1]).toString('base64'), 'latin1') : undefined;
    yield reply('RpbCSBucketResp', { done: true, ...(continuation ? { continuation } : {}) });
  }
  return new StreamReply(frames());
}
