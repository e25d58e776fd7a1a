import test, { type ExecutionContext } from 'ava';
import { RiakInvalidArgumentError, RiakServerError, TictacTree, keySegment, type RiakClient } from '../../src/index.js';
import { hashClock } from '../../src/server/aae/keystore.js';
import { decodeVClock } from '../../src/server/vclock.js';
import { withServer } from '../helpers/server-harness.js';

/** Every AAE fold of client.aae against the dev server (issue 16). */

const keys = (found: { key: Buffer }[]) => found.map((f) => f.key.toString());

/** b: k1..k5 (k1 deleted: a tombstone), sizes growing; siblings/s: x with two siblings; typed bucket t/tb: one key. */
async function seeded(t: ExecutionContext): Promise<RiakClient> {
  const { client } = await withServer(t, { deleteMode: 'keep', bucketTypes: { t: { n_val: 1 } } });
  for (let i = 1; i <= 5; i++) await client.put({ bucket: 'b', key: `k${i}`, value: 'x'.repeat(i * 100) });
  await client.delete({ bucket: 'b', key: 'k1' });
  await client.put({ type: 'siblings', bucket: 's', key: 'x', value: '1' });
  await client.put({ type: 'siblings', bucket: 's', key: 'x', value: '2' });
  await client.put({ type: 'siblings', bucket: 's', key: 'y', value: 'only' });
  await client.put({ type: 't', bucket: 'tb', key: 'one', value: 'v' });
  return client;
}

test('listBuckets: every bucket holding keys, typed buckets first (Erlang term order)', async (t) => {
  const client = await seeded(t);
  const buckets = await client.aae.listBuckets();
  t.deepEqual(
    buckets.map((b) => `${b.type?.toString() ?? 'default'}/${b.bucket}`),
    ['siblings/s', 't/tb', 'default/b'],
  );
  t.deepEqual(await client.aae.listBuckets({ nVal: 3 }), buckets);
});

test('findKeys by sibling count and by object size, with a key range', async (t) => {
  const client = await seeded(t);
  t.deepEqual(await client.aae.findKeys({ type: 'siblings', bucket: 's', siblingsOver: 1 }), [{ key: Buffer.from('x'), value: 2 }]);
  t.deepEqual(await client.aae.findKeys({ type: 'siblings', bucket: 's', siblingsOver: 0 }).then(keys), ['x', 'y']);
  const big = await client.aae.findKeys({ bucket: 'b', sizeOver: 300 });
  t.deepEqual(keys(big), ['k3', 'k4', 'k5']);
  const stored = await client.get({ bucket: 'b', key: 'k3' });
  t.true(big[0].value > stored.value!.length, 'the stored object size counts metadata and clock too');
  t.deepEqual(await client.aae.findKeys({ bucket: 'b', sizeOver: 0, keyRange: { start: 'k2', end: 'k3' } }).then(keys), ['k2', 'k3']);
  await t.throwsAsync(client.aae.findKeys({ bucket: 'b' } as never), {
    instanceOf: RiakInvalidArgumentError,
    message: /exactly one of `siblingsOver` and `sizeOver`/,
  });
});

test('findTombs with delete hashes, reapTombs counts then reaps', async (t) => {
  const client = await seeded(t);
  const [tomb] = await client.aae.findTombs({ bucket: 'b' });
  t.is(tomb.key.toString(), 'k1');
  const gone = await client.get({ bucket: 'b', key: 'k1', deletedvclock: true });
  t.is(tomb.value, hashClockFull(gone.vclock!), 'riak_object:delete_hash/1 of the tombstone clock');
  t.is(await client.aae.reapTombs({ bucket: 'b', changeMethod: 'count' }), 1);
  t.is((await client.aae.findTombs({ bucket: 'b' })).length, 1, 'count changes nothing');
  t.is(await client.aae.reapTombs({ bucket: 'b', changeMethod: { job: 7 } }), 1);
  t.deepEqual(await client.aae.findTombs({ bucket: 'b' }), []);
  const after = await client.get({ bucket: 'b', key: 'k1', deletedvclock: true });
  t.is(after.vclock, undefined, 'reaped for good: no tombstone clock left');
});

test('eraseKeys deletes live keys in a range (tombstones are not counted)', async (t) => {
  const client = await seeded(t);
  t.is(await client.aae.eraseKeys({ bucket: 'b', changeMethod: 'count' }), 4);
  t.is(await client.aae.eraseKeys({ bucket: 'b', keyRange: { start: 'k1', end: 'k3' } }), 2);
  t.false((await client.get({ bucket: 'b', key: 'k2' })).found);
  t.true((await client.get({ bucket: 'b', key: 'k4' })).found);
  t.deepEqual(await client.aae.findTombs({ bucket: 'b' }).then(keys), ['k1', 'k2', 'k3']);
});

test('objectStats: counts, total size, size magnitudes and sibling counts (tombstones included)', async (t) => {
  const client = await seeded(t);
  const stats = await client.aae.objectStats({ bucket: 'b' });
  t.is(stats.totalCount, 5);
  const sizes = await client.aae.findKeys({ bucket: 'b', sizeOver: 0 });
  const tombSize = stats.totalSize - sizes.filter((s) => s.key.toString() !== 'k1').reduce((n, s) => n + s.value, 0);
  t.true(tombSize > 0);
  t.deepEqual(stats.siblings, [{ siblings: 1, count: 5 }]);
  t.is(
    stats.sizes.reduce((n, s) => n + s.count, 0),
    5,
  );
  t.true(stats.sizes.every((s, i, all) => i === 0 || all[i - 1].magnitude < s.magnitude));
  const typed = await client.aae.objectStats({ type: 'siblings', bucket: 's' });
  t.deepEqual(typed.siblings, [
    { siblings: 1, count: 1 },
    { siblings: 2, count: 1 },
  ]);
});

test('rangeClocks and fetchClocks give keys with their vclocks, usable as is', async (t) => {
  const client = await seeded(t);
  const clocks = await client.aae.rangeClocks({ bucket: 'b', keyRange: { start: 'k2', end: 'k4' } });
  t.deepEqual(keys(clocks), ['k2', 'k3', 'k4']);
  const k2 = await client.get({ bucket: 'b', key: 'k2' });
  t.deepEqual(clocks[0].vclock, k2.vclock);
  t.is(clocks[0].type, undefined);
  t.is(clocks[0].clock.length, 1);
  t.is(clocks[0].clock[0].counter, 1);
  t.true(clocks[0].clock[0].timestamp instanceof Date);
  // A put with the folded clock replaces the value (no sibling).
  await client.put({ bucket: 'b', key: 'k2', value: 'new', vclock: clocks[0].vclock });
  t.is((await client.get({ bucket: 'b', key: 'k2' })).value?.toString(), 'new');

  const segment = keySegment(Buffer.from('b'), Buffer.from('k3'));
  const nval = await client.aae.fetchClocks({ nVal: 3, segments: [segment] });
  t.deepEqual(
    nval.map((c) => `${c.bucket}/${c.key}`),
    ['b/k3'],
  );
  const typedSegment = keySegment(Buffer.from('tb'), Buffer.from('one'), { type: Buffer.from('t') });
  const typed = await client.aae.fetchClocks({ nVal: 1, segments: [typedSegment] });
  t.deepEqual(
    typed.map((c) => `${c.type}/${c.bucket}/${c.key}`),
    ['t/tb/one'],
  );
  t.deepEqual(await client.aae.fetchClocks({ nVal: 3, segments: [segment], modifiedRange: { start: 0, end: 1 } }), []);
});

test('a segment filter from a smaller tree keeps exactly the keys of those segments', async (t) => {
  const client = await seeded(t);
  const segment = keySegment(Buffer.from('b'), Buffer.from('k4'), { size: 'small' });
  const found = await client.aae.rangeClocks({ bucket: 'b', segmentFilter: { segments: [segment], treeSize: 'small' } });
  t.true(keys(found).includes('k4'));
  for (const c of found) t.is(keySegment(c.bucket, c.key, { size: 'small' }), segment);
  await t.throwsAsync(client.aae.rangeClocks({ bucket: 'b', segmentFilter: { segments: [1], treeSize: 'xlarge' } }), {
    instanceOf: RiakServerError,
    message: /^Riak error: timeout /,
  });
});

test('modifiedRange keeps the objects last modified inside it', async (t) => {
  const client = await seeded(t);
  const now = new Date();
  t.is(
    (await client.aae.objectStats({ bucket: 'b', modifiedRange: { start: new Date(now.getTime() - 60_000), end: new Date(now.getTime() + 60_000) } }))
      .totalCount,
    5,
  );
  t.is((await client.aae.objectStats({ bucket: 'b', modifiedRange: { start: 0, end: 1000 } })).totalCount, 0);
  await t.throwsAsync(client.aae.objectStats({ bucket: 'b', modifiedRange: { start: 10, end: 5 } }), {
    instanceOf: RiakInvalidArgumentError,
    message: /start is after end/,
  });
});

test('rangeTree: a tree of the bucket equal to one built from its keys and clocks, for every size and hash method', async (t) => {
  const client = await seeded(t);
  const clocks = await client.aae.rangeClocks({ bucket: 'b' });
  for (const treeSize of ['xxsmall', 'small', 'large'] as const) {
    const tree = await client.aae.rangeTree({ bucket: 'b', treeSize });
    t.is(tree.size, treeSize);
    const expected = new TictacTree(treeSize);
    for (const c of clocks) expected.add(Buffer.concat([c.bucket, c.key]), hashClock(decodeVClock(c.vclock)));
    t.deepEqual(tree.dirtySegments(expected), [], treeSize);
  }
  const rehashed = await client.aae.rangeTree({ bucket: 'b', treeSize: 'small', hashMethod: { rehash: 42 } });
  const preHashed = await client.aae.rangeTree({ bucket: 'b', treeSize: 'small' });
  t.is(rehashed.dirtySegments(preHashed).length, clocks.length, 'a fresh hash changes every key');
  t.deepEqual(rehashed.dirtyBranches(await client.aae.rangeTree({ bucket: 'b', treeSize: 'small', hashMethod: { rehash: 42 } })), []);
  // A change shows up as the segment of the changed key.
  await client.put({ bucket: 'b', key: 'k5', value: 'changed', vclock: clocks.find((c) => c.key.toString() === 'k5')!.vclock });
  const after = await client.aae.rangeTree({ bucket: 'b', treeSize: 'small' });
  t.deepEqual(after.dirtySegments(preHashed), [keySegment(Buffer.from('b'), Buffer.from('k5'), { size: 'small' })]);
});

test('mergeRoot and mergeBranches: the n_val trees, comparable with differingIndexes', async (t) => {
  const client = await seeded(t);
  const root = await client.aae.mergeRoot(3);
  t.is(root.length, 4096);
  const segment = keySegment(Buffer.from('b'), Buffer.from('k2'));
  const branch = Math.floor(segment / 256);
  t.not(root[branch], 0);
  const branches = await client.aae.mergeBranches(3, [branch, 0]);
  t.deepEqual([...branches.keys()], [branch, 0]);
  t.not(branches.get(branch)![segment % 256], 0);
  t.is(
    branches.get(branch)!.reduce((x, h) => (x ^ h) >>> 0, 0),
    root[branch],
  );
  const typedRoot = await client.aae.mergeRoot(1);
  const typedSegment = keySegment(Buffer.from('tb'), Buffer.from('one'), { type: Buffer.from('t') });
  t.deepEqual(
    [...typedRoot.keys()].filter((i) => typedRoot[i] !== 0),
    [Math.floor(typedSegment / 256)],
  );
  t.deepEqual(
    [...(await client.aae.mergeRoot(5))].filter((h) => h !== 0),
    [],
  );
});

test('rangeReplKeys and rangeRepairKeys count the keys they dispatch', async (t) => {
  const client = await seeded(t);
  t.is(await client.aae.rangeReplKeys({ bucket: 'b', queue: 'q1', keyRange: { start: 'k2', end: 'k3' } }), 2);
  t.is(await client.aae.rangeRepairKeys({ bucket: 'b' }), 5);
  const first = await client.aae.replFetch({ queue: 'q1' });
  t.false(first.queueEmpty);
  t.is(first.queueEmpty ? undefined : first.object?.key.toString(), 'k2');
});

test('bad filters are refused before sending, naming the option', async (t) => {
  const client = await seeded(t);
  await t.throwsAsync(client.aae.findTombs({ bucket: 'b', keyRange: { start: 'z', end: 'a' } }), {
    instanceOf: RiakInvalidArgumentError,
    message: /`keyRange`: end sorts before start/,
  });
  await t.throwsAsync(client.aae.rangeTree({ bucket: 'b', treeSize: 'huge' as never }), {
    instanceOf: RiakInvalidArgumentError,
    message: /`treeSize`: expected one of xxsmall/,
  });
  await t.throwsAsync(client.aae.reapTombs({ bucket: 'b', changeMethod: 'all' as never }), { instanceOf: RiakInvalidArgumentError, message: /`changeMethod`/ });
  await t.throwsAsync(client.aae.mergeRoot(0), { instanceOf: RiakInvalidArgumentError, message: /`nVal`/ });
  await t.throwsAsync(client.aae.objectStats({ bucket: 'b', tpye: 'x' } as never), { instanceOf: RiakInvalidArgumentError, message: /unknown option `tpye`/ });
});

test('a fold over a bucket type that does not exist fails as Riak does (the FSM never answers: timeout)', async (t) => {
  const client = await seeded(t);
  await t.throwsAsync(client.aae.objectStats({ type: 'nope', bucket: 'b' }), { instanceOf: RiakServerError, message: /^Riak error: timeout / });
});

/** riak_object:delete_hash/1 of an encoded clock. */
function hashClockFull(vclock: Buffer): number {
  return deleteHashOf(decodeVClock(vclock));
}

import { makeHash2 } from '../../src/server/aae/phash2.js';
import { sortedClockTerm } from '../../src/server/aae/keystore.js';
const deleteHashOf = (clock: ReturnType<typeof decodeVClock>): number => makeHash2(sortedClockTerm(clock));
