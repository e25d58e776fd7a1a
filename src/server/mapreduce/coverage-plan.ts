import { tuple, type AnyTerm } from '../../codec/erlang/term.js';

/**
 * riak_core_coverage_plan:create_plan/5 for this one-node cluster: a
 * 64-partition ring, every vnode up, one primary per partition. Riak splits
 * the ring at `ReqId rem 64`, a random request id; this is the plan of a
 * request id that is a multiple of 64, one of the plans Riak may pick.
 *
 * Only the vnode filters are needed here: `[{VNodeIndex, [KeySpaceIndex]}]`
 * for the vnodes that must skip keys another vnode covers, the list the
 * coverage request carries and riak_kv_pipe_listkeys gets as
 * `{cover, FilterVNodes, Input}`.
 */

const PARTITIONS = 64;
/** chash:ring_increment(64): the 160-bit ring cut in 64. */
const INCREMENT = (1n << 160n) / BigInt(PARTITIONS);

/** initiate_plan/5 and develop_plan/5 with ReqId rem 64 = 0: each chosen vnode and the partitions it covers, sorted. */
function vnodeCovers(nVal: number): [number, number[]][] {
  // Every nVal'th vnode first, from the start of the ring, then the next offset.
  const byOffset: number[][] = Array.from({ length: nVal }, () => []);
  for (let i = 0; i < PARTITIONS; i++) byOffset[i % nVal].unshift(i);
  const wants = new Array<number>(PARTITIONS).fill(1);
  let countdown = PARTITIONS;
  const covers: [number, number[]][] = [];
  for (const vnode of byOffset.flat()) {
    if (countdown === 0) break;
    const covered = Array.from({ length: nVal }, (_, i) => (PARTITIONS + vnode - (i + 1)) % PARTITIONS).sort((a, b) => a - b);
    const wanted = covered.filter((p) => wants[p] > 0);
    if (wanted.length === 0) continue;
    for (const p of wanted) wants[p]--;
    countdown -= wanted.length;
    covers.push([vnode, wanted]);
  }
  return covers.sort(([a], [b]) => a - b);
}

/** The plan's vnode filters for a bucket of `nVal` (create_plan/5's CoverageVNodeFun, folded as lists:mapfoldl/3 does). */
export function coverageFilters(nVal: number): AnyTerm {
  const n = Math.max(1, Math.min(nVal, PARTITIONS));
  let filters: AnyTerm[] = [];
  for (const [position, keySpaces] of vnodeCovers(n)) {
    if (keySpaces.length >= n) continue;
    const vnodeIndex = BigInt(position % PARTITIONS) * INCREMENT;
    const keySpaceIndexes = keySpaces.map((k) => BigInt((k + 1) % PARTITIONS) * INCREMENT);
    filters = [tuple(vnodeIndex, keySpaceIndexes), ...filters];
  }
  return filters;
}
