import { tuple, type AnyTerm } from '../../codec/erlang/term.js';
import { coveragePlanOf } from '../cluster/coverage-keyspace.js';
import { createPlan, type CoveringVnode } from '../cluster/coverage-plan.js';
import { Ring } from '../cluster/ring.js';
import type { Database } from '../store/database.js';

/**
 * The vnode filters of the coverage plan a MapReduce listing ran over:
 * `[{VNodeIndex, [KeySpaceIndex]}]` for the vnodes that must skip keys
 * another vnode covers, the list the coverage request carries and
 * riak_kv_pipe_listkeys gets as `{cover, FilterVNodes, Input}`.
 *
 * On a simulated cluster node, the plan the listing's keyspace was read
 * through (cluster/coverage-keyspace.ts). On a one-node server, the plan of
 * a 64-partition ring with every vnode up: Riak splits the ring at
 * `ReqId rem 64`, a random request id; this is the plan of a request id
 * that is a multiple of 64, one of the plans Riak may pick.
 */

const ONE_NODE_RING_SIZE = 64;
let oneNodeRing: Ring | undefined;

/** The plan's vnode filters for a bucket of `nVal` read through `keyspace` (create_plan/5's CoverageVNodeFun, folded as lists:mapfoldl/3 does). */
export function coverageFilters(nVal: number, keyspace?: Database): AnyTerm {
  const plan = keyspace === undefined ? undefined : coveragePlanOf(keyspace);
  if (plan !== undefined) return filtersOf(plan.vnodes, plan.ringSize);
  oneNodeRing ??= new Ring({ ringSize: ONE_NODE_RING_SIZE, nodes: ['riak@127.0.0.1'] });
  const oneNode = createPlan(oneNodeRing, { selector: 'all', nVal, reqId: 0, up: () => true });
  return oneNode.ok ? filtersOf(oneNode.vnodes, ONE_NODE_RING_SIZE) : [];
}

/**
 * `{VNodeIndex, KeySpaceIndexes}` of each filtered vnode, in the reverse of
 * the plan's vnode order (the accumulator is prepended to): a vnode's index
 * is its partition times the ring increment, and keyspace k is named by the
 * index of the partition after it.
 */
function filtersOf(vnodes: readonly CoveringVnode[], ringSize: number): AnyTerm[] {
  // chash:ring_increment/1: the 160-bit ring cut in ringSize.
  const increment = (1n << 160n) / BigInt(ringSize);
  const filters: AnyTerm[] = [];
  for (const { index, keyspaces, filtered } of vnodes) {
    if (!filtered) continue;
    const keySpaceIndexes = keyspaces.map((k) => BigInt((k + 1) % ringSize) * increment);
    filters.unshift(tuple(BigInt(index) * increment, keySpaceIndexes));
  }
  return filters;
}
