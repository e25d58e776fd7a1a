import test, { type ExecutionContext } from 'ava';
import type { RiakClient } from '../../src/client/riak-client.js';
import type { ReplicaDatatype, ReplicaView } from '../../src/server/cluster/types.js';
import { decodeVClock } from '../../src/server/vclock.js';
import { type ClusterHarness, withCluster } from '../helpers/cluster-harness.js';
import { riakErrorOf } from '../helpers/server-harness.js';

/*
 * Datatypes on a simulated cluster: updates coordinated on a vnode with its
 * own actor, replicas merged as CRDTs (never one picked), Riak's quorum
 * errors; through RiakClient over real TCP.
 */

/** A partition putting the key's first primary on one side with a node that is no primary, the other two primaries on the other side. */
function split(h: ClusterHarness, key: { type: string; bucket: string; key: string }): [string[], string[]] {
  const primaries = h.cluster.primaries(key).map((p) => p.node);
  const [a] = primaries;
  const outsider = h.cluster.nodes.find((n) => !primaries.includes(n)) as string;
  return [[a, outsider], h.cluster.nodes.filter((n) => n !== a && n !== outsider)];
}

/** One client per node, made once (datatype calls take no `node` option: a client of that node alone sends them there). */
function perNode(h: ClusterHarness): (node: string) => RiakClient {
  const clients = new Map<string, RiakClient>();
  return (node) => {
    let client = clients.get(node);
    if (client === undefined) {
      client = h.clientOf(node);
      clients.set(node, client);
    }
    return client;
  };
}

const text = (members: readonly Buffer[]): string[] => members.map(String).sort();

/** What each replica's CRDT reads, primaries first (tests compare decoded values, not bytes). */
function decoded(replicas: readonly ReplicaView[]): unknown[] {
  return replicas.map((r) => plain(r.datatype));
}

function plain(datatype: ReplicaDatatype | undefined): unknown {
  if (datatype === undefined) return undefined;
  switch (datatype.type) {
    case 'set':
    case 'gset':
      return text(datatype.value);
    case 'map':
      return Object.fromEntries(
        datatype.value.map((f) => [`${f.name}:${f.type}`, f.type === 'set' ? text(f.value) : Buffer.isBuffer(f.value) ? String(f.value) : f.value]),
      );
    default:
      return datatype.value;
  }
}

test('counters incremented on both sides of a partition: each side sees its own, a fetch at r all merges them, settle leaves every replica with the sum', async (t) => {
  const h = await withCluster(t);
  const { cluster, client } = h;
  const on = perNode(h);
  const key = { type: 'counters', bucket: 'hits', key: 'page' };
  await client.updateCounter({ ...key, increment: 10 });
  const [left, right] = split(h, key);
  cluster.partition(left, right);
  await on(left[0]).updateCounter({ ...key, increment: 1 });
  await on(left[1]).updateCounter({ ...key, increment: 2 });
  await on(right[0]).updateCounter({ ...key, increment: 5 });
  t.is((await on(left[1]).fetchCounter({ ...key })).value, 13);
  t.is((await on(right[1]).fetchCounter({ ...key })).value, 15);

  cluster.heal();
  // The primaries disagree: 13 on one, 15 on the others (the left fallbacks hold 13 too).
  t.deepEqual(decoded((await cluster.replicas(key)).filter((r) => r.primary)).sort(), [13, 15, 15]);
  t.is((await client.fetchCounter({ ...key, r: 'all' })).value, 18);
  await cluster.settle();
  const replicas = await cluster.replicas(key);
  t.true(replicas.every((r) => r.primary));
  t.deepEqual(decoded(replicas), [18, 18, 18]);
  t.true(replicas.every((r) => r.vclock.equals(replicas[0].vclock)));
  // Each side's coordinating vnode counted with its own actor: the clock has one entry per coordinator.
  t.true(decodeVClock(replicas[0].vclock).length >= 2);
  for (const node of cluster.nodes) t.is((await on(node).fetchCounter({ ...key })).value, 18);
  // return_body answers the merged value the write quorum stored.
  t.is((await client.updateCounter({ ...key, increment: 1, returnBody: true })).value, 19);
});

test('a set changed on both sides of a partition merges as riak_dt_orswot: a concurrent add beats a remove, removes with a context (deferred too) hold', async (t) => {
  const h = await withCluster(t);
  const { cluster, client } = h;
  const on = perNode(h);
  const key = { type: 'sets', bucket: 'tags', key: 'post' };
  await client.updateSet({ ...key, add: ['a', 'b', 'c'] });
  const [left, right] = split(h, key);
  cluster.partition(left, right);

  const seenLeft = await on(left[0]).fetchSet({ ...key });
  await on(left[0]).updateSet({ ...key, remove: 'a', add: ['x', 'y'], context: seenLeft.context });
  const seenRight = await on(right[0]).fetchSet({ ...key });
  await on(right[0]).updateSet({ ...key, add: 'a' });
  await on(right[1]).updateSet({ ...key, remove: 'b', context: seenRight.context });
  // A remove of 'y' with a context from the left side, sent to the right side, which has not seen 'y' yet: deferred there.
  const withY = await on(left[1]).fetchSet({ ...key });
  await on(right[0]).updateSet({ ...key, remove: 'y', context: withY.context });
  t.deepEqual(text((await on(left[1]).fetchSet({ ...key })).value), ['b', 'c', 'x', 'y']);
  t.deepEqual(text((await on(right[1]).fetchSet({ ...key })).value), ['a', 'c']);

  cluster.heal();
  // 'a': the right side's add is one the left side's remove never saw, so it stays; 'b' and 'y' go.
  t.deepEqual(text((await client.fetchSet({ ...key, r: 'all' })).value), ['a', 'c', 'x']);
  await cluster.settle();
  t.deepEqual(decoded(await cluster.replicas(key)), [
    ['a', 'c', 'x'],
    ['a', 'c', 'x'],
    ['a', 'c', 'x'],
  ]);
  // Without a context, removing what this replica does not hold is Riak's precondition error.
  t.is(await riakErrorOf(t, client.updateSet({ ...key, remove: 'zz' })), '{precondition,{not_present,<<"zz">>}}');
});

test('a map with counter, set and register fields changed across a partition: counters add up, sets union, the later register write wins', async (t) => {
  const h = await withCluster(t);
  const { cluster, client } = h;
  const on = perNode(h);
  const key = { type: 'maps', bucket: 'profiles', key: 'ann' };
  await client.updateMap({ ...key, update: (m) => m.incrementCounter('visits', 1).addToSet('tags', 'base').setRegister('owner', 'nobody') });
  const [left, right] = split(h, key);
  cluster.partition(left, right);
  await on(left[0]).updateMap({ ...key, update: (m) => m.incrementCounter('visits', 2).addToSet('tags', 'left').setRegister('owner', 'left') });
  await on(right[0]).updateMap({ ...key, update: (m) => m.incrementCounter('visits', 3).addToSet('tags', 'right').setRegister('owner', 'right') });
  const leftView = (await on(left[1]).fetchMap({ ...key })).value;
  t.is(leftView.counters.visits, 3);
  t.is(String(leftView.registers.owner), 'left');

  cluster.heal();
  const merged = (await client.fetchMap({ ...key, r: 'all' })).value;
  t.is(merged.counters.visits, 6);
  t.deepEqual(text(merged.sets.tags), ['base', 'left', 'right']);
  t.is(String(merged.registers.owner), 'right');
  await cluster.settle();
  const expected = { 'owner:register': 'right', 'tags:set': ['base', 'left', 'right'], 'visits:counter': 6 };
  t.deepEqual(decoded(await cluster.replicas(key)), [expected, expected, expected]);
});

test("with 2 of 3 primaries down: pr and pw fail with Riak's errors, r 1 answers what the live replica has, legacy counters too", async (t) => {
  const h = await withCluster(t);
  const { cluster, client } = h;
  const on = perNode(h);
  const key = { type: 'counters', bucket: 'q', key: 'k' };
  const legacy = { bucket: 'legacy', key: 'k' };
  await client.setBucketProps({ bucket: 'legacy', props: { allowMult: true } });
  await client.updateCounter({ ...key, increment: 1 });
  await client.updateLegacyCounter({ ...legacy, amount: 7 });
  const [a, b, c] = cluster.primaries(key).map((p) => p.node);
  const via = cluster.nodes.find((n) => n !== a && n !== b && n !== c) ?? '';
  await cluster.stop(a);
  await cluster.stop(b);

  t.is(await riakErrorOf(t, on(via).fetchCounter({ ...key, pr: 'quorum' })), '{pr_val_unsatisfied,2,1}');
  t.is(await riakErrorOf(t, on(via).updateCounter({ ...key, increment: 1, pw: 'quorum' })), '{pw_val_unsatisfied,2,1}');
  t.is(await riakErrorOf(t, on(via).fetchCounter({ ...key, r: 4 })), '{n_val_violation,3}');
  t.is((await on(via).fetchCounter({ ...key, r: 1, notfoundOk: false })).value, 1);
  // Sloppy quorum: fallbacks take the write; a fetch of one primary and two fallbacks merges it in.
  await on(via).updateCounter({ ...key, increment: 2 });
  t.is((await on(via).fetchCounter({ ...key, r: 'all' })).value, 3);

  // Legacy counters (RpbCounter*): one primary of theirs left up, the request sent to it.
  const legacyPrimaries = cluster.primaries(legacy).map((p) => p.node);
  const kept = legacyPrimaries.find((n) => n !== a && n !== b) as string;
  for (const node of legacyPrimaries) if (node !== kept) await cluster.stop(node);
  t.is(await riakErrorOf(t, on(kept).fetchLegacyCounter({ ...legacy, pr: 'all' })), '{pr_val_unsatisfied,3,1}');
  t.is(await riakErrorOf(t, on(kept).updateLegacyCounter({ ...legacy, amount: 1, pw: 'quorum' })), '{pw_val_unsatisfied,2,1}');
  t.deepEqual(await on(kept).fetchLegacyCounter({ ...legacy, r: 1, notfoundOk: false }), { found: true, value: 7 });
});

test('a KV get of a datatype key shows the CRDT object: its vclock, application/riak_<type>, the binary form; legacy counters merge across a partition', async (t) => {
  const h = await withCluster(t);
  const { cluster, client } = h;
  const on = perNode(h);
  const key = { type: 'counters', bucket: 'kv', key: 'face' };
  await client.updateCounter({ ...key, increment: 4 });
  const got = await client.get(key);
  t.true(got.found);
  t.is(got.siblings.length, 1);
  t.is(got.content?.contentType, 'application/riak_counter');
  t.is(got.value?.[0], 69); // riak_kv_crdt's ?TAG
  t.is(got.value?.[1], 2);
  const [replica] = await cluster.replicas(key);
  t.deepEqual(got.vclock, replica.vclock);
  t.deepEqual(got.value, replica.siblings[0].value);

  await client.setBucketProps({ bucket: 'legacy', props: { allowMult: true } });
  const legacy = { bucket: 'legacy', key: 'c' };
  await client.updateLegacyCounter({ ...legacy, amount: 1 });
  const [left, right] = split(h, { type: 'default', ...legacy });
  cluster.partition(left, right);
  t.is(await on(left[0]).updateLegacyCounter({ ...legacy, amount: 10, returnValue: true }), 11);
  t.is(await on(right[0]).updateLegacyCounter({ ...legacy, amount: -3, returnValue: true }), -2);
  cluster.heal();
  t.deepEqual(await client.fetchLegacyCounter({ ...legacy, r: 'all' }), { found: true, value: 8 });
  const legacyFace = await client.get(legacy);
  t.is(legacyFace.content?.contentType, 'application/riak_counter');
  t.deepEqual([...(legacyFace.value ?? Buffer.alloc(0)).subarray(0, 2)], [69, 1]);
});

/** A script of faults and datatype updates; every answer and every replica (values, clock actors and counters). */
async function script(t: ExecutionContext, seed: number): Promise<unknown> {
  const h = await withCluster(t, { seed });
  const { cluster } = h;
  const on = perNode(h);
  const keys = ['a', 'b', 'c', 'd'].map((k) => ({ type: 'sets', bucket: 'det', key: k }));
  const answers: unknown[] = [];
  for (const key of keys) await on('dev1').updateSet({ ...key, add: 'base' });
  await cluster.stop('dev3');
  cluster.partition(['dev1', 'dev2'], ['dev4', 'dev5']);
  for (const key of keys) {
    await on('dev2').updateSet({ ...key, add: 'left' });
    await on('dev5').updateSet({ ...key, add: 'right' });
    answers.push(text((await on('dev4').fetchSet({ ...key, r: 1 })).value));
  }
  cluster.heal();
  await cluster.start('dev3');
  for (const key of keys) answers.push(text((await on('dev3').fetchSet({ ...key, r: 1 })).value));
  await cluster.settle();
  const replicas: unknown[] = [];
  for (const key of keys) {
    for (const r of await cluster.replicas(key)) {
      replicas.push({
        key: key.key,
        node: r.node,
        partition: r.partition,
        value: plain(r.datatype),
        clock: decodeVClock(r.vclock).map((e) => `${e.actor.toString('hex')}:${e.counter}`),
      });
    }
  }
  t.true(replicas.length >= keys.length * 3);
  return { answers, replicas };
}

test('determinism: the same seed and script give the same datatype answers and replicas, clocks included', async (t) => {
  const first = await script(t, 7);
  t.deepEqual(await script(t, 7), first);
  t.notDeepEqual(await script(t, 8), first);
});
