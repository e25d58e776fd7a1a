import test from 'ava';
import { MapReduceJob } from '../../src/client/mapreduce-job.js';
import { RiakInvalidArgumentError } from '../../src/errors.js';

const valueMap = { module: 'riak_kv_mapreduce', function: 'map_object_value' };
const count = { module: 'riak_kv_mapreduce', function: 'reduce_count_inputs' };

test('bucket input: a bare name for the default type, [type, bucket] otherwise', (t) => {
  t.deepEqual(MapReduceJob.bucket('users').toJSON(), { inputs: 'users', query: [] });
  t.deepEqual(MapReduceJob.bucket('users', { type: 'default' }).toJSON().inputs, 'users');
  t.deepEqual(MapReduceJob.bucket('users', { type: 'maps' }).toJSON().inputs, ['maps', 'users']);
});

test('bucket input with key filters', (t) => {
  const job = MapReduceJob.bucket('users', { type: 't', keyFilters: [['starts_with', 'a']] });
  t.deepEqual(job.toJSON().inputs, { bucket: ['t', 'users'], key_filters: [['starts_with', 'a']] });
  t.throws(() => MapReduceJob.bucket('users', { keyFilters: [] }), { instanceOf: RiakInvalidArgumentError, message: /keyFilters/ });
});

test('key inputs: [bucket, key], with key data, and typed as [bucket, key, keyData, type]', (t) => {
  const job = MapReduceJob.keys([
    { bucket: 'b', key: 'k1' },
    { bucket: 'b', key: 'k2', keyData: { n: 1 } },
    { bucket: 'b', key: 'k3', type: 'tt' },
    { bucket: 'b', key: 'k4', type: 'default' },
  ]);
  t.deepEqual(job.toJSON().inputs, [
    ['b', 'k1'],
    ['b', 'k2', { n: 1 }],
    ['b', 'k3', null, 'tt'],
    ['b', 'k4'],
  ]);
  t.throws(() => MapReduceJob.keys([]), { instanceOf: RiakInvalidArgumentError });
  t.throws(() => MapReduceJob.keys([{ bucket: 'b', key: 1 as unknown as string }]), { message: /inputs\[0\]\.key/ });
});

test('2i inputs: exact and range, typed bucket', (t) => {
  t.deepEqual(MapReduceJob.index({ bucket: 'b', index: 'email_bin', key: 'a@b' }).toJSON().inputs, { bucket: 'b', index: 'email_bin', key: 'a@b' });
  t.deepEqual(MapReduceJob.index({ bucket: 'b', type: 'x', index: 'age_int', range: [1, 9] }).toJSON().inputs, {
    bucket: ['x', 'b'],
    index: 'age_int',
    start: 1,
    end: 9,
  });
  t.throws(() => MapReduceJob.index({ bucket: 'b', index: 'a_bin' }), { message: /either `key` or `range`/ });
  t.throws(() => MapReduceJob.index({ bucket: 'b', index: 'a_bin', key: 'x', range: ['a', 'b'] }), { message: /either `key` or `range`/ });
});

test('phases: Erlang modfun, named JS, source, stored; keep and arg only when given', (t) => {
  const job = MapReduceJob.bucket('b')
    .map(valueMap, { arg: { filter: 'x' } })
    .map({ name: 'Riak.mapValuesJson' }, { keep: true })
    .map({ source: 'fun(O, _, _) -> [1] end.', language: 'erlang' })
    .map({ bucket: 'fns', key: 'f1' })
    .link({ bucket: 'people', tag: 'friend' })
    .reduce(count, { keep: false })
    .timeout(5000);
  t.deepEqual(job.toJSON(), {
    inputs: 'b',
    query: [
      { map: { language: 'erlang', module: 'riak_kv_mapreduce', function: 'map_object_value', arg: { filter: 'x' } } },
      { map: { language: 'javascript', name: 'Riak.mapValuesJson', keep: true } },
      { map: { language: 'erlang', source: 'fun(O, _, _) -> [1] end.' } },
      { map: { language: 'javascript', bucket: 'fns', key: 'f1' } },
      { link: { bucket: 'people', tag: 'friend' } },
      { reduce: { language: 'erlang', module: 'riak_kv_mapreduce', function: 'reduce_count_inputs', keep: false } },
    ],
    timeout: 5000,
  });
  // It serialises to the JSON document Riak parses.
  t.is(JSON.parse(JSON.stringify(job)).query.length, 6);
});

test('the builder is immutable', (t) => {
  const base = MapReduceJob.bucket('b');
  const withMap = base.map(valueMap);
  t.is(base.toJSON().query.length, 0);
  t.is(withMap.toJSON().query.length, 1);
});

test('bad phases and options name what is wrong', (t) => {
  t.throws(() => MapReduceJob.bucket('b').map({} as never), { instanceOf: RiakInvalidArgumentError, message: /phase function needs/ });
  t.throws(() => MapReduceJob.bucket('b').map(valueMap, { kep: true } as never), { message: /unknown option `kep`/ });
  t.throws(() => MapReduceJob.bucket('b').map(valueMap, { keep: 'yes' as never }), { message: /`keep`/ });
  t.throws(() => MapReduceJob.bucket('b').timeout(0), { message: /timeout/ });
  t.throws(() => MapReduceJob.bucket(1 as never), { message: /`bucket`/ });
});
