import { Buffer } from 'node:buffer';
import { binaryToAnyTerm, EtfDecodeError } from '../codec/erlang/etf.js';
import { asBuffer } from '../common/bytes.js';
import { describe } from '../common/describe.js';
import { RiakInvalidArgumentError, RiakProtocolError } from '../errors.js';
import type { CallOptions } from '../pool/call-options.js';
import { type ErlangTerm, fromTerm } from './erlang-terms.js';
import { jsonBytes, MapReduceJob } from './mapreduce-job.js';
import type { EncodedMapReduceJob, JsonValue, MapReduceEncoding, MapReduceSpec } from './mapreduce-job-types.js';
import { callOptionsOnly } from './options.js';
import { RiakStream, throwIfAborted } from './riak-stream.js';
import type { Transport } from './transport.js';

/**
 * One streamed MapReduce result: the phase it comes from and its results,
 * usually an array: parsed JSON for a JSON job, Erlang terms (see
 * {@link ErlangTerm}) for an Erlang-term job.
 * @category Streams, 2i and MapReduce
 */
export interface MapReduceResult<R = JsonValue> {
  phase: number;
  response: R;
}

/**
 * A JSON job: the builder, its JSON document, or a JSON string.
 * @category Streams, 2i and MapReduce
 */
export type MapReduceInput = MapReduceJob | MapReduceSpec | string;

const ERLANG = 'application/x-erlang-binary';

function encodeJob(method: string, job: unknown): EncodedMapReduceJob {
  if (typeof job === 'string') return { contentType: 'application/json', request: Buffer.from(job, 'utf8') };
  if (job instanceof MapReduceJob) return job.encode();
  if (job !== null && typeof job === 'object' && 'inputs' in job && 'query' in job && Array.isArray(job.query))
    return { contentType: 'application/json', request: jsonBytes(method, job) };
  throw new RiakInvalidArgumentError(`${method}(): expected a MapReduceJob, a { inputs, query } object or a JSON string, got ${describe(job)}`);
}

/** One phase's batch of results: JSON text, or `term_to_binary` of the list of results (riak_kv_pb_mapred:encode_mapred_phase/3). */
function decodeResponse(contentType: string, phase: number, bytes: Buffer): JsonValue | ErlangTerm {
  if (contentType === ERLANG) {
    try {
      return fromTerm(binaryToAnyTerm(bytes));
    } catch (cause) {
      if (cause instanceof EtfDecodeError || cause instanceof RangeError)
        throw new RiakProtocolError(`MapReduce phase ${phase} returned bytes that are no Erlang term`, { cause });
      throw cause;
    }
  }
  try {
    return JSON.parse(bytes.toString('utf8')) as JsonValue;
  } catch (cause) {
    throw new RiakProtocolError(`MapReduce phase ${phase} returned invalid JSON`, { cause });
  }
}

/**
 * Runs a MapReduce job (RpbMapRedReq: `application/json`, or
 * `application/x-erlang-binary` for an Erlang-term job), yielding each
 * result frame as it arrives. Frames without a `response` (the final `done`
 * frame) are not yielded.
 * @category Streams, 2i and MapReduce
 */
export function mapReduce(transport: Transport, job: MapReduceJob<'erlang'>, options?: CallOptions): RiakStream<MapReduceResult<ErlangTerm>>;
export function mapReduce(transport: Transport, job: MapReduceInput, options?: CallOptions): RiakStream<MapReduceResult>;
export function mapReduce(
  transport: Transport,
  job: MapReduceInput | MapReduceJob<MapReduceEncoding>,
  options?: CallOptions,
): RiakStream<MapReduceResult<JsonValue | ErlangTerm>>;
export function mapReduce(transport: Transport, job: unknown, options: CallOptions = {}): RiakStream<MapReduceResult<JsonValue | ErlangTerm>> {
  const { request, contentType } = encodeJob('mapReduce', job);
  const call = callOptionsOnly('mapReduce', options);
  return new RiakStream(async function* () {
    for await (const frame of transport.stream('RpbMapRedReq', { request, contentType: Buffer.from(contentType) }, call)) {
      if (!Object.hasOwn(frame, 'response')) continue;
      const response = decodeResponse(contentType, frame.phase, asBuffer(frame.response));
      throwIfAborted(call.signal);
      yield { phase: frame.phase, response };
    }
  });
}

/**
 * Runs a MapReduce job to completion and collects the results of each kept
 * phase, concatenating the arrays Riak streams: `{ 1: [...] }`.
 * @category Streams, 2i and MapReduce
 */
export function mapReduceAll(transport: Transport, job: MapReduceJob<'erlang'>, options?: CallOptions): Promise<Record<number, ErlangTerm[]>>;
export function mapReduceAll(transport: Transport, job: MapReduceInput, options?: CallOptions): Promise<Record<number, JsonValue[]>>;
export function mapReduceAll(
  transport: Transport,
  job: MapReduceInput | MapReduceJob<MapReduceEncoding>,
  options?: CallOptions,
): Promise<Record<number, (JsonValue | ErlangTerm)[]>>;
export async function mapReduceAll(
  transport: Transport,
  job: MapReduceInput | MapReduceJob<MapReduceEncoding>,
  options: CallOptions = {},
): Promise<Record<number, (JsonValue | ErlangTerm)[]>> {
  const out: Record<number, (JsonValue | ErlangTerm)[]> = {};
  for await (const { phase, response } of mapReduce(transport, job, options)) {
    const results = (out[phase] ??= []);
    if (Array.isArray(response)) results.push(...response);
    else results.push(response);
  }
  return out;
}
