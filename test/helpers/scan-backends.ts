import type { ExecutionContext } from 'ava';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RiakClient } from '../../src/client/riak-client.js';
import { FrameDecoder } from '../../src/codec/frame-decoder.js';
import { MessageCode } from '../../src/codec/message-codes.js';
import { ServerConnection } from '../../src/server/connection.js';
import { ServerContext } from '../../src/server/context.js';
import { setRequestClock } from '../../src/server/request-deadline.js';
import type { IndexMatch, IndexPosition, IndexRange, KeyEntry, StoreBackend } from '../../src/server/store/backend.js';
import { contentFromPut } from '../../src/server/store/content-codec.js';
import type { StoredEntry } from '../../src/server/store/database.js';
import { LevelBackend } from '../../src/server/store/leveldb/level-backend.js';
import { MemoryBackend } from '../../src/server/store/memory-backend.js';
import { storedObjectSize } from '../../src/server/store/object-size.js';
import type { IndexEntry } from '../../src/server/store/riak-object.js';
import { setUnorderedSeed } from '../../src/server/store/unordered.js';
import { FRESH, gregorianSeconds, increment } from '../../src/server/vclock.js';
import { frameOf, pb, type RawFrame } from './server-harness.js';
import { until } from './wait.js';

/*
 * Backends and servers for the scan tests (test/server/leveldb-scans*.test.ts):
 * a bucket `big` filled on either backend, a backend wrapper that counts
 * what the server reads, the dev server's connection code over it, and a
 * raw connection whose reading the test controls.
 */

/** The unordered-results seed every scan server here uses. */
export const SEED = 2024;
const actor = Buffer.from('scan-test');
export const pad = (i: number): string => String(i).padStart(6, '0');

/** A KV object as a put stores it, with these 2i entries (a tombstone when `deleted`). */
export function object(indexes: IndexEntry[], deleted = false): StoredEntry {
  const micros = 1_700_000_000_000_000;
  const contents = [contentFromPut({ value: Buffer.from('v'), deleted }, indexes, micros)];
  const vclock = increment(FRESH, actor, gregorianSeconds(micros / 1000));
  return { vclock, contents, datatype: undefined, size: storedObjectSize(vclock, contents) };
}

/** Counts what the server reads through a backend: keys, bucket names and 2i entries handed out. */
export class CountingBackend implements StoreBackend {
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

export function dataDir(t: ExecutionContext): string {
  const dir = mkdtempSync(join(tmpdir(), 'riak-pb-scans-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export type Kind = 'memory' | 'leveldb';

/** A backend of `kind` holding `count` objects in bucket `big` (key i: `k` + i padded, `n_int` i, `s_bin` `s` + i). */
export function filledBackend(t: ExecutionContext, kind: Kind, count: number, key: (i: number) => string = (i) => `k${pad(i)}`): StoreBackend {
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

export interface Served {
  context: ServerContext;
  port: number;
  client: RiakClient;
}

/** Serves `backend` on an ephemeral port with the dev server's connection code; closed when the test ends. */
export async function serve(
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

export function serverContext(backend: StoreBackend, options: { clock?: () => number; streamBatchSize?: number; seed?: number } = {}): ServerContext {
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
export class RawSocket {
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

export const listKeysFrame = (timeout?: number) =>
  frameOf(MessageCode.RpbListKeysReq, pb.RpbListKeysReq.encode({ bucket: Buffer.from('big'), ...(timeout === undefined ? {} : { timeout }) }).finish());
export const isListDone = (f: RawFrame) => f.code === MessageCode.RpbListKeysResp && pb.RpbListKeysResp.decode(f.payload).done === true;
export const keysIn = (frames: RawFrame[]) =>
  frames
    .filter((f) => f.code === MessageCode.RpbListKeysResp)
    .flatMap((f) => pb.RpbListKeysResp.decode(f.payload).keys.map((k) => Buffer.from(k).toString('latin1')));
