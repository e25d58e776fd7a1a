import { Buffer } from 'node:buffer';
import type { IndexMatch, IndexPosition, IndexRange, KeyEntry, StoreBackend } from '../backend.js';
import type { StoredEntry } from '../database.js';
import { decodeEntry, encodeEntry, isTombstoneRecord, liveIndexes } from '../entry-codec.js';
import { classicLevelUrl } from './classic-level-module.js';
import { indexFieldPrefix, indexKey, indexScanBounds, KeyReader, metaKey, objectBucketPrefix, objectKey, objectTypePrefix, prefixEnd } from './key-layout.js';
import { SyncBridge } from './sync-bridge.js';

type Bytes = Uint8Array;
type BatchOp = { type: 'put'; key: Bytes; value: Bytes } | { type: 'del'; key: Bytes };

/** Entries fetched from LevelDB per round trip of an `entries` scan. */
const SCAN_BATCH = 512;
/** Bytes of keys and values after which a chunk read stops short of its limit: each read is one wait of the server thread. */
const CHUNK_BYTES = 1 << 20;
const COUNT_KEY = metaKey('count');
const KIND_KV = 1;

const asBuffer = (bytes: Bytes): Buffer => (Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));

/** One key's entry for {@link LevelBackend.setMany}. */
export interface StoreItem {
  type: string;
  bucket: string;
  key: string;
  entry: StoredEntry;
}

export interface LevelBackendOptions {
  /**
   * Sync every write to disk before it is acknowledged (LevelDB's
   * `sync: true`), so a killed process or a crashed machine loses no
   * acknowledged write. Default true.
   */
  sync?: boolean;
}

/**
 * The durable backend (riak_kv_eleveldb_backend's place): objects, their 2i
 * entries, and a key count in one LevelDB database (key-layout.ts), written
 * together in one batch per write. Key listings and 2i queries are ordered
 * range scans; memory does not grow with the number of keys.
 */
export class LevelBackend implements StoreBackend {
  readonly name = 'leveldb';
  readonly #bridge: SyncBridge;
  readonly #sync: boolean;
  #size: number;

  private constructor(bridge: SyncBridge, sync: boolean) {
    this.#bridge = bridge;
    this.#sync = sync;
    const count = this.#getRaw(COUNT_KEY);
    this.#size = count === undefined ? 0 : Number(asBuffer(count).toString('latin1'));
  }

  /** Opens (creating if needed) the database in `location`. */
  static open(location: string, options: LevelBackendOptions = {}): LevelBackend {
    const bridge = new SyncBridge(classicLevelUrl(), location);
    try {
      bridge.call({ op: 'open' });
    } catch (err) {
      bridge.close();
      throw err;
    }
    return new LevelBackend(bridge, options.sync ?? true);
  }

  get size(): number {
    return this.#size;
  }

  get(type: string, bucket: string, key: string): StoredEntry | undefined {
    const raw = this.#getRaw(objectKey(type, bucket, key));
    return raw === undefined ? undefined : decodeEntry(raw);
  }

  record(type: string, bucket: string, key: string): Buffer | undefined {
    const raw = this.#getRaw(objectKey(type, bucket, key));
    return raw !== undefined && raw[0] === KIND_KV ? raw : undefined;
  }

  set(type: string, bucket: string, key: string, entry: StoredEntry, record: Buffer | undefined): void {
    const id = objectKey(type, bucket, key);
    const old = this.#getRaw(id);
    const ops: BatchOp[] = [];
    this.#putOps(ops, id, old, { type, bucket, key, entry }, record);
    if (old === undefined) ops.push({ type: 'put', key: COUNT_KEY, value: Buffer.from(String(this.#size + 1), 'latin1') });
    this.#write(ops);
    if (old === undefined) this.#size++;
  }

  /**
   * {@link set} for many keys in one LevelDB batch (one read of the old
   * records, one write): what a bulk load uses. Entries are written as
   * `set` writes them, with their 2i entries and the key count.
   */
  setMany(items: readonly StoreItem[]): void {
    if (items.length === 0) return;
    const ids = items.map(({ type, bucket, key }) => objectKey(type, bucket, key));
    const stored = (this.#bridge.call({ op: 'getMany', keys: ids }) as (Bytes | null)[]).map((v) => (v === null ? undefined : asBuffer(v)));
    // A key given twice: its second write replaces the first (whose record is then the old one).
    const written = new Map<string, Buffer>();
    const ops: BatchOp[] = [];
    let added = 0;
    items.forEach((item, i) => {
      const hex = ids[i].toString('hex');
      const old = written.get(hex) ?? stored[i];
      const record = Buffer.from(encodeEntry(item.entry));
      this.#putOps(ops, ids[i], old, item, record);
      if (old === undefined) added++;
      written.set(hex, record);
    });
    if (added > 0) ops.push({ type: 'put', key: COUNT_KEY, value: Buffer.from(String(this.#size + added), 'latin1') });
    this.#write(ops);
    this.#size += added;
  }

  remove(type: string, bucket: string, key: string): void {
    const id = objectKey(type, bucket, key);
    const old = this.#getRaw(id);
    if (old === undefined) return;
    const ops: BatchOp[] = [...this.#indexKeys(type, bucket, key, decodeEntry(old)).values()].map((k) => ({ type: 'del', key: k }));
    ops.push({ type: 'del', key: id }, { type: 'put', key: COUNT_KEY, value: Buffer.from(String(this.#size - 1), 'latin1') });
    this.#write(ops);
    this.#size--;
  }

  /** Bucket names in byte order, one short seek per bucket. */
  *bucketNames(type: string): Generator<string> {
    let from = '';
    for (;;) {
      const [bucket] = this.bucketRange(type, from, 1);
      if (bucket === undefined) return;
      yield bucket;
      from = `${bucket}\u0000`;
    }
  }

  bucketRange(type: string, gte: string, limit: number): string[] {
    const prefix = objectTypePrefix(type);
    const end = prefixEnd(prefix);
    const names: string[] = [];
    let from = objectBucketPrefix(type, gte);
    while (names.length < limit) {
      const [first] = this.#range(from, end, false, 1);
      if (first === undefined) break;
      const bucket = new KeyReader(first[0], prefix.length).text();
      names.push(bucket);
      // Past every key of that bucket: a seek, not a walk through its keys.
      from = prefixEnd(objectBucketPrefix(type, bucket));
    }
    return names;
  }

  keyRange(type: string, bucket: string, gte: string, lt: string | undefined, limit: number): KeyEntry[] {
    const prefix = objectBucketPrefix(type, bucket);
    const upper = lt === undefined ? prefixEnd(prefix) : objectKey(type, bucket, lt);
    return this.#range(objectKey(type, bucket, gte), upper, true, limit).map(([k, v]) => {
      const record = asBuffer(v as Bytes);
      const kind = record[0] !== KIND_KV ? 'datatype' : isTombstoneRecord(record) ? 'tombstone' : 'object';
      return { key: new KeyReader(k, prefix.length).text(), kind };
    });
  }

  *entries(type: string, bucket: string): Generator<[string, StoredEntry]> {
    const prefix = objectBucketPrefix(type, bucket);
    for (const [k, v] of this.#scan(prefix, prefixEnd(prefix), true)) {
      yield [new KeyReader(k, prefix.length).text(), decodeEntry(asBuffer(v as Bytes))];
    }
  }

  indexRange(type: string, bucket: string, range: IndexRange, after?: IndexPosition, limit = Number.POSITIVE_INFINITY): IndexMatch[] {
    const prefix = indexFieldPrefix(type, bucket, range.field);
    const { gte, lt } = indexScanBounds(range.start, range.end, after);
    if (Buffer.compare(gte, lt) >= 0) return [];
    const matches: IndexMatch[] = [];
    let from = Buffer.concat([prefix, gte]);
    const upper = Buffer.concat([prefix, lt]);
    while (matches.length < limit) {
      const chunk = this.#range(from, upper, false, Math.min(limit - matches.length, SCAN_BATCH));
      if (chunk.length === 0) break;
      for (const [k] of chunk) {
        const reader = new KeyReader(k, prefix.length);
        const term = reader.term();
        matches.push({ term, key: reader.text() });
      }
      from = Buffer.concat([chunk[chunk.length - 1][0], Buffer.from([0])]);
    }
    return matches;
  }

  /** Every stored key under `prefix` with its value (small keyspaces only: bucket props). */
  readPrefix(prefix: Buffer): [Buffer, Buffer][] {
    return [...this.#scan(prefix, prefixEnd(prefix), true)].map(([k, v]) => [k, asBuffer(v as Bytes)]);
  }

  /** Writes (or, with `value` undefined, deletes) one key outside the object keyspace. */
  writeKey(key: Buffer, value: Buffer | undefined): void {
    this.#write([value === undefined ? { type: 'del', key } : { type: 'put', key, value }]);
  }

  close(): void {
    this.#bridge.close();
  }

  #getRaw(key: Buffer): Buffer | undefined {
    const value = this.#bridge.call({ op: 'get', key }) as Bytes | null;
    return value === null ? undefined : asBuffer(value);
  }

  #write(ops: BatchOp[]): void {
    this.#bridge.call({ op: 'batch', ops, sync: this.#sync });
  }

  /** The operations that store `item` under `id` in place of `old`: its 2i changes, then the record. */
  #putOps(ops: BatchOp[], id: Buffer, old: Buffer | undefined, item: StoreItem, record: Buffer | undefined): void {
    const { type, bucket, key, entry } = item;
    const before = old === undefined ? new Map<string, Buffer>() : this.#indexKeys(type, bucket, key, decodeEntry(old));
    const after = this.#indexKeys(type, bucket, key, entry);
    for (const [hex, k] of before) if (!after.has(hex)) ops.push({ type: 'del', key: k });
    for (const [hex, k] of after) if (!before.has(hex)) ops.push({ type: 'put', key: k, value: Buffer.alloc(0) });
    ops.push({ type: 'put', key: id, value: record ?? encodeEntry(entry) });
  }

  /** The 2i keys of an object's live siblings, by hex for set comparisons. */
  #indexKeys(type: string, bucket: string, key: string, entry: StoredEntry): Map<string, Buffer> {
    const keys = new Map<string, Buffer>();
    for (const { field, value } of liveIndexes(entry)) {
      const k = indexKey(type, bucket, field, value, key);
      keys.set(k.toString('hex'), k);
    }
    return keys;
  }

  /** Up to `limit` keys (and values) in [gte, lt), in key order, in one round trip (fewer past {@link CHUNK_BYTES}). */
  #range(gte: Buffer, lt: Buffer, values: boolean, limit: number): [Buffer, Bytes | undefined][] {
    if (limit <= 0) return [];
    const entries = this.#bridge.call({ op: 'range', gte, lt, values, limit, maxBytes: CHUNK_BYTES }) as [Bytes, Bytes | undefined][];
    return entries.map(([k, v]) => [asBuffer(k), v]);
  }

  /** Keys (and values) in [gte, lt), in key order, fetched in batches; the iterator is closed however the loop ends. */
  *#scan(gte: Buffer, lt: Buffer, values: boolean): Generator<[Buffer, Bytes | undefined]> {
    const id = this.#bridge.call({ op: 'iterate', gte, lt, values }) as number;
    try {
      for (;;) {
        const entries = this.#bridge.call({ op: 'next', id, size: SCAN_BATCH }) as [Bytes, Bytes | undefined][];
        // nextv may return fewer than asked (classic-level caps a batch by bytes): only an empty batch ends the range.
        if (entries.length === 0) return;
        for (const [k, v] of entries) yield [asBuffer(k), v];
      }
    } finally {
      this.#bridge.call({ op: 'end', id });
    }
  }
}
