import { Buffer } from 'node:buffer';
import { RpbMapRedReq } from '../../../generated/riak.js';
import type { RequestContext } from '../context.js';
import { formatTerm } from '../erlang/format.js';
import { iolistToBuffer } from '../erlang/iolist.js';
import { formatAfter } from '../erlang/pretty.js';
import { atom, tuple, type AnyTerm } from '../../codec/erlang/term.js';
import { encodeJson } from '../json/mochijson2-encode.js';
import { crashText, ErlangError } from '../mapreduce/erlang-error.js';
import { sendInputs, SendInputsError } from '../mapreduce/inputs.js';
import { JobError, type MapRedJob } from '../mapreduce/job.js';
import { parseJsonJob } from '../mapreduce/parse-json.js';
import { parseTermJob } from '../mapreduce/parse-term.js';
import { PipeTimeout, PipeTimer } from '../mapreduce/pipe-timer.js';
import { type Fitting, PhaseSpecError, planPipe } from '../mapreduce/plan.js';
import { encodeResults, type ResultEncoding } from '../mapreduce/results.js';
import { type PhaseResults, PipeFailure, runPipe } from '../mapreduce/run.js';
import { decodeRequest } from '../protocol/decode.js';
import { FatalRequestError, reply, riakError, StreamReply } from '../protocol/replies.js';

/**
 * RpbMapRedReq (riak_kv_pb_mapred): a job as `application/json`
 * (riak_kv_mapred_json, parsed by mochijson2) or `application/x-erlang-binary`
 * (riak_kv_mapred_term: term_to_binary of [{inputs, ...}, {query, ...}],
 * riakc's default), run as riak_kv_mrc_pipe runs it. Results stream as
 * RpbMapRedResp {phase, response} frames in the job's own encoding, then a
 * frame with only `done`. Riak KV 3.x has no JavaScript MapReduce; Erlang
 * phases run the riak_kv_mapreduce built-ins (mapreduce/builtins.ts).
 *
 * Failures, in the order Riak meets them: a job that does not parse
 * ("~p" of the reason), a phase spec that does not validate ("Phase ~p: ~s"),
 * inputs that cannot be sent ("Error sending inputs: ~p"), a failed phase
 * (riak_kv_mapred_json:jsonify_pipe_error/2 as JSON, for either encoding),
 * the job's `timeout` passing ("timeout", mapreduce/pipe-timer.ts), and the
 * crashes that close the connection.
 */
const PARSERS: Record<string, { encoding: ResultEncoding; parse: (request: Buffer) => MapRedJob }> = {
  'application/json': { encoding: 'json', parse: parseJsonJob },
  'application/x-erlang-binary': { encoding: 'term', parse: parseTermJob },
};

function crash(prefix: string, err: unknown): unknown {
  return err instanceof ErlangError ? new FatalRequestError(crashText(prefix, err)) : err;
}

/** riak_kv_pb_mapred's reply to an error in the pipe's logs: jsonify_pipe_error/2, mochijson2-encoded. */
function pipeFailure(err: PipeFailure): Error {
  return riakError(iolistToBuffer(encodeJson(err.json)).toString('latin1'));
}

/** Async: a key filter's `matches` runs in the regex workers. */
export async function handleMapReduce(payload: Buffer, ctx: RequestContext): Promise<StreamReply> {
  const req = decodeRequest(RpbMapRedReq, payload, 'rpbmapredreq');
  const contentType = Buffer.from(req.contentType);
  const parser = PARSERS[contentType.toString('latin1')];
  if (parser === undefined) throw riakError(formatTerm(tuple(atom('unknown_content_type'), contentType)));
  let fittings: Fitting[];
  let inputs: AnyTerm[];
  let timer: PipeTimer;
  try {
    const job = parser.parse(Buffer.from(req.request));
    fittings = planPipe(ctx.server, job.query);
    timer = PipeTimer.start(ctx.server, job.timeout);
    inputs = await sendInputs(ctx.server, job.inputs, timer);
  } catch (err) {
    if (err instanceof JobError) throw riakError(formatAfter('', err.reason));
    if (err instanceof PhaseSpecError) throw riakError(`${formatAfter('Phase ', err.fitting)}: ${err.text}`);
    if (err instanceof SendInputsError) throw riakError(formatAfter('Error sending inputs: ', err.reason));
    if (err instanceof PipeTimeout) throw riakError(err.message);
    // A key filter that crashed on a key fails the listkeys fitting (mapreduce/inputs.ts).
    if (err instanceof PipeFailure) throw pipeFailure(err);
    throw crash('Error processing incoming message: ', err);
  }
  let kept: PhaseResults[];
  try {
    kept = runPipe(ctx.server, fittings, inputs, timer);
  } catch (err) {
    if (err instanceof PipeFailure) throw pipeFailure(err);
    if (err instanceof PipeTimeout) throw riakError(err.message);
    throw err;
  }
  // A job without a query has one pass fitting; its results are its inputs (jsonify_bkeys/2).
  const hasQuery = fittings.some((f) => f.kind !== 'pass');
  const frames: Buffer[] = [];
  const size = ctx.server.streamBatchSize;
  try {
    for (const { phase, results } of kept) {
      for (let i = 0; i < results.length; i += size) {
        const response = encodeResults(results.slice(i, i + size), parser.encoding, hasQuery);
        frames.push(reply('RpbMapRedResp', { phase, response }));
      }
    }
  } catch (err) {
    throw crash('Error processing stream message: ', err);
  }
  frames.push(reply('RpbMapRedResp', { done: true }));
  return new StreamReply(frames);
}
