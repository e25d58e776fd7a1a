import { Buffer } from 'node:buffer';
import * as pb from '../../../generated/riak.js';
import { binaryKey, keyToSegment48 } from '../../aae/segment.js';
import { crc32 } from '../../aae/crc32.js';
import { DEFAULT_BUCKET_TYPE } from '../../common/bucket-type.js';
import type { RequestContext } from '../context.js';
import { formatTerm } from '../erlang/format.js';
import { byteString, decodeRequest, has } from '../protocol/decode.js';
import { FatalRequestError, reply, riakError } from '../protocol/replies.js';
import { isDeleted } from '../store/riak-object.js';
import { decodeVClock, encodeVClock, type VClock, VClockDecodeError } from '../vclock.js';
import { hashClock } from '../aae/keystore.js';
import { AAE_PRIORITY, existingReplQueue, replQueue, type ReplEntry } from '../aae/repl-queues.js';
import { replEncode } from '../aae/repl-object.js';
import { clusterReplRead } from '../cluster/aae-fetch.js';
import type { StoredEntry } from '../store/database.js';

/**
 * NextGenRepl fetch (202) and push (204), as riak_kv_pb_object serves them
 * over riak_kv_replrtq_src queues (see aae/repl-queues.ts for what the dev
 * server's queues are).
 */

/** Riak's `replrtq_compressonwire` is off by default: objects go out uncompressed. */
export function handleReplFetch(payload: Buffer, ctx: RequestContext): Buffer | Promise<Buffer> {
  const req = decodeRequest(pb.RpbFetchReq, payload, 'rpbfetchreq');
  const encoding = has(req, 'encoding') ? byteString(req.encoding) : 'internal';
  // riak_kv_pb_object's case has no clause for any other encoding: the request crashes.
  if (encoding !== 'internal' && encoding !== 'internal_aaehash') {
    throw new FatalRequestError(`Error processing incoming message: error:{case_clause,${formatTerm(Buffer.from(req.encoding))}}:[]`);
  }
  const queue = existingReplQueue(ctx.server, byteString(req.queuename));
  // binary_to_existing_atom/2 fails for a name never seen: {error, queue_not_defined}.
  if (queue === undefined) throw riakError('queue_not_defined');
  const entry = queue.pop();
  if (entry === undefined) return reply('RpbFetchResp', { queueEmpty: true });
  const aaeHash = encoding === 'internal_aaehash';
  // On a simulated cluster the get FSM reads the key from its replicas.
  const read = clusterReplRead(ctx.server, entry);
  if (read !== undefined) {
    return read.then((found) => {
      if (found.status === 'notfound') throw riakError('notfound');
      return fetchReply(entry, { vclock: found.object.vclock, contents: found.object.contents, datatype: undefined, size: 0 }, aaeHash);
    });
  }
  const stored = ctx.server.db.get(entry.type, entry.bucket, entry.key);
  if (stored === undefined) throw riakError('notfound');
  return fetchReply(entry, stored, aaeHash);
}

/**
 * The object an entry refers to, as read now (riak_kv_get_fsm with
 * `deletedvclock`): live or a tombstone. A cluster's object goes as its
 * contents say (a datatype replica's first content is its CRDT binary).
 */
function fetchReply(entry: ReplEntry, stored: StoredEntry, aaeHash: boolean): Buffer {
  const type = entry.type === DEFAULT_BUCKET_TYPE ? undefined : Buffer.from(entry.type, 'latin1');
  const bucket = Buffer.from(entry.bucket, 'latin1');
  const key = Buffer.from(entry.key, 'latin1');
  const encoded = replEncode(bucket, key, type, stored);
  const deleted = stored.datatype === undefined && isDeleted(stored);
  const message: pb.RpbFetchResp.$Properties = { queueEmpty: false, deleted, replencodedObject: encoded, crcCheck: crc32(encoded) };
  if (deleted) message.deletedVclock = encodeVClock(stored.vclock);
  if (aaeHash) {
    // leveled_tictac:tictac_hash(BK, lists:sort(Clock)): the full 32-bit segment hash, and AltHash bxor phash2(Clock).
    const binKey = binaryKey(bucket, key, type);
    const s = keyToSegment48(binKey);
    message.segmentId = (((s.extraHash & 0xffff) << 16) | s.segmentId) >>> 0;
    message.segmentHash = (s.altHash ^ hashClock(stored.vclock)) >>> 0;
  }
  return reply('RpbFetchResp', message);
}

/** Queues `{Bucket, Key, Clock, to_fetch}` references at full-sync priority and reports the queue's lengths. */
export function handleReplPush(payload: Buffer, ctx: RequestContext): Buffer {
  const req = decodeRequest(pb.RpbPushReq, payload, 'rpbpushreq');
  const entries: ReplEntry[] = req.keysValue.map((kv) => {
    let clock: VClock;
    try {
      clock = decodeVClock(kv.value);
    } catch (err) {
      if (err instanceof VClockDecodeError) throw new FatalRequestError(`Error processing incoming message: ${err.errorClass}:${err.reason}:[]`);
      throw err;
    }
    return { type: has(kv, 'type') ? byteString(kv.type as Uint8Array) : DEFAULT_BUCKET_TYPE, bucket: byteString(kv.bucket), key: byteString(kv.key), clock };
  });
  const queue = replQueue(ctx.server, byteString(req.queuename));
  queue.add(AAE_PRIORITY, entries);
  const [foldqLength, fsyncLength, realtLength] = queue.lengths();
  return reply('RpbPushResp', { queueExists: true, queuename: Buffer.from(req.queuename as Uint8Array), foldqLength, fsyncLength, realtLength });
}
