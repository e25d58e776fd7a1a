import { Buffer } from 'node:buffer';
import type { IndexMatch, IndexPosition, IndexRange, KeyEntry, StoreBackend } from './backend.js';
import type { StoredEntry } from './database.js';
import { decodeEntry, encodeEntry, isTombstoneRecord, liveIndexes } from './entry-codec.js';
import { indexEntryKey, indexScanBounds, KeyReader } from './leveldb/key-layout.js';
import { RecordArena } from './record-arena.js';
import type { IndexEntry } from './riak-object.js';
import { SortedStrings } from './sorted-strings.js';

/** A KV object's record address in the arena, or a datatype entry kept as it is (datatypes are few and rich). */
type Slot = number | StoredEntry;

/** One bucket: its keys' slots, the keys in byte order, and its 2i entries by field. */
class BucketData {
  readonly slots = new Map<string, Slot>();
  readonly order = new SortedStrings();
  /** Per field, each entry's (term, key) encoded as LevelDB's index keys end (key-layout.ts), as latin1 text. */
  readonly indexes = new Map<string, SortedStrings>();
}

/** The buckets of one bucket type, with their names in byte order. */
class TypeData {
  readonly buckets = new Map<string, BucketData>();
  readonly names = new SortedStrings();
}

const entryText = (term: Buffer | number | bigint, key: string): string => indexEntryKey(term, key).toString('latin1');

/**
 * The in-memory backend (riak_kv_memory_backend's place): bucket type →
 * bucket → key → slot. A KV object is one encoded record in a
 * {@link RecordArena}, decoded on read, so a key costs about its record
 * plus 100 bytes (Map entry and key string) instead of a graph of objects.
 * Keys, bucket names and 2i entries are also kept sorted (sorted-strings.ts,
 * a few bytes a key), so listings and 2i queries read ordered ranges a
 * chunk at a time, as on LevelDB. `entries` lists in insertion order.
 */
export class MemoryBackend implements StoreBackend {
  readonly name: string;
  readonly #types = new Map<string, TypeData>();
  #arena = new RecordArena();
  #size = 0;

  constructor(name = 'memory') {
    this.name = name;
  }

  get size(): number {
    return this.#size;
  }

  /** Bytes of arena slabs held (records live or awaiting a copy). */
  get arenaBytes(): number {
    return this.#arena.allocatedBytes;
  }

  get(type: string, bucket: string, key: string): StoredEntry | undefined {
    const slot = this.#types.get(type)?.buckets.get(bucket)?.slots.get(key);
    if (slot === undefined) return undefined;
    return typeof slot === 'number' ? decodeEntry(this.#arena.get(slot)) : slot;
  }

  record(type: string, bucket: string, key: string): Buffer | undefined {
    const slot = this.#types.get(type)?.buckets.get(bucket)?.slots.get(key);
    return typeof slot === 'number' ? this.#arena.get(slot) : undefined;
  }

  set(type: string, bucket: string, key: string, entry: StoredEntry, record: Buffer | undefined): void {
    let data = this.#types.get(type);
    if (!data) {
      data = new TypeData();
      this.#types.set(type, data);
    }
    let keys = data.buckets.get(bucket);
    if (!keys) {
      keys = new BucketData();
      data.buckets.set(bucket, keys);
      data.names.add(bucket);
    }
    const old = keys.slots.get(key);
    this.#reindex(keys, key, this.#indexesOf(keys, old), liveIndexes(entry));
    if (old === undefined) {
      this.#size++;
      keys.order.add(key);
    } else if (typeof old === 'number') {
      this.#arena.free(old);
    }
    keys.slots.set(key, entry.datatype === undefined ? this.#arena.append(record ?? encodeEntry(entry)) : entry);
    if (this.#arena.wasteful) this.#compact();
  }

  remove(type: string, bucket: string, key: string): void {
    const data = this.#types.get(type);
    const keys = data?.buckets.get(bucket);
    const old = keys?.slots.get(key);
    if (data === undefined || keys === undefined || old === undefined) return;
    this.#reindex(keys, key, this.#indexesOf(keys, old), []);
    keys.slots.delete(key);
    keys.order.delete(key);
    if (typeof old === 'number') this.#arena.free(old);
    this.#size--;
    if (keys.slots.size === 0) {
      data.buckets.delete(bucket);
      data.names.delete(bucket);
      if (data.buckets.size === 0) this.#types.delete(type);
    }
    if (this.#arena.wasteful) this.#compact();
  }

  bucketNames(type: string): Iterable<string> {
    return this.#types.get(type)?.buckets.keys() ?? [];
  }

  *entries(type: string, bucket: string): Generator<[string, StoredEntry]> {
    const keys = this.#types.get(type)?.buckets.get(bucket)?.slots;
    if (!keys) return;
    // Map iteration sees writes made between steps, as the handlers expect.
    for (const [key, slot] of keys) yield [key, typeof slot === 'number' ? decodeEntry(this.#arena.get(slot)) : slot];
  }

  keyRange(type: string, bucket: string, gte: string, lt: string | undefined, limit: number): KeyEntry[] {
    const keys = this.#types.get(type)?.buckets.get(bucket);
    if (keys === undefined) return [];
    return keys.order.range(gte, lt, limit).map((key) => {
      const slot = keys.slots.get(key) as Slot;
      return { key, kind: typeof slot !== 'number' ? 'datatype' : isTombstoneRecord(this.#arena.get(slot)) ? 'tombstone' : 'object' };
    });
  }

  bucketRange(type: string, gte: string, limit: number): string[] {
    return this.#types.get(type)?.names.range(gte, undefined, limit) ?? [];
  }

  indexRange(type: string, bucket: string, range: IndexRange, after?: IndexPosition, limit = Number.POSITIVE_INFINITY): IndexMatch[] {
    const entries = this.#types.get(type)?.buckets.get(bucket)?.indexes.get(range.field);
    if (entries === undefined) return [];
    const { gte, lt } = indexScanBounds(range.start, range.end, after);
    if (Buffer.compare(gte, lt) >= 0) return [];
    return entries.range(gte.toString('latin1'), lt.toString('latin1'), limit).map((text) => {
      const reader = new KeyReader(Buffer.from(text, 'latin1'));
      const term = reader.term();
      return { term, key: reader.text() };
    });
  }

  close(): void {}

  /** The live 2i entries of what a slot holds; none to read when the bucket has no 2i at all. */
  #indexesOf(keys: BucketData, slot: Slot | undefined): IndexEntry[] {
    if (slot === undefined || keys.indexes.size === 0) return [];
    return liveIndexes(typeof slot === 'number' ? decodeEntry(this.#arena.get(slot)) : slot);
  }

  /** Replaces a key's 2i entries `before` by `after` in the bucket's sorted lists. */
  #reindex(keys: BucketData, key: string, before: IndexEntry[], after: IndexEntry[]): void {
    if (before.length === 0 && after.length === 0) return;
    const added = new Map<string, Set<string>>();
    for (const index of after) {
      const texts = added.get(index.field) ?? new Set<string>();
      added.set(index.field, texts);
      texts.add(entryText(index.value, key));
    }
    for (const index of before) {
      const text = entryText(index.value, key);
      if (added.get(index.field)?.delete(text) === true) continue; // kept as it is
      const list = keys.indexes.get(index.field);
      list?.delete(text);
      if (list?.size === 0) keys.indexes.delete(index.field);
    }
    for (const [field, texts] of added) {
      if (texts.size === 0) continue;
      const list = keys.indexes.get(field) ?? new SortedStrings();
      keys.indexes.set(field, list);
      for (const text of texts) list.add(text);
    }
  }

  /** Copies the live records to a fresh arena so the garbage slabs go (amortised: garbage exceeds live bytes first). */
  #compact(): void {
    const old = this.#arena;
    const fresh = new RecordArena();
    for (const data of this.#types.values()) {
      for (const keys of data.buckets.values()) {
        for (const [key, slot] of keys.slots) if (typeof slot === 'number') keys.slots.set(key, fresh.append(old.get(slot)));
      }
    }
    this.#arena = fresh;
  }
}
