import { getFsm } from './get-fsm.js';
import { sameObject } from './object-merge.js';
import type { NodeName } from './ring.js';
import type { SimulatedCluster } from './simulated-cluster.js';
import type { ClusterSettleOptions } from './types.js';
import type { KeyLocation, Vnode } from './vnode.js';

/**
 * The background work of a Riak cluster, run to completion by settle():
 * hinted handoff, active anti-entropy, and the reaps delete_mode delays.
 */

/** Passes over the work before settle() gives up on reaching a quiet state (each pass converges what it can). */
const MAX_PASSES = 8;

/**
 * Runs background work until none is left: waits for messages a slow node
 * delays, hands off, exchanges, reaps; again while any of it did something.
 */
export async function settle(cluster: SimulatedCluster, options: ClusterSettleOptions = {}): Promise<void> {
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    await cluster.idle();
    let work = handoff(cluster);
    if (options.antiEntropy !== false) work += antiEntropy(cluster);
    work += cluster.runReaps();
    if (work === 0) {
      await cluster.idle();
      return;
    }
  }
}

/**
 * Hinted handoff (riak_core_handoff_sender, riak_kv_vnode
 * handle_handoff_data): every fallback vnode whose partition's owner it
 * reaches sends its objects there, where each is merged as a
 * non-coordinating put (last_write_wins: replaced), then the fallback goes
 * away. Returns how many objects moved.
 */
export function handoff(cluster: SimulatedCluster): number {
  let moved = 0;
  const types = cluster.buckets.typeNames();
  for (const fallback of cluster.vnodes()) {
    if (fallback.primary) continue;
    const owner = cluster.ring.owner(fallback.index);
    if (!cluster.network.reachable(fallback.node, owner)) continue;
    const primary = cluster.vnode(fallback.index, owner);
    for (const [at, object] of fallback.objects(types)) {
      const props = cluster.buckets.bucket(at.type, at.bucket);
      if (props !== undefined) primary.mergePut(at, object, props);
      moved++;
    }
    cluster.dropFallback(fallback);
  }
  return moved;
}

/**
 * Active anti-entropy: for every key, the primaries of its preflist that
 * can reach each other compare their copies; where they differ (or one has
 * none), a get coordinated by the first of them repairs them (AAE repairs
 * through riak_kv_get_fsm's read repair, which also reaps a tombstone all
 * primaries hold). Returns how many keys needed repair.
 */
export function antiEntropy(cluster: SimulatedCluster): number {
  let repaired = 0;
  const types = cluster.buckets.typeNames();
  const seen = new Set<string>();
  for (const vnode of cluster.vnodes()) {
    if (!vnode.primary) continue;
    for (const [at] of vnode.objects(types)) {
      const id = `${at.type}\u0000${at.bucket}\u0000${at.key}`;
      if (seen.has(id)) continue;
      seen.add(id);
      if (repairKey(cluster, at)) repaired++;
    }
  }
  return repaired;
}

/** The get an exchange repairs through: the primaries only, whatever the bucket's quorums. */
const AAE_GET = { sloppyQuorum: false, r: 1, pr: 0, nodeConfirms: 0 } as const;

function repairKey(cluster: SimulatedCluster, at: KeyLocation): boolean {
  const props = cluster.buckets.bucket(at.type, at.bucket);
  if (props === undefined) return false;
  const primaries = cluster.ring.primaries(cluster.hash(at), props.nVal).map((e) => cluster.vnode(e.index, e.node));
  let needed = false;
  for (const group of reachableGroups(cluster, primaries)) {
    if (group.length < 2 || agree(group, at)) continue;
    needed = true;
    try {
      getFsm(cluster, group[0].node, at, props, AAE_GET).catch(() => {});
    } catch {
      // A quorum this side cannot meet: the exchange waits for a better day.
    }
  }
  return needed;
}

function agree(group: readonly Vnode[], at: KeyLocation): boolean {
  const [first, ...rest] = group.map((v) => v.get(at));
  return rest.every((o) => (o === undefined ? first === undefined : first !== undefined && sameObject(o, first)));
}

/** The vnodes split by which nodes reach each other (a partition's sides; stopped nodes left out). */
function reachableGroups(cluster: SimulatedCluster, vnodes: readonly Vnode[]): Vnode[][] {
  const groups: Vnode[][] = [];
  const running = vnodes.filter((v) => !cluster.network.isStopped(v.node));
  for (const vnode of running) {
    const group = groups.find((g) => reaches(cluster, g[0].node, vnode.node));
    if (group === undefined) groups.push([vnode]);
    else group.push(vnode);
  }
  return groups;
}

function reaches(cluster: SimulatedCluster, a: NodeName, b: NodeName): boolean {
  return cluster.network.reachable(a, b);
}
