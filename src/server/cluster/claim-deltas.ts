import { atom } from '../../codec/erlang/term.js';
import { dictToList } from '../erlang/otp-dict.js';
import type { NodeName } from './ring.js';

/**
 * riak_core_membership_claim:get_deltas/4: how many partitions each node
 * should gain (> 0) or may give up (< 0) to even out ownership. When the
 * first estimate leaves partitions unaccounted for, nodes get one more in
 * the order get_counts/2 lists them, which is the fold order of an OTP dict
 * keyed by node atoms: that order is reproduced here, so the deltas (and the
 * claim) are Riak's.
 */

interface NodeDelta {
  readonly node: NodeName;
  readonly own: number;
  delta: number;
}

/** get_counts/2's order: dict:to_list of a dict built from the members in (sorted) order. */
export function countOrder(members: readonly NodeName[]): NodeName[] {
  const listed = dictToList(members.map((node, i) => [atom(node), i]));
  return listed.map((pair) => members[pair.items[1] as number] as NodeName);
}

/** The deltas of the members (claiming nodes, sorted) for `owners`; other owners get 0 (add_default_deltas). */
export function ownershipDeltas(owners: readonly NodeName[], members: readonly NodeName[]): Map<NodeName, number> {
  const ringSize = owners.length;
  const nodeCount = members.length;
  const counts = new Map<NodeName, number>(members.map((node) => [node, 0]));
  for (const owner of owners) {
    const count = counts.get(owner);
    if (count !== undefined) counts.set(owner, count + 1);
  }
  // Avg = RingSize / NodeCount as a float in Riak; exact here (both agree for ring sizes and node counts this small).
  const max = Math.ceil(ringSize / nodeCount);
  const active: NodeDelta[] = countOrder(members).map((node) => {
    const own = counts.get(node) as number;
    const twice = ringSize - own * nodeCount; // (Avg - Own) * NodeCount
    // normalise_delta: a node over the average gives up as many as it can (ceiling), one under asks for the fewest (trunc).
    const delta = twice < 0 ? -Math.ceil(-twice / nodeCount) : Math.floor(twice / nodeCount);
    return { node, own, delta };
  });
  rebalance(active, max, ringSize);
  const deltas = new Map<NodeName, number>();
  for (const owner of owners) deltas.set(owner, 0);
  for (const { node, delta } of active) deltas.set(node, delta);
  return deltas;
}

/**
 * rebalance_deltas/3 with increase_keeps/4 and increase_takes/4: while the
 * deltas leave `missing` partitions without an owner, let a giving node keep
 * one more, then a taking node take one more, each only up to `max`, walking
 * the nodes in order; what is still missing after both walks stays missing.
 */
function rebalance(active: NodeDelta[], max: number, ringSize: number): void {
  let missing = active.reduce((sum, d) => sum + d.own + d.delta, 0) - ringSize;
  for (const pass of [(d: NodeDelta) => d.delta < 0, (d: NodeDelta) => d.delta > 0]) {
    for (const d of active) {
      if (missing === 0) return;
      if (!pass(d)) continue;
      if (d.own + d.delta + 1 <= max) {
        d.delta += 1;
        missing += 1;
      }
    }
  }
}
