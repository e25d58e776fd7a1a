import type { CallOptions } from '../pool/call-options.js';
import { RiakInvalidArgumentError, RiakProtocolError } from '../errors.js';
import { asBuffer } from '../common/bytes.js';
import { describe } from '../common/describe.js';
import { MapReduceJob, type JsonValue, type MapReduceSpec } from './mapreduce-job.js';
import { callOptionsOnly } from './options.js';
import { RiakStream, throwIfAborted } from './riak-stream.js';
import type { Transport } from './transport.js';

/**
 * One streamed MapReduce result: the phase it comes from and its results (parsed JSON, usually an array).
 * @category Streams, 2i and MapReduce
 */
export interface MapReduceResult {
  phase: number;
  response: JsonValue;
}

/**
 * A job: the builder, its JSON document, or a JSON string.
 * @category Streams, 2i and MapReduce
 */
export type MapReduceInput = MapReduceJob | MapReduceSpec | string;

const JSON_CONTENT_TYPE = Buffer.from('application/json');

function encodeJob(method: string, job: MapReduceInput): Buffer {
  if (typeof job === 'string') return Buffer.from(job, 'utf8');
  if (job instanceof MapReduceJob) return json(method, job.toJSON());
  if (job !== null && typeof job === 'object' && 'inputs' in job && Array.isArray(job.query)) return json(method, job);
  throw new RiakInvalidArgumentError(`${method}(): expected a MapReduceJob, a { inputs, query } object or a JSON string, got ${describe(job)}`);
}

/** The job as JSON text; a value JSON cannot hold (a bigint, a cycle) is the caller's error. */
function json(method: string, job: unknown): Buffer {
  try {
    return Buffer.from(JSON.stringify(job), 'utf8');
  } catch (cause) {
    throw new RiakInvalidArgumentError(`${method}(): the job is not JSON-serialisable: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

/**
 * Runs a MapReduce job (RpbMapRedReq, `application/json`), yielding each
 * result frame as it arrives. Frames without a `response` (the final `done`
 * frame) are not yielded.
 * @category Streams, 2i and MapReduce
 */
export function mapReduce(transport: Transport, job: MapReduceInput, options: CallOptions = {}): RiakStream<MapReduceResult> {
  const request = encodeJob('mapReduce', job);
  const call = callOptionsOnly('mapReduce', options);
  return new RiakStream(async function* () {
    for await (const frame of transport.stream('RpbMapRedReq', { request, contentType: JSON_CONTENT_TYPE }, call)) {
      if (!Object.hasOwn(frame, 'response')) continue;
      const text = asBuffer(frame.response).toString('utf8');
      let response: JsonValue;
      try {
        response = JSON.parse(text) as JsonValue;
      } catch (cause) {
        throw new RiakProtocolError(`MapReduce phase ${frame.phase} returned invalid JSON`, { cause });
      }
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
export async function mapReduceAll(transport: Transport, job: MapReduceInput, options: CallOptions = {}): Promise<Record<number, JsonValue[]>> {
  const out: Record<number, JsonValue[]> = {};
  for await (const { phase, response } of mapReduce(transport, job, options)) {
    const results = (out[phase] ??= []);
    if (Array.isArray(response)) results.push(...response);
    else results.push(response);
  }
  return out;
}
