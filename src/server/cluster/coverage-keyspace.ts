import { DEFAULT_BUCKET_TYPE } from '../../common/bucket-type.js';
import type { ServerContext } from '../context.js';
import { Database, type StoredEntry } from '../store/database.js';
import { CoverageBackend } from './coverage-backend.js';
import { createPlan, type CoveringVnode, type PlanRequest } from './coverage-plan.js';
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

/**
 * What a request covers: one bucket (the bucket's n_val, every keyspace or
 * an error), a bucket type's bucket names (n_val 1, the vnodes up), or the
 * whole keyspace for one n_val (every keyspace or an error: the AAE folds
 * riak_kv_clusteraae_fsm plans with the n_val they are given).
 */
export type CoverageScope = { readonly type: string; readonly bucket?: string } | { readonly nVal: number };

/** The plan a coverage view reads: the ring's size and the vnodes with the keyspaces each answers for. */
export interface CoverageViewPlan {
  readonly ringSize: number;
  readonly vnodes: readonly CoveringVnode[];
}

/** The plan behind each coverage view, for errors that name it (MapReduce's listkeys failure). */
const plans = new WeakMap<Database, CoverageViewPlan>();

/** The coverage plan a keyspace from {@link coverageKeyspace} reads; undefined for a one-node server's own Database. */
export function coveragePlanOf(keyspace: Database): CoverageViewPlan | undefined {
  return plans.get(keyspace);
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
  const plan = createPlan(ring, {
    ...planned(server, scope),
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
  plans.set(db, { ringSize: ring.ringSize, vnodes: plan.vnodes });
  return db;
}

/** The selector and n_val a scope is planned with (the coverage FSMs' init). */
function planned(server: ServerContext, scope: CoverageScope): Pick<PlanRequest, 'selector' | 'nVal'> {
  if ('nVal' in scope) return { selector: 'all', nVal: scope.nVal };
  if (scope.bucket === undefined) return { selector: 'allup', nVal: 1 };
  return { selector: 'all', nVal: nValOf(server, scope.type, scope.bucket) };
}

/**
 * The object a MapReduce kvget fitting reads (riak_kv_pipe_get): on a
 * cluster, the copy of the first vnode of the key's preflist this node
 * sees (where riak_pipe queues the input), else the copy of each other
 * primary it reaches in turn; the first found wins, no merge, no quorum.
 * A tombstone not yet reaped is found like any object: the vnode's get
 * answers it, and riak_kv_pipe_get tries the next primary on an error only.
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
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The bucket's n_val (riak_core_bucket:get_bucket/1); the default type's for a type the registry does not know. */
function nValOf(server: ServerContext, type: string, bucket: string): number {
  return (server.buckets.bucket(type, bucket) ?? server.buckets.bucket(DEFAULT_BUCKET_TYPE, bucket))?.nVal ?? 3;
}
