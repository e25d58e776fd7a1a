import test from 'ava';
import { MapReduceJob } from '../../src/client/mapreduce-job.js';
import type { MapReduceResult } from '../../src/client/mapreduce.js';
import { RiakClient } from '../../src/client/riak-client.js';
import { RiakServerError } from '../../src/errors.js';
import { startDevServer, type DevServer } from '../../src/server/index.js';

const mapValue = { module: 'riak_kv_mapreduce', function: 'map_object_value' };
const toInteger = { module: 'riak_kv_mapreduce', function: 'reduce_string_to_integer' };
const sum = { module: 'riak_kv_mapreduce', function: 'reduce_sum' };
const count = { module: 'riak_kv_mapreduce', function: 'reduce_count_inputs' };

const N = 30;
let server: DevServer;
let client: RiakClient;

test.before(async () => {
  server = await startDevServer({ port: 0 });
  client = new RiakClient({ nodes: [`${server.host}:${server.port}`] });
  // Values 1..N, indexed by parity.
  await Promise.all(
    Array.from({ length: N }, (_, i) =>
      client.put({
        bucket: 'numbers',
        key: `n${i + 1}`,
        value: String(i + 1),
        indexes: [
          { key: 'parity_bin', value: (i + 1) % 2 ? 'odd' : 'even' },
          { key: 'n_int', value: i + 1 },
        ],
      }),
    ),
  );
  await client.put({ type: 'siblings', bucket: 'numbers', key: 'typed', value: '1000' });
});

test.after.always(async () => {
  await client.close();
  await server.close();
});

test('key inputs through an Erlang map phase: values come back per input', async (t) => {
  const job = MapReduceJob.keys([
    { bucket: 'numbers', key: 'n1' },
    { bucket: 'numbers', key: 'n2' },
    { bucket: 'numbers', key: 'typed', type: 'siblings' },
  ]).map(mapValue);
  const results = await client.mapReduceAll(job);
  t.deepEqual(Object.keys(results), ['0']);
  t.deepEqual([...results[0]].sort(), ['1', '1000', '2']);
});

test('bucket input: map, then reduce to a sum', async (t) => {
  const job = MapReduceJob.bucket('numbers').map(mapValue).reduce(toInteger).reduce(sum);
  const results = await client.mapReduceAll(job);
  t.deepEqual(results, { 2: [(N * (N + 1)) / 2] });
});

test('typed bucket input', async (t) => {
  const results = await client.mapReduceAll(MapReduceJob.bucket('numbers', { type: 'siblings' }).map(mapValue));
  t.deepEqual(results, { 0: ['1000'] });
});

test('2i inputs: exact and range', async (t) => {
  const odd = await client.mapReduceAll(MapReduceJob.index({ bucket: 'numbers', index: 'parity_bin', key: 'odd' }).reduce(count));
  t.deepEqual(odd, { 0: [N / 2] });
  const range = await client.mapReduceAll(
    MapReduceJob.index({ bucket: 'numbers', index: 'n_int', range: [5, 9] })
      .map(mapValue)
      .reduce(toInteger)
      .reduce(sum),
  );
  t.deepEqual(range, { 2: [5 + 6 + 7 + 8 + 9] });
});

test('keep: results of every kept phase, streamed with their phase number', async (t) => {
  const job = MapReduceJob.keys([1, 2, 3].map((i) => ({ bucket: 'numbers', key: `n${i}` })))
    .map(mapValue, { keep: true })
    .reduce(toInteger, { keep: false })
    .reduce(sum);
  const frames: MapReduceResult[] = [];
  for await (const frame of client.mapReduce(job)) frames.push(frame);
  t.true(frames.length >= 2);
  t.deepEqual(new Set(frames.map((f) => f.phase)), new Set([0, 2]));
  const byPhase = await client.mapReduceAll(job);
  t.deepEqual([...byPhase[0]].sort(), ['1', '2', '3']);
  t.deepEqual(byPhase[2], [6]);
  t.false(1 in byPhase);
});

test('a plain JSON job (object or string) works too', async (t) => {
  const spec = { inputs: [['numbers', 'n4']], query: [{ map: { language: 'erlang', module: 'riak_kv_mapreduce', function: 'map_object_value' } }] };
  t.deepEqual(await client.mapReduceAll(spec), { 0: ['4'] });
  t.deepEqual(await client.mapReduceAll(JSON.stringify(spec)), { 0: ['4'] });
});

test('breaking out of a MapReduce stream leaves the client usable', async (t) => {
  for await (const _frame of client.mapReduce(MapReduceJob.bucket('numbers').map(mapValue))) break;
  t.deepEqual(await client.mapReduceAll(MapReduceJob.bucket('numbers').reduce(count)), { 0: [N] });
});

test('a job Riak rejects surfaces as RiakServerError', async (t) => {
  await t.throwsAsync(client.mapReduceAll(MapReduceJob.bucket('numbers').map({ module: 'no_such_module', function: 'nope' })), { instanceOf: RiakServerError });
  await t.throwsAsync(client.mapReduceAll('{"inputs": 5}'), { instanceOf: RiakServerError });
  await client.ping();
});
