/**
 * What a balancer sees of each healthy node.
 * @category Pool and cluster
 */
export interface BalancerNode {
  /** `host:port`. */
  readonly node: string;
  /** Requests in flight or queued on this node's connections. */
  readonly inFlight: number;
  /** Open connections. */
  readonly openConnections: number;
  /** Its share of the traffic relative to the others (`weight` in its node options; 1 by default). */
  readonly weight: number;
}

/**
 * Picks the index of the node to use among the healthy ones (never empty).
 * @category Pool and cluster
 */
export type Balancer = (nodes: readonly BalancerNode[]) => number;

/**
 * Spreads load toward the node with the fewest requests in flight; ties go round-robin.
 * @category Pool and cluster
 */
export function leastInFlight(): Balancer {
  let turn = 0;
  return (nodes) => {
    turn++;
    let best = -1;
    let bestLoad = Infinity;
    for (let i = 0; i < nodes.length; i++) {
      const index = (i + turn) % nodes.length;
      const load = nodes[index].inFlight;
      if (load < bestLoad) {
        best = index;
        bestLoad = load;
      }
    }
    return best;
  };
}

/** @category Pool and cluster */
export function roundRobin(): Balancer {
  let turn = 0;
  return (nodes) => turn++ % nodes.length;
}
