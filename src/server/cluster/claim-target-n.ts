import type { NodeName } from './ring.js';

/**
 * riak_core_membership_claim's target_n_val checks: a node's partitions
 * should be at least target_n_val apart around the ring, so that every
 * preference list of n_val < target_n_val lands on distinct nodes even after
 * one node fails. Partitions are by number (the `Nth` of riak_core's claim).
 */

/** riak_core's target_n_val default (riak_core.schema: "n_val + 1"). */
export const DEFAULT_TARGET_N = 4;

/** spaced_by_n/4: partitions a and b are at least targetN apart both ways round the ring. */
export function spacedByN(a: number, b: number, targetN: number, ringSize: number): boolean {
  const forward = a > b ? a - b : a - b + ringSize;
  const back = a > b ? b - a + ringSize : b - a;
  return forward >= targetN && back >= targetN;
}

/**
 * meets_target_n/2, as choose_claim_v2 reads it: false when two partitions
 * of one node are closer than targetN going up from partition 0. Closeness
 * across the wrap (last partitions to first) does not count, as in Riak.
 */
export function meetsTargetN(owners: readonly NodeName[], targetN: number): boolean {
  const last = new Map<NodeName, number>();
  for (let index = 0; index < owners.length; index++) {
    const node = owners[index] as NodeName;
    const previous = last.get(node);
    if (previous !== undefined && index - previous < targetN) return false;
    last.set(node, index);
  }
  return true;
}

/**
 * find_violations/2: pairs [earlier, later] of partitions of one node within
 * targetN - 1 of each other, found with a sliding window over the owners and
 * the first targetN - 1 again (so the wrap counts here), in ring order; the
 * earlier one is the nearest such partition before the later.
 */
export function findViolations(owners: readonly NodeName[], targetN: number): [number, number][] {
  const width = targetN - 1;
  const walk = [...owners.keys(), ...owners.keys()].slice(0, owners.length + Math.max(0, Math.min(width, owners.length)));
  const out: [number, number][] = [];
  let window: number[] = [];
  for (const index of walk) {
    const node = owners[index];
    const earlier = window.find((w) => owners[w] === node);
    if (earlier !== undefined) out.push([earlier, index]);
    window = [index, ...window].slice(0, Math.max(0, width));
  }
  return out;
}
