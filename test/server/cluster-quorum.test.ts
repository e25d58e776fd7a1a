import test from 'ava';
import { riakErrorOf } from '../helpers/server-harness.js';
import { values, withCluster } from '../helpers/cluster-harness.js';

const key = { bucket: 'q', key: 'k' };

test("with 2 of 3 primaries down: pr 'quorum' fails with Riak's error, r 1 returns the stale copy the third one kept", async (t) => {
  const { cluster, client, at } = await withCluster(t);
  const [a, b, c] = cluster.primaries(key).map((p) => p.node);
  // Requests go through a node that stays up (a pool may still try a stopped one first).
  const via = at(cluster.nodes.find((n) => n !== a && n !== b && n !== c) ?? '');
  await client.put({ ...key, value: 'v1' });
  // c misses v2 (a fallback takes it for c), then comes back without handoff.
  await cluster.stop(c);
  const v1 = await client.get({ ...key, node: via });
  await client.put({ ...key, value: 'v2', vclock: v1.vclock, node: via });
  await cluster.start(c);
  await cluster.stop(a);
  await cluster.stop(b);

  t.is(await riakErrorOf(t, client.get({ ...key, pr: 'quorum', node: via })), '{pr_val_unsatisfied,2,1}');
  t.is(await riakErrorOf(t, client.get({ ...key, pr: 'all', node: via })), '{pr_val_unsatisfied,3,1}');
  // The fallbacks standing in for a and b have nothing; c answers with what it has.
  const stale = await client.get({ ...key, r: 1, notfoundOk: false, node: via });
  t.deepEqual(values(stale.siblings), ['v1']);
  // A put needing two primaries fails the same way, before anything is written.
  t.is(await riakErrorOf(t, client.put({ ...key, value: 'v3', pw: 2, node: via })), '{pw_val_unsatisfied,2,1}');
});

test('quorums Riak validates against the preference list: n_val, insufficient_vnodes, node confirms', async (t) => {
  const { cluster, client, at } = await withCluster(t, { nodes: 3, ringSize: 8 });
  t.is(await riakErrorOf(t, client.get({ ...key, r: 4 })), '{n_val_violation,3}');
  t.is(await riakErrorOf(t, client.put({ ...key, value: 'x', w: 4 })), '{n_val_violation,3}');
  t.is(await riakErrorOf(t, client.get({ ...key, nVal: 4 })), '{n_val_violation,4}');
  // With sloppy quorum off, only the primaries that are up count.
  const [a, b, c] = cluster.primaries(key).map((p) => p.node);
  const via = at(a ?? '');
  await cluster.stop(b);
  await cluster.stop(c);
  t.is(await riakErrorOf(t, client.get({ ...key, r: 2, sloppyQuorum: false, node: via })), '{insufficient_vnodes,1,need,2}');
  t.is(await riakErrorOf(t, client.put({ ...key, value: 'x', w: 2, sloppyQuorum: false, node: via })), '{insufficient_vnodes,1,need,2}');
  // One node up: every vnode of the preflist is on it.
  t.is(await riakErrorOf(t, client.get({ ...key, nodeConfirms: 2, node: via })), '{insufficient_nodes,1,need,2}');
  t.is(await riakErrorOf(t, client.put({ ...key, value: 'x', nodeConfirms: 2, node: via })), '{node_confirms_val_unsatisfied,2,1}');
  // Sloppy quorum: fallbacks on the one node left take the write.
  await client.put({ ...key, value: 'kept', w: 3, node: via });
  t.deepEqual(values((await client.get({ ...key, r: 3, node: via })).siblings), ['kept']);
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

test('basic_quorum: with notfound_ok false, a get gives up once a majority said notfound, without waiting for the slow replica that has the value', async (t) => {
  /** A fresh cluster where only the key's third primary, slow, holds the value: a and b were down for the write. */
  const onlyOnSlowC = async (): Promise<Awaited<ReturnType<typeof withCluster>>> => {
    const harness = await withCluster(t);
    const [a, b, c] = harness.cluster.primaries(key).map((p) => p.node);
    await harness.cluster.stop(a);
    await harness.cluster.stop(b);
    await harness.client.put({ ...key, value: 'only-c', node: harness.at(c ?? '') });
    await harness.cluster.start(a);
    await harness.cluster.start(b);
    harness.cluster.slow(c, 50);
    return harness;
  };
  const primaryCopies = async (h: Awaited<ReturnType<typeof withCluster>>): Promise<number> => (await h.cluster.replicas(key)).filter((r) => r.primary).length;

  const quick = await onlyOnSlowC();
  t.false((await quick.client.get({ ...key, r: 1, notfoundOk: false, basicQuorum: true })).found);
  // The get answered without c, but still reads c's late reply and repairs a and b with it, as Riak's FSM does
  // (settle() waits for that reply).
  await quick.cluster.settle({ antiEntropy: false });
  t.is(await primaryCopies(quick), 3);

  // Without basic_quorum the get waits for c: its answer is the one ok reply needed.
  const patient = await onlyOnSlowC();
  t.deepEqual(values((await patient.client.get({ ...key, r: 1, notfoundOk: false })).siblings), ['only-c']);

  // With notfound_ok (the default) two notfounds are two ok replies: r 2 is met before c answers.
  const hasty = await onlyOnSlowC();
  t.false((await hasty.client.get({ ...key, r: 2 })).found);
});

test('a node stopped while its vnodes owe a slow reply: the request times out, the client sees its connection close, the server goes on', async (t) => {
  const errors: unknown[] = [];
  const { cluster, client, clientOf } = await withCluster(t, { nodes: 3, ringSize: 8, onError: (err) => errors.push(err) });
  await client.put({ ...key, value: 'v', w: 3 });
  cluster.slow('dev1', 100);
  const dev1 = clientOf('dev1');
  const pending = dev1.get({ ...key, r: 3, timeout: 1000 });
  await cluster.stop('dev1');
  await t.throwsAsync(pending);
  cluster.slow('dev1', 0);
  await cluster.settle();
  await cluster.start('dev1');
  t.deepEqual(values((await dev1.get({ ...key, r: 3 })).siblings), ['v']);
  t.deepEqual(errors, []);
});
