import test from 'ava';
import { riakErrorOf } from '../helpers/server-harness.js';
import { values, withCluster } from '../helpers/cluster-harness.js';

/** The KV request options on a cluster node: decoded as on one node, then run through the cluster's FSMs. */

test('returnBody, returnHead, a generated key, head and ifModified answer as on one node', async (t) => {
  const { client } = await withCluster(t, { nodes: 3, ringSize: 8 });
  const body = await client.put({ bucket: 'b', key: 'k', value: 'hello', contentType: 'text/plain', returnBody: true });
  t.is(body.value?.toString(), 'hello');
  t.is(body.content?.contentType, 'text/plain');
  t.truthy(body.vclock);
  const head = await client.put({ bucket: 'b', key: 'k', value: 'again', vclock: body.vclock, returnHead: true });
  t.is(head.value?.length, 0);
  const generated = await client.put({ bucket: 'b', value: 'v', returnBody: true });
  t.regex(generated.key?.toString() ?? '', /^[0-9A-Za-z]{20,27}$/);
  t.is((await client.get({ bucket: 'b', key: generated.key ?? '' })).value?.toString(), 'v');
  const got = await client.get({ bucket: 'b', key: 'k', head: true });
  t.is(got.value?.length, 0);
  t.true((await client.get({ bucket: 'b', key: 'k', ifModified: got.vclock ?? null })).unchanged);
});

test('conditional puts read through the cluster first: match_found, modified, notfound', async (t) => {
  const { client } = await withCluster(t, { nodes: 3, ringSize: 8 });
  const key = { bucket: 'c', key: 'k' };
  t.is(await riakErrorOf(t, client.put({ ...key, value: 'x', ifNotModified: true })), 'notfound');
  await client.put({ ...key, value: 'first', ifNoneMatch: true });
  t.is(await riakErrorOf(t, client.put({ ...key, value: 'x', ifNoneMatch: true })), 'match_found');
  const current = await client.get(key);
  await client.put({ ...key, value: 'second', vclock: current.vclock, ifNotModified: true });
  t.is(await riakErrorOf(t, client.put({ ...key, value: 'x', vclock: current.vclock, ifNotModified: true })), 'modified');
  t.deepEqual(values((await client.get(key)).siblings), ['second']);
});

test('deletes with and without a vclock; deletedvclock shows a kept tombstone; deleting what is not there succeeds', async (t) => {
  const { client, cluster } = await withCluster(t, { nodes: 3, ringSize: 8, deleteMode: 'keep' });
  const key = { bucket: 'd', key: 'k' };
  await client.delete(key);
  const put = await client.put({ ...key, value: 'v', returnBody: true });
  await client.delete({ ...key, vclock: put.vclock });
  const tomb = await client.get({ ...key, deletedvclock: true });
  t.false(tomb.found);
  t.truthy(tomb.vclock);
  t.true((await cluster.replicas(key)).every((r) => r.deleted));
  // A write with the tombstone's clock replaces it everywhere.
  await client.put({ ...key, value: 'back', vclock: tomb.vclock });
  t.deepEqual(values((await client.get({ ...key, r: 'all' })).siblings), ['back']);
  await client.delete(key);
  t.false((await client.get(key)).found);
});

test('asis stores the object as sent, with no coordinating vnode advancing the clock', async (t) => {
  const { client, cluster } = await withCluster(t, { nodes: 3, ringSize: 8 });
  const key = { bucket: 'a', key: 'k' };
  const first = await client.put({ ...key, value: 'v1', returnBody: true });
  await client.put({ ...key, value: 'v2', vclock: first.vclock, asis: true });
  const replicas = await cluster.replicas(key);
  t.true(replicas.every((r) => r.vclock.equals(first.vclock ?? Buffer.alloc(0))));
});

test('size limits and n_val violations fail as on one node', async (t) => {
  const { client } = await withCluster(t, { nodes: 3, ringSize: 8, maxObjectSize: 1000 });
  t.regex(await riakErrorOf(t, client.put({ bucket: 'b', key: 'big', value: Buffer.alloc(2000) })), /^\{too_large,\d+\}$/);
  t.false((await client.get({ bucket: 'b', key: 'big' })).found);
  t.is(await riakErrorOf(t, client.put({ bucket: 'b', key: 'k', value: 'v', w: 'all', nVal: 5 })), '{n_val_violation,5}');
});
