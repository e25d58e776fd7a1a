import test, { type ExecutionContext } from 'ava';
import fc from 'fast-check';
import { MapReduceJob } from '../../src/client/mapreduce-job.js';
import type { RiakClient } from '../../src/client/riak-client.js';
import { RiakServerError } from '../../src/errors.js';
import { createPlan } from '../../src/server/cluster/coverage-plan.js';
import { Ring } from '../../src/server/cluster/ring.js';
import { type ClusterHarness, type SharedCluster, startSharedCluster, withCluster } from '../helpers/cluster-harness.js';

/*
 * Coverage queries on a simulated cluster (riak_core_coverage_fsm): every
 * listing, 2i query, CS bucket fold and MapReduce bucket/2i input is
 * answered by one replica per keyspace, chosen when the request arrives
 * among the primaries its node sees up. Each key lives on three vnodes and
 * must still come back exactly once; a key whose reachable primaries lack
 * it is missing, as on Riak; too few primaries up is Riak's error.
 */

const text = (b: Buffer): string => b.toString();
const sorted = (items: Iterable<string>): string[] => [...items].sort();

const CITIES = ['berlin', 'lisbon', 'london', 'oslo', 'paris', 'rome'];
/** 30 people: key, age (10..70 in steps of 10), city. */
const PEOPLE = Array.from({ length: 30 }, (_, i) => ({ key: `p${String(i).padStart(2, '0')}`, age: 10 * (1 + (i % 7)), city: CITIES[i % CITIES.length] }));

/** Writes PEOPLE (with 2i), `things`, `typed-things` and two counters; the people and things each through another node in turn. */
async function seed(h: Pick<ClusterHarness, 'cluster' | 'client' | 'at'>): Promise<void> {
  const nodes = h.cluster.nodes;
  await Promise.all(
    PEOPLE.map(({ key, age, city }, i) =>
      h.client.put({
        bucket: 'people',
        key,
        value: `${key}:${age}`,
        indexes: [
          { key: 'age_int', value: age },
          { key: 'city_bin', value: city },
        ],
        node: h.at(nodes[i % nodes.length]),
      }),
    ),
  );
  for (let i = 0; i < 8; i++) await h.client.put({ bucket: 'things', key: `t${i}`, value: 'x', node: h.at(nodes[(i + 2) % nodes.length]) });
  await h.client.put({ bucket: 'typed-things', type: 'siblings', key: 'k', value: 'x' });
  for (const key of ['home', 'about']) await h.client.updateCounter({ type: 'counters', bucket: 'hits', key, increment: 1 });
}

/** A cluster as these tests use it: a client of every node, and a client of each one (streams take no `node` option). */
type Cluster = SharedCluster;

function clusterOf(h: ClusterHarness): Cluster {
  const clients = new Map<string, RiakClient>();
  const via = (node: string): RiakClient => clients.get(node) ?? (clients.set(node, h.clientOf(node)).get(node) as RiakClient);
  return { cluster: h.cluster, client: h.client, at: h.at, via };
}

/** Readers share one seeded cluster (withCluster's closes with the test that starts it); faults get their own. */
let shared: Promise<{ cluster: Cluster; close(): Promise<void> }> | undefined;
function seeded(): Promise<Cluster> {
  shared ??= (async () => {
    const started = await startSharedCluster();
    await seed(started.cluster);
    return started;
  })();
  return shared.then((s) => s.cluster);
}
test.after.always(async () => {
  await (await shared)?.close();
});

const keysOf = async (h: Cluster, bucket: string, node: string, type?: string): Promise<string[]> =>
  (
    await h
      .via(node)
      .listKeys({ bucket, ...(type === undefined ? {} : { type }) })
      .toArray()
  ).map(text);

test('list keys and list buckets through any node see every key written through any node, once each', async (t) => {
  const h = await seeded();
  const people = PEOPLE.map((p) => p.key);
  for (const node of h.cluster.nodes) {
    const keys = await keysOf(h, 'people', node);
    t.is(keys.length, people.length, `no key twice through ${node}`);
    t.deepEqual(sorted(keys), people, node);
    t.deepEqual(sorted(await keysOf(h, 'things', node)), ['t0', 't1', 't2', 't3', 't4', 't5', 't6', 't7']);
    t.deepEqual(await keysOf(h, 'typed-things', node, 'siblings'), ['k']);
    const buckets = (await h.via(node).listBuckets().toArray()).map(text);
    t.deepEqual(sorted(buckets), ['people', 'things'], node);
    t.deepEqual((await h.via(node).listBuckets({ type: 'siblings' }).toArray()).map(text), ['typed-things']);
    // Datatypes live on the vnodes as objects: listed as any key.
    t.deepEqual(sorted(await keysOf(h, 'hits', node, 'counters')), ['about', 'home']);
  }
});

test('2i exact, range, $bucket, $key, term_regex and return_terms read each key from one replica', async (t) => {
  const h = await seeded();
  const q = (params: Omit<Parameters<RiakClient['queryIndex']>[0], 'bucket'>) => h.client.queryIndex({ bucket: 'people', ...params });
  const where = (keep: (p: (typeof PEOPLE)[number]) => boolean): string[] => PEOPLE.filter(keep).map((p) => p.key);
  t.deepEqual(
    sorted((await q({ index: 'city_bin', key: 'london' })).keys.map(text)),
    where((p) => p.city === 'london'),
  );
  t.deepEqual(
    sorted((await q({ index: 'age_int', key: 30 })).keys.map(text)),
    where((p) => p.age === 30),
  );
  t.deepEqual(
    sorted((await q({ index: 'age_int', range: [20, 40] })).keys.map(text)),
    where((p) => p.age >= 20 && p.age <= 40),
  );
  t.deepEqual(
    sorted((await q({ index: '$bucket' })).keys.map(text)),
    where(() => true),
  );
  t.deepEqual(
    sorted((await q({ index: '$key', range: ['p05', 'p12'] })).keys.map(text)),
    where((p) => p.key >= 'p05' && p.key <= 'p12'),
  );
  const regex = await q({ index: 'city_bin', range: ['a', 'z'], termRegex: '^l' });
  t.deepEqual(
    sorted(regex.keys.map(text)),
    where((p) => p.city.startsWith('l')),
  );
  const terms = await q({ index: 'age_int', range: [60, 70], returnTerms: true });
  t.deepEqual(
    terms.results.map((r) => `${text(r.term)}/${text(r.key)}`).sort(),
    PEOPLE.filter((p) => p.age >= 60)
      .map((p) => `${p.age}/${p.key}`)
      .sort(),
  );
  const streamed = (await h.client.streamIndex({ bucket: 'people', index: 'city_bin', range: ['a', 'm'] }).toArray()).map((m) => text(m.key));
  t.deepEqual(
    sorted(streamed),
    where((p) => p.city < 'm'),
  );
});

test('paginated 2i merges the vnodes in order: pages across nodes, no key missing or repeated', async (t) => {
  const h = await seeded();
  const expected = [...PEOPLE].sort((a, b) => a.age - b.age || (a.key < b.key ? -1 : 1)).map((p) => `${p.age}/${p.key}`);
  // The client balances the pages over the five nodes: each page is planned by another coordinator.
  const pages = await h.client.indexPages({ bucket: 'people', index: 'age_int', range: [0, 100], returnTerms: true, maxResults: 7 }).toArray();
  t.deepEqual(
    pages.map((p) => p.results.length),
    [7, 7, 7, 7, 2],
  );
  t.deepEqual(
    pages.flatMap((p) => p.results.map((r) => `${text(r.term)}/${text(r.key)}`)),
    expected,
  );
  const byKey = await h.client.indexPages({ bucket: 'people', index: '$bucket', maxResults: 4 }).toArray();
  t.deepEqual(
    byKey.flatMap((p) => p.keys.map(text)),
    PEOPLE.map((p) => p.key),
  );
  const streamedPage = h.via('dev4').streamIndex({ bucket: 'people', index: 'city_bin', range: ['a', 'z'], maxResults: 5 });
  const firstFive = (await streamedPage.toArray()).map((m) => text(m.key));
  const byCity = [...PEOPLE].sort((a, b) => (a.city < b.city ? -1 : a.city > b.city ? 1 : a.key < b.key ? -1 : 1)).map((p) => p.key);
  t.deepEqual(firstFive, byCity.slice(0, 5));
  t.truthy(streamedPage.continuation);
});

test('MapReduce over a bucket input and a 2i input reads each key once', async (t) => {
  const h = await seeded();
  const mapValue = { module: 'riak_kv_mapreduce', function: 'map_object_value' };
  const count = { module: 'riak_kv_mapreduce', function: 'reduce_count_inputs' };
  const all = await h.client.mapReduceAll(MapReduceJob.bucket('people').map(mapValue, { keep: true }).reduce(count));
  t.deepEqual(
    (all[0] as string[]).sort(),
    PEOPLE.map((p) => `${p.key}:${p.age}`),
  );
  t.deepEqual(all[1], [PEOPLE.length]);
  const old = await h.client.mapReduceAll(
    MapReduceJob.index({ bucket: 'people', index: 'age_int', range: [50, 70] })
      .map(mapValue)
      .reduce(count),
  );
  t.deepEqual(old[1], [PEOPLE.filter((p) => p.age >= 50).length]);
});

test('a CS bucket fold reads each object once, in key order, page by page', async (t) => {
  const h = await seeded();
  const first = h.client.csBucketFold({ bucket: 'people', startKey: 'p03', maxResults: 20 });
  const objects = await first.toArray();
  t.deepEqual(
    objects.map((o) => text(o.key)),
    PEOPLE.slice(3, 23).map((p) => p.key),
  );
  t.deepEqual(
    objects.map((o) => o.value?.toString()),
    PEOPLE.slice(3, 23).map((p) => `${p.key}:${p.age}`),
  );
  const rest = await h.client.csBucketFold({ bucket: 'people', startKey: 'p03', maxResults: 20, continuation: first.continuation }).toArray();
  t.deepEqual(
    rest.map((o) => text(o.key)),
    PEOPLE.slice(23).map((p) => p.key),
  );
});

/** Awaits Riak's error `errmsg` (the client adds where the request went to the message). */
async function riakError(t: ExecutionContext, request: Promise<unknown>, errmsg: string): Promise<void> {
  const err = await t.throwsAsync(request, { instanceOf: RiakServerError });
  t.is((err as RiakServerError | undefined)?.errmsg, errmsg);
}

const mapValue = { module: 'riak_kv_mapreduce', function: 'map_object_value' };

test("with a node stopped the listing is planned over the other replicas; with a keyspace unreachable, Riak's error", async (t) => {
  const h = clusterOf(await withCluster(t));
  await seed(h);
  await h.client.setBucketProps({ bucket: 'solo', props: { nVal: 1 } });
  for (const key of ['a', 'b', 'c', 'd', 'e', 'f']) await h.client.put({ bucket: 'solo', key, value: 'x', node: h.at('dev1') });
  await h.cluster.stop('dev2');
  const dev1 = h.via('dev1');
  t.deepEqual(
    sorted(await keysOf(h, 'people', 'dev1')),
    PEOPLE.map((p) => p.key),
  );
  t.is((await dev1.queryIndex({ bucket: 'people', index: 'age_int', range: [0, 100] })).keys.length, PEOPLE.length);

  // n_val 1: dev2's partitions have no other replica, so no plan covers the ring (riak_core_coverage_plan, `all`).
  await riakError(t, dev1.listKeys({ bucket: 'solo' }).toArray(), 'insufficient_vnodes_available');
  await riakError(t, dev1.queryIndex({ bucket: 'solo', index: '$bucket' }), '{error,insufficient_vnodes_available}');
  await riakError(t, dev1.csBucketFold({ bucket: 'solo', startKey: '' }).toArray(), '{error,insufficient_vnodes_available}');
  await riakError(t, dev1.mapReduceAll(MapReduceJob.bucket('solo').map(mapValue)), 'Error sending inputs: {error,insufficient_vnodes_available}');
  // Bucket listings take whatever is up (allup, n_val 1): a bucket whose keys are all on dev2 is not seen.
  const onDev2 = (key: string): boolean => h.cluster.primaries({ bucket: 'solo', key }).some((p) => p.node === 'dev2@127.0.0.1');
  const buckets = sorted((await dev1.listBuckets().toArray()).map(text));
  t.deepEqual(buckets, ['a', 'b', 'c', 'd', 'e', 'f'].every(onDev2) ? ['people', 'things'] : ['people', 'solo', 'things']);

  // The three primaries of one keyspace down: no replica of it is up.
  await h.cluster.start('dev2');
  const owners = h.cluster.primaries({ bucket: 'people', key: 'p00' }).map((p) => p.node);
  for (const node of owners) await h.cluster.stop(node);
  const survivor = h.cluster.nodes.find((n) => !owners.includes(n)) as string;
  await riakError(t, h.via(survivor).listKeys({ bucket: 'people' }).toArray(), 'insufficient_vnodes_available');
});

test('a key only on fallbacks is missing from listings until handoff; a deleted key is listed until it is reaped', async (t) => {
  const h = clusterOf(await withCluster(t));
  await seed(h);
  const key = { bucket: 'people', key: 'late' };
  const [first, second, third] = h.cluster.primaries(key).map((p) => p.node);
  const other = h.cluster.nodes.find((n) => n !== first && n !== second && n !== third) as string;
  // Written while two of its primaries are down: one primary copy, two hinted copies on fallbacks.
  await h.cluster.stop(second);
  await h.cluster.stop(third);
  await h.client.put({ ...key, value: 'late', indexes: [{ key: 'age_int', value: 99 }], node: h.at(first) });
  await h.cluster.start(second);
  await h.cluster.start(third);
  await h.cluster.stop(first);
  // Its keyspace is covered by a primary that never got it: coverage reads primaries, never fallbacks.
  const people = PEOPLE.map((p) => p.key);
  const late = async (): Promise<string[]> => (await h.via(other).queryIndex({ bucket: 'people', index: 'age_int', key: 99 })).keys.map(text);
  t.deepEqual(sorted(await keysOf(h, 'people', other)), people);
  t.deepEqual(await late(), []);
  await h.cluster.settle();
  t.deepEqual(sorted(await keysOf(h, 'people', other)), sorted([...people, 'late']));
  t.deepEqual(await late(), ['late']);

  await h.cluster.start(first);
  await h.client.delete({ bucket: 'people', key: 'p07', node: h.at(other) });
  t.deepEqual(sorted(await keysOf(h, 'people', first)), sorted([...people, 'late']), 'the tombstone is listed, as on Riak');
  await h.cluster.settle();
  const after = await keysOf(h, 'people', first);
  t.false(after.includes('p07'), 'the reaped tombstone is not');
  t.is(after.length, people.length);
});

test('a partitioned node plans over the nodes on its side', async (t) => {
  const h = clusterOf(await withCluster(t));
  await seed(h);
  const majority = ['dev3', 'dev4', 'dev5'];
  h.cluster.partition(['dev1', 'dev2'], majority);
  // With five nodes the three primaries of a keyspace are three nodes: the majority always has one of them.
  for (const node of majority)
    t.deepEqual(
      sorted(await keysOf(h, 'people', node)),
      PEOPLE.map((p) => p.key),
    );
  // The minority reads only what dev1 and dev2 own: a keyspace whose three primaries are all across the split has no replica there.
  const owners = new Ring({ ringSize: 16, nodes: h.cluster.nodes }).owners();
  const short = (node: string): string => node.split('@')[0];
  const across = owners.some((_, k) => [1, 2, 3].every((i) => majority.includes(short(owners[(k + i) % 16]))));
  t.true(across, 'this ring (16 partitions on 5 nodes) has such a keyspace');
  await riakError(t, h.via('dev1').listKeys({ bucket: 'people' }).toArray(), 'insufficient_vnodes_available');
  h.cluster.heal();
  t.deepEqual(
    sorted(await keysOf(h, 'people', 'dev1')),
    PEOPLE.map((p) => p.key),
  );
});

test('the same seed and the same requests give the same unordered listings', async (t) => {
  const orders = async (clusterSeed: number): Promise<string[][]> => {
    const h = clusterOf(await withCluster(t, { seed: clusterSeed }));
    await seed(h);
    const index = await h
      .via('dev3')
      .streamIndex({ bucket: 'people', index: 'age_int', range: [0, 100] })
      .toArray();
    return [await keysOf(h, 'people', 'dev2'), index.map((m) => text(m.key))];
  };
  const [a, b, c] = [await orders(7), await orders(7), await orders(8)];
  t.deepEqual(a, b);
  t.notDeepEqual(
    a[0],
    PEOPLE.map((p) => p.key),
    'not sorted: Riak promises no order',
  );
  t.notDeepEqual(a[0], c[0], 'another seed, another order');
});

test('a plan covers every keyspace once from primaries up, or fails exactly when some keyspace has none (allup: covers what it can)', (t) => {
  const names = Array.from({ length: 8 }, (_, i) => `dev${i + 1}@127.0.0.1`);
  fc.assert(
    fc.property(
      fc.constantFrom(8, 16, 32, 64),
      fc.integer({ min: 1, max: 8 }),
      fc.integer({ min: 1, max: 5 }),
      fc.nat(2 ** 27),
      fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
      fc.constantFrom<'all' | 'allup'>('all', 'allup'),
      (ringSize, nodeCount, nVal, reqId, downFlags, selector) => {
        const ring = new Ring({ ringSize, nodes: names.slice(0, nodeCount) });
        const up = (node: string): boolean => !downFlags[names.indexOf(node)];
        const plan = createPlan(ring, { selector, nVal, reqId, up });
        // Keyspace k lives on partitions k+1 .. k+n.
        const holders = (k: number): number[] => Array.from({ length: nVal }, (_, i) => (k + 1 + i) % ringSize);
        const coverable = Array.from({ length: ringSize }, (_, k) => holders(k).some((p) => up(ring.owner(p))));
        if (!plan.ok) return selector === 'all' && coverable.includes(false) && plan.reason === 'insufficient_vnodes_available';
        const covered = plan.vnodes.flatMap((v) => v.keyspaces);
        const once = new Set(covered).size === covered.length;
        const fromPrimariesUp = plan.vnodes.every(
          (v) => v.node === ring.owner(v.index) && up(v.node) && v.keyspaces.every((k) => holders(k).includes(v.index)),
        );
        const filters = plan.vnodes.every((v) => v.filtered === v.keyspaces.length < nVal);
        const all = coverable.every((ok, k) => ok === covered.includes(k)) && (selector === 'allup' || coverable.every(Boolean));
        const minimal = !coverable.every(Boolean) || !names.slice(0, nodeCount).every(up) || plan.vnodes.length === Math.ceil(ringSize / nVal);
        return once && fromPrimariesUp && filters && all && minimal;
      },
    ),
  );
  t.pass();
});
