import test, { type ExecutionContext } from 'ava';
import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RiakClient } from '../../src/client/riak-client.js';
import { termToBinary } from '../../src/codec/erlang/etf.js';
import { atom, tuple, type ErlTerm } from '../../src/codec/erlang/term.js';
import { FrameDecoder } from '../../src/codec/frame-decoder.js';
import { MessageCode } from '../../src/codec/message-codes.js';
import { RiakServerError } from '../../src/errors.js';
import { ServerConnection } from '../../src/server/connection.js';
import { ConnectionState, ServerContext } from '../../src/server/context.js';
import { handleIndex } from '../../src/server/handlers/secondary-index.js';
import { handleListKeys } from '../../src/server/handlers/listing.js';
import { StreamReply } from '../../src/server/protocol/replies.js';
import { setRequestClock } from '../../src/server/request-deadline.js';
import type { IndexMatch, IndexPosition, IndexRange, KeyEntry, StoreBackend } from '../../src/server/store/backend.js';
import { compareIndexValues, contentFromPut } from '../../src/server/store/content-codec.js';
import type { StoredEntry } from '../../src/server/store/database.js';
import { LevelBackend } from '../../src/server/store/leveldb/level-backend.js';
import { MemoryBackend } from '../../src/server/store/memory-backend.js';
import { storedObjectSize } from '../../src/server/store/object-size.js';
import { SCAN_CHUNK } from '../../src/server/store/ordered-scan.js';
import type { IndexEntry } from '../../src/server/store/riak-object.js';
import { SortedStrings } from '../../src/server/store/sorted-strings.js';
import { nameBytes, setUnorderedSeed, UNORDERED_CHUNK, UnorderedResults } from '../../src/server/store/unordered.js';
import { FRESH, gregorianSeconds, increment } from '../../src/server/vclock.js';
import { frameOf, pb, text, type RawFrame } from '../helpers/server-harness.js';
import { until } from '../helpers/wait.js';

/**
 * Listings and 2i queries as ordered range scans on both backends (issue
 * 17): a page of 2i reads its page, listings and unpaginated 2i send each
 * chunk of the scan (in the seeded order) as it is read and hold one chunk,
 * a listing's timeout fires on a large bucket, and MapReduce bucket inputs
 * let other connections be served while they are listed. What is read is
 * counted by a backend wrapper; no time is measured.
 */

const SEED = 2024;
const actor = Buffer.from('scan-test');
const pad = (i: number): string => String(i).padStart(6, '0');

/** A KV object as a put stores it, with these 2i entries (a tombstone when `deleted`). */
function object(indexes: IndexEntry[], deleted = false): StoredEntry {
  const micros = 1_700_000_000_000_000;
  const contents = [contentFromPut({ value: Buffer.from('v'), deleted }, indexes, micros)];
  const vclock = increment(FRESH, actor, gregorianSeconds(micros / 1000));
  return { vclock, contents, datatype: undefined, size: storedObjectSize(vclock, contents) };
}

/** Counts what the server reads through a backend: keys, bucket names and 2i entries handed out. */
class CountingBackend implements StoreBackend {
  read = 0;
  /** Called after each read of keys or 2i entries. */
  onRead: (() => void) | undefined;
  /** `read` when the last get came in (a get is not counted). */
  readAtGet: number | undefined;

  constructor(readonly inner: StoreBackend) {}

  get name(): string {
    return this.inner.name;
  }

  get size(): number {
    return this.inner.size;
  }

  #counted<T>(items: T[]): T[] {
    this.read += items.length;
    this.onRead?.();
    return items;
  }

  get(type: string, bucket: string, key: string): StoredEntry | undefined {
    this.readAtGet = this.read;
    return this.inner.get(type, bucket, key);
  }

  record(type: string, bucket: string, key: string): Buffer | undefined {
    return this.inner.record(type, bucket, key);
  }

  set(type: string, bucket: string, key: string, entry: StoredEntry, record: Buffer | undefined): void {
    this.inner.set(type, bucket, key, entry, record);
  }

  remove(type: string, bucket: string, key: string): void {
    this.inner.remove(type, bucket, key);
  }

  *bucketNames(type: string): Generator<string> {
    for (const name of this.inner.bucketNames(type)) {
      this.read++;
      yield name;
    }
  }

  *entries(type: string, bucket: string): Generator<[string, StoredEntry]> {
    for (const entry of this.inner.entries(type, bucket)) {
      this.read++;
      this.onRead?.();
      yield entry;
    }
  }

  keyRange(type: string, bucket: string, gte: string, lt: string | undefined, limit: number): KeyEntry[] {
    return this.#counted(this.inner.keyRange(type, bucket, gte, lt, limit));
  }

  bucketRange(type: string, gte: string, limit: number): string[] {
    return this.#counted(this.inner.bucketRange(type, gte, limit));
  }

  indexRange(type: string, bucket: string, range: IndexRange, after?: IndexPosition, limit?: number): IndexMatch[] {
    return this.#counted(this.inner.indexRange(type, bucket, range, after, limit));
  }

  close(): void {
    this.inner.close();
  }
}

function dataDir(t: ExecutionContext): string {
  const dir = mkdtempSync(join(tmpdir(), 'riak-pb-scans-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

type Kind = 'memory' | 'leveldb';

/** A backend of `kind` holding `count` objects in bucket `big` (key i: `k` + i padded, `n_int` i, `s_bin` `s` + i). */
function filledBackend(t: ExecutionContext, kind: Kind, count: number, key: (i: number) => string = (i) => `k${pad(i)}`): StoreBackend {
  const entry = (i: number) =>
    object([
      { field: 'n_int', value: i },
      { field: 's_bin', value: Buffer.from(`s${pad(i)}`) },
    ]);
  if (kind === 'memory') {
    const memory = new MemoryBackend();
    for (let i = 0; i < count; i++) memory.set('default', 'big', key(i), entry(i), undefined);
    return memory;
  }
  const level = LevelBackend.open(join(dataDir(t), 'leveldb'), { sync: false });
  for (let from = 0; from < count; from += 5000) {
    const items = [];
    for (let i = from; i < Math.min(count, from + 5000); i++) items.push({ type: 'default', bucket: 'big', key: key(i), entry: entry(i) });
    level.setMany(items);
  }
  return level;
}

interface Served {
  context: ServerContext;
  port: number;
  client: RiakClient;
}

/** Serves `backend` on an ephemeral port with the dev server's connection code; closed when the test ends. */
async function serve(
  t: ExecutionContext,
  backend: StoreBackend,
  options: { clock?: () => number; streamBatchSize?: number; seed?: number } = {},
): Promise<Served> {
  const context = serverContext(backend, options);
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    new ServerConnection(socket, context, { maxFrameBytes: 64 << 20 });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const client = new RiakClient({ nodes: [`127.0.0.1:${port}`] });
  t.teardown(async () => {
    await client.close();
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
    context.close();
  });
  return { context, port, client };
}

function serverContext(backend: StoreBackend, options: { clock?: () => number; streamBatchSize?: number; seed?: number } = {}): ServerContext {
  const context = new ServerContext({
    deleteMode: 'keep',
    streamBatchSize: options.streamBatchSize ?? 1000,
    nodeName: 'riak@127.0.0.1',
    serverVersion: '3.2.0',
    objectSize: { max: 52428800, warn: 5242880 },
  });
  setUnorderedSeed(context, options.seed ?? SEED);
  if (options.clock !== undefined) setRequestClock(context, options.clock);
  context.db.useBackends([backend], backend.name, () => undefined);
  return context;
}

/** A raw connection whose reading the test controls. */
class RawSocket {
  readonly frames: RawFrame[] = [];
  /** Calls `onData` at each chunk received. */
  onData: (() => void) | undefined;

  private constructor(readonly socket: Socket) {
    const decoder = new FrameDecoder((code, payload) => this.frames.push({ code, payload: Buffer.from(payload) }));
    socket.on('data', (chunk) => {
      decoder.push(chunk);
      this.onData?.();
    });
    socket.on('error', () => {});
  }

  static async open(t: ExecutionContext, port: number): Promise<RawSocket> {
    const socket = await new Promise<Socket>((resolve, reject) => {
      const s = connect(port, '127.0.0.1', () => resolve(s));
      s.once('error', reject);
    });
    t.teardown(() => socket.destroy());
    return new RawSocket(socket);
  }

  send(frame: Buffer): void {
    this.socket.write(frame);
  }

  async waitFor(done: (frames: RawFrame[]) => boolean, what: string): Promise<RawFrame[]> {
    await until(() => done(this.frames), what);
    return this.frames;
  }
}

const listKeysFrame = (timeout?: number) =>
  frameOf(MessageCode.RpbListKeysReq, pb.RpbListKeysReq.encode({ bucket: Buffer.from('big'), ...(timeout === undefined ? {} : { timeout }) }).finish());
const isListDone = (f: RawFrame) => f.code === MessageCode.RpbListKeysResp && pb.RpbListKeysResp.decode(f.payload).done === true;
const keysIn = (frames: RawFrame[]) =>
  frames
    .filter((f) => f.code === MessageCode.RpbListKeysResp)
    .flatMap((f) => pb.RpbListKeysResp.decode(f.payload).keys.map((k) => Buffer.from(k).toString('latin1')));

for (const kind of ['memory', 'leveldb'] as const) {
  test(`${kind}: a page of 2i reads only its page, and its continuation resumes the scan where it stopped`, async (t) => {
    const COUNT = 5000;
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

    const bins = await reading(() => client.queryIndex({ bucket: 'big', index: 's_bin', range: ['s004990', 'z'], maxResults: 100 }));
    t.deepEqual(
      bins.result.keys.map(text),
      Array.from({ length: 10 }, (_, i) => `k${pad(4990 + i)}`),
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

    const keyRange = await reading(() => client.queryIndex({ bucket: 'big', index: '$key', range: [`k${pad(3000)}`, `k${pad(3999)}`], maxResults: 5 }));
    t.deepEqual(
      keyRange.result.keys.map(text),
      Array.from({ length: 5 }, (_, i) => `k${pad(3000 + i)}`),
    );
    t.is(keyRange.read, 5);

    const streamed = await reading(() => client.streamIndex({ bucket: 'big', index: 'n_int', range: [0, 100_000], maxResults: 20 }).toArray());
    t.is(streamed.result.length, 20);
    t.is(streamed.read, 20);

    const exact = await reading(() => client.queryIndex({ bucket: 'big', index: 'n_int', key: 4321 }));
    t.deepEqual(exact.result.keys.map(text), [`k${pad(4321)}`]);
    t.is(exact.read, 1, 'an exact query reads its term only');
  });
}

test('a listing sends its first frames before it has read the whole bucket, and reads on only as the client reads', async (t) => {
  // About 20 MB of key names: far more than the socket buffers between a client that does not read and the server.
  const COUNT = 100_000;
  const long = 'x'.repeat(190);
  const backend = new CountingBackend(filledBackend(t, 'memory', COUNT, (i) => `${long}${pad(i)}`));
  const { port, client } = await serve(t, backend);
  const raw = await RawSocket.open(t, port);
  raw.socket.pause();
  raw.send(listKeysFrame());
  await until(() => backend.read > 0, 'the listing to start reading');
  // Other requests go on being answered while the listing waits for its reader.
  t.is(text((await client.get({ bucket: 'big', key: `${long}${pad(5)}` })).value), 'v');
  await client.ping();
  const readWhilePaused = backend.read;
  t.true(readWhilePaused < COUNT / 2, `read ${readWhilePaused} of ${COUNT} keys while the client read nothing`);
  let readAtFirstFrame: number | undefined;
  raw.onData = () => {
    readAtFirstFrame ??= backend.read;
  };
  raw.socket.resume();
  const frames = await raw.waitFor((f) => f.some(isListDone), 'the whole listing');
  t.true((readAtFirstFrame as number) < COUNT, `the first frame came once ${readAtFirstFrame} keys were read`);
  const keys = keysIn(frames);
  t.is(keys.length, COUNT);
  t.is(new Set(keys).size, COUNT);
  t.log(`keys read while the client did not read: ${readWhilePaused}`);
});

/** Drives a handler's streamed reply frame by frame, as the connection does; returns the most results read but not yet in a frame. */
async function mostHeld(reply: unknown, backend: CountingBackend, resultsIn: (frame: Buffer) => number): Promise<{ held: number; results: number }> {
  if (!(reply instanceof StreamReply)) throw new Error('expected a streamed reply');
  let sent = 0;
  let held = 0;
  for await (const frame of reply.frames) {
    held = Math.max(held, backend.read - sent);
    sent += resultsIn(frame);
  }
  return { held, results: sent };
}

const payloadOf = (frame: Buffer) => frame.subarray(5);

test('a streamed listing or 2i query holds a chunk of the scan, never the bucket', async (t) => {
  const COUNT = 12_000;
  const BATCH = 100;
  for (const kind of ['memory', 'leveldb'] as const) {
    const backend = new CountingBackend(filledBackend(t, kind, COUNT));
    const context = serverContext(backend, { streamBatchSize: BATCH });
    t.teardown(() => context.close());
    const ctx = { server: context, connection: new ConnectionState() };
    const bound = SCAN_CHUNK + UNORDERED_CHUNK + BATCH;

    const listing = await mostHeld(
      handleListKeys(Buffer.from(pb.RpbListKeysReq.encode({ bucket: Buffer.from('big') }).finish()), ctx),
      backend,
      (f) => pb.RpbListKeysResp.decode(payloadOf(f)).keys.length,
    );
    t.is(listing.results, COUNT);
    t.true(listing.held <= bound, `${kind}: list keys held ${listing.held} keys`);

    for (const query of [
      {
        index: Buffer.from('n_int'),
        qtype: pb.RpbIndexReq.IndexQueryType.range,
        rangeMin: Buffer.from('0'),
        rangeMax: Buffer.from('999999'),
        returnTerms: true,
      },
      { index: Buffer.from('$bucket'), qtype: pb.RpbIndexReq.IndexQueryType.eq, key: Buffer.from('big') },
    ]) {
      backend.read = 0;
      const payload = Buffer.from(pb.RpbIndexReq.encode({ bucket: Buffer.from('big'), stream: true, ...query }).finish());
      const streamed = await mostHeld(handleIndex(payload, ctx), backend, (f) => {
        const resp = pb.RpbIndexResp.decode(payloadOf(f));
        return resp.keys.length + resp.results.length;
      });
      t.is(streamed.results, COUNT);
      t.true(streamed.held <= bound, `${kind}: 2i ${String(query.index)} held ${streamed.held} results`);
    }
  }
});

test('a listing\'s timeout fires on a large LevelDB bucket: the keys read so far, then "timeout"', async (t) => {
  const COUNT = 10_000;
  const backend = new CountingBackend(filledBackend(t, 'leveldb', COUNT));
  // Time passes as the server reads: one millisecond a key.
  const { port, client } = await serve(t, backend, { clock: () => backend.read });
  const raw = await RawSocket.open(t, port);
  raw.send(listKeysFrame(2000));
  const frames = await raw.waitFor((f) => f.some((x) => x.code === MessageCode.RpbErrorResp), 'the timeout error');
  const error = frames.find((f) => f.code === MessageCode.RpbErrorResp) as RawFrame;
  t.is(Buffer.from(pb.RpbErrorResp.decode(error.payload).errmsg).toString(), 'timeout');
  const before = keysIn(frames);
  t.true(before.length > 0 && before.length < COUNT, `${before.length} keys before the timeout`);
  t.true(backend.read < COUNT, `read ${backend.read} keys of ${COUNT}`);
  const err = await t.throwsAsync(client.listKeys({ bucket: 'big', timeout: 100 }).toArray(), { instanceOf: RiakServerError });
  t.is(err?.errmsg, 'timeout');
  t.is((await client.listKeys({ bucket: 'big' }).toArray()).length, COUNT);
});

test('a MapReduce job over a large bucket lets other connections be served while its keys are listed', async (t) => {
  const COUNT = 20_000;
  const backend = new CountingBackend(filledBackend(t, 'memory', COUNT));
  const { port } = await serve(t, backend);
  const job = await RawSocket.open(t, port);
  const other = await RawSocket.open(t, port);
  backend.onRead = () => {
    // Once the job has started listing, another client asks for a key.
    other.send(frameOf(MessageCode.RpbGetReq, pb.RpbGetReq.encode({ bucket: Buffer.from('big'), key: Buffer.from(`k${pad(1)}`) }).finish()));
    backend.onRead = undefined;
  };
  const request = Buffer.from(JSON.stringify({ inputs: 'big', query: [] }));
  job.send(frameOf(MessageCode.RpbMapRedReq, pb.RpbMapRedReq.encode({ request, contentType: Buffer.from('application/json') }).finish()));
  await other.waitFor((f) => f.length > 0, 'the get');
  const frames = await job.waitFor((f) => f.some((x) => x.code === MessageCode.RpbMapRedResp && pb.RpbMapRedResp.decode(x.payload).done === true), 'the job');
  t.true((backend.readAtGet as number) < COUNT, `the get was served once the job had read ${backend.readAtGet} of ${COUNT} keys`);
  const results = frames
    .map((f) => pb.RpbMapRedResp.decode(f.payload))
    .filter((r) => r.response.length > 0)
    .flatMap((r) => JSON.parse(Buffer.from(r.response).toString()) as [string, string][]);
  t.is(results.length, COUNT);
});

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
