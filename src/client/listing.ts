import type { Buffer } from 'node:buffer';
import type { MessageInput } from '../codec/message-table.js';
import type { CallOptions } from '../pool/call-options.js';
import type { Bytes } from './kv-types.js';
import { readOptions } from './options.js';
import { decodeBytesBatch } from './batch-decoders.js';
import type { BatchTransport } from './batch-transport.js';
import { BatchedStream } from './batched-stream.js';
import { throwIfAborted } from './riak-stream.js';

/**
 * Options of `listBuckets()`.
 * @category Streams, 2i and MapReduce
 */
export interface ListBucketsParams extends CallOptions {
  /** Bucket type to list; Riak's `default` type when omitted. */
  type?: Bytes;
  /** Server-side timeout in ms (Riak's default is 60 s for listings). */
  timeout?: number;
}

/**
 * Options of `listKeys()`.
 * @category Streams, 2i and MapReduce
 */
export interface ListKeysParams extends CallOptions {
  bucket: Bytes;
  type?: Bytes;
  /** Server-side timeout in ms. */
  timeout?: number;
}

/**
 * Lists the buckets of a bucket type, one `Buffer` per bucket as frames arrive
 * (RpbListBucketsReq with `stream: true`); `.batches()` yields each frame's
 * buckets as one array. A full keyspace scan on a real cluster: not for
 * production request paths.
 * @category Streams, 2i and MapReduce
 */
export function listBuckets(transport: BatchTransport, params: ListBucketsParams = {}): BatchedStream<Buffer> {
  const { fields, call } = readOptions('listBuckets', params, { type: 'bytes', timeout: 'uint' });
  const message = fields as MessageInput<'RpbListBucketsReq'>;
  return new BatchedStream(async function* () {
    // RpbListBucketsResp has RpbListKeysResp's layout.
    for await (const frame of transport.streamDecoded('RpbListBucketsReq', message, decodeBytesBatch, call)) {
      if (frame.count === 0) continue;
      throwIfAborted(call.signal);
      yield frame.items();
    }
  }, call.signal);
}

/**
 * Lists the keys of a bucket, one `Buffer` per key as frames arrive
 * (RpbListKeysReq, which always streams); `.batches()` yields each frame's
 * keys as one array. A full keyspace scan on a real cluster: not for
 * production request paths.
 * @category Streams, 2i and MapReduce
 */
export function listKeys(transport: BatchTransport, params: ListKeysParams): BatchedStream<Buffer> {
  const { fields, call } = readOptions('listKeys', params, { bucket: 'bytes!', type: 'bytes', timeout: 'uint' });
  const message = fields as MessageInput<'RpbListKeysReq'>;
  return new BatchedStream(async function* () {
    for await (const frame of transport.streamDecoded('RpbListKeysReq', message, decodeBytesBatch, call)) {
      if (frame.count === 0) continue;
      throwIfAborted(call.signal);
      // The keys are made now, as the loop takes them (see batch-decoders.ts).
      yield frame.items();
    }
  }, call.signal);
}
