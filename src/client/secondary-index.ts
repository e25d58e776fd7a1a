import { Buffer } from 'node:buffer';
import type { RpbIndexResp } from '../../generated/riak.js';
import type { MessageInput } from '../codec/message-table.js';
import type { CallOptions } from '../pool/call-options.js';
import { RiakInvalidArgumentError } from '../errors.js';
import { asBuffer, toBytes } from '../common/bytes.js';
import { describe } from '../common/describe.js';
import type { Bytes } from './kv-types.js';
import { invalidOption, readOptions, type OptionSchema } from './options.js';
import { decodeIndexBatch } from './batch-decoders.js';
import type { BatchTransport } from './batch-transport.js';
import { PagedBatchedStream } from './batched-stream.js';
import { RiakStream, throwIfAborted } from './riak-stream.js';
import type { Transport } from './transport.js';

/**
 * A secondary index: `*_bin` (binary terms), `*_int` (integer terms), or Riak's built-in `$bucket` / `$key`.
 * @category Streams, 2i and MapReduce
 */
export type IndexName = `${string}_bin` | `${string}_int` | '$bucket' | '$key';

/**
 * An index term: text or bytes for `_bin` and `$key`; an integer (number, bigint or decimal string) for `_int`.
 * @category Streams, 2i and MapReduce
 */
export type IndexTerm = Bytes | number | bigint;

/**
 * Options of `queryIndex()`, `streamIndex()` and `indexPages()`. Give exactly one of `key` and `range` (`$bucket` needs neither).
 * @category Streams, 2i and MapReduce
 */
export interface IndexQueryParams extends CallOptions {
  bucket: Bytes;
  type?: Bytes;
  /** The index name; as bytes for a name that is not UTF-8 text (it must still end in `_bin` or `_int`). */
  index: IndexName | Uint8Array;
  /** Exact match on this term. */
  key?: IndexTerm;
  /** Inclusive range `[min, max]`. */
  range?: readonly [IndexTerm, IndexTerm];
  /** Range queries: return each matching term with its key (`results`). */
  returnTerms?: boolean;
  /** Page size; the page's `continuation` fetches the next one. */
  maxResults?: number;
  /** The `continuation` of the previous page. */
  continuation?: Bytes;
  /** Sort results by term (then key) even without `maxResults`. */
  paginationSort?: boolean;
  /** Range queries on `_bin` / `$key`: keep only terms matching this Erlang regular expression. */
  termRegex?: string;
  /** Restrict the query to one chunk of a coverage plan (`coveragePlan()`). */
  coverContext?: Bytes;
  /** Server-side timeout in ms. */
  timeout?: number;
}

/**
 * One index match: the object key, and its term when `returnTerms` was set.
 * @category Streams, 2i and MapReduce
 */
export interface IndexMatch {
  key: Buffer;
  term?: Buffer;
}

/**
 * One page of a 2i query.
 * @category Streams, 2i and MapReduce
 */
export interface IndexPage {
  /** Matching object keys, in server order. */
  keys: Buffer[];
  /** With `returnTerms`: each match as `{ term, key }` (`_int` terms are decimal text). Empty otherwise. */
  results: { term: Buffer; key: Buffer }[];
  /** Present when more results remain (with `maxResults`): pass it back to get the next page. */
  continuation: Buffer | undefined;
}

/**
 * A streamed 2i query: yields each match as it arrives, or with `.batches()`
 * each frame's matches as one array; `continuation` is set once the stream ends.
 * @category Streams, 2i and MapReduce
 */
export type IndexStream = PagedBatchedStream<IndexMatch>;

const SCHEMA: OptionSchema = {
  bucket: 'bytes!',
  type: 'bytes',
  index: 'custom',
  key: 'custom',
  range: 'custom',
  returnTerms: 'bool',
  maxResults: 'count',
  continuation: 'bytes',
  paginationSort: 'bool',
  termRegex: 'bytes',
  coverContext: 'bytes',
  timeout: 'uint',
};

/** Builds the RpbIndexReq for a query (validated). Exported for tests. @internal */
export function indexRequest(method: string, params: IndexQueryParams): { message: MessageInput<'RpbIndexReq'>; call: CallOptions } {
  const { fields, call } = readOptions(method, params, SCHEMA);
  const { key, range } = params;
  const indexBytes = indexName(method, params.index);
  // Latin-1 keeps one character per byte: the suffix tests see the exact bytes.
  const index = indexBytes.toString('latin1');
  const isInt = index.endsWith('_int');
  const message: Record<string, unknown> = { ...fields, index: indexBytes };
  if (key !== undefined && range !== undefined) throw new RiakInvalidArgumentError(`${method}(): give either \`key\` (exact match) or \`range\`, not both`);
  if (range !== undefined) {
    if (index === '$bucket') throw invalidOption(method, 'range', '$bucket supports exact match only');
    if (!Array.isArray(range) || range.length !== 2) throw invalidOption(method, 'range', `expected [min, max], got ${describe(range)}`);
    message.qtype = 1; // IndexQueryType.range
    message.rangeMin = term(method, 'range[0]', range[0], isInt);
    message.rangeMax = term(method, 'range[1]', range[1], isInt);
  } else {
    message.qtype = 0; // IndexQueryType.eq
    if (key !== undefined) message.key = term(method, 'key', key, isInt);
    else if (index === '$bucket')
      message.key = message.bucket; // $bucket matches the bucket name itself
    else throw new RiakInvalidArgumentError(`${method}(): give \`key\` (exact match) or \`range\``);
  }
  if (params.termRegex !== undefined) {
    if (isInt) throw invalidOption(method, 'termRegex', 'Riak cannot match regular expressions against _int terms');
    if (range === undefined) throw invalidOption(method, 'termRegex', 'only range queries take a term regex');
  }
  return { message: message as unknown as MessageInput<'RpbIndexReq'>, call };
}

/** The index name's bytes (text as UTF-8), checked: `*_bin`, `*_int`, `$bucket` or `$key`. */
function indexName(method: string, index: unknown): Buffer {
  if (typeof index === 'string' || index instanceof Uint8Array) {
    const bytes = asBuffer(toBytes(index));
    if (/^(?:\$bucket|\$key|[\s\S]+_(?:bin|int))$/.test(bytes.toString('latin1'))) return bytes;
  }
  throw invalidOption(method, 'index', `expected a name ending in _bin or _int, or $bucket / $key, got ${describe(index)}`);
}

function term(method: string, option: string, value: IndexTerm, isInt: boolean): Uint8Array {
  if (isInt) {
    if ((typeof value === 'number' && Number.isSafeInteger(value)) || typeof value === 'bigint') return Buffer.from(String(value));
    if (typeof value === 'string' && /^-?\d+$/.test(value)) return Buffer.from(value);
    throw invalidOption(method, option, `an _int index needs an integer (number, bigint or decimal string), got ${describe(value)}`);
  }
  if (typeof value === 'string' || value instanceof Uint8Array) return toBytes(value);
  throw invalidOption(method, option, `expected a string or a Uint8Array term, got ${describe(value)}`);
}

function toPage(response: RpbIndexResp): IndexPage {
  const results = response.results.map((pair) => ({ term: asBuffer(pair.key), key: asBuffer(pair.value ?? new Uint8Array(0)) }));
  const keys = results.length > 0 ? results.map((r) => r.key) : response.keys.map(asBuffer);
  const continuation = Object.hasOwn(response, 'continuation') && response.continuation.length > 0 ? asBuffer(response.continuation) : undefined;
  return { keys, results, continuation };
}

/**
 * One 2i query answered in a single frame (one page with `maxResults`).
 * @category Streams, 2i and MapReduce
 */
export async function queryIndex(transport: Transport, params: IndexQueryParams): Promise<IndexPage> {
  const { message, call } = indexRequest('queryIndex', params);
  return toPage(await transport.request('RpbIndexReq', message, call));
}

/**
 * A 2i query streamed (`stream: true`): matches are yielded as frames arrive,
 * one by one or (`.batches()`) one array per frame.
 * @category Streams, 2i and MapReduce
 */
export function streamIndex(transport: BatchTransport, params: IndexQueryParams): IndexStream {
  const { message, call } = indexRequest('streamIndex', params);
  return new PagedBatchedStream<IndexMatch>(async function* (state) {
    for await (const frame of transport.streamDecoded('RpbIndexReq', message, decodeIndexBatch, call)) {
      if (frame.count > 0) {
        throwIfAborted(call.signal);
        yield frame.items();
      }
      if (frame.continuation !== undefined) state.continuation = frame.continuation;
    }
  }, call.signal);
}

/**
 * Every page of a paginated 2i query, following continuations until the last
 * page. Each page is its own unary request, so stopping early costs nothing.
 * @category Streams, 2i and MapReduce
 */
export function indexPages(transport: Transport, params: IndexQueryParams): RiakStream<IndexPage> {
  const first = indexRequest('indexPages', params);
  if (params.maxResults === undefined) throw new RiakInvalidArgumentError('indexPages(): `maxResults` (the page size) is required');
  return new RiakStream(async function* () {
    let message = first.message;
    for (;;) {
      const page = toPage(await transport.request('RpbIndexReq', message, first.call));
      throwIfAborted(first.call.signal);
      yield page;
      if (page.continuation === undefined) return;
      message = { ...message, continuation: page.continuation };
    }
  });
}
