import test, { type ExecutionContext } from 'ava';
import { binaryKey, getSegment, keyToSegment32, STORE_TREE_SIZE } from '../../src/aae/segment.js';
import type { KeyClock } from '../../src/client/aae/aae-types.js';
import { decodeClock } from '../../src/client/aae/repl-object.js';
import { RiakClient } from '../../src/client/riak-client.js';
import { RiakServerError } from '../../src/errors.js';
import { createPlan } from '../../src/server/cluster/coverage-plan.js';
import { Ring } from '../../src/server/cluster/ring.js';
import { clusterNodeNames } from '../../src/server/cluster/start-cluster.js';
import { startDevServer, type DevServer } from '../../src/server/index.js';
import { type ClusterHarness, type SharedCluster, startSharedCluster, withCluster } from '../helpers/cluster-harness.js';

/*
 * AAE folds on a simulated cluster (riak_kv_clusteraae_fsm): a coverage
 * plan per n_val, each vnode folding the keys of the keyspaces it is asked
 * for, so with everything up a fold answers what a one-node server holding
 * the same objects answers. The cluster gets the one-node server's objects
 * with their clocks (`asis` puts), so trees and clock lists compare
 * exactly; an object's size differs only by its version tag, which every
 * copy draws afresh (22 base-62 characters, or fewer).
 */

const text = (b: Buffer): string => b.toString('latin1');
const RING_SIZE = 16;

/** An object of the one-node server, as the cluster gets it. */
interface Copy {
  readonly bucket: string;
  readonly key: string;
  readonly value: Buffer;
  readonly contentType: string | undefined;
  readonly vclock: Buffer;
  readonly vtag: string;
}

/** `aae3` (n_val 3): values of three sizes; `aae1` (n_val 1). */
const AAE3 = Array.from({ length: 24 }, (_, i) => ({ key: `k${String(i).padStart(2, '0')}`, value: 'abc'[i % 3].repeat([20, 300, 3000][i % 3]) }));
const AAE1 = Array.from({ length: 8 }, (_, i) => ({ key: `j${i}`, value: `v${i}` }));
/** Keys written twice without a clock in an allow_mult bucket (n_val 2): two siblings each, wherever written. */
const CONFLICTS = ['c0', 'c1', 'c2'];

async function setBuckets(client: RiakClient): Promise<void> {
  await client.setBucketProps({ bucket: 'aae1', props: { nVal: 1 } });
  await client.setBucketProps({ type: 'siblings', bucket: 'conflicts', props: { nVal: 2 } });
}

async function writeConflicts(client: RiakClient): Promise<void> {
  for (const key of CONFLICTS) for (const value of ['x', 'y']) await client.put({ type: 'siblings', bucket: 'conflicts', key, value });
}

/** What one-node answers are compared with: a one-node server holding the objects, and the objects themselves. */
interface Reference {
  readonly server: DevServer;
  readonly client: RiakClient;
  readonly copies: readonly Copy[];
}

let reference: Promise<Reference> | undefined;
function oneNode(): Promise<Reference> {
  reference ??= (async () => {
    const server = await startDevServer({ port: 0 });
    const client = new RiakClient(server.url);
    await setBuckets(client);
    const copies: Copy[] = [];
    for (const [bucket, items] of [
      ['aae3', AAE3],
      ['aae1', AAE1],
    ] as const) {
      for (const { key, value } of items) {
        await client.put({ bucket, key, value });
        const got = await client.get({ bucket, key });
        const content = got.content;
        if (content === undefined || got.vclock === undefined) throw new Error(`${bucket}/${key} not read back`);
        copies.push({ bucket, key, value: content.value ?? Buffer.alloc(0), contentType: content.contentType, vclock: got.vclock, vtag: content.vtag ?? '' });
      }
    }
    await writeConflicts(client);
    return { server, client, copies };
  })();
  return reference;
}

/** The one-node objects put on a cluster as they are (same clocks), through every node in turn. */
async function copyTo(h: Pick<ClusterHarness, 'client' | 'at' | 'cluster'>, copies: readonly Copy[]): Promise<void> {
  await setBuckets(h.client);
  const nodes = h.cluster.nodes;
  await Promise.all(
    copies.map((c, i) =>
      h.client.put({
        bucket: c.bucket,
        key: c.key,
        value: c.value,
        contentType: c.contentType,
        vclock: c.vclock,
        asis: true,
        node: h.at(nodes[i % nodes.length]),
      }),
    ),
  );
}

/** A cluster holding the one-node objects and conflicts, shared by the tests that change nothing. */
let shared: Promise<{ cluster: SharedCluster; close(): Promise<void> }> | undefined;
function copied(): Promise<SharedCluster> {
  shared ??= (async () => {
    const { copies } = await oneNode();
    const started = await startSharedCluster({ ringSize: RING_SIZE, seed: 7 });
    await copyTo(started.cluster, copies);
    await writeConflicts(started.cluster.client);
    return started;
  })();
  return shared.then((s) => s.cluster);
}

test.after.always(async () => {
  await (await shared)?.close();
  const one = await reference;
  await one?.client.close();
  await one?.server.close();
});

/** A cluster of its own (for faults) holding the one-node objects of `aae3` and `aae1`. */
async function ownCluster(t: ExecutionContext): Promise<ClusterHarness & { one: Reference }> {
  const one = await oneNode();
  const h = await withCluster(t, { ringSize: RING_SIZE });
  await copyTo(h, one.copies);
  return { ...h, one };
}

/** The `large`-tree segment of a default-type key (aae_keystore's segment). */
const segmentOf = (bucket: string, key: string): number => getSegment(keyToSegment32(binaryKey(Buffer.from(bucket), Buffer.from(key))), STORE_TREE_SIZE);

/**
 * A clock's entries, in actor order: a get at r 2 or more answers them in
 * another order than a copy holds them (the dev server's reconcile merges
 * equal replies), so only the entries are compared.
 */
const entriesOf = (vclock: Uint8Array | undefined): string[] =>
  decodeClock(vclock ?? Buffer.alloc(0))
    .map((e) => `${e.actor.toString('hex')}:${e.counter}:${e.timestamp.getTime()}`)
    .sort();

const clocks = (list: KeyClock[]): string[] => list.map((c) => `${text(c.bucket)}/${text(c.key)} ${c.vclock.toString('hex')}`);

/** Riak's error text of a failed request. */
async function errmsgOf(t: ExecutionContext, request: Promise<unknown>): Promise<string | undefined> {
  const err = await t.throwsAsync(request, { instanceOf: RiakServerError });
  return (err as RiakServerError | undefined)?.errmsg;
}

/** How much bigger each cluster copy is than its one-node original: the difference of their version tags' lengths. */
async function vtagDelta(cluster: RiakClient, copies: readonly Copy[]): Promise<Map<string, number>> {
  const delta = new Map<string, number>();
  for (const c of copies) {
    const got = await cluster.get({ bucket: c.bucket, key: c.key });
    delta.set(c.key, (got.content?.vtag ?? '').length - c.vtag.length);
  }
  return delta;
}

test('n_val folds through every node equal the one-node answers: merged roots and branches, clocks of segments', async (t) => {
  const [one, h] = await Promise.all([oneNode(), copied()]);
  const root3 = await one.client.aae.mergeRoot(3);
  t.true(
    root3.some((hash) => hash !== 0),
    'the reference tree is not empty',
  );
  const root1 = await one.client.aae.mergeRoot(1);
  const branches = [...root3.keys()].filter((i) => root3[i] !== 0).slice(0, 6);
  const segments = AAE3.map(({ key }) => segmentOf('aae3', key));
  const oneSegments = AAE1.map(({ key }) => segmentOf('aae1', key));
  for (const node of h.cluster.nodes) {
    const via = h.via(node);
    t.deepEqual(await via.aae.mergeRoot(3), root3, node);
    t.deepEqual(await via.aae.mergeRoot(1), root1, node);
    t.deepEqual(await via.aae.mergeBranches(3, branches), await one.client.aae.mergeBranches(3, branches), node);
    t.deepEqual(clocks(await via.aae.fetchClocks({ nVal: 3, segments })), clocks(await one.client.aae.fetchClocks({ nVal: 3, segments })), node);
    t.deepEqual(
      clocks(await via.aae.fetchClocks({ nVal: 1, segments: oneSegments })),
      clocks(await one.client.aae.fetchClocks({ nVal: 1, segments: oneSegments })),
    );
  }
  t.is((await h.client.aae.fetchClocks({ nVal: 3, segments })).length, AAE3.length, 'each key once');
});

test('range folds equal the one-node answers: clocks, trees, found keys, object stats, buckets', async (t) => {
  const [one, h] = await Promise.all([oneNode(), copied()]);
  const range = { bucket: 'aae3', keyRange: { start: 'k03', end: 'k17' } };
  t.deepEqual(clocks(await h.client.aae.rangeClocks({ bucket: 'aae3' })), clocks(await one.client.aae.rangeClocks({ bucket: 'aae3' })));
  t.deepEqual(clocks(await h.client.aae.rangeClocks(range)), clocks(await one.client.aae.rangeClocks(range)));
  const tree = await h.client.aae.rangeTree({ bucket: 'aae3', treeSize: 'small' });
  t.true(tree.equals(await one.client.aae.rangeTree({ bucket: 'aae3', treeSize: 'small' })));

  const delta = await vtagDelta(h.client, one.copies);
  const big = await one.client.aae.findKeys({ bucket: 'aae3', sizeOver: 1000 });
  t.is(big.length, 8);
  t.deepEqual(
    (await h.client.aae.findKeys({ bucket: 'aae3', sizeOver: 1000 })).map((f) => [text(f.key), f.value]),
    big.map((f) => [text(f.key), f.value + (delta.get(text(f.key)) ?? 0)]),
  );
  const stats = await one.client.aae.objectStats({ bucket: 'aae3' });
  const sizeDelta = AAE3.reduce((sum, { key }) => sum + (delta.get(key) ?? 0), 0);
  t.deepEqual(await h.client.aae.objectStats({ bucket: 'aae3' }), { ...stats, totalSize: stats.totalSize + sizeDelta });
  t.is(stats.totalCount, AAE3.length);

  const conflicts = { type: 'siblings', bucket: 'conflicts', siblingsOver: 1 };
  const found = (await h.client.aae.findKeys(conflicts)).map((f) => [text(f.key), f.value]);
  t.deepEqual(
    found,
    (await one.client.aae.findKeys(conflicts)).map((f) => [text(f.key), f.value]),
  );
  t.deepEqual(
    found,
    CONFLICTS.map((key) => [key, 2]),
  );

  const names = (list: { type?: Buffer; bucket: Buffer }[]): string[] => list.map((b) => `${b.type === undefined ? '' : text(b.type)}/${text(b.bucket)}`);
  t.deepEqual(names(await h.client.aae.listBuckets({ nVal: 1 })), names(await one.client.aae.listBuckets({ nVal: 1 })));
  t.deepEqual(names(await h.client.aae.listBuckets({ nVal: 1 })), ['siblings/conflicts', '/aae1', '/aae3']);
});

test('with a node stopped its keys come from the other primaries; with a keyspace down, insufficient_vnodes_available', async (t) => {
  const h = await ownCluster(t);
  await h.cluster.stop('dev2');
  const dev1 = h.clientOf('dev1');
  t.deepEqual(await dev1.aae.mergeRoot(3), await h.one.client.aae.mergeRoot(3));
  t.deepEqual(clocks(await dev1.aae.rangeClocks({ bucket: 'aae3' })), clocks(await h.one.client.aae.rangeClocks({ bucket: 'aae3' })));
  t.is((await dev1.aae.objectStats({ bucket: 'aae3' })).totalCount, AAE3.length);
  // n_val 1: the partitions dev2 owns hold the only copy of their keys.
  t.is(await errmsgOf(t, dev1.aae.mergeRoot(1)), 'insufficient_vnodes_available');
  t.is(await errmsgOf(t, dev1.aae.objectStats({ bucket: 'aae1' })), 'insufficient_vnodes_available');

  await h.cluster.start('dev2');
  const owners = h.cluster.primaries({ bucket: 'aae3', key: 'k00' }).map((p) => p.node);
  for (const node of owners) await h.cluster.stop(node);
  const survivor = h.clientOf(h.cluster.nodes.find((n) => !owners.includes(n)) as string);
  t.is(await errmsgOf(t, survivor.aae.mergeRoot(3)), 'insufficient_vnodes_available');
  t.is(await errmsgOf(t, survivor.aae.rangeClocks({ bucket: 'aae3' })), 'insufficient_vnodes_available');
  t.is(await errmsgOf(t, survivor.aae.listBuckets({ nVal: 3 })), 'insufficient_vnodes_available');
});

test('a key only on fallbacks is missing from the folds until settle() hands it off', async (t) => {
  const h = await ownCluster(t);
  const key = { bucket: 'aae3', key: 'late' };
  const [first, second, third] = h.cluster.primaries(key).map((p) => p.node);
  const other = h.clientOf(h.cluster.nodes.find((n) => n !== first && n !== second && n !== third) as string);
  // Written while two of its primaries are down (one primary copy, two on fallbacks), then its one primary copy goes down.
  await h.cluster.stop(second);
  await h.cluster.stop(third);
  await h.client.put({ ...key, value: 'late', node: h.at(first) });
  await h.cluster.start(second);
  await h.cluster.start(third);
  await h.cluster.stop(first);
  const keysOf = async (): Promise<string[]> => (await other.aae.rangeClocks({ bucket: 'aae3' })).map((c) => text(c.key));
  const late = { nVal: 3, segments: [segmentOf('aae3', 'late')] };
  t.false((await keysOf()).includes('late'));
  t.deepEqual(await other.aae.fetchClocks(late), []);
  t.deepEqual(await other.aae.mergeRoot(3), await h.one.client.aae.mergeRoot(3), 'the tree is the one without it');
  await h.cluster.settle();
  t.true((await keysOf()).includes('late'));
  t.deepEqual(
    (await other.aae.fetchClocks(late)).map((c) => text(c.key)),
    ['late'],
  );
  t.is((await other.aae.objectStats({ bucket: 'aae3' })).totalCount, AAE3.length + 1);
  t.notDeepEqual(await other.aae.mergeRoot(3), await h.one.client.aae.mergeRoot(3));
});

test('replFetch reads a queued key through the get path: its merged object, a tombstone, or the get error', async (t) => {
  const h = await ownCluster(t);
  const node = h.cluster.nodes[0];
  const via = h.clientOf(node);
  t.is(await via.aae.rangeReplKeys({ bucket: 'aae3', queue: 'q' }), AAE3.length);
  const fetched: string[] = [];
  for (;;) {
    const next = await via.aae.replFetch({ queue: 'q' });
    if (next.queueEmpty) break;
    t.true(next.crcOk);
    t.false(next.deleted);
    const object = next.object;
    if (object === undefined) return t.fail('undecoded object');
    const got = await h.client.get({ bucket: 'aae3', key: object.key });
    t.deepEqual(entriesOf(object.vclock), entriesOf(got.vclock));
    t.deepEqual(object.contents[0]?.value, got.value);
    fetched.push(text(object.key));
  }
  t.deepEqual(
    fetched,
    AAE3.map((k) => k.key),
  );

  // A tombstone comes back deleted, with its clock.
  await h.client.delete({ bucket: 'aae3', key: 'k01', node: h.at(node) });
  const tomb = await h.client.get({ bucket: 'aae3', key: 'k01', deletedvclock: true });
  await via.aae.replPush({ queue: 'q2', keys: [{ bucket: 'aae3', key: 'k01', vclock: tomb.vclock as Buffer }] });
  const deleted = await via.aae.replFetch({ queue: 'q2' });
  t.like(deleted, { queueEmpty: false, deleted: true });
  t.deepEqual(entriesOf(deleted.queueEmpty ? undefined : deleted.deletedVclock), entriesOf(tomb.vclock));
  t.is(entriesOf(tomb.vclock).length, 2, 'the copied clock and the delete');

  // The get asks for one primary (pr 1): with every primary of the key out of reach, it fails as that get does.
  const k02 = { bucket: 'aae3', key: 'k02' };
  const owners = h.cluster.primaries(k02).map((p) => p.node);
  const outside = h.cluster.nodes.find((n) => !owners.includes(n)) as string;
  const there = h.clientOf(outside);
  const before = await h.client.get(k02);
  await there.aae.replPush({ queue: 'q3', keys: [{ ...k02, vclock: before.vclock as Buffer }] });
  for (const owner of owners) await h.cluster.stop(owner);
  t.is(await errmsgOf(t, there.aae.replFetch({ queue: 'q3' })), '{pr_val_unsatisfied,1,0}');
});

test('erase_keys, reap_tombs and repair_keys change the keys through the cluster', async (t) => {
  const h = await withCluster(t, { ringSize: RING_SIZE, deleteMode: 'keep' });
  for (const key of ['a', 'b', 'c', 'd']) await h.client.put({ bucket: 'erase', key, value: key });
  const range = { bucket: 'erase', keyRange: { start: 'a', end: 'b' } };
  t.is(await h.client.aae.eraseKeys(range), 2);
  t.false((await h.client.get({ bucket: 'erase', key: 'a' })).found);
  t.true((await h.client.get({ bucket: 'erase', key: 'c' })).found);
  t.deepEqual(
    (await h.client.aae.findTombs({ bucket: 'erase' })).map((f) => text(f.key)),
    ['a', 'b'],
  );
  t.is(await h.client.aae.reapTombs({ bucket: 'erase' }), 2);
  t.deepEqual(await h.client.aae.findTombs({ bucket: 'erase' }), []);
  for (const key of ['a', 'b']) t.deepEqual(await h.cluster.replicas({ bucket: 'erase', key }), [], key);

  // A replica gone missing comes back with the read repair of repair_keys.
  const key = { bucket: 'erase', key: 'c' };
  const [, , third] = h.cluster.primaries(key).map((p) => p.node);
  await h.cluster.stop(third);
  await h.client.put({ ...key, value: 'c2', node: h.at(h.cluster.primaries(key)[0].node) });
  await h.cluster.start(third);
  const stale = (await h.cluster.replicas(key)).filter((r) => r.primary && r.siblings[0]?.value.toString() !== 'c2');
  t.deepEqual(
    stale.map((r) => r.node),
    [third],
  );
  t.is(await h.client.aae.rangeRepairKeys({ bucket: 'erase', keyRange: { start: 'c', end: 'c' } }), 1);
  t.deepEqual(
    (await h.cluster.replicas(key)).filter((r) => r.primary).map((r) => r.siblings[0]?.value.toString()),
    ['c2', 'c2', 'c2'],
  );
});

test('a key filter crashing on a cluster names the vnode filters of the plan its keys came through', async (t) => {
  const h = await withCluster(t, { ringSize: RING_SIZE });
  for (const key of ['k1', '42', 'k2']) await h.client.put({ bucket: 'mixed', key, value: 'v' });
  const ring = new Ring({ ringSize: RING_SIZE, nodes: clusterNodeNames(5) });
  const down = ring.owner(0);
  await h.cluster.stop(down);
  const increment = (1n << 160n) / BigInt(RING_SIZE);
  // Every plan the nodes up can make (the request id picks where the ring is split), written as riak_pipe's input shows it.
  const plans = new Set<string>();
  for (let reqId = 0; reqId < RING_SIZE; reqId++) {
    const plan = createPlan(ring, { selector: 'all', nVal: 3, reqId, up: (n) => n !== down });
    if (!plan.ok) continue;
    const filters = plan.vnodes
      .filter((v) => v.filtered)
      .reverse()
      .map((v) => `{${BigInt(v.index) * increment},[${v.keyspaces.map((k) => BigInt((k + 1) % RING_SIZE) * increment).join(',')}]}`);
    plans.add(`[${filters.join(',')}]`);
  }
  t.false(plans.has('[{0,[0]}]'), "the one-node ring's plan is none of them");
  const via = h.clientOf(h.cluster.nodes.find((n) => n !== down) as string);
  const request = Buffer.from(JSON.stringify({ inputs: { bucket: 'mixed', key_filters: [['int_to_string']] }, query: [] }));
  const job = (async () => {
    for await (const _ of via.stream('RpbMapRedReq', { request, contentType: Buffer.from('application/json') }));
  })();
  const error = JSON.parse((await errmsgOf(t, job)) ?? '{}') as { phase: string; error: string; input: string };
  t.like(error, { phase: 'listkeys', error: 'function_clause' });
  // ~p breaks long terms over lines: the filters without their layout.
  const cover = /^\{cover,(\[.*\]),\{<<"mixed">>,/.exec(error.input.replace(/\s+/g, ''))?.[1];
  t.true(cover !== undefined && plans.has(cover), `${cover} is a plan of the nodes up`);
});
