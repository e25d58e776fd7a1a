import { Buffer } from 'node:buffer';
import type { NodeName } from './ring.js';

/**
 * riak_core_membership_claim's re-diagonalisation, the fallback of
 * choose_claim_v2: every partition reassigned, nodes taken in (sorted) order
 * round the ring, with the tail fixed when the last lap is too short for
 * target_n_val. Without locations, get_nodes_by_location leaves the node
 * list as it is, as here.
 */

/** diagonal_stripe/2: partition i goes to nodes[i mod length]. */
export function diagonalStripe<T>(ringSize: number, nodes: readonly T[]): T[] {
  return Array.from({ length: ringSize }, (_, i) => nodes[i % nodes.length] as T);
}

/** sequential_claim/3: the owners after `node` (joining or not) re-stripes the ring with every claiming member. */
export function sequentialClaim(ringSize: number, members: readonly NodeName[], node: NodeName, targetN: number): NodeName[] {
  const nodes = [...new Set([node, ...members])].sort(compareNodes);
  const nodeCount = nodes.length;
  const overhang = ringSize % nodeCount;
  const hasTailViolation = overhang > 0 && overhang < targetN;
  const shortfall = targetN - overhang;
  const completeSequences = Math.floor(ringSize / nodeCount);
  const maxFetchesPerSeq = nodeCount - targetN;
  const canSolve = completeSequences * maxFetchesPerSeq >= shortfall;
  if (!(hasTailViolation && canSolve)) return diagonalStripe(ringSize, nodes);
  const minFetchesPerSeq = Math.ceil(shortfall / completeSequences);
  const owners = solveTailViolations(ringSize, nodes, shortfall, minFetchesPerSeq);
  // lists:zip/2 of the partitions with this list: Riak fails if the lengths differ.
  if (owners.length !== ringSize) throw new Error(`sequential claim built ${owners.length} owners for ${ringSize} partitions`);
  return owners;
}

/**
 * solve_tail_violations/4 and build_nodelist/5,6, backfill_ring/4: a last
 * lap lengthened by `shortfall` nodes, paid for by dropping nodes from the
 * laps before it (MinFetchesPerSeq per lap, starting after the overhang),
 * then full laps in front.
 */
function solveTailViolations(ringSize: number, nodes: readonly NodeName[], shortfall: number, minFetchesPerSeq: number): NodeName[] {
  const nodeCount = nodes.length;
  let counter = (ringSize % nodeCount) + 1; // 1-based, as lists:sublist/3 counts
  let left = shortfall;
  const laps: NodeName[][] = [nodes.slice(0, (ringSize % nodeCount) + shortfall)];
  while (left > 0) {
    const remove = Math.min(minFetchesPerSeq, left, nodeCount - counter);
    // Riak would loop for ever here; canSolve rules it out for the sizes it accepts.
    if (remove <= 0) throw new Error('sequential claim cannot solve the tail violation');
    const removed = new Set(nodes.slice(counter - 1, counter - 1 + remove));
    laps.unshift(nodes.filter((n) => !removed.has(n)));
    counter += remove;
    left -= remove;
  }
  const built = laps.reduce((sum, lap) => sum + lap.length, 0);
  const fullLaps = Math.floor((ringSize - built) / nodeCount);
  for (let i = 0; i < fullLaps; i++) laps.unshift([...nodes]);
  return laps.flat();
}

/** Erlang's order of node atoms (by their text), which orddict-kept members follow. */
export function compareNodes(a: NodeName, b: NodeName): number {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return Buffer.compare(x, y);
}
