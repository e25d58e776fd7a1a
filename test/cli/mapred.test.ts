import test from 'ava';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliServer, fails, ok } from '../helpers/cli-harness.js';

const riak = cliServer(test, async (client) => {
  for (let i = 1; i <= 5; i++) await client.put({ bucket: 'nums', key: `n${i}`, value: String(i) });
});

const erlang = (fn: string) => ({ language: 'erlang', module: 'riak_kv_mapreduce', function: fn });
const sumJob = JSON.stringify({
  inputs: 'nums',
  query: [{ map: erlang('map_object_value') }, { reduce: erlang('reduce_string_to_integer') }, { reduce: erlang('reduce_sum') }],
});
const valuesJob = JSON.stringify({
  inputs: [
    ['nums', 'n1'],
    ['nums', 'n2'],
  ],
  query: [{ map: erlang('map_object_value') }],
});

test('mapred runs a job from a file and prints a PHASE RESULT table', async (t) => {
  const path = join(tmpdir(), `riak-pb-cli-job-${process.pid}.json`);
  await writeFile(path, sumJob);
  t.teardown(() => rm(path, { force: true }));
  t.is(ok(t, await riak.run(['mapred', path])), 'PHASE  RESULT\n2      15\n');
  t.deepEqual(JSON.parse(ok(t, await riak.run(['mapred', path, '--json']))), { 2: [15] });
});

test('mapred reads the job from stdin (no argument or "-")', async (t) => {
  const table = ok(t, await riak.run(['mapred'], { input: valuesJob }));
  t.deepEqual(table.trimEnd().split('\n').slice(1).sort(), ['0      "1"', '0      "2"']);
  const json = JSON.parse(ok(t, await riak.run(['mapred', '-', '--json'], { input: valuesJob })));
  t.deepEqual(json[0].sort(), ['1', '2']);
});

test('mapred: bad jobs are usage errors, a job Riak refuses exits 1', async (t) => {
  fails(t, await riak.run(['mapred'], { input: 'not json' }), 2, /the job is not valid JSON/);
  fails(t, await riak.run(['mapred'], { input: '{"inputs": "nums"}' }), 2, /"inputs" and a "query" array/);
  fails(t, await riak.run(['mapred', '/nonexistent/job.json']), 2, /cannot read the job file/);
  const unknown = JSON.stringify({ inputs: 'nums', query: [{ map: { language: 'erlang', module: 'no_such_module', function: 'f' } }] });
  fails(t, await riak.run(['mapred'], { input: unknown }), 1, /^riak-pb: Riak error: /);
});
