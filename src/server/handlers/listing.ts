import { RpbListBucketsReq, RpbListKeysReq } from '../../../generated/riak.js';
import { DEFAULT_TYPE, type RequestContext } from '../context.js';
import { bytesText } from '../erlang/format.js';
import { byteString, decodeRequest, has, optional } from '../protocol/decode.js';
import { reply, riakError, StreamReply, type HandlerResult } from '../protocol/replies.js';
import { requestDeadline, type Deadline } from '../request-deadline.js';
import { unorderedResults } from '../store/unordered.js';

/**
 * List buckets and list keys (riak_kv_pb_bucket). List keys always streams:
 * batches of keys, then a frame with only `done`. List buckets streams only
 * when asked. Tombstoned keys are not listed. Names come in the server's
 * seeded order (store/unordered.ts): Riak promises none.
 *
 * `timeout` (default 60 s) bounds the listing as the coverage FSM's timer
 * does: when it runs out, what was found so far is sent (when streaming)
 * and the request ends with the error "timeout" (riak_kv_pb_bucket formats
 * the keys/buckets FSM's `{error, timeout}` reason with ~p).
 */

const TIMEOUT = 'timeout';

/** riak_kv_pb_bucket:check_bucket_type/1 with its error text. */
function checkType(req: { type: Uint8Array }, ctx: RequestContext): string {
  if (!has(req, 'type')) return DEFAULT_TYPE;
  const name = byteString(req.type);
  if (!ctx.server.buckets.hasType(name)) throw riakError(`No bucket-type named '${bytesText(req.type)}'`);
  return name;
}

function* batches(names: Iterable<string>, size: number): Generator<Buffer[]> {
  let batch: Buffer[] = [];
  for (const name of names) {
    batch.push(Buffer.from(name, 'latin1'));
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** Names from `source` until it ends or the deadline passes (then `complete` is false). */
function collect(source: Iterable<string>, deadline: Deadline): { names: string[]; complete: boolean } {
  const names: string[] = [];
  for (const name of source) {
    if (deadline.expired()) return { names, complete: false };
    names.push(name);
  }
  return { names, complete: true };
}

function* keyNames(ctx: RequestContext, type: string, bucket: string): Generator<string> {
  for (const [key] of ctx.server.db.entries(type, bucket)) yield key;
}

export function handleListKeys(payload: Buffer, ctx: RequestContext): HandlerResult {
  const req = decodeRequest(RpbListKeysReq, payload, 'rpblistkeysreq');
  const type = checkType(req, ctx);
  const bucket = byteString(req.bucket);
  const size = ctx.server.streamBatchSize;
  const deadline = requestDeadline(ctx.server, optional<number>(req, 'timeout'));
  function* frames(): Generator<Buffer> {
    const found = collect(keyNames(ctx, type, bucket), deadline);
    for (const keys of batches(unorderedResults(ctx.server).arrangeNames(found.names), size)) yield reply('RpbListKeysResp', { keys });
    if (!found.complete) throw riakError(TIMEOUT);
    yield reply('RpbListKeysResp', { done: true });
  }
  return new StreamReply(frames());
}

export function handleListBuckets(payload: Buffer, ctx: RequestContext): HandlerResult {
  const req = decodeRequest(RpbListBucketsReq, payload, 'rpblistbucketsreq');
  const type = checkType(req, ctx);
  const deadline = requestDeadline(ctx.server, optional<number>(req, 'timeout'));
  const arrange = (names: string[]) => unorderedResults(ctx.server).arrangeNames(names);
  if (req.stream !== true) {
    const found = collect(ctx.server.db.buckets(type), deadline);
    // riak_client:list_buckets/4 returns {error, timeout}: nothing of the partial list is sent.
    if (!found.complete) throw riakError(TIMEOUT);
    return reply('RpbListBucketsResp', { buckets: arrange(found.names).map((name) => Buffer.from(name, 'latin1')) });
  }
  const size = ctx.server.streamBatchSize;
  function* frames(): Generator<Buffer> {
    const found = collect(ctx.server.db.buckets(type), deadline);
    for (const buckets of batches(arrange(found.names), size)) yield reply('RpbListBucketsResp', { buckets });
    if (!found.complete) throw riakError(TIMEOUT);
    yield reply('RpbListBucketsResp', { done: true });
  }
  return new StreamReply(frames());
}
