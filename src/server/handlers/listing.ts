import { Buffer } from 'node:buffer';
import { RpbListBucketsReq, RpbListKeysReq } from '../../../generated/riak.js';
import { DEFAULT_BUCKET_TYPE } from '../../common/bucket-type.js';
import type { RequestContext } from '../context.js';
import { bytesText } from '../erlang/format.js';
import { byteString, decodeRequest, has, optional } from '../protocol/decode.js';
import { reply, riakError, StreamReply, type HandlerResult } from '../protocol/replies.js';
import { coverageKeyspace } from '../cluster/coverage-keyspace.js';
import { requestDeadline } from '../request-deadline.js';
import { anyKind, keysInOrder } from '../store/ordered-scan.js';
import { nameBytes, unorderedResults } from '../store/unordered.js';
import { batchesBetweenChunks, UntilDeadline } from './scan-stream.js';

/**
 * List buckets and list keys (riak_kv_pb_bucket). List keys always streams:
 * batches of keys, then a frame with only `done`. List buckets streams only
 * when asked. A deleted key is listed until its tombstone is reaped
 * (delete_mode; never with `keep`), and so is a bucket holding only
 * tombstones: riak_kv_vnode's key and bucket folds read the backend as it
 * is (measured on Riak KV 3.2.3). Names are read from ordered
 * scans a chunk at a time (store/ordered-scan.ts) and each chunk is sent in
 * the server's seeded order (store/unordered.ts): Riak promises none. A
 * streamed listing holds one chunk and a frame, whatever the bucket's size,
 * reads on only as fast as the client takes the frames, and lets the event
 * loop run between chunks, so other connections are served meanwhile.
 *
 * `timeout` (default 60 s) bounds the listing as the coverage FSM's timer
 * does: when it runs out, what was found so far is sent (when streaming)
 * and the request ends with the error "timeout" (riak_kv_pb_bucket formats
 * the keys/buckets FSM's `{error, timeout}` reason with ~p).
 */

const TIMEOUT = 'timeout';

/** riak_kv_pb_bucket:check_bucket_type/1 with its error text. */
function checkType(req: { type: Uint8Array }, ctx: RequestContext): string {
  if (!has(req, 'type')) return DEFAULT_BUCKET_TYPE;
  const name = byteString(req.type);
  if (!ctx.server.buckets.hasType(name)) throw riakError(`No bucket-type named '${bytesText(req.type)}'`);
  return name;
}

/** Names from an ordered scan until the deadline, a chunk at a time, each chunk in the seeded order, as bytes. */
function* arranged(ctx: RequestContext, names: UntilDeadline<string>): Generator<Buffer[]> {
  for (const chunk of unorderedResults(ctx.server).chunks(names, nameBytes)) yield chunk.map((name) => Buffer.from(name, 'latin1'));
}

export function handleListKeys(payload: Buffer, ctx: RequestContext): HandlerResult {
  const req = decodeRequest(RpbListKeysReq, payload, 'rpblistkeysreq');
  const type = checkType(req, ctx);
  const bucket = byteString(req.bucket);
  const size = ctx.server.streamBatchSize;
  const deadline = requestDeadline(ctx.server, optional<number>(req, 'timeout'));
  // On a simulated cluster, a coverage plan's vnodes (riak_kv_keys_fsm); riak_kv_pb_bucket formats its error with ~p.
  const db = coverageKeyspace(ctx.server, { type, bucket }, riakError);
  async function* frames(): AsyncGenerator<Buffer> {
    const found = new UntilDeadline(keysInOrder(db, type, bucket, { accept: anyKind }), deadline);
    for await (const keys of batchesBetweenChunks(arranged(ctx, found), size)) yield reply('RpbListKeysResp', { keys });
    if (found.expired) throw riakError(TIMEOUT);
    yield reply('RpbListKeysResp', { done: true });
  }
  return new StreamReply(frames());
}

export function handleListBuckets(payload: Buffer, ctx: RequestContext): HandlerResult {
  const req = decodeRequest(RpbListBucketsReq, payload, 'rpblistbucketsreq');
  const type = checkType(req, ctx);
  const deadline = requestDeadline(ctx.server, optional<number>(req, 'timeout'));
  // riak_kv_buckets_fsm on a simulated cluster: every vnode up, n_val 1.
  const db = coverageKeyspace(ctx.server, { type }, riakError);
  if (req.stream !== true) {
    const found = new UntilDeadline(db.buckets(type), deadline);
    const buckets = [...arranged(ctx, found)].flat();
    // riak_client:list_buckets/4 returns {error, timeout}: nothing of the partial list is sent.
    if (found.expired) throw riakError(TIMEOUT);
    return reply('RpbListBucketsResp', { buckets });
  }
  const size = ctx.server.streamBatchSize;
  async function* frames(): AsyncGenerator<Buffer> {
    const found = new UntilDeadline(db.buckets(type), deadline);
    for await (const buckets of batchesBetweenChunks(arranged(ctx, found), size)) yield reply('RpbListBucketsResp', { buckets });
    if (found.expired) throw riakError(TIMEOUT);
    yield reply('RpbListBucketsResp', { done: true });
  }
  return new StreamReply(frames());
}
