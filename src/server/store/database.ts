import { Buffer } from 'node:buffer';
import type { DatatypeValue } from '../datatypes/handlers.js';
import { formatTerm } from '../erlang/format.js';
import { atom, tuple } from '../../codec/erlang/term.js';
import { riakError } from '../protocol/replies.js';
import type { IndexMatch, IndexPosition, IndexRange, KeyEntry, StoreBackend } from './backend.js';
import { encodeEntry } from './entry-codec.js';
import { MemoryBackend } from './memory-backend.js';
import { isDeleted, type RiakObject } from './riak-object.js';

/** A datatype (CRDT) value stored under a key; opaque here, owned by the datatype handlers. */
export interface DatatypeRecord {
  readonly datatype: string;
  readonly value: DatatypeValue;
}

/**
 * What a key holds: a KV object (siblings, possibly tombstones) or, for keys
 * written through the datatype API, a datatype value with no KV contents.
 * A read returns a fresh copy: changing it changes nothing stored.
 */
export interface StoredEntry extends RiakObject {
  datatype: DatatypeRecord | undefined;
  /** Bytes of the stored form, what riak_kv's size limits measure (object-size.ts). */
  size: number;
}

/** How long tombstones stay readable (riak_kv `delete_mode`): ms, `keep` forever, or `immediate`. */
export type DeleteMode = number | 'keep' | 'immediate';

/** Which backend serves a bucket: its `backend` bucket property, as riak_kv_multi_backend reads it. */
export type BackendSelector = (type: string, bucket: string) => string | undefined;

interface Reap {
  type: string;
  bucket: string;
  key: string;
  /** The tombstone's stored record: reaped only if the key still holds exactly it. */
  record: Buffer;
  dueAt: number;
}

/**
 * The keyspace: bucket type → bucket → key → entry, over one or more
 * backends. Names and keys are byte strings (latin1, one char per byte), so
 * any bytes work. With one backend every bucket lives there and `backend`
 * props are ignored (a Riak node whose storage_backend is not the multi
 * backend); with several, each bucket's `backend` prop picks one, the
 * default when unset, and a name no backend has fails the request as
 * riak_kv_multi_backend's `undefined_backend` throw does (the vnode crashes,
 * the client's request times out: `timeout`, answered here at once).
 */
export class Database {
  readonly #deleteMode: DeleteMode;
  readonly #reaps: Reap[] = [];
  #reapHead = 0;
  #timer: NodeJS.Timeout | undefined;
  #backends: StoreBackend[] = [new MemoryBackend()];
  #default: StoreBackend = this.#backends[0];
  #select: BackendSelector | undefined;
  #log: (line: string) => void = () => {};

  constructor(deleteMode: DeleteMode = 3000) {
    this.#deleteMode = deleteMode;
  }

  /**
   * Serves the keyspace from `backends` (replacing the in-memory default;
   * call before serving requests). `defaultName` serves buckets without a
   * `backend` prop; `select` reads that prop.
   */
  useBackends(backends: StoreBackend[], defaultName: string, select: BackendSelector, log?: (line: string) => void): void {
    const fallback = backends.find((b) => b.name === defaultName);
    if (fallback === undefined) throw new Error(`no backend named ${JSON.stringify(defaultName)}`);
    for (const backend of this.#backends) if (!backends.includes(backend)) backend.close();
    this.#backends = backends;
    this.#default = fallback;
    this.#select = backends.length > 1 ? select : undefined;
    if (log) this.#log = log;
  }

  /** The backends serving the keyspace. */
  get backends(): readonly StoreBackend[] {
    return this.#backends;
  }

  /** Number of keys stored (tombstones included). */
  get size(): number {
    let total = 0;
    for (const backend of this.#backends) total += backend.size;
    return total;
  }

  /** The backend holding a bucket (riak_kv_multi_backend:get_backend/2). */
  backendFor(type: string, bucket: string): StoreBackend {
    if (this.#select === undefined) return this.#default;
    const name = this.#select(type, bucket);
    if (name === undefined) return this.#default;
    const backend = this.#backends.find((b) => b.name === name);
    if (backend !== undefined) return backend;
    this.#log(`riak_kv_vnode crashed: ${formatTerm(tuple(atom('riak_kv_multi_backend'), atom('undefined_backend'), Buffer.from(name, 'latin1')))}`);
    throw riakError('timeout');
  }

  get(type: string, bucket: string, key: string): StoredEntry | undefined {
    return this.backendFor(type, bucket).get(type, bucket, key);
  }

  /** Stores `entry` under the key; an all-tombstone entry is scheduled for reaping per `delete_mode`. */
  set(type: string, bucket: string, key: string, entry: StoredEntry): void {
    const backend = this.backendFor(type, bucket);
    const tombstone = entry.datatype === undefined && isDeleted(entry);
    if (tombstone && this.#deleteMode === 'immediate') {
      backend.remove(type, bucket, key);
      return;
    }
    const record = entry.datatype === undefined ? encodeEntry(entry) : undefined;
    if (tombstone && typeof this.#deleteMode === 'number' && record !== undefined) {
      this.#scheduleReap({ type, bucket, key, record: Buffer.from(record), dueAt: Date.now() + this.#deleteMode });
    }
    backend.set(type, bucket, key, entry, record);
  }

  remove(type: string, bucket: string, key: string): void {
    this.backendFor(type, bucket).remove(type, bucket, key);
  }

  /**
   * Names of the buckets of `type` holding at least one key, in byte order,
   * read a chunk at a time from every backend (their names merged; each
   * bucket counted in the backend its props map it to: a bucket moved by a
   * props change leaves its old keys unseen). A tombstone counts until it is
   * reaped: riak_kv_buckets_fsm's vnode folds list the buckets the backend
   * holds keys of, deleted or not.
   */
  *buckets(type: string): Generator<string> {
    let from = '';
    for (;;) {
      const names = this.#bucketRange(type, from, SCAN_CHUNK);
      if (names.length === 0) return;
      for (const name of names) {
        const backend = this.#mappedBackend(type, name);
        if (backend !== undefined && backend.keyRange(type, name, '', undefined, 1).length > 0) yield name;
      }
      from = `${names[names.length - 1]}\u0000`;
    }
  }

  /** Up to `limit` keys of a bucket in byte order from `gte` below `lt` (see {@link StoreBackend.keyRange}). */
  keyRange(type: string, bucket: string, gte: string, lt: string | undefined, limit: number): KeyEntry[] {
    return this.backendFor(type, bucket).keyRange(type, bucket, gte, lt, limit);
  }

  /** Live entries of a bucket (memory: insertion order; LevelDB: key order). Safe against writes between steps. */
  *entries(type: string, bucket: string): Generator<[string, StoredEntry]> {
    for (const item of this.backendFor(type, bucket).entries(type, bucket)) if (isLive(item[1])) yield item;
  }

  /**
   * 2i terms of live objects in a range, ordered by term then key, up to
   * `limit` after `after`: an ordered range scan, as eleveldb serves 2i.
   */
  indexRange(type: string, bucket: string, range: IndexRange, after?: IndexPosition, limit?: number): IndexMatch[] {
    return this.backendFor(type, bucket).indexRange(type, bucket, range, after, limit);
  }

  /** Stops the reaping timer and closes the backends (the server is closing). */
  close(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
    for (const backend of this.#backends) backend.close();
  }

  /** {@link backendFor} without the crash: undefined for a backend name nobody has (such a bucket lists nothing). */
  #mappedBackend(type: string, bucket: string): StoreBackend | undefined {
    const name = this.#select?.(type, bucket);
    return name === undefined ? this.#default : this.#backends.find((b) => b.name === name);
  }

  /** The first `limit` bucket names from `gte` over every backend (merged, each once). */
  #bucketRange(type: string, gte: string, limit: number): string[] {
    if (this.#backends.length === 1) return this.#backends[0].bucketRange(type, gte, limit);
    const names = new Set<string>();
    for (const backend of this.#backends) for (const name of backend.bucketRange(type, gte, limit)) names.add(name);
    return [...names].sort().slice(0, limit);
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
      const { type, bucket, key, record } = this.#reaps[this.#reapHead++];
      try {
        const backend = this.backendFor(type, bucket);
        // Reap only if the key still holds that very tombstone (a later write wins).
        if (backend.record(type, bucket, key)?.equals(record) === true) backend.remove(type, bucket, key);
      } catch {
        // The bucket's backend is gone or undefined now: nothing to reap.
      }
    }
    if (this.#reapHead > 1024 && this.#reapHead * 2 > this.#reaps.length) {
      this.#reaps.splice(0, this.#reapHead);
      this.#reapHead = 0;
    }
    this.#armTimer();
  }
}

/** Bucket names read per backend call. */
const SCAN_CHUNK = 256;

/** Not an all-tombstone object: what a get finds (a tombstone reads as not found, though listings show it until reaped). */
export function isLive(entry: StoredEntry): boolean {
  return entry.datatype !== undefined || !isDeleted(entry);
}
