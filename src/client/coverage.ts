import type { Buffer } from 'node:buffer';
import type { MessageInput } from '../codec/message-table.js';
import type { CallOptions } from '../pool/call-options.js';
import { asBuffer } from '../common/bytes.js';
import { toGetResult } from './kv-results.js';
import type { Bytes, GetResult } from './kv-types.js';
import { readOptions } from './options.js';
import { PagedBatchedStream } from './batched-stream.js';
import { throwIfAborted } from './riak-stream.js';
import type { Transport } from './transport.js';

/** @category Search, TS, coverage and cluster */
export interface CoveragePlanParams extends CallOptions {
  bucket: Bytes;
  type?: Bytes;
  /** Split the keyspace into at least this many chunks. */
  minPartitions?: number;
  /** A chunk that failed: plan a replacement for it. */
  replaceCover?: Bytes;
  /** Other failed chunks, whose nodes to avoid. */
  unavailableCover?: Bytes[];
}

/**
 * One chunk of a coverage plan: the node to ask, and the context to ask with.
 * @category Search, TS, coverage and cluster
 */
export interface CoverageEntry {
  host: string;
  port: number;
  /** Human-readable description of the keyspace chunk. */
  description: string | undefined;
  /** Pass as `coverContext` to `queryIndex()` / `csBucketFold()`, on a client connected to `host:port`. */
  coverContext: Buffer;
}

/**
 * RpbCoverageReq (70/71): a coverage plan for parallel full-bucket reads.
 * Served by Riak TS builds only; Riak KV answers with an error.
 * @category Search, TS, coverage and cluster
 */
export async function coveragePlan(transport: Transport, params: CoveragePlanParams): Promise<CoverageEntry[]> {
  const { fields, call } = readOptions('coveragePlan', params, {
    bucket: 'bytes!',
    type: 'bytes',
    minPartitions: 'count',
    replaceCover: 'bytes',
    unavailableCover: 'bytesList',
  });
  const response = await transport.request('RpbCoverageReq', fields as MessageInput<'RpbCoverageReq'>, call);
  return response.entries.map((entry) => ({
    host: asBuffer(entry.ip).toString('utf8'),
    port: entry.port,
    description: Object.hasOwn(entry, 'keyspaceDesc') && entry.keyspaceDesc ? asBuffer(entry.keyspaceDesc).toString('utf8') : undefined,
    coverContext: asBuffer(entry.coverContext),
  }));
}

/** @category Search, TS, coverage and cluster */
export interface CsBucketFoldParams extends CallOptions {
  bucket: Bytes;
  type?: Bytes;
  /** First key of the range. */
  startKey: Bytes;
  /** Last key of the range; open-ended when omitted. */
  endKey?: Bytes;
  /** Include `startKey` itself (Riak's default: true). */
  startIncl?: boolean;
  /** Include `endKey` itself (Riak's default: false). */
  endIncl?: boolean;
  continuation?: Bytes;
  /** Page size; `continuation` on the stream fetches the next page. */
  maxResults?: number;
  timeout?: number;
  coverContext?: Bytes;
}

/**
 * One object of a bucket fold: its key and the object as `get()` returns it.
 * @category Search, TS, coverage and cluster
 */
export interface FoldedObject extends GetResult {
  key: Buffer;
}

/**
 * RpbCSBucketReq (40/41): streams the objects of a key range in key order
 * (the Riak CS bucket fold). Yields each object as frames arrive, or with
 * `.batches()` each frame's objects as one array; with `maxResults`,
 * `continuation` is set when the stream ends.
 * @category Search, TS, coverage and cluster
 */
export function csBucketFold(transport: Transport, params: CsBucketFoldParams): PagedBatchedStream<FoldedObject> {
  const { fields, call } = readOptions('csBucketFold', params, {
    bucket: 'bytes!',
    type: 'bytes',
    startKey: 'bytes!',
    endKey: 'bytes',
    startIncl: 'bool',
    endIncl: 'bool',
    continuation: 'bytes',
    maxResults: 'count',
    timeout: 'uint',
    coverContext: 'bytes',
  });
  const message = fields as MessageInput<'RpbCSBucketReq'>;
  return new PagedBatchedStream<FoldedObject>(async function* (state) {
    for await (const frame of transport.stream('RpbCSBucketReq', message, call)) {
      if (frame.objects.length > 0) {
        throwIfAborted(call.signal);
        yield frame.objects.map((entry) => ({ key: asBuffer(entry.key), ...toGetResult(entry.object) }));
      }
      // After the frame's objects, as when they were yielded one by one: set once the loop has taken them.
      if (Object.hasOwn(frame, 'continuation') && frame.continuation.length > 0) state.continuation = asBuffer(frame.continuation);
    }
  }, call.signal);
}
