import test from 'ava';
import { text } from '../../src/index.js';
import type { ClusterControl, ClusterKey } from '../../src/server/cluster/types.js';
import { riakErrorOf } from '../helpers/server-harness.js';
import { values, withCluster } from '../helpers/cluster-harness.js';

// Classic Riak behaviours, reproduced through RiakClient on the simulated
// cluster and compared with what Riak's documentation says. The others of
// issue 19's list are in cluster-partition (siblings, LWW), cluster-quorum
// (pr and a stale r 1), cluster-repair (read repair, handoff, resurrection by
// handoff under delete_mode immediate vs keep) and cluster-datatypes
// (counters, sets, maps across a partition).

/** Every copy of a key, `node=values` (`node(fallback)=...` for hinted copies), primaries first. */
async function copies(cluster: ClusterControl, key: ClusterKey): Promise<string[]> {
  return (await cluster.replicas(key)).map(
    (r) =>
      `${r.node.split('@')[0]}${r.primary ? '' : '(fallback)'}=${r.siblings
        .map((s) => (s.deleted ? '<tombstone>' : s.value.toString()))
        .sort()
        .join('|')}`,
  );
}

/** Cuts the key's first primary off with one node that holds no replica of it; the other two primaries stay together. */
function split(cluster: ClusterControl, key: ClusterKey): { minority: string[]; majority: string[] } {
  const primaries = cluster.primaries(key).map((p) => p.node);
  const outsider = cluster.nodes.find((n) => !primaries.includes(n)) as string;
  const minority = [primaries[0] as string, outsider];
  return { minority, majority: cluster.nodes.filter((n) => !minority.includes(n)) };
}

const short = (node: string): string => node.split('@')[0] as string;

// docs.riak.com/riak/kv/latest/using/reference/object-deletion/ ("Object Deletion Example Scenario"):
// A, B, C hold an object, C goes offline, a delete marks it on A and B, C comes back with the object; on a read,
// Riak sees divergent replicas and repairs. The tombstone's vclock descends C's copy, so C is told to delete too.
// "If fallback nodes are in use, the tombstone will not be removed" (riak_kv_get_core:final_action: delete needs a
// reply from all n primaries and no read repair pending), so the reap waits for the read after the repair.
test('a delete while a replica is down: the tombstone stays while a fallback stands in, repairs the returning replica, and is reaped only by the read after', async (t) => {
  const key = { bucket: 'deletion', key: 'scenario' };
  const { cluster, client, at } = await withCluster(t, { deleteMode: 'immediate' });
  const [a, b, c] = cluster.primaries(key).map((p) => short(p.node));
  await client.put({ ...key, value: 'v1', w: 'all' });
  await cluster.stop(c);
  await client.delete({ ...key, node: at(a) });
  const hinted = await copies(cluster, key);
  t.deepEqual(hinted.slice(0, 3), [`${a}=<tombstone>`, `${b}=<tombstone>`, `${c}=v1`], 'immediate mode, yet not reaped');
  t.is(hinted.length, 4);
  t.regex(hinted[3] ?? '', /^dev\d\(fallback\)=<tombstone>$/);

  await cluster.start(c);
  t.false((await client.get({ ...key, node: at(a) })).found, 'the tombstone wins over the old copy');
  t.deepEqual((await copies(cluster, key)).slice(0, 3), [`${a}=<tombstone>`, `${b}=<tombstone>`, `${c}=<tombstone>`], 'c repaired, nothing reaped yet');
  t.false((await client.get({ ...key, node: at(a) })).found);
  t.deepEqual(await copies(cluster, key), [hinted[3]], 'every primary agreed: reaped; the fallback waits for handoff');

  // Handoff brings the fallback's tombstone to c, anti-entropy to the others, the next read reaps: v1 never returns.
  await cluster.settle();
  t.false((await client.get({ ...key, r: 'all' })).found);
  t.deepEqual(await copies(cluster, key), []);
});

// docs.riak.com/riak/kv/latest/using/reference/object-deletion/ (delete_mode keep: tombstones are never removed) and
// the scenario above: with keep, the returning replica is repaired to the tombstone and every copy stays a tombstone.
test('the same delete under delete_mode keep: every replica ends a tombstone, none is removed', async (t) => {
  const key = { bucket: 'deletion', key: 'kept' };
  const { cluster, client, at } = await withCluster(t, { deleteMode: 'keep' });
  const [a, b, c] = cluster.primaries(key).map((p) => short(p.node));
  await client.put({ ...key, value: 'v1', w: 'all' });
  await cluster.stop(c);
  await client.delete({ ...key, node: at(a) });
  await cluster.start(c);
  t.false((await client.get({ ...key, node: at(a) })).found);
  t.false((await client.get({ ...key, node: at(a) })).found);
  await cluster.settle();
  t.deepEqual(await copies(cluster, key), [`${a}=<tombstone>`, `${b}=<tombstone>`, `${c}=<tombstone>`]);
  const tombstone = await client.get({ ...key, deletedvclock: true });
  t.false(tombstone.found);
  t.truthy(tombstone.vclock, 'a kept tombstone still has a vclock to write over');
});

// Riak's deletion notes (gist.github.com/angrycub/4741075, Basho, "delete_mode"): Riak must "resolve what happens
// if the network is partitioned and an object is deleted on one side but updated on the other side". Both carry the
// same ancestor's vclock, so neither descends the other: on allow_mult they become siblings, one of them a tombstone
// (riak_object:reconcile keeps both; riak_kv_get_core answers the object since not every sibling is deleted).
test('deleted on one side of a partition, updated on the other: after healing the update survives beside a tombstone sibling', async (t) => {
  const key = { type: 'siblings', bucket: 'carts', key: 'bob' };
  const { cluster, client, at } = await withCluster(t);
  const base = await client.put({ ...key, value: 'milk', returnBody: true, w: 'all' });
  const { minority, majority } = split(cluster, key);
  cluster.partition(minority, majority);
  await client.delete({ ...key, vclock: base.vclock, node: at(minority[0] as string) });
  await client.put({ ...key, value: 'milk,eggs', vclock: base.vclock, node: at(majority[0] as string) });
  t.false((await client.get({ ...key, node: at(minority[1] as string) })).found, 'deleted on its side');
  cluster.heal();

  const merged = await client.get({ ...key, r: 'all' });
  t.true(merged.found);
  t.deepEqual(merged.siblings.map((s) => (s.deleted ? '<tombstone>' : s.value?.toString())).sort(), ['<tombstone>', 'milk,eggs']);
  // A bucket handle leaves tombstones out: one live value, no resolver needed; its write-back (with the read's
  // vclock) replaces both siblings.
  const carts = client.bucket({ type: 'siblings', bucket: 'carts', codec: text() });
  t.is(await carts.get('bob'), 'milk,eggs');
  const written = await carts.update('bob', (cart) => `${cart ?? ''},bread`);
  t.is(written.data, 'milk,eggs,bread');
  await cluster.settle();
  t.deepEqual(
    (await copies(cluster, key)).map((copy) => copy.split('=')[1]),
    ['milk,eggs,bread', 'milk,eggs,bread', 'milk,eggs,bread'],
  );
});

// docs.riak.com/riak/kv/latest/developing/app-guide/replication-properties/ (PR and PW: "primary" reads and writes)
// and docs.riak.com/riak/kv/latest/learn/glossary/ (sloppy quorum, hinted handoff): during a partition each side
// stands fallbacks in for the primaries it cannot reach, so w and r quorums succeed on both sides; pr and pw count
// primaries only, so only the side holding two of the three primaries meets a quorum of them.
test('a partition: both sides take w and r quorums on fallbacks; only the side with two primaries meets pw and pr quorum', async (t) => {
  const key = { bucket: 'sloppy', key: 'k' };
  const { cluster, client, at } = await withCluster(t);
  await client.put({ ...key, value: 'v0', w: 'all' });
  const { minority, majority } = split(cluster, key);
  cluster.partition(minority, majority);
  const small = at(minority[1] as string);
  const large = at(majority[0] as string);

  await client.put({ ...key, value: 'small side', w: 'quorum', node: small });
  await client.put({ ...key, value: 'large side', w: 'quorum', node: large });
  t.deepEqual(values((await client.get({ ...key, r: 'quorum', notfoundOk: false, node: small })).siblings), ['small side']);

  t.is(await riakErrorOf(t, client.put({ ...key, value: 'x', pw: 'quorum', node: small })), '{pw_val_unsatisfied,2,1}');
  t.is(await riakErrorOf(t, client.get({ ...key, pr: 'quorum', node: small })), '{pr_val_unsatisfied,2,1}');
  t.is(await riakErrorOf(t, client.put({ ...key, value: 'x', w: 'quorum', sloppyQuorum: false, node: small })), '{insufficient_vnodes,1,need,2}');
  await client.put({ ...key, value: 'large side, pw', pw: 'quorum', node: large });
  t.deepEqual(values((await client.get({ ...key, pr: 'quorum', node: large })).siblings), ['large side, pw']);

  // Healed and settled, hinted handoff and anti-entropy leave the newest write on every primary (allow_mult false).
  cluster.heal();
  await cluster.settle();
  t.deepEqual(
    (await copies(cluster, key)).map((copy) => copy.split('=')[1]),
    ['large side, pw', 'large side, pw', 'large side, pw'],
  );
});
