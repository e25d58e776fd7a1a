import test from 'ava';
import fc from 'fast-check';
import { RiakInvalidArgumentError } from '../../src/errors.js';
import { startDevServer } from '../../src/server/index.js';
import { UnorderedResults } from '../../src/server/store/unordered.js';
import type { RiakClient } from '../../src/client/riak-client.js';
import { main } from '../../src/cli/main.js';
import { fakeIo } from '../helpers/cli-io.js';
import { until } from '../helpers/wait.js';
import { withServer } from '../helpers/server-harness.js';

/**
 * Where Riak promises no order (listings, 2i without pagination), the dev
 * server answers in a seeded order that is not sorted; paginated 2i stays
 * sorted, as Riak sorts it.
 */

const SEED = 12345;
const names = (items: Buffer[]) => items.map(String);
const sorted = (items: string[]) => [...items].sort();
const isSorted = (items: string[]) => items.every((item, i) => i === 0 || items[i - 1] <= item);

const KEYS = Array.from({ length: 40 }, (_, i) => `key-${String(i).padStart(2, '0')}`);

/** Writes the keys (each with an age_int and a name_bin index) in the given order. */
async function fill(client: RiakClient, bucket: string, keys: string[]): Promise<void> {
  for (const key of keys) {
    const n = Number(key.slice(4));
    await client.put({
      bucket,
      key,
      value: key,
      indexes: [
        { key: 'age_int', value: n },
        { key: 'name_bin', value: `name-${key}` },
      ],
    });
  }
}

test('listKeys: every key once, not sorted, the same order for the same seed whatever the write order', async (t) => {
  const first = await withServer(t, { seed: SEED });
  await fill(first.client, 'b', KEYS);
  const second = await withServer(t, { seed: SEED });
  await fill(second.client, 'b', [...KEYS].reverse());
  const a = names(await first.client.listKeys({ bucket: 'b' }).toArray());
  const b = names(await second.client.listKeys({ bucket: 'b' }).toArray());
  t.deepEqual(sorted(a), KEYS);
  t.false(isSorted(a), a.join(' '));
  t.deepEqual(a, b);
  const third = await withServer(t, { seed: SEED + 1 });
  await fill(third.client, 'b', KEYS);
  t.notDeepEqual(names(await third.client.listKeys({ bucket: 'b' }).toArray()), a);
});

test('listKeys in small frames keeps the same order', async (t) => {
  const whole = await withServer(t, { seed: SEED });
  const framed = await withServer(t, { seed: SEED, streamBatchSize: 3 });
  await fill(whole.client, 'b', KEYS);
  await fill(framed.client, 'b', KEYS);
  t.deepEqual(names(await framed.client.listKeys({ bucket: 'b' }).toArray()), names(await whole.client.listKeys({ bucket: 'b' }).toArray()));
});

test('listBuckets, streamed or not: not sorted, same order', async (t) => {
  const { client } = await withServer(t, { seed: SEED });
  const buckets = KEYS.map((k) => `bucket-${k}`);
  for (const bucket of buckets) await client.put({ bucket, key: 'k', value: 'v' });
  const streamed = names(await client.listBuckets().toArray());
  const whole = names((await client.request('RpbListBucketsReq', {})).buckets.map((bucket) => Buffer.from(bucket)));
  t.deepEqual(sorted(streamed), buckets);
  t.false(isSorted(streamed));
  t.deepEqual(whole, streamed);
});

test('2i without pagination (range with terms, equality, $bucket): not sorted; with max_results or pagination_sort: sorted', async (t) => {
  const { client } = await withServer(t, { seed: SEED });
  await fill(client, 'p', KEYS);
  const range = await client.queryIndex({ bucket: 'p', index: 'age_int', range: [0, 100], returnTerms: true });
  const pairs = range.results.map((r) => `${r.term}=${r.key}`);
  t.is(pairs.length, KEYS.length);
  t.false(isSorted(range.results.map((r) => String(r.key))), pairs.join(' '));
  const bucket = names((await client.queryIndex({ bucket: 'p', index: '$bucket', key: 'p' })).keys);
  t.deepEqual(sorted(bucket), KEYS);
  t.false(isSorted(bucket));
  const streamed = (await client.streamIndex({ bucket: 'p', index: 'name_bin', range: ['a', 'z'] }).toArray()).map((m) => String(m.key));
  t.deepEqual(sorted(streamed), KEYS);
  t.false(isSorted(streamed));

  const page = await client.queryIndex({ bucket: 'p', index: 'name_bin', range: ['a', 'z'], maxResults: 100 });
  t.deepEqual(names(page.keys), KEYS);
  const pgSort = await client.queryIndex({ bucket: 'p', index: 'name_bin', range: ['a', 'z'], paginationSort: true });
  t.deepEqual(names(pgSort.keys), KEYS);
});

test('paginated 2i pages are sorted and continue where the last page ended', async (t) => {
  const { client } = await withServer(t, { seed: SEED });
  await fill(client, 'p', KEYS);
  const seen: string[] = [];
  let continuation: Buffer | undefined;
  do {
    const page = await client.queryIndex({ bucket: 'p', index: '$bucket', key: 'p', maxResults: 7, ...(continuation ? { continuation } : {}) });
    seen.push(...names(page.keys));
    continuation = page.continuation;
  } while (continuation !== undefined);
  t.deepEqual(seen, KEYS);
});

test('the seed is reported, random by default, and checked', async (t) => {
  const { server } = await withServer(t, { seed: 7 });
  t.is(server.seed, 7);
  const { server: random } = await withServer(t);
  t.true(Number.isInteger(random.seed) && random.seed >= 0 && random.seed < 2 ** 32);
  for (const seed of [-1, 1.5, 2 ** 32, Number.NaN]) {
    await t.throwsAsync(startDevServer({ port: 0, seed }), { instanceOf: RiakInvalidArgumentError, message: /Invalid seed/ });
  }
});

test('riak-pb serve prints the seed after the listening line, and takes --seed', async (t) => {
  const fake = fakeIo();
  const done = main(['serve', '--port', '0', '--seed', '42'], fake.io);
  await until(() => fake.out.length >= 2, 'the seed line');
  t.regex(fake.out[0], /^listening on /);
  t.is(fake.out[1], 'unordered results (listings, 2i without pagination, MapReduce inputs) use seed 42: --seed 42 replays this order');
  fake.stop();
  t.is(await done, 0);
  for (const bad of ['-1', 'x', '4294967296']) {
    const io = fakeIo();
    t.is(await main(['serve', '--port', '0', `--seed=${bad}`], io.io), 2);
    t.regex(io.err.join('\n'), /--seed expects an integer/);
  }
});

test('arrange: a permutation that depends only on the seed and the items', (t) => {
  fc.assert(
    fc.property(fc.uniqueArray(fc.uint8Array({ maxLength: 12 }), { selector: (a) => Buffer.from(a).toString('hex') }), fc.nat(2 ** 32 - 1), (arrays, seed) => {
      const items = arrays.map((a) => Buffer.from(a));
      const order = new UnorderedResults(seed);
      const once = order.arrange(items, (item) => item);
      const shuffled = order.arrange([...items].reverse(), (item) => item);
      t.deepEqual(once, shuffled);
      t.deepEqual([...once].sort(Buffer.compare), [...items].sort(Buffer.compare));
    }),
  );
});
