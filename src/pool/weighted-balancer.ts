import type { Balancer, BalancerNode } from './balancer.js';

/** A node as the pool's balancers see it: with its `weight` (node options; 1 by default). */
export interface WeightedNode extends BalancerNode {
  /** The node's relative share of new requests (`NodeOptions.weight`). */
  readonly weight: number;
}

/**
 * `base` while every candidate has the same weight (the usual case, with
 * the exact behaviour it always had), the weighted form of it otherwise.
 */
export function withWeights(base: Balancer, weighted: Balancer): Balancer {
  return (nodes) => (sameWeight(nodes as readonly WeightedNode[]) ? base(nodes) : weighted(nodes));
}

function sameWeight(nodes: readonly WeightedNode[]): boolean {
  const first = nodes[0]?.weight ?? 1;
  for (const node of nodes) if (node.weight !== first) return false;
  return true;
}

/**
 * Smooth weighted round-robin (nginx's): each pick adds every candidate's
 * weight to its running score, takes the highest and takes the candidates'
 * total off it. Weights 3 and 1 give A A B A, A A B A...: spread out, and
 * exact over each cycle.
 */
export function weightedRoundRobin(): Balancer {
  const scores = new Map<string, number>();
  return (nodes) => pickSmooth(nodes as readonly WeightedNode[], scores, allIndexes(nodes.length));
}

/**
 * Least in flight per unit of weight: a node's load is its requests in flight
 * divided by its weight; ties (idle nodes, most often) go by smooth weighted
 * round-robin, so a light load is shared by weight too.
 */
export function weightedLeastInFlight(): Balancer {
  const scores = new Map<string, number>();
  return (candidates) => {
    const nodes = candidates as readonly WeightedNode[];
    let best = Infinity;
    let tied: number[] = [];
    for (let i = 0; i < nodes.length; i++) {
      const load = nodes[i].inFlight / nodes[i].weight;
      if (load < best) {
        best = load;
        tied = [i];
      } else if (load === best) {
        tied.push(i);
      }
    }
    return tied.length === 1 ? tied[0] : pickSmooth(nodes, scores, tied);
  };
}

function allIndexes(length: number): number[] {
  return Array.from({ length }, (_, i) => i);
}

/** One smooth weighted round-robin step among `nodes[indexes]`; scores are kept per node name. */
function pickSmooth(nodes: readonly WeightedNode[], scores: Map<string, number>, indexes: readonly number[]): number {
  let total = 0;
  let best = indexes[0];
  let bestScore = -Infinity;
  for (const i of indexes) {
    const { node, weight } = nodes[i];
    total += weight;
    const score = (scores.get(node) ?? 0) + weight;
    scores.set(node, score);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  scores.set(nodes[best].node, bestScore - total);
  // Names of nodes long gone would pile up over a pool's life with discovery.
  if (scores.size > 4 * nodes.length + 16) for (const name of scores.keys()) if (!nodes.some((n) => n.node === name)) scores.delete(name);
  return best;
}
