import { DEFAULT_BUCKET_TYPE } from '../../common/bucket-type.js';
import type { ServerContext } from '../context.js';
import { Database, isLive, type StoredEntry } from '../store/database.js';
import { CoverageBackend } from './coverage-backend.js';
import { createPlan } from './coverage-plan.js';
import { ClusterNode } from './node-view.js';

/**
 * The seam between the handlers that read a whole keyspace (listings, 2i,
 * CS bucket folds, MapReduce inputs) and a simulated cluster: on a
 * one-node server they read the node's Database as always; on a cluster
 * node they read what a coverage FSM coordinated by that node would
 * (riak_kv_keys_fsm, riak_kv_buckets_fsm, riak_kv_index_fsm,
 * riak_pipe_qcover_fsm): a plan made when the request arrives, from the
 * nodes this node sees up, one primary replica per keyspace.
 */

/** Why a coverage request cannot start: riak_core_coverage_plan's error, or a plan of no vnode (Riak then waits out the timeout). */
export type CoverageFailure = 'insufficient_vnodes_available' | 'timeout';

/** What a request covers: one bucket (the bucket's n_val, every keyspace or an error) or a bucket type's bucket names (n_val 1, the vnodes up). */
export interface CoverageScope {
  readonly type: string;
  readonly bucket?: string;
}

/**
 * The keyspace a coverage request reads: `server.db` on a one-node server;
 * on a cluster node, a read-only Database over the vnodes of a coverage
 * plan made now. `fail` makes the request's error (each handler words
 * Riak's error as its PB service does).
 */
export function coverageKeyspace(server: ServerContext, scope: CoverageScope, fail: (reason: CoverageFailure) => Error): Database {
  const node = server.cluster;
  if (!(node instanceof ClusterNode)) return server.db;
  const cluster = node.cluster;
  const ring = cluster.ring;
  const bucketScope = scope.bucket !== undefined;
  const plan = createPlan(ring, {
    selector: bucketScope ? 'all' : 'allup',
    nVal: scope.bucket === undefined ? 1 : nValOf(server, scope.type, scope.bucket),
    // riak_client's request id: only its remainder by the ring size counts (where initiate_plan splits the ring).
    reqId: cluster.prng.below(ring.ringSize),
    up: (owner) => cluster.network.reachable(node.name, owner),
  });
  if (!plan.ok) throw fail(plan.reason);
  // An allup plan of no vnode: nothing will ever answer, the FSM's timer ends it.
  if (plan.vnodes.length === 0) throw fail('timeout');
  const parts = plan.vnodes.map((v) => ({ ...v, vnode: cluster.vnode(v.index, v.node) }));
  const db = new Database('keep');
  const backend = new CoverageBackend(ring, parts, () => server.buckets.typeNames());
  db.useBackends([backend], backend.name, () => undefined);
  return db;
}

/**
 * The object a MapReduce kvget fitting reads (riak_kv_pipe_get): on a
 * cluster, the copy of the first vnode of the key's preflist this node
 * sees (where riak_pipe queues the input), else the copy of each other
 * primary it reaches in turn; the first found wins, no merge, no quorum.
 * A tombstone counts as not found, as on a one-node server.
 */
export function kvgetEntry(server: ServerContext, type: string, bucket: string, key: string): StoredEntry | undefined {
  const node = server.cluster;
  if (!(node instanceof ClusterNode)) return server.db.get(type, bucket, key);
  const cluster = node.cluster;
  const at = { type, bucket, key };
  const n = nValOf(server, type, bucket);
  const first = cluster.preflist(node.name, at, n, true).slice(0, 1);
  const rest = cluster.preflist(node.name, at, n, false).filter((e) => !first.some((f) => f.index === e.index && f.node === e.node));
  for (const entry of [...first, ...rest]) {
    const found = cluster.vnode(entry.index, entry.node).db.get(type, bucket, key);
    if (found !== undefined && isLive(found)) return found;
  }
  return undefined;
}

/** The bucket's n_val (riak_core_bucket:get_bucket/1); the default type's for a type the registry does not know. */
function nValOf(server: ServerContext, type: string, bucket: string): number {
  return (server.buckets.bucket(type, bucket) ?? server.buckets.bucket(DEFAULT_BUCKET_TYPE, bucket))?.nVal ?? 3;
}
