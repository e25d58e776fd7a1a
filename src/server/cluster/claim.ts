import { RiakInvalidArgumentError } from '../../errors.js';
import { ownershipDeltas } from './claim-deltas.js';
import { compareNodes, diagonalStripe, sequentialClaim } from './claim-sequential.js';
import { DEFAULT_TARGET_N, findViolations, meetsTargetN, spacedByN } from './claim-target-n.js';
import type { NodeName } from './ring.js';

/**
 * Ownership of a fresh cluster, as riak_core 3.x (riak_core_claimant and
 * riak_core_membership_claim with their defaults: wants_claim_v2,
 * choose_claim_v2, target_n_val 4, no locations) computes it when the
 * first node creates the ring, the others join it (staged joins) and one
 * `riak-admin cluster plan` + `commit` takes them all: the claimant marks
 * them valid and runs claim, then runs claim again on the planned ring until
 * it stops changing (compute_all_next_rings). The same members give the
 * same ring; checked against riak_core's own code (see the ring tests).
 */
export function claimOwners(ringSize: number, nodes: readonly NodeName[], targetN: number = DEFAULT_TARGET_N): NodeName[] {
  if (!Number.isInteger(targetN) || targetN < 1) throw new RiakInvalidArgumentError(`Invalid targetN: ${targetN} (expected a positive integer)`);
  const first = nodes[0];
  if (first === undefined) throw new RiakInvalidArgumentError('Invalid nodes: a ring needs at least one node');
  // chash:fresh: the creating node owns every partition. Members are kept sorted (an orddict).
  let owners: NodeName[] = Array.from({ length: ringSize }, () => first);
  const members = [...nodes].sort(compareNodes);
  // Each round either changes nothing or balances further; Riak loops until the plan is stable.
  for (let round = 0; round <= ringSize; round++) {
    const next = claimRound(owners, members, targetN);
    if (next.every((node, i) => node === owners[i])) return next;
    owners = next;
  }
  throw new Error(`claim did not settle for ${nodes.length} nodes on a ring of ${ringSize}`);
}

/** riak_core_membership_claim:claim/3: when some member wants partitions, each member in turn claims until it wants no more. */
function claimRound(owners: NodeName[], members: readonly NodeName[], targetN: number): NodeName[] {
  if (members.every((node) => wantsClaim(owners, members, node) === 0)) return owners;
  let ring = owners;
  for (const node of members) {
    // claim_until_balanced/4; choose_claim_v2 always ends balanced enough for wants_claim_v2.
    for (let step = 0; wantsClaim(ring, members, node) > 0; step++) {
      if (step > ring.length) throw new Error(`claim for ${node} did not settle`);
      ring = chooseClaimV2(ring, members, node, targetN);
    }
  }
  return ring;
}

/** wants_claim_v2/2: how many partitions `node` lacks to own RingSize div NodeCount (0 = `no`). */
function wantsClaim(owners: readonly NodeName[], members: readonly NodeName[], node: NodeName): number {
  const average = Math.floor(owners.length / members.length);
  const count = owners.reduce((n, owner) => (owner === node ? n + 1 : n), 0);
  return count < average ? average - count : 0;
}

/**
 * choose_claim_v2/3: `node` takes partitions from nodes that have too many,
 * preferring (with more than target_n_val nodes) partitions that break
 * target_n_val, else those a target_n_val-wide diagonal would give it;
 * never one within target_n_val of a partition it owns, nor two in a row
 * closer than that. If it can take none, or (with enough nodes) the result
 * breaks target_n_val, the whole ring is re-striped (sequential_claim).
 */
function chooseClaimV2(owners: NodeName[], members: readonly NodeName[], node: NodeName, targetN: number): NodeName[] {
  const ringSize = owners.length;
  const nodeCount = members.length;
  const deltas = ownershipDeltas(owners, members);
  const want = deltas.get(node) ?? 0;
  const enoughNodes = nodeCount > targetN || (nodeCount === targetN && ringSize % targetN === 0);
  let candidates: number[];
  if (enoughNodes) {
    // Partitions in violation first (each pair, in order, duplicates kept), then the rest in ring order.
    const violated = findViolations(owners, targetN).flat();
    const inViolation = new Set(violated);
    candidates = [...violated, ...owners.keys()].filter((index, at) => at < violated.length || !inViolation.has(index));
  } else {
    // The partitions a diagonal over target_n_val slots (members, then empty slots) gives this node, then each shifted by 1, 2, ...
    const slots: (NodeName | null)[] = [...members, ...Array.from({ length: targetN }, () => null)].slice(0, targetN);
    const preferred = diagonalStripe(ringSize, slots).flatMap((owner, index) => (owner === node ? [index] : []));
    const shifts = Math.floor(ringSize / preferred.length);
    candidates = [];
    for (let shift = 0; shift <= shifts; shift++) for (const index of preferred) candidates.push((index + shift) % ringSize);
    candidates = candidates.slice(0, ringSize);
  }
  // prefilter_violations/6: nothing within target_n_val of what the node already owns.
  const mine = owners.flatMap((owner, index) => (owner === node ? [index] : []));
  const allowed = candidates.filter((index) => mine.every((own) => spacedByN(own, index, targetN, ringSize)));
  const claim = selectIndices(owners, deltas, allowed, targetN).slice(0, Math.max(0, want));
  const next = [...owners];
  for (const index of claim) next[index] = node;
  if (claim.length === 0 || (enoughNodes && !meetsTargetN(next, targetN))) {
    return sequentialClaim(ringSize, members, node, targetN);
  }
  return next;
}

/**
 * select_indices/5: walk the candidates taking each one whose owner still
 * has partitions to give (delta < 0), the first unconditionally, the next
 * ones only target_n_val from the previously taken one. An owner's delta
 * rises by one per partition taken from it; owners are those before the claim.
 */
function selectIndices(owners: readonly NodeName[], deltas: Map<NodeName, number>, candidates: readonly number[], targetN: number): number[] {
  const ringSize = owners.length;
  const left = new Map(deltas);
  const taken: number[] = [];
  let last = candidates[0] ?? 0;
  for (const index of candidates) {
    const owner = owners[index] as NodeName;
    const delta = left.get(owner) ?? 0;
    if (delta < 0 && (taken.length === 0 || spacedByN(last, index, targetN, ringSize))) {
      taken.push(index);
      last = index;
      left.set(owner, delta + 1);
    }
  }
  return taken;
}
