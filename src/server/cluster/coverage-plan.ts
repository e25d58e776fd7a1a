import type { NodeName, Ring } from './ring.js';

/**
 * riak_core_coverage_plan:create_plan/5 as Riak 3.x plans a traditional
 * coverage request (initiate_plan/5 + develop_plan/5, the planner used
 * unless `legacy_coverage_planner` is set): the vnodes a listing, 2i query
 * or fold asks, so that every keyspace of the ring is read `PVC` times
 * (always 1 here: riak_kv's coverage FSMs ask one replica per keyspace).
 *
 * Vocabulary, as riak_core's: keyspace `k` is the range of hashes in
 * `(k * Inc, (k + 1) * Inc]`, whose keys live on partitions k+1 .. k+n
 * (their preflist); so vnode `v` holds the keyspaces v-n .. v-1. A vnode
 * of the plan that is asked for fewer keyspaces than n gets a filter (the
 * `FilterVNodes` list): it folds only the keys of those keyspaces.
 */

/** One vnode of a plan: a primary (the partition's owner) and the keyspaces it answers for. */
export interface CoveringVnode {
  /** The partition number (the vnode's index / ring increment). */
  readonly index: number;
  /** Its owner: coverage plans name primaries only. */
  readonly node: NodeName;
  /** The keyspaces it answers for, ascending (n of them, unless filtered). */
  readonly keyspaces: readonly number[];
  /** Whether it folds only `keyspaces` (it was asked for fewer than n): riak_kv_coverage_filter's vnode filter. */
  readonly filtered: boolean;
}

/** What a coverage FSM is planned with (riak_core_coverage_fsm's init tuple). */
export interface PlanRequest {
  /** `all`: every keyspace or an error (keys, index FSMs); `allup`: what the up vnodes cover (buckets FSM). */
  readonly selector: 'all' | 'allup';
  readonly nVal: number;
  /** The request id; its remainder by the ring size picks where the ring is split. */
  readonly reqId: number;
  /** Whether a node is up as the planning node sees it (riak_core_node_watcher). */
  readonly up: (node: NodeName) => boolean;
}

/** A plan, or Riak's `{error, insufficient_vnodes_available}` (an `all` plan that cannot cover the ring). */
export type CoveragePlan =
  | { readonly ok: true; readonly vnodes: readonly CoveringVnode[] }
  | { readonly ok: false; readonly reason: 'insufficient_vnodes_available' };

/** create_plan/5 over `ring` (PVC 1). */
export function createPlan(ring: Ring, request: PlanRequest): CoveragePlan {
  const ringSize = ring.ringSize;
  const nVal = Math.max(1, Math.min(request.nVal, ringSize));
  // riak_core_apl:offline_owners/2: the partitions whose owner is down.
  const unavailable = new Set(ring.owners().flatMap((owner, index) => (request.up(owner) ? [] : [index])));
  const developed = developPlan(initialOrder(request.reqId, nVal, ringSize, unavailable), nVal, ringSize);
  if (!developed.ok && request.selector === 'all') return { ok: false, reason: 'insufficient_vnodes_available' };
  const vnodes = developed.covers.map(([index, keyspaces]) => ({ index, node: ring.owner(index), keyspaces, filtered: keyspaces.length < nVal }));
  return { ok: true, vnodes };
}

/**
 * initiate_plan/5: the ring split at `ReqId rem RingSize`, its vnodes dealt
 * round-robin into n lists (each built by prepending), the lists joined, so
 * every n-th vnode comes first; the unavailable ones left out.
 */
function initialOrder(reqId: number, nVal: number, ringSize: number, unavailable: ReadonlySet<number>): number[] {
  const split = reqId % ringSize;
  const byOffset: number[][] = Array.from({ length: nVal }, () => []);
  for (let i = 0; i < ringSize; i++) byOffset[i % nVal].unshift((split + i) % ringSize);
  return byOffset.flat().filter((vnode) => !unavailable.has(vnode));
}

/**
 * develop_plan/5: each vnode in turn takes the keyspaces it holds that are
 * still wanted, until every keyspace is covered once (ok) or the vnodes run
 * out (insufficient, with the partial plan). The covers come sorted by vnode.
 */
function developPlan(order: readonly number[], nVal: number, ringSize: number): { ok: boolean; covers: [number, number[]][] } {
  const wanted = new Array<boolean>(ringSize).fill(true);
  let countdown = ringSize;
  const covers: [number, number[]][] = [];
  for (const vnode of order) {
    if (countdown === 0) break;
    const held = Array.from({ length: nVal }, (_, i) => (ringSize + vnode - (i + 1)) % ringSize).sort((a, b) => a - b);
    const taken = held.filter((k) => wanted[k]);
    if (taken.length === 0) continue;
    for (const k of taken) wanted[k] = false;
    countdown -= taken.length;
    covers.push([vnode, taken]);
  }
  covers.sort(([a], [b]) => a - b);
  return { ok: countdown === 0, covers };
}
