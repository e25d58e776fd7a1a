import test, { type ExecutionContext } from 'ava';
import { MapReduceJob } from '../../src/client/mapreduce-job.js';
import type { RiakClient } from '../../src/client/riak-client.js';
import { MessageCode } from '../../src/codec/message-codes.js';
import { RiakServerError } from '../../src/errors.js';
import { termToBinary } from '../../src/codec/erlang/etf.js';
import { atom, ErlFloat, tuple, type AnyTerm } from '../../src/codec/erlang/term.js';
import type { DevServer } from '../../src/server/index.js';
import { errorText, frameOf, pb, RawConnection, withServer, type RawFrame } from '../helpers/server-harness.js';

/**
 * A MapReduce job's `timeout` (issue 17), as riak_kv_pb_mapred honours it:
 * the job carries it (JSON `"timeout"`, Erlang `{timeout, T}`; RpbMapRedReq
 * has no such field), mapred_stream_sink/4 starts a timer of that many ms
 * once the pipe is built, and when it fires first the job ends with the
 * error "timeout". The dev server asks that timer between inputs and
 * phases. These servers get a clock that advances 1 ms per read (read every
 * 256 items), so a job times out after a known amount of work, whatever
 * the machine's speed; no elapsed time is measured.
 */

const OBJECTS = 600;
const MAP_VALUE = { module: 'riak_kv_mapreduce', function: 'map_object_value' };

async function steppingServer(t: ExecutionContext): Promise<{ server: DevServer; client: RiakClient }> {
  let now = 0;
  const env = await withServer(t, { requestClock: () => ++now });
  await Promise.all(
    Array.from({ length: OBJECTS }, (_, i) => env.client.put({ bucket: 'big', key: `k${i}`, value: String(i), indexes: [{ key: 'n_int', value: i }] })),
  );
  return env;
}

async function raw(t: ExecutionContext, server: DevServer): Promise<RawConnection> {
  const connection = await RawConnection.open(server);
  t.teardown(() => connection.close());
  return connection;
}

/** Sends one job and waits for its last frame: an error, the done frame, or the close. */
async function send(connection: RawConnection, request: Buffer, contentType: string): Promise<{ frames: RawFrame[]; error: string | undefined }> {
  const start = connection.frames.length;
  connection.send(frameOf(MessageCode.RpbMapRedReq, pb.RpbMapRedReq.encode({ request, contentType: Buffer.from(contentType) }).finish()));
  const finished = () => {
    const last = connection.frames.at(-1);
    return (
      connection.frames.length > start &&
      (last?.code === MessageCode.RpbErrorResp || (last?.code === MessageCode.RpbMapRedResp && pb.RpbMapRedResp.decode(last.payload).done === true))
    );
  };
  while (!finished() && !connection.closed) await connection.waitFrames(connection.frames.length + 1);
  const frames = connection.frames.slice(start);
  const error = frames.find((f) => f.code === MessageCode.RpbErrorResp);
  return { frames, error: error === undefined ? undefined : errorText(error) };
}

const json = (job: object): Buffer => Buffer.from(JSON.stringify(job));
const erlangJob = (inputs: AnyTerm, query: AnyTerm[], timeout?: AnyTerm): Buffer =>
  termToBinary([tuple(atom('inputs'), inputs), tuple(atom('query'), query), ...(timeout === undefined ? [] : [tuple(atom('timeout'), timeout)])]);
const erlangMap = tuple(atom('map'), tuple(atom('modfun'), atom('riak_kv_mapreduce'), atom('map_object_value')), atom('none'), atom('true'));
const resultCount = (frames: RawFrame[]) =>
  frames.filter((f) => f.code === MessageCode.RpbMapRedResp && pb.RpbMapRedResp.decode(f.payload).response.length > 0).length;

test('through the client: a job over a bucket stops with "timeout"; without one (Riak\'s 60 s) it completes; the connection stays usable', async (t) => {
  const { client } = await steppingServer(t);
  const job = MapReduceJob.bucket('big').map(MAP_VALUE);
  const err = await t.throwsAsync(client.mapReduceAll(job.timeout(2)), { instanceOf: RiakServerError });
  t.is(err?.errmsg, 'timeout');
  t.is((await client.mapReduceAll(job))[0].length, OBJECTS);
  t.is((await client.mapReduceAll(job.timeout(60_000)))[0].length, OBJECTS);
});

test('every input kind and phase is bounded: bucket, key filter, 2i and key-list inputs, map and reduce phases', async (t) => {
  const { server } = await steppingServer(t);
  const connection = await raw(t, server);
  const keyList = Array.from({ length: OBJECTS }, (_, i) => ['big', `k${i}`]);
  const erl = (kind: 'map' | 'reduce', fun: string) => ({ [kind]: { language: 'erlang', module: 'riak_kv_mapreduce', function: fun } });
  const jobs = {
    'bucket inputs': { inputs: 'big', query: [] },
    'key filter inputs': { inputs: { bucket: 'big', key_filters: [['starts_with', 'k']] }, query: [] },
    '2i inputs': { inputs: { bucket: 'big', index: 'n_int', start: 0, end: OBJECTS }, query: [] },
    'a map phase over listed keys': { inputs: keyList, query: [erl('map', 'map_object_value')] },
    'a reduce phase over listed keys': { inputs: keyList, query: [erl('reduce', 'reduce_count_inputs')] },
  };
  for (const [what, job] of Object.entries(jobs)) {
    const timedOut = await send(connection, json({ ...job, timeout: 2 }), 'application/json');
    t.is(timedOut.error, 'timeout', what);
    t.is(resultCount(timedOut.frames), 0, `${what}: no results before the error`);
    const complete = await send(connection, json(job), 'application/json');
    t.is(complete.error, undefined, `${what} completes without a timeout`);
  }
});

test("raw frames: an Erlang-term job's {timeout, T}; 0 has run out at once, where a JSON job's 0 means the default", async (t) => {
  const { server } = await steppingServer(t);
  const connection = await raw(t, server);
  const ERLANG = 'application/x-erlang-binary';
  t.is((await send(connection, erlangJob(Buffer.from('big'), [erlangMap], 2), ERLANG)).error, 'timeout');
  const complete = await send(connection, erlangJob(Buffer.from('big'), [erlangMap]), ERLANG);
  t.is(complete.error, undefined);
  t.true(resultCount(complete.frames) > 0);
  const tiny = [tuple(Buffer.from('big'), Buffer.from('k1'))];
  t.is((await send(connection, erlangJob(tiny, [erlangMap], 0), ERLANG)).error, 'timeout');
  t.is((await send(connection, erlangJob(tiny, [], 0), ERLANG)).error, 'timeout', 'even a job with nothing to do');
  // riak_kv_mapred_json keeps only a positive number: 0 and "soon" are 60000.
  t.is((await send(connection, json({ inputs: [['big', 'k1']], query: [], timeout: 0 }), 'application/json')).error, undefined);
  t.is((await send(connection, json({ inputs: [['big', 'k1']], query: [], timeout: 'soon' }), 'application/json')).error, undefined);
});

test('on the real clock: a 1 ms timeout stops a job over a few thousand objects', async (t) => {
  const { client } = await withServer(t);
  await Promise.all(Array.from({ length: 3000 }, (_, i) => client.put({ bucket: 'many', key: `k${i}`, value: String(i) })));
  const job = MapReduceJob.bucket('many').map(MAP_VALUE).reduce({ module: 'riak_kv_mapreduce', function: 'reduce_sort' });
  const err = await t.throwsAsync(client.mapReduceAll(job.timeout(1)), { instanceOf: RiakServerError });
  t.is(err?.errmsg, 'timeout');
});

/** The frames under send_after/3 in riak_kv 3.2 (riak_kv_mrc_pipe:mapred_stream_sink/4 starts the timer), without spaces. */
const SEND_AFTER_STACK = [
  '[{error_info,#{module=>erl_erts_errors}}]}',
  '{riak_kv_mrc_pipe,mapred_stream_sink,4,[{file,"src/riak_kv_mrc_pipe.erl"},{line,299}]}',
  '{riak_kv_pb_mapred,pipe_mapreduce,5,[{file,"src/riak_kv_pb_mapred.erl"},{line,207}]}',
  '{riak_kv_pb_mapred,process,2,[{file,"src/riak_kv_pb_mapred.erl"},{line,107}]}',
  '{riak_api_pb_server,process_message,4,[{file,"src/riak_api_pb_server.erl"},{line,402}]}',
  '{riak_api_pb_server,connected,2,[{file,"src/riak_api_pb_server.erl"},{line,242}]}',
].join(',');

test('a timeout erlang:send_after/3 refuses crashes the connection, as on Riak (after the phases are checked)', async (t) => {
  const { server } = await withServer(t);
  const crashes: [string, Buffer, string][] = [
    ['a float in a JSON job', json({ inputs: [['b', 'k']], query: [], timeout: 1.5 }), '1.5'],
    ['an integer above 2^32 - 1', json({ inputs: [['b', 'k']], query: [], timeout: 4294967296 }), '4294967296'],
    ['infinity in an Erlang job', erlangJob([], [], atom('infinity')), 'infinity'],
    ['a negative integer in an Erlang job', erlangJob([], [], -1), '-1'],
    ['a float in an Erlang job', erlangJob([], [], new ErlFloat(10)), '10.0'],
  ];
  for (const [what, request, printed] of crashes) {
    const connection = await raw(t, server);
    const contentType = request[0] === 131 ? 'application/x-erlang-binary' : 'application/json';
    const { error } = await send(connection, request, contentType);
    // The text as ~p lays it out, compared without its line breaks; the pid and the reference vary.
    const compact = (error ?? '')
      .replace(/\s+/g, '')
      .replace(/<0\.\d+\.0>/, '<PID>')
      .replace(/#Ref<0\.\d+\.\d+\.\d+>/, '#Ref<REF>');
    t.is(compact, `Errorprocessingincomingmessage:error:badarg:[{erlang,send_after,[${printed},<PID>,{pipe_timeout,#Ref<REF>}],${SEND_AFTER_STACK}]`, what);
    await connection.waitClose();
  }
  // A phase that does not validate is reported first: the timer starts only once the pipe is built.
  const connection = await raw(t, server);
  const badPhase = json({ inputs: [['b', 'k']], query: [{ map: { language: 'erlang', module: 'nope', function: 'f' } }], timeout: 1.5 });
  t.regex((await send(connection, badPhase, 'application/json')).error ?? '', /^Phase 0: /);
});
