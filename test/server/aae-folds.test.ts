import test from 'ava';
import { inflateSync } from 'node:zlib';
import { riakErrorOf, text, withServer } from '../helpers/server-harness.js';

const B = (s: string): Buffer => Buffer.from(s);

/**
 * The AAE fold service's wire shapes (riak_kv_pb_aaefold with
 * riak_kv_clusteraae_fsm:pb_encode_results/3), through raw requests.
 */

test('response types and counts are the ones riak_kv_clusteraae_fsm encodes', async (t) => {
  const { client } = await withServer(t, { deleteMode: 'keep' });
  await client.put({ bucket: 'b', key: 'k', value: 'v' });
  await client.put({ bucket: 'b', key: 'gone', value: 'v' });
  await client.delete({ bucket: 'b', key: 'gone' });
  const range = { bucket: B('b'), keyRange: false, modifiedRange: false };
  const segmented = { ...range, segmentFilter: false };
  const find = await client.request('RpbAaeFoldFindKeysReq', { ...range, finder: 0, findLimit: 0 });
  t.is(text(find.responseType), 'find_keys');
  const tombs = await client.request('RpbAaeFoldFindTombsReq', segmented);
  t.is(text(tombs.responseType), 'find_keys');
  t.deepEqual(
    tombs.keysCount.map((kc) => text(kc.tag)),
    ['gone'],
  );
  for (const [name, type] of [
    ['RpbAaeFoldReapTombsReq', 'reap_tombs'],
    ['RpbAaeFoldEraseKeysReq', 'erase_keys'],
  ] as const) {
    const reply = await client.request(name, { ...segmented, changeMethod: 2 });
    t.is(text(reply.responseType), type);
    t.deepEqual(
      reply.keysCount.map((kc) => [text(kc.tag), kc.count]),
      [['dispatched_count', 1]],
    );
  }
  const repair = await client.request('RpbAaeFoldRepairKeysReq', range);
  t.is(text(repair.responseType), 'repair_keys');
  const repl = await client.request('RpbAaeFoldReplKeysReq', { ...range, queuename: B('q') });
  t.is(text(repl.responseType), 'repl_keys');
  const stats = await client.request('RpbAaeFoldObjectStatsReq', range);
  t.is(text(stats.responseType), 'stats');
  t.deepEqual(
    stats.keysCount.map((kc) => text(kc.tag)),
    ['total_count', 'total_size', 'sizes', 'siblings'],
  );
  t.is(stats.keysCount[3].order, 1);
  const clocks = await client.request('RpbAaeFoldFetchClocksRangeReq', segmented);
  t.is(text(clocks.responseType), 'clock');
});

test('a range tree carries every branch as <<Id:32, zlib(Branch)>> and its root', async (t) => {
  const { client } = await withServer(t);
  await client.put({ bucket: 'b', key: 'k', value: 'v' });
  const tree = await client.request('RpbAaeFoldMergeTreesRangeReq', {
    bucket: B('b'),
    keyRange: false,
    treeSize: 1,
    segmentFilter: false,
    modifiedRange: false,
    usePrehash: true,
  });
  t.is(tree.size, 1);
  t.is(tree.levelOne.length, 64 * 4);
  t.is(tree.levelTwo.length, 64);
  tree.levelTwo.forEach((element, i) => {
    const bytes = Buffer.from(element);
    t.is(bytes.readUInt32BE(0), i);
    t.is(inflateSync(bytes.subarray(4)).length, 1024);
  });
});

test('merge_branch_nval answers the branches asked, in order; a repeated id is empty after the first', async (t) => {
  const { client } = await withServer(t);
  const reply = await client.request('RpbAaeFoldMergeBranchNValReq', { nVal: 3, idFilter: [5, 2, 5] });
  t.is(reply.size, 4);
  t.is(reply.levelOne.length, 0);
  const ids = reply.levelTwo.map((e) => Buffer.from(e).readUInt32BE(0));
  t.deepEqual(ids, [5, 2, 5]);
  t.deepEqual(
    reply.levelTwo.map((e) => inflateSync(Buffer.from(e).subarray(4)).length),
    [1024, 1024, 0],
  );
  const root = await client.request('RpbAaeFoldMergeRootNValReq', { nVal: 3 });
  t.is(root.levelOne.length, 4096 * 4);
  t.deepEqual(root.levelTwo, []);
});

test('folds is_valid_fold/1 refuses answer "Invalid AAE fold definition"', async (t) => {
  const { client } = await withServer(t);
  const invalid = '"Invalid AAE fold definition"';
  t.is(
    await riakErrorOf(
      t,
      client.request('RpbAaeFoldObjectStatsReq', { bucket: B('b'), keyRange: true, startKey: B('z'), endKey: B('a'), modifiedRange: false }),
    ),
    invalid,
  );
  t.is(await riakErrorOf(t, client.request('RpbAaeFoldObjectStatsReq', { bucket: B('b'), keyRange: true, modifiedRange: false })), invalid);
  t.is(
    await riakErrorOf(t, client.request('RpbAaeFoldObjectStatsReq', { bucket: B('b'), keyRange: false, modifiedRange: true, lastModStart: 9, lastModEnd: 1 })),
    invalid,
  );
  t.is(
    await riakErrorOf(
      t,
      client.request('RpbAaeFoldFindTombsReq', { bucket: B('b'), keyRange: false, modifiedRange: false, segmentFilter: true, idFilter: [1] }),
    ),
    invalid,
  );
  t.is(await riakErrorOf(t, client.request('RpbAaeFoldFetchClocksNValReq', { nVal: 3, idFilter: [], modifiedRange: true })), invalid);
});

test('list buckets is sorted with typed buckets first, and push reports the queue', async (t) => {
  const { client } = await withServer(t);
  await client.put({ bucket: 'zz', key: 'k', value: 'v' });
  await client.put({ bucket: 'aa', key: 'k', value: 'v' });
  await client.put({ type: 'siblings', bucket: 'mm', key: 'k', value: 'v' });
  const list = await client.request('RpbAaeFoldListBucketsReq', {});
  t.deepEqual(
    list.bucketList.map((b) => `${b.type?.length ? text(b.type) : '-'}/${text(b.bucket)}`),
    ['siblings/mm', '-/aa', '-/zz'],
  );
  const push = await client.request('RpbPushReq', { queuename: B('q'), keysValue: [] });
  t.deepEqual({ ...push, queuename: text(push.queuename) }, { queuename: 'q', queueExists: true, foldqLength: 0, fsyncLength: 0, realtLength: 0 });
});
