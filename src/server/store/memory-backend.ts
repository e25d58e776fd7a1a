import type { IndexMatch, IndexRange, StoreBackend } from './backend.js';
import { compareIndexValues } from './content-codec.js';
import type { StoredEntry } from './database.js';
import { decodeEntry, encodeEntry, liveIndexes } from './entry-codec.js';
import { RecordArena } from './record-arena.js';

/** A KV object's record address in the arena, or a datatype entry kept as it is (datatypes are few and rich). */
type Slot = number | StoredEntry;

/**
 * The in-memory backend (riak_kv_memory_backend's place): bucket type →
 * bucket → key → slot. A KV object is one encoded record in a
 * {@link RecordArena}, decoded on read, so a key costs about its record
 * plus 100 bytes (Map entry and key string) instead of a graph of objects.
 * Keys list in insertion order.
 */
export class MemoryBackend implements StoreBackend {
  readonly name: string;
  readonly #types = new Map<string, Map<string, Map<string, Slot>>>();
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
    const slot = this.#types.get(type)?.get(bucket)?.get(key);
    if (slot === undefined) return undefined;
    return typeof slot === 'number' ? decodeEntry(this.#arena.get(slot)) : slot;
  }

  record(type: string, bucket: string, key: string): Buffer | undefined {
    const slot = this.#types.get(type)?.get(bucket)?.get(key);
    return typeof slot === 'number' ? this.#arena.get(slot) : undefined;
  }

  set(type: string, bucket: string, key: string, entry: StoredEntry, record: Buffer | undefined): void {
    let buckets = this.#types.get(type);
    if (!buckets) {
      buckets = new Map();
      this.#types.set(type, buckets);
    }
    let keys = buckets.get(bucket);
    if (!keys) {
      keys = new Map();
      buckets.set(bucket, keys);
    }
    const old = keys.get(key);
    if (old === undefined) this.#size++;
    else if (typeof old === 'number') this.#arena.free(old);
    keys.set(key, entry.datatype === undefined ? this.#arena.append(record ?? encodeEntry(entry)) : entry);
    if (this.#arena.wasteful) this.#compact();
  }

  remove(type: string, bucket: string, key: string): void {
    const buckets = this.#types.get(type);
    const keys = buckets?.get(bucket);
    const old = keys?.get(key);
    if (keys === undefined || old === undefined) return;
    keys.delete(key);
    if (typeof old === 'number') this.#arena.free(old);
    this.#size--;
    if (keys.size === 0) {
      buckets?.delete(bucket);
      if (buckets?.size === 0) this.#types.delete(type);
    }
    if (this.#arena.wasteful) this.#compact();
  }

  bucketNames(type: string): Iterable<string> {
    return this.#types.get(type)?.keys() ?? [];
  }

  *entries(type: string, bucket: string): Generator<[string, StoredEntry]> {
    const keys = this.#types.get(type)?.get(bucket);
    if (!keys) return;
    // Map iteration sees writes made between steps, as the handlers expect.
    for (const [key, slot] of keys) yield [key, typeof slot === 'number' ? decodeEntry(this.#arena.get(slot)) : slot];
  }

  indexRange(type: string, bucket: string, range: IndexRange): IndexMatch[] {
    const matches: IndexMatch[] = [];
    for (const [key, entry] of this.entries(type, bucket)) {
      for (const index of liveIndexes(entry)) {
        if (index.field !== range.field) continue;
        if (compareIndexValues(index.value, range.start) < 0 || compareIndexValues(index.value, range.end) > 0) continue;
        matches.push({ term: index.value, key });
      }
    }
    return matches.sort((a, b) => compareIndexValues(a.term as Buffer | number | bigint, b.term as Buffer | number | bigint) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }

  close(): void {}

  /** Copies the live records to a fresh arena so the garbage slabs go (amortised: garbage exceeds live bytes first). */
  #compact(): void {
    const old = this.#arena;
    const fresh = new RecordArena();
    for (const buckets of this.#types.values()) {
      for (const keys of buckets.values()) {
        for (const [key, slot] of keys) if (typeof slot === 'number') keys.set(key, fresh.append(old.get(slot)));
      }
    }
    this.#arena = fresh;
  }
}
