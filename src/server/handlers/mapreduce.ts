import { RpbMapRedReq } from '../../../generated/riak.js';
import type { RequestContext } from '../context.js';
import { formatTerm } from '../erlang/format.js';
import { formatAfter } from '../erlang/pretty.js';
import { atom, tuple } from '../erlang/term.js';
import { JobError, parseJsonJob } from '../mapreduce/parse.js';
import { runJob } from '../mapreduce/run.js';
import { describe, JsonEncodeError, PhaseError, toJson, type MrValue } from '../mapreduce/values.js';
import { decodeRequest } from '../protocol/decode.js';
import { FatalRequestError, reply, riakError, StreamReply } from '../protocol/replies.js';

/**
 * RpbMapRedReq (riak_kv_pb_mapred) for `application/json` jobs: results
 * stream as RpbMapRedResp {phase, response: JSON} frames, then a frame with
 * only `done`. Riak KV 3.x has no JavaScript MapReduce; Erlang phases run
 * the riak_kv_mapreduce built-ins.
 */

/** riak_kv_mapred_json:jsonify_pipe_error/2 for a crashed fitting, as mochijson2 encodes it. */
function pipeErrorJson(err: PhaseError): string {
  return JSON.stringify({ phase: err.phase, error: err.reason, input: err.input, type: 'error', stack: '[]' });
}

function notJson(value: MrValue): boolean {
  try {
    toJson([value]);
    return false;
  } catch {
    return true;
  }
}

/** Async: a key filter's `matches` runs in the regex workers (see mapreduce/run.ts). */
export async function handleMapReduce(payload: Buffer, ctx: RequestContext): Promise<StreamReply> {
  const req = decodeRequest(RpbMapRedReq, payload, 'rpbmapredreq');
  const contentType = Buffer.from(req.contentType);
  if (contentType.toString('latin1') !== 'application/json') {
    // application/x-erlang-binary (Erlang term jobs) is not supported by the dev server.
    throw riakError(formatTerm(tuple(atom('unknown_content_type'), contentType)));
  }
  let kept;
  try {
    kept = await runJob(ctx.server, parseJsonJob(Buffer.from(req.request)));
  } catch (err) {
    if (err instanceof JobError) throw riakError(formatAfter('', err.reason));
    if (err instanceof PhaseError) throw riakError(pipeErrorJson(err));
    throw err;
  }
  const frames: Buffer[] = [];
  const size = ctx.server.streamBatchSize;
  for (const { phase, results } of kept) {
    for (let i = 0; i < results.length; i += size) {
      const batch = results.slice(i, i + size);
      let json: string;
      try {
        json = toJson(batch);
      } catch (err) {
        if (!(err instanceof JsonEncodeError)) throw err;
        // mochijson2 exits on a term it cannot encode: Riak's connection crashes.
        throw new FatalRequestError(`Error processing stream message: exit:{json_encode,{bad_term,${describe(batch.find(notJson))}}}:[]`);
      }
      frames.push(reply('RpbMapRedResp', { phase, response: Buffer.from(json, 'utf8') }));
    }
  }
  frames.push(reply('RpbMapRedResp', { done: true }));
  return new StreamReply(frames);
}
