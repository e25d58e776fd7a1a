import test from 'ava';
import { riakErrorOf, text, withServer } from '../helpers/server-harness.js';
import { until } from '../helpers/wait.js';

const b = (s: string) => Buffer.from(s);

test('list keys streams batches of keys, then a frame with only done', async (t) => {
  const { client } = await withServer(t, { streamBatchSize: 100 });
  await Promise.all(Array.from({ length: 250 }, (_, i) => client.put({ bucket: 'b', key: `k${i}`, value: 'v' })));
  const frames = [];
  for await (const frame of client.stream('RpbListKeysReq', { bucket: b('b') })) frames.push(frame);
  t.deepEqual(
    frames.map((f) => f.keys.length),
    [100, 100, 50, 0],
  );
  t.true(frames.at(-1)!.done);
  t.false(frames.slice(0, -1).some((f) => f.done));
  const keys = frames.flatMap((f) => f.keys.map(text)).sort();
  t.is(keys.length, 250);
  t.is(new Set(keys).size, 250);
});

test('list keys of an empty or unknown bucket still ends with a done frame', async (t) => {
  const { client } = await withServer(t);
  const frames = [];
  for await (const frame of client.stream('RpbListKeysReq', { bucket: b('empty') })) frames.push(frame);
  t.is(frames.length, 1);
  t.true(frames[0].done);
  t.deepEqual(frames[0].keys, []);
});

test('a reaped key is not listed, nor a bucket whose keys were all reaped', async (t) => {
  // Until the reap the tombstone is listed, as on Riak (tombstone-listings.test.ts).
  const { client } = await withServer(t, { deleteMode: 0 });
  await client.put({ bucket: 'b', key: 'keep', value: 'v' });
  await client.put({ bucket: 'b', key: 'gone', value: 'v' });
  await client.put({ bucket: 'c', key: 'gone', value: 'v' });
  await client.delete({ bucket: 'b', key: 'gone' });
  await client.delete({ bucket: 'c', key: 'gone' });
  for (const bucket of ['b', 'c']) {
    await until(async () => (await client.get({ bucket, key: 'gone', deletedvclock: true })).vclock === undefined, `${bucket}/gone to be reaped`);
  }
  const keys = [];
  for await (const frame of client.stream('RpbListKeysReq', { bucket: b('b') })) keys.push(...frame.keys.map(text));
  t.deepEqual(keys, ['keep']);
  const buckets = await client.request('RpbListBucketsReq', {});
  t.deepEqual(buckets.buckets.map(text), ['b']);
});

test('list buckets answers in one frame, or streams when asked; types are separate keyspaces', async (t) => {
  const { client } = await withServer(t, { streamBatchSize: 2 });
  for (const bucket of ['a', 'b', 'c', 'd', 'e']) await client.put({ bucket, key: 'k', value: 'v' });
  await client.put({ bucket: 'typed', key: 'k', type: 'siblings', value: 'v' });
  const one = await client.request('RpbListBucketsReq', {});
  t.deepEqual(one.buckets.map(text).sort(), ['a', 'b', 'c', 'd', 'e']);
  t.false(one.done);
  const frames = [];
  for await (const frame of client.stream('RpbListBucketsReq', {})) frames.push(frame);
  t.deepEqual(
    frames.map((f) => f.buckets.length),
    [2, 2, 1, 0],
  );
  t.true(frames.at(-1)!.done);
  t.deepEqual((await client.request('RpbListBucketsReq', { type: b('siblings') })).buckets.map(text), ['typed']);
  t.deepEqual((await client.request('RpbListBucketsReq', { type: b('maps') })).buckets, []);
});

test("listing with an unknown bucket type fails with Riak's text", async (t) => {
  const { client } = await withServer(t);
  t.is(await riakErrorOf(t, client.request('RpbListBucketsReq', { type: b('nope') })), "No bucket-type named 'nope'");
  const consume = async () => {
    for await (const frame of client.stream('RpbListKeysReq', { bucket: b('x'), type: b('nope') })) void frame;
  };
  t.is(await riakErrorOf(t, consume()), "No bucket-type named 'nope'");
});

test('typed bucket keys are listed within their type only', async (t) => {
  const { client } = await withServer(t);
  await client.put({ bucket: 'b', key: 'plain', value: 'v' });
  await client.put({ bucket: 'b', key: 'typed', value: 'v', type: 'siblings' });
  const typed = [];
  for await (const frame of client.stream('RpbListKeysReq', { bucket: b('b'), type: b('siblings') })) typed.push(...frame.keys.map(text));
  t.deepEqual(typed, ['typed']);
  const plain = [];
  for await (const frame of client.stream('RpbListKeysReq', { bucket: b('b'), type: b('default') })) plain.push(...frame.keys.map(text));
  t.deepEqual(plain, ['plain']);
});
