import test from 'ava';
import { riakErrorOf } from '../helpers/server-harness.js';
import { values, withCluster } from '../helpers/cluster-harness.js';

const key = { bucket: 'q', key: 'k' };

test("with 2 of 3 primaries down: pr 'quorum' fails with Riak's error, r 1 returns the stale copy the third one kept", async (t) => {
  const { cluster, client } = await withCluster(t);
  const [a, b, c] = cluster.primaries(key).map((p) => p.node);
  await client.put({ ...key, value: 'v1' });
  // c misses v2 (a fallback takes it for c), then comes back without handoff.
  await cluster.stop(c);
  const v1 = await client.get(key);
  await client.put({ ...key, value: 'v2', vclock: v1.vclock });
  await cluster.start(c);
  await cluster.stop(a);
  await cluster.stop(b);

  t.is(await riakErrorOf(t, client.get({ ...key, pr: 'quorum' })), '{pr_val_unsatisfied,2,1}');
  t.is(await riakErrorOf(t, client.get({ ...key, pr: 'all' })), '{pr_val_unsatisfied,3,1}');
  // The fallbacks standing in for a and b have nothing; c answers with what it has.
  const stale = await client.get({ ...key, r: 1, notfoundOk: false });
  t.deepEqual(values(stale.siblings), ['v1']);
  // A put needing two primaries fails the same way, before anything is written.
  t.is(await riakErrorOf(t, client.put({ ...key, value: 'v3', pw: 2 })), '{pw_val_unsatisfied,2,1}');
});

test('quorums Riak validates against the preference list: n_val, insufficient_vnodes, node confirms', async (t) => {
  const { cluster, client } = await withCluster(t, { nodes: 3, ringSize: 8 });
  t.is(await riakErrorOf(t, client.get({ ...key, r: 4 })), '{n_val_violation,3}');
  t.is(await riakErrorOf(t, client.put({ ...key, value: 'x', w: 4 })), '{n_val_violation,3}');
  t.is(await riakErrorOf(t, client.get({ ...key, nVal: 4 })), '{n_val_violation,4}');
  // With sloppy quorum off, only the primaries that are up count.
  const [, b, c] = cluster.primaries(key).map((p) => p.node);
  await cluster.stop(b);
  await cluster.stop(c);
  t.is(await riakErrorOf(t, client.get({ ...key, r: 2, sloppyQuorum: false })), '{insufficient_vnodes,1,need,2}');
  t.is(await riakErrorOf(t, client.put({ ...key, value: 'x', w: 2, sloppyQuorum: false })), '{insufficient_vnodes,1,need,2}');
  // One node up: every vnode of the preflist is on it.
  t.is(await riakErrorOf(t, client.get({ ...key, nodeConfirms: 2 })), '{insufficient_nodes,1,need,2}');
  t.is(await riakErrorOf(t, client.put({ ...key, value: 'x', nodeConfirms: 2 })), '{node_confirms_val_unsatisfied,2,1}');
  // Sloppy quorum: fallbacks on the one node left take the write.
  await client.put({ ...key, value: 'kept', w: 3 });
  t.deepEqual(values((await client.get({ ...key, r: 3 })).siblings), ['kept']);
});

test("a slow node's vnodes answer late: a get whose timeout expires first fails with Riak's `timeout`", async (t) => {
  const { cluster, client } = await withCluster(t, { nodes: 3, ringSize: 8 });
  await client.put({ ...key, value: 'v', w: 3 });
  for (const node of cluster.nodes) cluster.slow(node, 200);
  t.is(await riakErrorOf(t, client.get({ ...key, timeout: 20 })), 'timeout');
  t.is(await riakErrorOf(t, client.put({ ...key, value: 'w', timeout: 20 })), 'timeout');
  for (const node of cluster.nodes) cluster.slow(node, 0);
  await cluster.settle();
  // The late put still landed on every vnode it reached (Riak does not undo it).
  t.deepEqual(values((await client.get({ ...key, r: 3 })).siblings), ['w']);
});
