import type { DatatypeValue } from '../datatypes/handlers.js';
import { isDeleted, type RiakObject } from './riak-object.js';

/** A datatype (CRDT) value stored under a key; opaque here, owned by the datatype handlers. */
export interface DatatypeRecord {
  readonly datatype: string;
  readonly value: DatatypeValue;
}

/**
 * What a key holds: a KV object (siblings, possibly tombstones) or, for keys
 * written through the datatype API, a datatype value with no KV contents.
 */
export interface StoredEntry extends RiakObject {
  datatype: DatatypeRecord | undefined;
  /** Bytes of the stored form, what riak_kv's size limits measure (object-size.ts). */
  size: number;
}

/** How long tombstones stay readable (riak_kv `delete_mode`): ms, `keep` forever, or `immediate`. */
export type DeleteMode = number | 'keep' | 'immediate';

interface Reap {
  type: string;
  bucket: string;
  key: string;
  entry: StoredEntry;
  dueAt: number;
}

/**
 * The in-memory keyspace: bucket type → bucket → key → entry. Names and keys
 * are byte strings (latin1, one char per byte), so any bytes work as keys
 * and each key costs one compact string. Values are stored once, as copies
 * of their bytes (never views of a received frame).
 */
export class Database {
  readonly #types = new Map<string, Map<string, Map<string, StoredEntry>>>();
  readonly #deleteMode: DeleteMode;
  readonly #reaps: Reap[] = [];
  #reapHead = 0;
  #timer: NodeJS.Timeout | undefined;
  #size = 0;

  constructor(deleteMode: DeleteMode = 3000) {
    this.#deleteMode = deleteMode;
  }

  /** Number of keys stored (tombstones included). */
  get size(): number {
    return this.#size;
  }

  get(type: string, bucket: string, key: string): StoredEntry | undefined {
    return this.#types.get(type)?.get(bucket)?.get(key);
  }

  /** Stores `entry` under the key; an all-tombstone entry is scheduled for reaping per `delete_mode`. */
  set(type: string, bucket: string, key: string, entry: StoredEntry): void {
    const tombstone = entry.datatype === undefined && isDeleted(entry);
    if (tombstone && this.#deleteMode === 'immediate') {
      this.remove(type, bucket, key);
      return;
    }
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
    if (!keys.has(key)) this.#size++;
    keys.set(key, entry);
    if (tombstone && typeof this.#deleteMode === 'number') this.#scheduleReap({ type, bucket, key, entry, dueAt: Date.now() + this.#deleteMode });
  }

  remove(type: string, bucket: string, key: string): void {
    const buckets = this.#types.get(type);
    const keys = buckets?.get(bucket);
    if (!keys?.delete(key)) return;
    this.#size--;
    if (keys.size === 0) {
      buckets?.delete(bucket);
      if (buckets?.size === 0) this.#types.delete(type);
    }
  }

  /** Names of the buckets of `type` holding at least one live (not deleted) key. */
  *buckets(type: string): Generator<string> {
    const buckets = this.#types.get(type);
    if (!buckets) return;
    for (const [name, keys] of buckets) {
      for (const entry of keys.values()) {
        if (isLive(entry)) {
          yield name;
          break;
        }
      }
    }
  }

  /** Live entries of a bucket, in insertion order. Safe against writes between steps. */
  *entries(type: string, bucket: string): Generator<[string, StoredEntry]> {
    const keys = this.#types.get(type)?.get(bucket);
    if (!keys) return;
    for (const item of keys) if (isLive(item[1])) yield item;
  }

  /** Stops the reaping timer (the server is closing). */
  close(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #scheduleReap(reap: Reap): void {
    this.#reaps.push(reap);
    if (!this.#timer) this.#armTimer();
  }

  #armTimer(): void {
    const next = this.#reaps[this.#reapHead];
    if (!next) {
      this.#reaps.length = 0;
      this.#reapHead = 0;
      this.#timer = undefined;
      return;
    }
    this.#timer = setTimeout(() => this.#reapDue(), Math.max(0, next.dueAt - Date.now()));
    this.#timer.unref();
  }

  #reapDue(): void {
    const now = Date.now();
    while (this.#reapHead < this.#reaps.length && this.#reaps[this.#reapHead].dueAt <= now) {
      const { type, bucket, key, entry } = this.#reaps[this.#reapHead++];
      // Reap only if the key still holds that very tombstone (a later write wins).
      if (this.get(type, bucket, key) === entry) this.remove(type, bucket, key);
    }
    if (this.#reapHead > 1024 && this.#reapHead * 2 > this.#reaps.length) {
      this.#reaps.splice(0, this.#reapHead);
      this.#reapHead = 0;
    }
    this.#armTimer();
  }
}

/** Listed by list keys / list buckets / 2i / MapReduce: not an all-tombstone object. */
export function isLive(entry: StoredEntry): boolean {
  return entry.datatype !== undefined || !isDeleted(entry);
}
