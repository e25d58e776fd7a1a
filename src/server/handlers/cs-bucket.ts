import { Buffer } from 'node:buffer';
import { RpbCSBucketReq } from '../../../generated/riak.js';
import { DEFAULT_BUCKET_TYPE } from '../../common/bucket-type.js';
import type { RequestContext } from '../context.js';
import { termToBinary } from '../../codec/erlang/etf.js';
import { formatTerm } from '../erlang/format.js';
import { atom, tuple } from '../../codec/erlang/term.js';
import { coverageKeyspace } from '../cluster/coverage-keyspace.js';
import { byteString, decodeRequest, has, optional, optionalBytes } from '../protocol/decode.js';
import { reply, riakError, StreamReply, type HandlerResult } from '../protocol/replies.js';
import { requestDeadline } from '../request-deadline.js';
import { anyKind, keyAfter, keysInOrder } from '../store/ordered-scan.js';
import { UNORDERED_CHUNK } from '../store/unordered.js';
import { encodeVClock } from '../vclock.js';
import { visibleContents } from './kv.js';
import { batches, batchesBetweenChunks, UntilDeadline } from './scan-stream.js';
import { decodeContinuation, indexFsmError } from './secondary-index.js';

const latin1 = (bytes: Buffer): string => bytes.toString('latin1');

/**
 * RpbCSBucketReq (riak_kv_pb_csbucket, the Riak CS bucket fold): the objects
 * of a bucket whose keys lie in [start_key, end_key] (start included unless
 * start_incl is false, end excluded unless end_incl; no end_key: to the end),
 * each as key + RpbGetResp, read as Riak folds them: in key order from
 * start_key, a chunk at a time, the event loop running between chunks.
 * The fold reads the backend's objects as they are (riak_kv_vnode's
 * fold_objects): a deleted key's tombstone comes until it is reaped, its
 * one content an empty value marked deleted, and counts in max_results.
 * max_results bounds a page (no more is read); the final `done` frame
 * carries the continuation (base64 of the last key as an Erlang term) when
 * the page is full, and a continuation resumes just after
 * that key (riak_index:apply_continuation/2). `timeout` (default 60 s)
 * bounds the fold as the index FSM's timer does: when it runs out, the
 * objects found so far are sent, then "{error,timeout}" (riak_kv_pb_csbucket
 * formats the FSM's `{error, timeout}` message with ~p).
 */
export function handleCsBucket(payload: Buffer, ctx: RequestContext): HandlerResult {
  const req = decodeRequest(RpbCSBucketReq, payload, 'rpbcsbucketreq');
  const type = has(req, 'type') ? byteString(req.type) : DEFAULT_BUCKET_TYPE;
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
  // The fold reads the bucket's keys in order from start_key (riak_index's $bucket query with start_key).
  const gte = startIncl ? latin1(start) : keyAfter(latin1(start));
  const lt = end === undefined ? undefined : endIncl ? keyAfter(latin1(end)) : latin1(end);
  const maxResults = optional<number>(req, 'maxResults');
  const bounds = { gte, ...(lt === undefined ? {} : { lt }), ...(maxResults === undefined ? {} : { budget: maxResults }), accept: anyKind };
  // On a simulated cluster, the index FSM's coverage plan (riak_kv_pb_csbucket formats its error as riak_kv_pb_index does).
  const db = coverageKeyspace(ctx.server, { type, bucket }, indexFsmError);
  const scan = lt !== undefined && lt <= gte ? [] : keysInOrder(db, type, bucket, bounds);
  const found = new UntilDeadline(scan, requestDeadline(ctx.server, optional<number>(req, 'timeout')));
  const size = ctx.server.streamBatchSize;

  async function* frames(): AsyncGenerator<Buffer> {
    let count = 0;
    let last: Buffer | undefined;
    for await (const keys of batchesBetweenChunks(batches(found, UNORDERED_CHUNK), size)) {
      count += keys.length;
      last = Buffer.from(keys[keys.length - 1], 'latin1');
      const objects = [];
      for (const key of keys) {
        // Read as the frame is built: a key reaped meanwhile is skipped, as a fold would.
        const entry = db.get(type, bucket, key);
        if (entry === undefined) continue;
        objects.push({ key: Buffer.from(key, 'latin1'), object: { content: visibleContents(entry, false), vclock: encodeVClock(entry.vclock) } });
      }
      if (objects.length > 0) yield reply('RpbCSBucketResp', { objects });
    }
    if (found.expired) throw riakError('{error,timeout}');
    const full = maxResults !== undefined && count >= maxResults && last !== undefined;
    const continuation = full ? Buffer.from(termToBinary(last as Buffer).toString('base64'), 'latin1') : undefined;
    yield reply('RpbCSBucketResp', { done: true, ...(continuation ? { continuation } : {}) });
  }
  return new StreamReply(frames());
}
