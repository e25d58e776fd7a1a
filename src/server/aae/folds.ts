import type { TreeSize } from '../../aae/segment.js';
import { TictacTree } from '../../aae/tictac-tree.js';
import type { ServerContext } from '../context.js';
import { atom, tuple } from '../../codec/erlang/term.js';
import { aaeRecords, compareRecords, sortedClockTerm, type AaeRecord, type BucketScope } from './keystore.js';
import { matches, type RangeFilter } from './fold-query.js';
import { makeHash2, phash2 } from './phash2.js';

/**
 * The AAE folds a one-node Riak 3.x cluster runs (riak_kv_vnode
 * handle_aaefold/9 per vnode, merged by riak_kv_clusteraae_fsm), computed
 * over the dev server's keyspace. Results come sorted as the FSM's
 * lists:umerge/2 leaves them.
 */

/** The records of a range fold that pass its filters, in `{Bucket, Key}` order. */
export function rangeRecords(server: ServerContext, filter: RangeFilter): AaeRecord[] {
  return aaeRecords(server, filter.scope)
    .filter((r) => matches(r, filter))
    .sort(compareRecords);
}

/**
 * The tree of a set of keys: each key added with its clock hash
 * (`{is_hash, CH}`), as the tree caches (aae_treecache) and merge_tree_range
 * with `pre_hash` build them.
 */
export function treeOf(records: Iterable<AaeRecord>, size: TreeSize, valueHash: (r: AaeRecord) => number = (r) => r.clockHash): TictacTree {
  const tree = new TictacTree(size);
  for (const r of records) tree.add(r.binaryKey, valueHash(r));
  return tree;
}

/**
 * riak_kv_clusteraae_fsm:hash_function/1: `pre_hash` is the stored clock
 * hash; `{rehash, IV}` is `erlang:phash2({IV, lists:sort(Clock)})` (an
 * absent IV is the atom `undefined`).
 */
export function hashMethod(initVector: number | undefined): (r: AaeRecord) => number {
  return (r) => phash2(tuple(initVector ?? atom('undefined'), sortedClockTerm(r.clock)));
}

/** riak_object:delete_hash/1: `erlang:phash2(lists:sort(Clock), 4294967296)`. */
export function deleteHash(r: AaeRecord): number {
  return makeHash2(sortedClockTerm(r.clock));
}

/** power10/1 of riak_kv_vnode: the order of magnitude of a size (digits - 1). */
export function power10(n: number): number {
  let count = 0;
  while (Math.floor(n / 10) >= 1) {
    n = Math.floor(n / 10);
    count++;
  }
  return count;
}

export interface ObjectStats {
  totalCount: number;
  totalSize: number;
  /** [magnitude, objects] ascending. */
  sizes: [number, number][];
  /** [sibling count, objects] ascending. */
  siblings: [number, number][];
}

/** object_stats: counts, total size, and histograms by size magnitude and sibling count. */
export function objectStats(records: Iterable<AaeRecord>): ObjectStats {
  let totalCount = 0;
  let totalSize = 0;
  const sizes = new Map<number, number>();
  const siblings = new Map<number, number>();
  for (const r of records) {
    totalCount++;
    totalSize += r.size;
    const magnitude = power10(r.size);
    sizes.set(magnitude, (sizes.get(magnitude) ?? 0) + 1);
    siblings.set(r.siblings, (siblings.get(r.siblings) ?? 0) + 1);
  }
  const sorted = (m: Map<number, number>): [number, number][] => [...m].sort((a, b) => a[0] - b[0]);
  return { totalCount, totalSize, sizes: sorted(sizes), siblings: sorted(siblings) };
}

export type { BucketScope };
