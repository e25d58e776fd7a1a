import { RpbListBucketsReq, RpbListKeysReq } from '../../../generated/riak.js';
import { DEFAULT_TYPE, type RequestContext } from '../context.js';
import { bytesText } from '../erlang/format.js';
import { byteString, decodeRequest, has } from '../protocol/decode.js';
import { reply, riakError, StreamReply, type HandlerResult } from '../protocol/replies.js';

/**
 * List buckets and list keys (riak_kv_pb_bucket). List keys always streams:
 * batches of keys, then a frame with only `done`. List buckets streams only
 * when asked. Tombstoned keys are not listed.
 */

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

function* keyNames(ctx: RequestContext, type: string, bucket: string): Generator<string> {
  for (const [key] of ctx.server.db.entries(type, bucket)) yield key;
}

export function handleListKeys(payload: Buffer, ctx: RequestContext): HandlerResult {
  const req = decodeRequest(RpbListKeysReq, payload, 'rpblistkeysreq');
  const type = checkType(req, ctx);
  const bucket = byteString(req.bucket);
  const size = ctx.server.streamBatchSize;
  function* frames(): Generator<Buffer> {
    for (const keys of batches(keyNames(ctx, type, bucket), size)) yield reply('RpbListKeysResp', { keys });
    yield reply('RpbListKeysResp', { done: true });
  }
  return new StreamReply(frames());
}

export function handleListBuckets(payload: Buffer, ctx: RequestContext): HandlerResult {
  const req = decodeRequest(RpbListBucketsReq, payload, 'rpblistbucketsreq');
  const type = checkType(req, ctx);
  const names = ctx.server.db.buckets(type);
  if (req.stream !== true) return reply('RpbListBucketsResp', { buckets: [...names].map((name) => Buffer.from(name, 'latin1')) });
  const size = ctx.server.streamBatchSize;
  function* frames(): Generator<Buffer> {
    for (const buckets of batches(names, size)) yield reply('RpbListBucketsResp', { buckets });
    yield reply('RpbListBucketsResp', { done: true });
  }
  return new StreamReply(frames());
}
