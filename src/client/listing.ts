import type { MessageInput } from '../codec/message-table.js';
import type { CallOptions } from '../pool/call-options.js';
import { asBuffer } from '../common/bytes.js';
import type { Bytes } from './kv-types.js';
import { readOptions } from './options.js';
import { RiakStream, throwIfAborted } from './riak-stream.js';
import type { Transport } from './transport.js';

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
 * (RpbListBucketsReq with `stream: true`). A full keyspace scan on a real
 * cluster: not for production request paths.
 * @category Streams, 2i and MapReduce
 */
export function listBuckets(transport: Transport, params: ListBucketsParams = {}): RiakStream<Buffer> {
  const { fields, call } = readOptions('listBuckets', params, { type: 'bytes', timeout: 'uint' });
  const message = fields as MessageInput<'RpbListBucketsReq'>;
  return new RiakStream(async function* () {
    for await (const frame of transport.stream('RpbListBucketsReq', message, call)) {
      for (const bucket of frame.buckets) {
        throwIfAborted(call.signal);
        yield asBuffer(bucket);
      }
    }
  });
}

/**
 * Lists the keys of a bucket, one `Buffer` per key as frames arrive
 * (RpbListKeysReq, which always streams). A full keyspace scan on a real
 * cluster: not for production request paths.
 * @category Streams, 2i and MapReduce
 */
export function listKeys(transport: Transport, params: ListKeysParams): RiakStream<Buffer> {
  const { fields, call } = readOptions('listKeys', params, { bucket: 'bytes!', type: 'bytes', timeout: 'uint' });
  const message = fields as MessageInput<'RpbListKeysReq'>;
  return new RiakStream(async function* () {
    for await (const frame of transport.stream('RpbListKeysReq', message, call)) {
      for (const key of frame.keys) {
        throwIfAborted(call.signal);
        yield asBuffer(key);
      }
    }
  });
}
