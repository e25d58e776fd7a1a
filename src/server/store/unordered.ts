import { Buffer } from 'node:buffer';
import { randomInt } from 'node:crypto';
import type { ServerContext } from '../context.js';

/**
 * Results in no particular order, where Riak promises none: key and bucket
 * listings, 2i queries without pagination, MapReduce inputs. Riak returns
 * those in vnode-fold order, different from one run to the next; a dev
 * server that sorted them would let a test pass on an order production
 * never gives.
 *
 * The order is seeded: an item's place depends only on the server's seed
 * and the item's identity (its bytes), as a key's vnode depends only on its
 * hash. The same data under the same seed comes back in the same order, so
 * a failing test can be replayed with the seed the server logged.
 *
 * Results come from ordered scans (store/ordered-scan.ts) and are put in
 * that order a chunk at a time ({@link UNORDERED_CHUNK} consecutive items
 * of the scan), as each of Riak's vnode folds hands over a batch at a
 * time: a listing or query holds one chunk, never the whole result, and
 * sends each chunk as soon as it is ready. Within a chunk the order depends
 * only on the seed and the items; the chunks follow the scan's order.
 */
export class UnorderedResults {
  constructor(readonly seed: number) {}

  /** `items` rearranged by the seeded hash of `identity(item)`; ties (equal hashes) by identity bytes. */
  arrange<T>(items: readonly T[], identity: (item: T) => Buffer): T[] {
    const ranked = items.map((item) => {
      const id = identity(item);
      return { item, id, rank: murmur3(id, this.seed) };
    });
    ranked.sort((a, b) => a.rank - b.rank || Buffer.compare(a.id, b.id));
    return ranked.map((r) => r.item);
  }

  /** {@link arrange} for byte strings held as latin1 text (the dev server's key and bucket names). */
  arrangeNames(names: readonly string[]): string[] {
    return this.arrange(names, nameBytes);
  }

  /** `items` (an ordered scan, read lazily) cut in chunks of `size`, each {@link arrange}d. */
  *chunks<T>(items: Iterable<T>, identity: (item: T) => Buffer, size = UNORDERED_CHUNK): Generator<T[]> {
    let chunk: T[] = [];
    for (const item of items) {
      chunk.push(item);
      if (chunk.length >= size) {
        yield this.arrange(chunk, identity);
        chunk = [];
      }
    }
    if (chunk.length > 0) yield this.arrange(chunk, identity);
  }

  /** The items of {@link chunks}, one by one. */
  *arrangeEach<T>(items: Iterable<T>, identity: (item: T) => Buffer, size = UNORDERED_CHUNK): Generator<T> {
    for (const chunk of this.chunks(items, identity, size)) yield* chunk;
  }
}

/** Consecutive items of an ordered scan put in seeded order together. */
export const UNORDERED_CHUNK = 1000;

/** A key or bucket name's bytes: its identity in the seeded order. */
export const nameBytes = (name: string): Buffer => Buffer.from(name, 'latin1');

/** A fresh seed: what a server uses when none is given. */
export function randomSeed(): number {
  return randomInt(0, 2 ** 32);
}

/** Checks a seed given by a caller: an integer from 0 to 2^32 - 1. */
export function isSeed(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 2 ** 32;
}

const byServer = new WeakMap<ServerContext, UnorderedResults>();

/** Sets the seed of a server's unordered results (dev-server.ts, at start). */
export function setUnorderedSeed(server: ServerContext, seed: number): UnorderedResults {
  const order = new UnorderedResults(seed);
  byServer.set(server, order);
  return order;
}

/** The server's seeded order; a server that was given no seed gets a random one on first use. */
export function unorderedResults(server: ServerContext): UnorderedResults {
  return byServer.get(server) ?? setUnorderedSeed(server, randomSeed());
}

/** MurmurHash3 (x86, 32-bit) of `bytes` with `seed`: cheap, and well spread for short keys. */
function murmur3(bytes: Buffer, seed: number): number {
  let h = seed >>> 0;
  const blocks = bytes.length & ~3;
  for (let i = 0; i < blocks; i += 4) {
    let k = bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24);
    k = Math.imul(k, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    h ^= k;
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  const tail = bytes.length & 3;
  if (tail > 0) {
    let k = bytes[blocks];
    if (tail > 1) k ^= bytes[blocks + 1] << 8;
    if (tail > 2) k ^= bytes[blocks + 2] << 16;
    k = Math.imul(k, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    h ^= k;
  }
  h ^= bytes.length;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
