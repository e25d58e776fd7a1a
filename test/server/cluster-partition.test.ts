import test from 'ava';
import { values, withCluster } from '../helpers/cluster-harness.js';

/** A partition putting the key's first primary on one side with a node that is no primary, the other two on the other side. */
function split(primaries: string[], all: readonly string[]): [string[], string[]] {
  const [a] = primaries;
  const outsider = all.find((n) => !primaries.includes(n)) as string;
  return [[a, outsider], all.filter((n) => n !== a && n !== outsider)];
}

test('allow_mult: both sides of a partition take a write; after healing a get returns both as siblings, and read repair spreads them', async (t) => {
  const { cluster, client, at } = await withCluster(t);
  const key = { type: 'siblings', bucket: 'cart', key: 'alice' };
  const base = await client.put({ ...key, value: 'milk', returnBody: true });
  const [left, right] = split(
    cluster.primaries(key).map((p) => p.node),
    cluster.nodes,
  );
  cluster.partition(left, right);
  // Each side read-modify-writes from the same ancestor.
  await client.put({ ...key, value: 'milk,eggs', vclock: base.vclock, node: at(left[0]) });
  await client.put({ ...key, value: 'milk,bread', vclock: base.vclock, node: at(right[0]) });
  t.deepEqual(values((await client.get({ ...key, node: at(left[1]) })).siblings), ['milk,eggs']);
  t.deepEqual(values((await client.get({ ...key, node: at(right[1]) })).siblings), ['milk,bread']);

  cluster.heal();
  // r all: at the default r the two first replies may both come from one side (the seed decides).
  const merged = await client.get({ ...key, r: 'all' });
  t.deepEqual(values(merged.siblings), ['milk,bread', 'milk,eggs']);
  // The get repaired every primary it read: each now holds both siblings.
  const primaries = (await cluster.replicas(key)).filter((r) => r.primary);
  t.is(primaries.length, 3);
  for (const replica of primaries) t.deepEqual(values(replica.siblings), ['milk,bread', 'milk,eggs']);
  t.deepEqual(values((await client.get(key)).siblings), ['milk,bread', 'milk,eggs']);
  // Resolving with the merged vclock replaces both.
  await client.put({ ...key, value: 'milk,bread,eggs', vclock: merged.vclock });
  t.deepEqual(values((await client.get(key)).siblings), ['milk,bread,eggs']);
});

test('last_write_wins: the write made later on the other side of a partition wins, the earlier acknowledged one is lost', async (t) => {
  const { cluster, client, at } = await withCluster(t, {
    bucketTypes: { lww: { last_write_wins: true, allow_mult: false, dvv_enabled: false } },
  });
  const key = { type: 'lww', bucket: 'b', key: 'k' };
  await client.put({ ...key, value: 'v0' });
  const [left, right] = split(
    cluster.primaries(key).map((p) => p.node),
    cluster.nodes,
  );
  cluster.partition(left, right);
  await client.put({ ...key, value: 'left', node: at(left[0]) });
  await client.put({ ...key, value: 'right', node: at(right[0]) });
  cluster.heal();
  t.deepEqual(values((await client.get(key)).siblings), ['right']);
  await cluster.settle();
  const replicas = await cluster.replicas(key);
  t.true(replicas.length >= 3);
  t.true(replicas.every((r) => r.primary && values(r.siblings).join() === 'right'));
});

test('allow_mult false without last_write_wins: the partitioned writes merge to the newest, no siblings', async (t) => {
  const { cluster, client, at } = await withCluster(t);
  const key = { bucket: 'plain', key: 'k' };
  const base = await client.put({ ...key, value: 'v0', returnBody: true });
  const [left, right] = split(
    cluster.primaries(key).map((p) => p.node),
    cluster.nodes,
  );
  cluster.partition(left, right);
  await client.put({ ...key, value: 'older', vclock: base.vclock, node: at(left[0]) });
  await client.put({ ...key, value: 'newer', vclock: base.vclock, node: at(right[0]) });
  cluster.heal();
  const got = await client.get(key);
  t.deepEqual(values(got.siblings), ['newer']);
});
