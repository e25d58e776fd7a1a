import test, { type ExecutionContext } from 'ava';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MapReduceJob } from '../../src/client/mapreduce-job.js';
import type { RiakClient } from '../../src/client/riak-client.js';
import { atom, ErlTuple } from '../../src/client/erlang-terms.js';
import { RiakServerError } from '../../src/errors.js';
import { dictFind } from '../../src/server/erlang/otp-dict.js';
import type { DevServerOptions } from '../../src/server/index.js';
import { withCluster } from '../helpers/cluster-harness.js';
import { withServer } from '../helpers/server-harness.js';
import { until } from '../helpers/wait.js';

/*
 * A deleted key's tombstone is listed until delete_mode reaps it (never with
 * `keep`): riak_kv_vnode's key, bucket and object folds read the backend as
 * it is. Measured on Riak KV 3.2.3 (leveldb, default delete_mode 3000)
 * right after put k1, put k2, delete k1: list keys, `$bucket` and `$key`
 * give k1 and k2; list buckets names a bucket whose only key is a
 * tombstone; a `_bin` query does not find the deleted key (a delete removes
 * its index entries); a `$key` page of max_results counts the tombstone; the
 * CS bucket fold sends it as an object whose one content is an empty value
 * marked deleted, without content type; a datatype is in `$bucket`/`$key`
 * like any object. After the reap, only k2 everywhere.
 *
 * MapReduce reads the same folds and riak_kv_pipe_get hands the map phase
 * whatever the vnode's get answers, a tombstone included: bucket,
 * key-filter, `$bucket` and `$key` inputs send k1 too, map_object_value
 * gives its empty value (filter_notfound keeps it: it is not a not-found),
 * map_identity the tombstone object (one empty content whose metadata has
 * X-Riak-Deleted "true" and no content type), reduce_count_inputs counts
 * it, reduce_string_to_integer crashes on its empty value; a key input of
 * k1 is the tombstone object. After the reap, k1 is in no input and a key
 * input of it is {error,notfound}.
 */

const text = (b: Buffer): string => b.toString();
const sorted = (items: Iterable<string>): string[] => [...items].sort();
const keysOf = async (client: RiakClient, bucket: string): Promise<string[]> => sorted((await client.listKeys({ bucket }).toArray()).map(text));
const bucketsOf = async (client: RiakClient): Promise<string[]> => sorted((await client.listBuckets().toArray()).map(text));

/** k1 and k2 in `b` (k1 deleted), `lone` whose one key is deleted, `idx` with two `field_bin` entries (i1 deleted), p1..p4 in `pg` (p2 deleted). */
async function seed(client: RiakClient): Promise<void> {
  await client.put({ bucket: 'b', key: 'k1', value: 'v1', contentType: 'text/plain', usermeta: [{ key: 'm', value: 'u' }] });
  await client.put({ bucket: 'b', key: 'k2', value: 'v2', contentType: 'text/plain' });
  await client.put({ bucket: 'lone', key: 'only', value: 'x' });
  for (const key of ['i1', 'i2']) await client.put({ bucket: 'idx', key, value: key, indexes: [{ key: 'field_bin', value: 'x' }] });
  for (const key of ['p1', 'p2', 'p3', 'p4']) await client.put({ bucket: 'pg', key, value: key });
  for (const [bucket, key] of [
    ['b', 'k1'],
    ['lone', 'only'],
    ['idx', 'i1'],
    ['pg', 'p2'],
  ]) {
    await client.delete({ bucket, key });
  }
}

/** Every listing as Riak answered it before the reap. */
async function assertTombstonesListed(t: ExecutionContext, client: RiakClient): Promise<void> {
  t.deepEqual(await keysOf(client, 'b'), ['k1', 'k2'], 'list keys');
  t.deepEqual(await bucketsOf(client), ['b', 'idx', 'lone', 'pg'], 'list buckets: a bucket of tombstones only too');
  t.deepEqual(sorted((await client.queryIndex({ bucket: 'b', index: '$bucket' })).keys.map(text)), ['k1', 'k2'], '$bucket');
  t.deepEqual(sorted((await client.queryIndex({ bucket: 'b', index: '$key', range: ['a', 'z'] })).keys.map(text)), ['k1', 'k2'], '$key');
  t.deepEqual((await client.queryIndex({ bucket: 'idx', index: 'field_bin', key: 'x' })).keys.map(text), ['i2'], 'a delete removes its index entries');

  // Pages of two: the tombstone p2 takes a place, and the third page is empty (the second was full).
  const pages = await client.indexPages({ bucket: 'pg', index: '$key', range: ['p', 'q'], maxResults: 2 }).toArray();
  t.deepEqual(
    pages.map((p) => p.keys.map(text)),
    [['p1', 'p2'], ['p3', 'p4'], []],
  );

  const fold = await client.csBucketFold({ bucket: 'b', startKey: '' }).toArray();
  t.deepEqual(
    fold.map((o) => ({
      key: text(o.key),
      found: o.found,
      siblings: o.siblings.map((c) => ({ value: text(c.value), deleted: c.deleted, contentType: c.contentType })),
    })),
    [
      { key: 'k1', found: true, siblings: [{ value: '', deleted: true, contentType: undefined }] },
      { key: 'k2', found: true, siblings: [{ value: 'v2', deleted: false, contentType: 'text/plain' }] },
    ],
  );
  t.deepEqual(fold[0].siblings[0].usermeta, [], "a tombstone's metadata is new: the deleted object's usermeta is gone");
  t.truthy(fold[0].vclock);
  const page = client.csBucketFold({ bucket: 'pg', startKey: '', maxResults: 2 });
  t.deepEqual(
    (await page.toArray()).map((o) => text(o.key)),
    ['p1', 'p2'],
  );
  t.truthy(page.continuation, 'a full page');
}

/** After the reap: only the live keys anywhere. */
async function assertReaped(t: ExecutionContext, client: RiakClient): Promise<void> {
  t.deepEqual(await keysOf(client, 'b'), ['k2']);
  t.deepEqual(await bucketsOf(client), ['b', 'idx', 'pg']);
  t.deepEqual((await client.queryIndex({ bucket: 'b', index: '$bucket' })).keys.map(text), ['k2']);
  t.deepEqual((await client.queryIndex({ bucket: 'b', index: '$key', range: ['a', 'z'] })).keys.map(text), ['k2']);
  t.deepEqual(
    (await client.csBucketFold({ bucket: 'b', startKey: '' }).toArray()).map((o) => text(o.key)),
    ['k2'],
  );
  const pages = await client.indexPages({ bucket: 'pg', index: '$bucket', maxResults: 2 }).toArray();
  t.deepEqual(
    pages.map((p) => p.keys.map(text)),
    [['p1', 'p3'], ['p4']],
  );
}

const MR = 'riak_kv_mapreduce';
const objectValue = { module: MR, function: 'map_object_value' };
const values = async (client: RiakClient, job: MapReduceJob): Promise<string[]> => sorted(((await client.mapReduceAll(job))[0] ?? []) as string[]);

/** MapReduce before the reap, as Riak answered it. */
async function assertMapReduceSeesTombstones(t: ExecutionContext, client: RiakClient): Promise<void> {
  t.deepEqual(await values(client, MapReduceJob.bucket('b').map(objectValue)), ['', 'v2'], 'bucket input');
  t.deepEqual(await values(client, MapReduceJob.bucket('b', { keyFilters: [['starts_with', 'k']] }).map(objectValue)), ['', 'v2'], 'key filter input');
  t.deepEqual(await values(client, MapReduceJob.index({ bucket: 'b', index: '$bucket', key: 'b' }).map(objectValue)), ['', 'v2'], '$bucket input');
  t.deepEqual(await values(client, MapReduceJob.index({ bucket: 'b', index: '$key', range: ['a', 'z'] }).map(objectValue)), ['', 'v2'], '$key input');
  t.deepEqual(await client.mapReduceAll(MapReduceJob.bucket('b').map(objectValue).reduce({ module: MR, function: 'reduce_count_inputs' })), { 1: [2] });
  const tombstone = MapReduceJob.keys([{ bucket: 'b', key: 'k1' }]);
  t.deepEqual(await values(client, tombstone.map(objectValue, { arg: 'filter_notfound' })), [''], 'a tombstone is not a not-found');

  const [object] = (
    await client.mapReduceAll(MapReduceJob.keys([{ bucket: 'b', key: 'k1' }], { encoding: 'erlang' }).map({ module: MR, function: 'map_identity' }))
  )[0];
  t.true(object instanceof ErlTuple);
  t.deepEqual((object as ErlTuple).items[0], atom('r_object'));
  const contents = (object as ErlTuple).items[3] as ErlTuple[];
  t.is(contents.length, 1);
  const [, meta, value] = contents[0].items;
  t.deepEqual(value, Buffer.alloc(0));
  t.deepEqual(dictFind(meta, Buffer.from('X-Riak-Deleted')), [...Buffer.from('true')], 'the string "true"');
  t.is(dictFind(meta, Buffer.from('content-type')), undefined);
}

/** MapReduce after the reap: k1 is in no input, and a key input of it is not found. */
async function assertMapReduceReaped(t: ExecutionContext, client: RiakClient): Promise<void> {
  t.deepEqual(await values(client, MapReduceJob.bucket('b').map(objectValue)), ['v2']);
  t.deepEqual(await values(client, MapReduceJob.index({ bucket: 'b', index: '$key', range: ['a', 'z'] }).map(objectValue)), ['v2']);
  t.deepEqual(await client.mapReduceAll(MapReduceJob.keys([{ bucket: 'b', key: 'k1' }]).map({ module: MR, function: 'map_identity' })), {
    0: [{ error: 'notfound' }],
  });
}

/** A data dir removed when the test ends. */
function dataDir(t: ExecutionContext): string {
  const dir = mkdtempSync(join(tmpdir(), 'riak-pb-tombstones-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

// A delete_mode delay no test outlasts (the reap is pending throughout), and `keep`.
const BACKENDS: [string, (t: ExecutionContext) => DevServerOptions][] = [
  ['memory, delete_mode 60 s', () => ({ deleteMode: 60_000 })],
  ['LevelDB, delete_mode keep', (t) => ({ dataDir: dataDir(t), deleteMode: 'keep' })],
];

for (const [name, options] of BACKENDS) {
  test(`${name}: tombstones are listed by list keys, list buckets, $bucket, $key and the CS bucket fold; a datatype by $bucket and $key`, async (t) => {
    const { client } = await withServer(t, options(t));
    await seed(client);
    await assertTombstonesListed(t, client);

    await client.updateCounter({ type: 'counters', bucket: 'hits', key: 'home', increment: 1 });
    t.deepEqual((await client.queryIndex({ type: 'counters', bucket: 'hits', index: '$bucket' })).keys.map(text), ['home']);
    t.deepEqual((await client.queryIndex({ type: 'counters', bucket: 'hits', index: '$key', range: ['a', 'z'] })).keys.map(text), ['home']);

    await assertMapReduceSeesTombstones(t, client);
    // Riak's text for the tombstone's empty value (the reason as ~p prints it, in the phase error's JSON).
    const integers = MapReduceJob.keys([{ bucket: 'b', key: 'k1' }])
      .map(objectValue)
      .reduce({ module: MR, function: 'reduce_string_to_integer' });
    const crash = await t.throwsAsync(client.mapReduceAll(integers), { instanceOf: RiakServerError });
    const reason = JSON.parse(crash?.message.replace(/^Riak error: /, '').replace(/ \(RpbMapRedReq on .*\)$/, '') ?? '{}').error as string;
    t.true(
      reason.startsWith(
        '{badarg,[{erlang,list_to_integer,\n                 [[]],\n                 [{error_info,#{module => erl_erts_errors}}]},\n         {riak_kv_mapreduce,value_to_integer,1,',
      ),
      reason,
    );
  });
}

test('a reaped tombstone leaves every listing (delete_mode 0)', async (t) => {
  const { client } = await withServer(t, { deleteMode: 0 });
  await seed(client);
  for (const [bucket, key] of [
    ['b', 'k1'],
    ['lone', 'only'],
    ['pg', 'p2'],
  ]) {
    await until(async () => (await client.get({ bucket, key, deletedvclock: true })).vclock === undefined, `${bucket}/${key} to be reaped`);
  }
  await assertReaped(t, client);
  await assertMapReduceReaped(t, client);
});

test('cluster: a tombstone is listed by every coverage query until settle() reaps it; with delete_mode keep, after it too', async (t) => {
  const h = await withCluster(t, { nodes: 3, ringSize: 8 });
  await seed(h.client);
  const via = h.clientOf(h.cluster.nodes[1]);
  await assertTombstonesListed(t, via);
  await assertMapReduceSeesTombstones(t, via);
  await h.cluster.settle();
  await assertReaped(t, via);
  await assertMapReduceReaped(t, via);

  const kept = await withCluster(t, { nodes: 3, ringSize: 8, deleteMode: 'keep' });
  await seed(kept.client);
  await kept.cluster.settle();
  await assertTombstonesListed(t, kept.clientOf(kept.cluster.nodes[2]));
});
