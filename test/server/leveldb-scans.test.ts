import test from 'ava';
import fc from 'fast-check';
import { join } from 'node:path';
import { termToBinary } from '../../src/codec/erlang/etf.js';
import { atom, tuple, type ErlTerm } from '../../src/codec/erlang/term.js';
import type { IndexPosition, KeyEntry } from '../../src/server/store/backend.js';
import { compareIndexValues } from '../../src/server/store/content-codec.js';
import { LevelBackend } from '../../src/server/store/leveldb/level-backend.js';
import { MemoryBackend } from '../../src/server/store/memory-backend.js';
import { SCAN_CHUNK } from '../../src/server/store/ordered-scan.js';
import { SortedStrings } from '../../src/server/store/sorted-strings.js';
import { nameBytes, UNORDERED_CHUNK, UnorderedResults } from '../../src/server/store/unordered.js';
import { CountingBackend, dataDir, filledBackend, object, pad, SEED, serve } from '../helpers/scan-backends.js';
import { pb, text } from '../helpers/server-harness.js';

/**
 * Listings and 2i queries as ordered range scans on both backends (issue
 * 17): a page of 2i reads its page, listings come in the seeded order chunk
 * by chunk, and the backends' range scans agree with a model. What is read
 * is counted by a backend wrapper; no time is measured. The same on large
 * buckets (a listing bigger than the socket buffers, a scan held a chunk at
 * a time, timeouts, MapReduce inputs): leveldb-scans-large.heavy.test.ts.
 */

for (const kind of ['memory', 'leveldb'] as const) {
  test(`${kind}: a page of 2i reads only its page, and its continuation resumes the scan where it stopped`, async (t) => {
    // Three scan chunks: a query that read a chunk, or the bucket, instead of its page would read hundreds.
    const COUNT = 3 * SCAN_CHUNK;
    const backend = new CountingBackend(filledBackend(t, kind, COUNT));
    const { client } = await serve(t, backend);
    const reading = async <T>(query: () => Promise<T>): Promise<{ result: T; read: number }> => {
      const before = backend.read;
      const result = await query();
      return { result, read: backend.read - before };
    };

    const first = await reading(() => client.queryIndex({ bucket: 'big', index: 'n_int', range: [100, 100_000], returnTerms: true, maxResults: 10 }));
    t.deepEqual(
      first.result.results.map((r) => `${text(r.term)}=${text(r.key)}`),
      Array.from({ length: 10 }, (_, i) => `${100 + i}=k${pad(100 + i)}`),
    );
    t.is(first.read, 10);
    const next = await reading(() =>
      client.queryIndex({
        bucket: 'big',
        index: 'n_int',
        range: [100, 100_000],
        returnTerms: true,
        maxResults: 10,
        continuation: first.result.continuation as Buffer,
      }),
    );
    t.deepEqual(
      next.result.results.map((r) => text(r.key)),
      Array.from({ length: 10 }, (_, i) => `k${pad(110 + i)}`),
    );
    t.is(next.read, 10);

    const bins = await reading(() => client.queryIndex({ bucket: 'big', index: 's_bin', range: [`s${pad(COUNT - 10)}`, 'z'], maxResults: 100 }));
    t.deepEqual(
      bins.result.keys.map(text),
      Array.from({ length: 10 }, (_, i) => `k${pad(COUNT - 10 + i)}`),
    );
    t.is(bins.read, 10, 'a page shorter than max_results reads what there is');

    const bucket = await reading(() => client.queryIndex({ bucket: 'big', index: '$bucket', key: 'big', maxResults: 7 }));
    t.deepEqual(
      bucket.result.keys.map(text),
      Array.from({ length: 7 }, (_, i) => `k${pad(i)}`),
    );
    t.is(bucket.read, 7);
    const bucketNext = await reading(() =>
      client.queryIndex({ bucket: 'big', index: '$bucket', key: 'big', maxResults: 7, continuation: bucket.result.continuation as Buffer }),
    );
    t.deepEqual(
      bucketNext.result.keys.map(text),
      Array.from({ length: 7 }, (_, i) => `k${pad(7 + i)}`),
    );
    t.is(bucketNext.read, 7);

    const keyRange = await reading(() => client.queryIndex({ bucket: 'big', index: '$key', range: [`k${pad(1000)}`, `k${pad(1499)}`], maxResults: 5 }));
    t.deepEqual(
      keyRange.result.keys.map(text),
      Array.from({ length: 5 }, (_, i) => `k${pad(1000 + i)}`),
    );
    t.is(keyRange.read, 5);

    const streamed = await reading(() => client.streamIndex({ bucket: 'big', index: 'n_int', range: [0, 100_000], maxResults: 20 }).toArray());
    t.is(streamed.result.length, 20);
    t.is(streamed.read, 20);

    const exact = await reading(() => client.queryIndex({ bucket: 'big', index: 'n_int', key: 1321 }));
    t.deepEqual(exact.result.keys.map(text), [`k${pad(1321)}`]);
    t.is(exact.read, 1, 'an exact query reads its term only');
  });
}

test('listings come in the seeded order chunk by chunk, the same on both backends and whatever the write order', async (t) => {
  const COUNT = 2500;
  const keys = Array.from({ length: COUNT }, (_, i) => `k${pad(i)}`);
  const memory = new MemoryBackend();
  for (const key of [...keys].reverse()) memory.set('default', 'big', key, object([]), undefined);
  const level = filledBackend(t, 'leveldb', COUNT);
  const listed: string[][] = [];
  for (const backend of [memory, level]) {
    const { client } = await serve(t, backend);
    listed.push((await client.listKeys({ bucket: 'big' }).toArray()).map((k) => k.toString('latin1')));
  }
  const expected = [...new UnorderedResults(SEED).chunks(keys, nameBytes)].flat();
  t.deepEqual(listed[0], expected);
  t.deepEqual(listed[1], expected);
  t.notDeepEqual(expected, keys);
  // Each chunk holds the next keys of the scan, in an order of its own.
  t.deepEqual([...expected.slice(0, UNORDERED_CHUNK)].sort(), keys.slice(0, UNORDERED_CHUNK));
});

test('SortedStrings keeps a sorted set: any adds and deletes, any range (property)', (t) => {
  const text = fc.array(fc.constantFrom('a', 'b', '\u0000', '\u00ff'), { maxLength: 4 }).map((chars) => chars.join(''));
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.boolean(), text), { maxLength: 3000 }), text, fc.option(text, { nil: undefined }), fc.nat(50), (ops, gte, lt, limit) => {
      const list = new SortedStrings();
      const model = new Set<string>();
      for (const [add, item] of ops) {
        t.is(add ? list.add(item) : list.delete(item), add ? !model.has(item) : model.has(item));
        if (add) model.add(item);
        else model.delete(item);
      }
      t.is(list.size, model.size);
      const sorted = [...model].sort();
      t.deepEqual(list.range('', undefined, Number.POSITIVE_INFINITY), sorted);
      t.deepEqual(list.range(gte, lt, limit), sorted.filter((s) => s >= gte && (lt === undefined || s < lt)).slice(0, limit));
    }),
    { numRuns: 200 },
  );
});

type Term = Buffer | number | bigint;

test("both backends scan keys and 2i alike, in the model's order, resumed after any item, in chunks of any size (property)", (t) => {
  const level = LevelBackend.open(join(dataDir(t), 'leveldb'), { sync: false });
  t.teardown(() => level.close());
  const key = fc.constantFrom('a', 'b', 'ab', 'a\u0000', '\u00ff', 'z', '');
  const term: fc.Arbitrary<Term> = fc.oneof(
    fc.integer({ min: -3, max: 3 }),
    fc.constantFrom(0n, 2n ** 70n, -(2n ** 70n)),
    fc.constantFrom('', 'a', 'ab', 'b').map((s) => Buffer.from(s)),
  );
  const write = fc.record({ key, terms: fc.array(term, { maxLength: 3 }), deleted: fc.boolean(), remove: fc.boolean() });
  const show = (term: Term, key: string) => `${Buffer.isBuffer(term) ? `<<${term.toString('latin1')}>>` : String(term)}=${JSON.stringify(key)}`;
  let run = 0;
  fc.assert(
    fc.property(fc.array(write, { maxLength: 25 }), fc.integer({ min: 1, max: 5 }), (writes, limit) => {
      // Bucket names grow with each run: a run's own bucket is the first at or after its name.
      const bucket = `b${pad(run++)}`;
      const memory = new MemoryBackend();
      const model = new Map<string, { deleted: boolean; terms: Term[] }>();
      for (const w of writes) {
        for (const backend of [memory, level]) {
          if (w.remove) backend.remove('default', bucket, w.key);
          else
            backend.set(
              'default',
              bucket,
              w.key,
              object(
                w.terms.map((value) => ({ field: 'f_int', value })),
                w.deleted,
              ),
              undefined,
            );
        }
        if (w.remove) model.delete(w.key);
        else model.set(w.key, { deleted: w.deleted, terms: w.terms });
      }
      const byKey = [...model.keys()].sort();
      const entries = new Map<string, { term: Term; key: string }>();
      for (const [k, { deleted, terms }] of model) {
        // 0 and 0n are one term.
        if (!deleted) for (const term of terms) entries.set(show(typeof term === 'bigint' && term === 0n ? 0 : term, k), { term, key: k });
      }
      const expected = [...entries.values()]
        .sort((a, b) => compareIndexValues(a.term, b.term) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
        .map((e) => show(e.term === 0n ? 0 : e.term, e.key));
      const range = { field: 'f_int', start: -(2n ** 80n), end: Buffer.from('zz') };
      for (const backend of [memory, level]) {
        const keys: KeyEntry[] = [];
        for (let from = ''; ; ) {
          const chunk = backend.keyRange('default', bucket, from, undefined, limit);
          if (chunk.length === 0) break;
          keys.push(...chunk);
          from = `${chunk[chunk.length - 1].key}\u0000`;
        }
        t.deepEqual(
          keys,
          byKey.map((k) => ({ key: k, kind: model.get(k)?.deleted === true ? 'tombstone' : 'object' })),
          backend.name,
        );
        t.deepEqual(backend.bucketRange('default', bucket, 1), model.size > 0 ? [bucket] : [], backend.name);
        const seen: string[] = [];
        let after: IndexPosition | undefined;
        for (;;) {
          const chunk = backend.indexRange('default', bucket, range, after, limit);
          if (chunk.length === 0) break;
          seen.push(...chunk.map((m) => show(m.term === 0n ? 0 : (m.term as Term), m.key)));
          const last = chunk[chunk.length - 1];
          after = { term: last.term as Term, key: last.key };
        }
        t.deepEqual(seen, expected, backend.name);
      }
    }),
    { numRuns: 60 },
  );
});

/** riak_index:apply_continuation/2 as Riak compares: after {Term, Key} by term then key (pairs), by key otherwise. */
function riakAfter(result: { term: Term; key: Buffer }, after: ErlTerm, pairs: boolean): boolean {
  const items = typeof after === 'object' && 'items' in after ? after.items : undefined;
  if (items?.length === 2 && Buffer.isBuffer(items[1])) {
    const [term, key] = items as [ErlTerm, Buffer];
    if (pairs && (Buffer.isBuffer(term) || typeof term === 'number' || typeof term === 'bigint')) {
      const byTerm = compareIndexValues(result.term, term);
      return byTerm > 0 || (byTerm === 0 && Buffer.compare(result.key, key) > 0);
    }
    return Buffer.compare(result.key, key) > 0;
  }
  return Buffer.compare(result.key, after as Buffer) > 0;
}

for (const kind of ['memory', 'leveldb'] as const) {
  test(`${kind}: any continuation gives the results after it, as Riak compares them, whether it resumes the scan or filters it (property)`, async (t) => {
    const backend = kind === 'memory' ? new MemoryBackend() : LevelBackend.open(join(dataDir(t), 'leveldb'), { sync: false });
    for (let i = 0; i < 40; i++) {
      backend.set(
        'default',
        'p',
        `k${pad(i)}`,
        object([
          { field: 'n_int', value: i % 7 },
          { field: 's_bin', value: Buffer.from(`s${i % 5}`) },
        ]),
        undefined,
      );
    }
    const { client } = await serve(t, backend);
    const b = (s: string) => Buffer.from(s);
    const EQ = pb.RpbIndexReq.IndexQueryType.eq;
    const RANGE = pb.RpbIndexReq.IndexQueryType.range;
    const queries = [
      { pairs: true, req: { index: b('n_int'), qtype: RANGE, rangeMin: b('1'), rangeMax: b('5'), returnTerms: true } },
      { pairs: true, req: { index: b('s_bin'), qtype: RANGE, rangeMin: b('s1'), rangeMax: b('s3'), returnTerms: true } },
      { pairs: false, req: { index: b('n_int'), qtype: EQ, key: b('3') } },
      { pairs: false, req: { index: b('$key'), qtype: RANGE, rangeMin: b('k000005'), rangeMax: b('k000030') } },
      { pairs: false, req: { index: b('$bucket'), qtype: EQ, key: b('p') } },
    ];
    const key = fc.constantFrom('', 'k000000', 'k000012', 'k000012\u0000', 'k000039', 'k1', 'j').map(b);
    const term: fc.Arbitrary<ErlTerm> = fc.oneof(
      fc.integer({ min: -2, max: 9 }),
      fc.constantFrom(3n, 1.5, 2.0),
      fc.constantFrom('s0', 's2', 's29', 's4', 'a').map(b),
      fc.constant(atom('x')),
    );
    const continuation: fc.Arbitrary<ErlTerm> = fc.oneof(
      key,
      fc.tuple(term, key).map(([tm, k]) => tuple(tm, k)),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.nat(queries.length - 1),
        continuation,
        fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
        async (q, after, maxResults) => {
          const { pairs, req } = queries[q];
          const all = await client.request('RpbIndexReq', { bucket: b('p'), ...req, paginationSort: true });
          const results = pairs
            ? all.results.map((r) => ({ term: parseTerm(Buffer.from(r.key), req.index), key: Buffer.from(r.value ?? []) }))
            : all.keys.map((k) => ({ term: 0, key: Buffer.from(k) }));
          const expected = results.filter((r) => riakAfter(r, after, pairs)).slice(0, maxResults ?? results.length);
          const page = await client.request('RpbIndexReq', {
            bucket: b('p'),
            ...req,
            continuation: b(termToBinary(after).toString('base64')),
            ...(maxResults === undefined ? {} : { maxResults }),
          });
          const got = pairs ? page.results.map((r) => Buffer.from(r.value ?? []).toString()) : page.keys.map((k) => Buffer.from(k).toString());
          t.deepEqual(
            got,
            expected.map((r) => r.key.toString()),
          );
        },
      ),
      { numRuns: 150 },
    );
  });
}

/** A returned term: `_int` terms come back as decimal text. */
function parseTerm(bytes: Buffer, index: Buffer): Term {
  return index.toString().endsWith('_int') ? Number(bytes.toString()) : bytes;
}
