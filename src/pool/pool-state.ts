import type { EventEmitter } from 'node:events';
import type { Balancer } from './balancer.js';
import type { NodePool } from './node-pool.js';
import type { ResolvedPoolOptions } from './pool-options.js';
import type { PoolEvents } from './pool-events.js';
import type { WaitQueue } from './wait-queue.js';

/**
 * The pool's private state, shared by the Pool class and the helpers it is
 * split into (node-registry.ts, lease.ts). Internal: not part of the API.
 */
export interface PoolState {
  readonly options: ResolvedPoolOptions;
  /** The nodes taking traffic, by `host:port`. */
  readonly nodes: Map<string, NodePool>;
  readonly balancer: Balancer;
  /** Requests waiting for a connection with room. */
  readonly waiting: WaitQueue;
  /** Nodes removed from the pool whose connections are still draining. */
  readonly draining: Set<NodePool>;
  /** The pool, to emit its node events. */
  readonly events: EventEmitter<PoolEvents>;
  closed: boolean;
  /** The next round of periodic health checks (`health.intervalMs`). */
  healthTimer: NodeJS.Timeout | undefined;
}
