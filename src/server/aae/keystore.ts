import { binaryKey, getSegment, keyToSegment32, STORE_TREE_SIZE } from '../../aae/segment.js';
import { DEFAULT_BUCKET_TYPE } from '../../common/bucket-type.js';
import type { ServerContext } from '../context.js';
import { compareTerms } from '../erlang/compare.js';
import { tuple, type ErlTerm } from '../../codec/erlang/term.js';
import type { StoreBackend } from '../store/backend.js';
import type { StoredEntry } from '../store/database.js';
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
  const datatype = entry.datatype !== undefined;
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

/** Which buckets a fold covers: one bucket, or every bucket of every type. */
export type BucketScope = { type: string; bucket: string } | 'all';

/**
 * Every key of the scope, as AAE records, in no particular order (the fold
 * functions sort what they return, as the cluster AAE FSM's merges do).
 * Keys are read before anything is yielded, so a fold may write as it goes.
 */
export function aaeRecords(server: ServerContext, scope: BucketScope): AaeRecord[] {
  const db = server.db;
  const out: AaeRecord[] = [];
  const visit = (type: string, bucket: string): void => {
    let backend: StoreBackend;
    try {
      backend = db.backendFor(type, bucket);
    } catch {
      return; // an undefined backend: the vnode folds over nothing there
    }
    for (const [key, entry] of backend.entries(type, bucket)) out.push(record(type, bucket, key, entry));
  };
  if (scope !== 'all') {
    visit(scope.type, scope.bucket);
    return out;
  }
  const seen = new Set<string>();
  for (const backend of db.backends) {
    for (const type of server.buckets.typeNames()) {
      for (const bucket of backend.bucketNames(type)) {
        const id = `${type.length}:${type}${bucket}`;
        if (seen.has(id)) continue;
        seen.add(id);
        visit(type, bucket);
      }
    }
  }
  return out;
}

/**
 * Erlang term order of `{Bucket, Key}`: typed buckets (tuples) before
 * default-type ones (binaries), then bytewise; what lists:umerge/2 leaves
 * in the cluster AAE FSM's accumulators.
 */
export function compareRecords(a: AaeRecord, b: AaeRecord): number {
  const ta = a.type === undefined ? 1 : 0;
  const tb = b.type === undefined ? 1 : 0;
  if (ta !== tb) return ta - tb;
  if (a.type !== undefined && b.type !== undefined) {
    const byType = Buffer.compare(a.type, b.type);
    if (byType !== 0) return byType;
  }
  return Buffer.compare(a.bucket, b.bucket) || Buffer.compare(a.key, b.key);
}
