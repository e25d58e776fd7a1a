import test from 'ava';
import { RiakClient } from '../../src/client/riak-client.js';
import type { IndexPage } from '../../src/client/secondary-index.js';
import { RiakServerError } from '../../src/errors.js';
import { startDevServer, type DevServer } from '../../src/server/index.js';

const COUNT = 57;
const keyOf = (i: number) => `user-${String(i).padStart(3, '0')}`;
const sorted = (keys: Buffer[]) => keys.map(String).sort();

let server: DevServer;
let client: RiakClient;

test.before(async () => {
  server = await startDevServer({ port: 0, streamBatchSize: 7 });
  client = new RiakClient({ nodes: [`${server.host}:${server.port}`] });
  await Promise.all(
    Array.from({ length: COUNT }, (_, i) =>
      client.put({
        bucket: 'users',
        key: keyOf(i),
        value: `{"n":${i}}`,
        contentType: 'application/json',
        indexes: [
          { key: 'age_int', value: 20 + (i % 10) },
          { key: 'team_bin', value: i % 2 === 0 ? 'even' : 'odd' },
          { key: 'email_bin', value: `${keyOf(i)}@example.com` },
        ],
      }),
    ),
  );
  await client.put({ type: 'siblings', bucket: 'users', key: 'other-type', value: 'x', indexes: [{ key: 'age_int', value: 25 }] });
});

test.after.always(async () => {
  await client.close();
  await server.close();
});

test('exact match on a _bin index', async (t) => {
  const page = await client.queryIndex({ bucket: 'users', index: 'email_bin', key: 'user-007@example.com' });
  t.deepEqual(page.keys.map(String), ['user-007']);
  t.deepEqual(page.results, []);
  t.is(page.continuation, undefined);
  const odd = await client.queryIndex({ bucket: 'users', index: 'team_bin', key: 'odd' });
  t.is(odd.keys.length, Math.floor(COUNT / 2));
});

test('exact and range matches on an _int index accept numbers and bigints', async (t) => {
  const exact = await client.queryIndex({ bucket: 'users', index: 'age_int', key: 23 });
  t.deepEqual(
    sorted(exact.keys),
    Array.from({ length: COUNT }, (_, i) => i)
      .filter((i) => i % 10 === 3)
      .map(keyOf),
  );
  const range = await client.queryIndex({ bucket: 'users', index: 'age_int', range: [28n, 29] });
  t.is(range.keys.length, Array.from({ length: COUNT }, (_, i) => i % 10).filter((n) => n >= 8).length);
});

test('returnTerms gives { term, key } pairs', async (t) => {
  const page = await client.queryIndex({ bucket: 'users', index: 'age_int', range: [20, 21], returnTerms: true });
  t.true(page.results.length > 0);
  for (const { term, key } of page.results) {
    const i = Number(key.toString().slice(5));
    t.is(Number(term.toString()), 20 + (i % 10));
  }
  t.deepEqual(sorted(page.keys), sorted(page.results.map((r) => r.key)));
});

test('$bucket lists every key of the bucket (and only that type), $key ranges on keys', async (t) => {
  const all = await client.queryIndex({ bucket: 'users', index: '$bucket' });
  t.deepEqual(
    sorted(all.keys),
    Array.from({ length: COUNT }, (_, i) => keyOf(i)),
  );
  const typed = await client.queryIndex({ type: 'siblings', bucket: 'users', index: '$bucket' });
  t.deepEqual(sorted(typed.keys), ['other-type']);
  const range = await client.queryIndex({ bucket: 'users', index: '$key', range: ['user-010', 'user-019'] });
  t.deepEqual(
    sorted(range.keys),
    Array.from({ length: 10 }, (_, i) => keyOf(10 + i)),
  );
});

test('termRegex filters range terms', async (t) => {
  const page = await client.queryIndex({ bucket: 'users', index: 'email_bin', range: ['a', 'z'], termRegex: '^user-00[0-4]@', returnTerms: true });
  t.deepEqual(sorted(page.keys), [0, 1, 2, 3, 4].map(keyOf));
});

test('indexPages follows continuations: every key exactly once, in order', async (t) => {
  const pages: IndexPage[] = [];
  for await (const page of client.indexPages({ bucket: 'users', index: '$bucket', maxResults: 10 })) pages.push(page);
  t.is(pages.length, Math.ceil(COUNT / 10));
  t.true(pages.slice(0, -1).every((p) => p.keys.length === 10 && p.continuation !== undefined));
  t.is(pages.at(-1)?.continuation, undefined);
  const keys = pages.flatMap((p) => p.keys.map(String));
  t.deepEqual(
    keys,
    Array.from({ length: COUNT }, (_, i) => keyOf(i)),
  );
  t.is(new Set(keys).size, COUNT);
});

test('paginated range with terms: pages cover every match once', async (t) => {
  const all = await client.queryIndex({ bucket: 'users', index: 'age_int', range: [20, 29], returnTerms: true });
  const paged = (await client.indexPages({ bucket: 'users', index: 'age_int', range: [20, 29], returnTerms: true, maxResults: 8 }).toArray()).flatMap(
    (p) => p.results,
  );
  t.is(paged.length, COUNT);
  const id = (r: { term: Buffer; key: Buffer }) => `${r.term}/${r.key}`;
  t.deepEqual(paged.map(id).sort(), all.results.map(id).sort());
  // Paginated results come sorted by term, then key.
  const order = paged.map((r) => [Number(r.term), String(r.key)] as const);
  t.deepEqual(
    order,
    [...order].sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0)),
  );
});

test('manual continuation round trip', async (t) => {
  const first = await client.queryIndex({ bucket: 'users', index: 'team_bin', key: 'even', maxResults: 5 });
  t.is(first.keys.length, 5);
  t.truthy(first.continuation);
  const second = await client.queryIndex({ bucket: 'users', index: 'team_bin', key: 'even', maxResults: 5, continuation: first.continuation });
  t.is(second.keys.length, 5);
  t.is(new Set([...first.keys, ...second.keys].map(String)).size, 10);
});

test('streamIndex yields all matches across frames; with maxResults it ends with a continuation', async (t) => {
  const keys = (await client.streamIndex({ bucket: 'users', index: '$bucket' }).toArray()).map((m) => String(m.key));
  t.deepEqual(
    keys.sort(),
    Array.from({ length: COUNT }, (_, i) => keyOf(i)),
  );
  const stream = client.streamIndex({ bucket: 'users', index: 'age_int', range: [20, 29], returnTerms: true, maxResults: 20 });
  const matches = await stream.toArray();
  t.is(matches.length, 20);
  t.true(matches.every((m) => m.term !== undefined));
  t.truthy(stream.continuation);
  const rest = await client.streamIndex({ bucket: 'users', index: 'age_int', range: [20, 29], returnTerms: true, continuation: stream.continuation }).toArray();
  t.is(matches.length + rest.length, COUNT);
});

test('breaking out of streamIndex leaves the client usable', async (t) => {
  let n = 0;
  for await (const _match of client.streamIndex({ bucket: 'users', index: '$bucket' })) if (++n === 3) break;
  t.is(n, 3);
  t.is((await client.queryIndex({ bucket: 'users', index: '$bucket' })).keys.length, COUNT);
});

test('paginationSort sorts without maxResults', async (t) => {
  const page = await client.queryIndex({ bucket: 'users', index: 'team_bin', key: 'odd', paginationSort: true });
  const keys = page.keys.map(String);
  t.deepEqual(keys, [...keys].sort());
});

test('server-side errors surface as RiakServerError', async (t) => {
  await t.throwsAsync(client.queryIndex({ bucket: 'users', type: 'nope', index: '$bucket' }), { instanceOf: RiakServerError });
  await client.ping();
});
