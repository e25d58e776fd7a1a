import { Buffer } from 'node:buffer';
import { binaryKey, getSegment, keyToSegment32, STORE_TREE_SIZE } from '../../aae/segment.js';
import { DEFAULT_BUCKET_TYPE } from '../../common/bucket-type.js';
import type { ServerContext } from '../context.js';
import { compareTerms } from '../erlang/compare.js';
import { tuple, type ErlTerm } from '../../codec/erlang/term.js';
import type { StoreBackend } from '../store/backend.js';
import type { Database, StoredEntry } from '../store/database.js';
import { riakError } from '../protocol/replies.js';
import { coverageKeyspace, type CoverageFailure } from '../cluster/coverage-keyspace.js';
import { isDeleted } from '../store/riak-object.js';
import type { VClock } from '../vclock.js';
import { phash2 } from './phash2.js';

/**
 * The dev server's view of a Riak node's Tictac AAE key store: one record
 * per stored key, tombstones included, with what aae_keystore's fold
 * elements give (`clock`, `hash`, `size`, `sibcount`, `md`, `aae_segment`)
 * and leveled's last-modified date. Folded straight over the keyspace
 * through the Database and its backends: nothing is cached, so a fold
 * always sees the current state (a node's store lags writes by a batch).
 */
export interface AaeRecord {
  /** Bucket type; undefined in the `default` type (riak_kv then holds a bare bucket binary). */
  type: Buffer | undefined;
  bucket: Buffer;
  key: Buffer;
  /** The key the tree hashes (aae_util:make_binarykey/2). */
  binaryKey: Buffer;
  clock: VClock;
  /** aae_controller:hash_clock/1: `erlang:phash2(lists:sort(Clock))`. */
  clockHash: number;
  /** Byte size of the stored object (riak_object's v1 binary). */
  size: number;
  siblings: number;
  /** Every sibling is a tombstone (riak_object:is_aae_object_deleted/2). */
  tombstone: boolean;
  /** leveled's last modified date: the newest sibling's, in seconds; undefined when unknown (datatypes). */
  lastModified: number | undefined;
  /** Segment in the `large` tree the store keeps (aae_keystore:generate_treesegment/1). */
  segment: number;
  /** The stored entry itself, for folds that act on it. */
  entry: StoredEntry;
}

/** A vclock as the Erlang term riak_object holds: `[{Actor, {Counter, Timestamp}}]`. */
export function clockTerm(clock: VClock): ErlTerm[] {
  return clock.map((e) => tuple(e.actor, tuple(e.counter, e.timestamp)));
}

/** lists:sort/1 on a clock term (Erlang term order). */
export function sortedClockTerm(clock: VClock): ErlTerm[] {
  return clockTerm(clock).sort(compareTerms);
}

export function hashClock(clock: VClock): number {
  return phash2(sortedClockTerm(clock));
}

/** The bucket as riak_object holds it: `{Type, Bucket}` outside the default type. */
export function bucketTerm(type: Buffer | undefined, bucket: Buffer): ErlTerm {
  return type === undefined ? bucket : tuple(type, bucket);
}

function record(typeName: string, bucketName: string, keyName: string, entry: StoredEntry): AaeRecord {
  const type = typeName === DEFAULT_BUCKET_TYPE ? undefined : Buffer.from(typeName, 'latin1');
  const bucket = Buffer.from(bucketName, 'latin1');
  const key = Buffer.from(keyName, 'latin1');
  const binKey = binaryKey(bucket, key, type);
  let lastModified: number | undefined;
  for (const c of entry.contents) if (lastModified === undefined || c.lastMod > lastModified) lastModified = c.lastMod;
  // A one-node datatype entry has no KV contents; a cluster vnode's datatype replica carries its object's (face first).
  const datatype = entry.datatype !== undefined && entry.contents.length === 0;
  return {
    type,
    bucket,
    key,
    binaryKey: binKey,
    clock: entry.vclock,
    clockHash: hashClock(entry.vclock),
    size: entry.size,
    siblings: datatype ? 1 : entry.contents.length,
    tombstone: !datatype && isDeleted(entry),
    lastModified,
    segment: getSegment(keyToSegment32(binKey), STORE_TREE_SIZE),
    entry,
  };
}

/**
 * Which keys a fold reads, and so, on a simulated cluster, the coverage
 * plan riak_kv_clusteraae_fsm:init/2 makes for it:
 * - one bucket (the range folds): a plan for the bucket's n_val, its keys;
 * - `{ nVal }` (merge_root_nval, merge_branch_nval, fetch_clocks_nval): a
 *   plan for that n_val, the keys of every bucket whose n_val it is (the
 *   vnodes fold only their `{Index, NVal}` preflists: the cached trees, or
 *   fetch_clocks' coverage check of riak_kv_util:get_index_n/1);
 * - `'all'`: every key (a one-node server; a cluster plans for the default n_val).
 */
export type BucketScope = { type: string; bucket: string } | { nVal: number } | 'all';

/** riak_kv_pb_aaefold's `{error, {format, Reason}}` for a plan that cannot cover the ring. */
function foldPlanFailure(reason: CoverageFailure): Error {
  return riakError(reason);
}

/** The keyspace a fold of `scope` reads: the server's own, or a cluster node's coverage view planned now. */
function foldKeyspace(server: ServerContext, scope: BucketScope): Database {
  if (scope === 'all') return coverageKeyspace(server, { nVal: defaultNVal(server) }, foldPlanFailure);
  if ('nVal' in scope) return coverageKeyspace(server, { nVal: scope.nVal }, foldPlanFailure);
  return coverageKeyspace(server, scope, foldPlanFailure);
}

/** The default bucket type's n_val. */
function defaultNVal(server: ServerContext): number {
  return server.buckets.type(DEFAULT_BUCKET_TYPE)?.nVal ?? 3;
}

/** The backend a bucket's keys live in; undefined for a backend nobody has (the vnode folds over nothing there). */
function ownBackend(db: Database, type: string, bucket: string): StoreBackend | undefined {
  try {
    return db.backendFor(type, bucket);
  } catch {
    return undefined;
  }
}

/** Each bucket holding keys in `db`, once, as [type, bucket] (tombstones count), from the backend that serves it. */
function* bucketsOf(server: ServerContext, db: Database): Generator<[string, string]> {
  const seen = new Set<string>();
  for (const backend of db.backends) {
    for (const type of server.buckets.typeNames()) {
      for (const bucket of backend.bucketNames(type)) {
        // A name a backend lists for a bucket another backend serves: the vnode folds over the one that serves it.
        if (ownBackend(db, type, bucket) !== backend) continue;
        const id = `${type.length}:${type}${bucket}`;
        if (seen.has(id)) continue;
        seen.add(id);
        yield [type, bucket];
      }
    }
  }
}

/**
 * Every key of the scope, as AAE records, in no particular order (the fold
 * functions sort what they return, as the cluster AAE FSM's merges do).
 * Keys are read before anything is yielded, so a fold may write as it goes.
 * On a cluster node, each key comes once, from the primary the plan asks
 * for its keyspace; a plan that cannot cover the ring is Riak's
 * `insufficient_vnodes_available`.
 */
export function aaeRecords(server: ServerContext, scope: BucketScope): AaeRecord[] {
  const db = foldKeyspace(server, scope);
  const out: AaeRecord[] = [];
  const visit = (type: string, bucket: string): void => {
    const backend = ownBackend(db, type, bucket);
    if (backend === undefined) return;
    for (const [key, entry] of backend.entries(type, bucket)) out.push(record(type, bucket, key, entry));
  };
  if (scope !== 'all' && !('nVal' in scope)) {
    visit(scope.type, scope.bucket);
    return out;
  }
  for (const [type, bucket] of bucketsOf(server, db)) {
    if (scope !== 'all' && server.buckets.bucket(type, bucket)?.nVal !== scope.nVal) continue;
    visit(type, bucket);
  }
  return out;
}

/**
 * list_buckets: the buckets holding keys (tombstones included), each once,
 * in Erlang term order. On a cluster node, those the vnodes of a plan for
 * `nVal` hold, each vnode's store whole (aae_controller:aae_bucketlist/1
 * ignores the plan's filters), so a bucket whose keys all live on vnodes
 * the plan leaves out is missing, as on Riak.
 */
export function aaeBuckets(server: ServerContext, nVal: number): { type: Buffer | undefined; bucket: Buffer }[] {
  const db = foldKeyspace(server, { nVal });
  const found: { type: Buffer | undefined; bucket: Buffer }[] = [];
  for (const [type, bucket] of bucketsOf(server, db)) {
    found.push({ type: type === DEFAULT_BUCKET_TYPE ? undefined : Buffer.from(type, 'latin1'), bucket: Buffer.from(bucket, 'latin1') });
  }
  const key = Buffer.alloc(0);
  return found.sort((a, b) => compareRecords({ ...a, key }, { ...b, key }));
}

/**
 * Erlang term order of `{Bucket, Key}`: typed buckets (tuples) before
 * default-type ones (binaries), then bytewise; what lists:umerge/2 leaves
 * in the cluster AAE FSM's accumulators.
 */
export function compareRecords(a: Pick<AaeRecord, 'type' | 'bucket' | 'key'>, b: Pick<AaeRecord, 'type' | 'bucket' | 'key'>): number {
  const ta = a.type === undefined ? 1 : 0;
  const tb = b.type === undefined ? 1 : 0;
  if (ta !== tb) return ta - tb;
  if (a.type !== undefined && b.type !== undefined) {
    const byType = Buffer.compare(a.type, b.type);
    if (byType !== 0) return byType;
  }
  return Buffer.compare(a.bucket, b.bucket) || Buffer.compare(a.key, b.key);
}
