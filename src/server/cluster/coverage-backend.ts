import { Buffer } from 'node:buffer';
import type { IndexMatch, IndexPosition, IndexRange, KeyEntry, StoreBackend } from '../store/backend.js';
import type { StoredEntry } from '../store/database.js';
import { compareIndexValues } from '../store/content-codec.js';
import { keyAfter } from '../store/ordered-scan.js';
import type { CoveringVnode } from './coverage-plan.js';
import { Ring } from './ring.js';
import type { Vnode } from './vnode.js';

/** A vnode of a coverage plan, with the vnode itself. */
export interface CoveragePart extends CoveringVnode {
  readonly vnode: Vnode;
}

/** What one vnode gave for a read: its items in order, and whether it may hold more past the last. */
interface PartRead<T> {
  readonly items: T[];
  readonly more: boolean;
}

/** Fewest items a vnode is asked for per read: small reads of many vnodes cost more than they save. */
const MIN_PART_READ = 16;

/**
 * The keyspace a coverage request sees (riak_core_coverage_fsm + the vnode
 * folds): a read-only {@link StoreBackend} over the vnodes of a plan, each
 * answering for its keyspaces only (riak_kv_coverage_filter: a filtered
 * vnode skips the keys of keyspaces another vnode of the plan covers), so
 * each key is seen once, from the one replica the plan picked. Ordered
 * reads merge the vnodes' ordered reads, as riak_kv_index_fsm's sorted
 * merge does, so listings, 2i pages and continuations work unchanged over
 * it. Reads are live: what a vnode holds when the scan gets there.
 */
export class CoverageBackend implements StoreBackend {
  readonly name = 'coverage';
  readonly #ring: Ring;
  readonly #parts: readonly CoveragePart[];
  /** The part answering for each keyspace. */
  readonly #byKeyspace = new Map<number, CoveragePart>();
  readonly #typeNames: () => Iterable<string>;

  constructor(ring: Ring, parts: readonly CoveragePart[], typeNames: () => Iterable<string>) {
    this.#ring = ring;
    this.#parts = parts;
    this.#typeNames = typeNames;
    for (const part of parts) for (const keyspace of part.keyspaces) this.#byKeyspace.set(keyspace, part);
  }

  /** Keys the plan's vnodes answer for, tombstones included (counted, not kept: nothing reads it on a hot path). */
  get size(): number {
    let total = 0;
    for (const type of this.#typeNames()) {
      for (const bucket of this.bucketNames(type)) for (const _ of this.entries(type, bucket)) total++;
    }
    return total;
  }

  get(type: string, bucket: string, key: string): StoredEntry | undefined {
    return this.#partOf(type, bucket, key)?.vnode.db.get(type, bucket, key);
  }

  record(type: string, bucket: string, key: string): Buffer | undefined {
    return this.#partOf(type, bucket, key)?.vnode.db.backendFor(type, bucket).record(type, bucket, key);
  }

  set(): void {
    throw new Error('a coverage view is read-only');
  }

  remove(): void {
    throw new Error('a coverage view is read-only');
  }

  bucketNames(type: string): Iterable<string> {
    const names = new Set<string>();
    for (const part of this.#parts) for (const name of backendOf(part).bucketNames(type)) names.add(name);
    return names;
  }

  *entries(type: string, bucket: string): Generator<[string, StoredEntry]> {
    for (const part of this.#parts) {
      for (const item of backendOf(part).entries(type, bucket)) if (this.#answers(part, type, bucket, item[0])) yield item;
    }
  }

  keyRange(type: string, bucket: string, gte: string, lt: string | undefined, limit: number): KeyEntry[] {
    if (limit <= 0) return [];
    const n = this.#partLimit(limit);
    const reads = this.#parts.map((part) => this.#partKeys(part, type, bucket, gte, lt, n));
    return merged(reads, limit, (a, b) => compareText(a.key, b.key));
  }

  bucketRange(type: string, gte: string, limit: number): string[] {
    if (limit <= 0) return [];
    // Bucket names are not split by keyspace: each vnode lists what it holds, the same name from many.
    const reads = this.#parts.map((part) => {
      const items = backendOf(part).bucketRange(type, gte, limit);
      return { items, more: items.length >= limit };
    });
    const names = merged(reads, Number.POSITIVE_INFINITY, compareText);
    return names.filter((name, i) => i === 0 || names[i - 1] !== name).slice(0, limit);
  }

  indexRange(type: string, bucket: string, range: IndexRange, after?: IndexPosition, limit = Number.POSITIVE_INFINITY): IndexMatch[] {
    if (limit <= 0) return [];
    const n = this.#partLimit(limit);
    const reads = this.#parts.map((part) => this.#partIndex(part, type, bucket, range, after, n));
    return merged(reads, limit, compareMatches);
  }

  close(): void {}

  /** Items asked of each vnode so that together they give about twice `limit` (a read returns what is certain, at least one item). */
  #partLimit(limit: number): number {
    if (!Number.isFinite(limit)) return limit;
    return Math.min(limit, Math.max(MIN_PART_READ, Math.ceil((2 * limit) / Math.max(1, this.#parts.length))));
  }

  /** Up to `n` keys a vnode answers for, from `gte` below `lt`, in order. */
  #partKeys(part: CoveragePart, type: string, bucket: string, gte: string, lt: string | undefined, n: number): PartRead<KeyEntry> {
    const backend = backendOf(part);
    const items: KeyEntry[] = [];
    let from = gte;
    for (;;) {
      const chunk = backend.keyRange(type, bucket, from, lt, n - items.length);
      if (chunk.length === 0) return { items, more: false };
      for (const entry of chunk) {
        if (!this.#answers(part, type, bucket, entry.key)) continue;
        items.push(entry);
        if (items.length >= n) return { items, more: true };
      }
      from = keyAfter(chunk[chunk.length - 1].key);
    }
  }

  /** Up to `n` 2i entries a vnode answers for, after `after`, in (term, key) order. */
  #partIndex(part: CoveragePart, type: string, bucket: string, range: IndexRange, after: IndexPosition | undefined, n: number): PartRead<IndexMatch> {
    const backend = backendOf(part);
    const items: IndexMatch[] = [];
    let position = after;
    for (;;) {
      const chunk = backend.indexRange(type, bucket, range, position, n - items.length);
      if (chunk.length === 0) return { items, more: false };
      for (const match of chunk) {
        if (!this.#answers(part, type, bucket, match.key)) continue;
        items.push(match);
        if (items.length >= n) return { items, more: true };
      }
      const last = chunk[chunk.length - 1];
      position = { term: last.term as IndexPosition['term'], key: last.key };
    }
  }

  /** Whether `part` answers for the key: unfiltered vnodes for all they hold, filtered ones for their keyspaces only. */
  #answers(part: CoveragePart, type: string, bucket: string, key: string): boolean {
    return !part.filtered || this.#byKeyspace.get(this.#keyspaceOf(type, bucket, key)) === part;
  }

  /** The part answering for the key's keyspace (none in a partial plan). */
  #partOf(type: string, bucket: string, key: string): CoveragePart | undefined {
    return this.#byKeyspace.get(this.#keyspaceOf(type, bucket, key));
  }

  /** The keyspace of a key: the one before its first preflist partition (riak_core_coverage_plan's convert/2). */
  #keyspaceOf(type: string, bucket: string, key: string): number {
    const ringSize = this.#ring.ringSize;
    const first = this.#ring.responsible(Ring.keyHash(type, Buffer.from(bucket, 'latin1'), Buffer.from(key, 'latin1')));
    return (first + ringSize - 1) % ringSize;
  }
}

function backendOf(part: CoveragePart): StoreBackend {
  return part.vnode.db.backends[0];
}

/** Byte strings held as latin1 text compare as bytes with `<`. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The order of a field's 2i entries in the backends (term, then key; a field's terms are all integers or all binaries). */
function compareMatches(a: IndexMatch, b: IndexMatch): number {
  return compareIndexValues(a.term as IndexPosition['term'], b.term as IndexPosition['term']) || compareText(a.key, b.key);
}

/**
 * The vnodes' reads merged in order, cut where it is certain nothing is
 * missing: at the lowest last item of the vnodes that may hold more past
 * theirs (everything up to it has been read from every vnode). At most `limit`.
 */
function merged<T>(reads: readonly PartRead<T>[], limit: number, compare: (a: T, b: T) => number): T[] {
  let bound: T | undefined;
  const all: T[] = [];
  for (const read of reads) {
    for (const item of read.items) all.push(item);
    const last = read.items[read.items.length - 1];
    if (read.more && last !== undefined && (bound === undefined || compare(last, bound) < 0)) bound = last;
  }
  all.sort(compare);
  let end = Math.min(all.length, limit);
  if (bound !== undefined) {
    const cut = bound;
    const past = all.findIndex((item) => compare(item, cut) > 0);
    if (past !== -1 && past < end) end = past;
  }
  return all.slice(0, end);
}
