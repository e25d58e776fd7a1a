import test from 'ava';
import { values, withCluster } from '../helpers/cluster-harness.js';

const key = { bucket: 'r', key: 'k' };

/** node → the values of its copy (primaries and fallbacks apart). */
async function copies(cluster: Awaited<ReturnType<typeof withCluster>>['cluster']): Promise<string[]> {
  return (await cluster.replicas(key)).map(
    (r) => `${r.node.split('@')[0]}${r.primary ? '' : '(fallback)'}=${r.deleted ? '<tombstone>' : values(r.siblings).join('|')}`,
  );
}

test('read repair: a get that finds a stale replica writes the merged object back to it', async (t) => {
  const { cluster, client, at } = await withCluster(t);
  const [a, b, c] = cluster.primaries(key).map((p) => p.node);
  await client.put({ ...key, value: 'v1' });
  // c misses v2, and b's fallback is not consulted once b is back: c alone is stale.
  await cluster.stop(c);
  const v1 = await client.get({ ...key, node: at(a) });
  await client.put({ ...key, value: 'v2', vclock: v1.vclock, node: at(a) });
  await cluster.start(c);
  const before = await cluster.replicas(key);
  t.deepEqual(values(before.find((r) => r.node === c && r.primary)?.siblings ?? []), ['v1']);
  t.true(
    before.some((r) => !r.primary && values(r.siblings).join() === 'v2'),
    'the fallback holds the hinted v2',
  );

  const got = await client.get(key);
  t.deepEqual(values(got.siblings), ['v2']);
  const after = await cluster.replicas(key);
  for (const node of [a, b, c]) t.deepEqual(values(after.find((r) => r.node === node && r.primary)?.siblings ?? []), ['v2'], node);
});

test('hinted handoff: a write taken by fallbacks while its primaries were down reaches them after start + settle', async (t) => {
  const { cluster, client, at } = await withCluster(t);
  const [a, b, c] = cluster.primaries(key).map((p) => p.node);
  await cluster.stop(b);
  await cluster.stop(c);
  await client.put({ ...key, value: 'hinted', w: 3, node: at(a) });
  const before = await cluster.replicas(key);
  t.deepEqual(
    before.map((r) => r.primary),
    [true, false, false],
    'a, and two fallbacks (anywhere up, a too)',
  );
  t.is(before[0].node, a);
  await cluster.start(b);
  await cluster.start(c);
  t.is((await cluster.replicas(key)).length, 3, 'nothing moves before settle()');
  // Anti-entropy off: only handoff can bring the value to b and c.
  await cluster.settle({ antiEntropy: false });
  t.deepEqual(
    (await cluster.replicas(key)).map((r) => [r.node, r.primary, values(r.siblings)]),
    [
      [a, true, ['hinted']],
      [b, true, ['hinted']],
      [c, true, ['hinted']],
    ],
  );
});

test('handoff waits for the fallback to reach the primary', async (t) => {
  const { cluster, client, at } = await withCluster(t);
  const [a, , c] = cluster.primaries(key).map((p) => p.node);
  await cluster.stop(c);
  await client.put({ ...key, value: 'hinted', node: at(a) });
  const fallback = (await cluster.replicas(key)).find((r) => !r.primary)?.node ?? '';
  await cluster.start(c);
  cluster.partition(
    [fallback],
    cluster.nodes.filter((n) => n !== fallback),
  );
  await cluster.settle({ antiEntropy: false });
  t.true(
    (await cluster.replicas(key)).some((r) => !r.primary),
    'still on the fallback',
  );
  cluster.heal();
  await cluster.settle({ antiEntropy: false });
  t.deepEqual(
    (await cluster.replicas(key)).map((r) => [r.primary, values(r.siblings)]),
    [
      [true, ['hinted']],
      [true, ['hinted']],
      [true, ['hinted']],
    ],
  );
});

test('delete under a partition: with delete_mode immediate a hinted old value comes back after reaping; with keep the tombstone wins', async (t) => {
  const script = async (deleteMode: 'immediate' | 'keep'): Promise<{ found: boolean; copies: string[] }> => {
    const { cluster, client, at } = await withCluster(t, { deleteMode });
    const [a, , c] = cluster.primaries(key).map((p) => p.node);
    // v1 written while c is cut off: a fallback on the majority side holds c's copy.
    cluster.partition(
      cluster.nodes.filter((n) => n !== c),
      [c],
    );
    await client.put({ ...key, value: 'v1', node: at(a) });
    cluster.heal();
    // The delete reads v1 (repairing c), writes tombstones on all three primaries, then reaps (or keeps) them.
    await client.delete(key);
    t.false((await client.get(key)).found);
    // Handoff brings the fallback's v1 to c: into nothing (reaped) or onto a tombstone that descends it (kept).
    await cluster.settle();
    return { found: (await client.get(key)).found, copies: await copies(cluster) };
  };
  const immediate = await script('immediate');
  t.true(immediate.found, 'resurrected');
  t.true(
    immediate.copies.every((c) => c.endsWith('=v1')),
    immediate.copies.join(' '),
  );
  const keep = await script('keep');
  t.false(keep.found, 'stays deleted');
  t.true(keep.copies.length === 3 && keep.copies.every((c) => c.endsWith('=<tombstone>')), keep.copies.join(' '));
});

test('delete_mode in milliseconds: tombstones stay readable with deletedvclock until settle() reaps them', async (t) => {
  const { cluster, client } = await withCluster(t, { deleteMode: 3000 });
  await client.put({ ...key, value: 'v' });
  await client.delete(key);
  t.is((await cluster.replicas(key)).filter((r) => r.deleted).length, 3);
  const tomb = await client.get({ ...key, deletedvclock: true });
  t.false(tomb.found);
  t.truthy(tomb.vclock);
  await cluster.settle();
  t.deepEqual(await cluster.replicas(key), []);
});
