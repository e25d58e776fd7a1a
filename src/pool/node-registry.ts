import { nodeKey } from '../common/node-address.js';
import { describe } from '../common/describe.js';
import { RiakClosedError, RiakInvalidArgumentError } from '../errors.js';
import { parseNode } from './connection-url.js';
import { NodePool } from './node-pool.js';
import type { NodePoolContext } from './node-pool-context.js';
import { resolveNode, type NodeOptions, type ResolvedNode } from './node-options.js';
import { emitNodeEvent } from './pool-events.js';
import type { PoolState } from './pool-state.js';

// The pool's node membership at runtime: nodes added, removed and drained,
// a call's own node, warm-up and the periodic health round. Pool's public
// methods of the same names document the behaviour.

/** Pool.addNode: false, changing nothing, if the node is already in the pool. */
export function addNode(state: PoolState, context: NodePoolContext, spec: string | NodeOptions, discovered: boolean): boolean {
  if (state.closed) {
    if (discovered) return false;
    throw new RiakClosedError('The client is closed');
  }
  let settings: ResolvedNode;
  try {
    settings = resolveNode(spec, 'addNode()', {
      minConnections: state.options.minConnections,
      maxConnections: state.options.maxConnections,
      tls: state.options.security !== undefined,
    });
  } catch (error) {
    if (discovered) return false;
    throw error;
  }
  if (state.nodes.has(settings.key)) return false;
  const node = new NodePool(settings, context);
  state.nodes.set(settings.key, node);
  emitNodeEvent(state.events, 'nodeAdded', { node: settings.key });
  warmUp(node);
  // Requests waiting for room may take this node.
  state.waiting.notifyCapacity();
  return true;
}

/** Pool.removeNode: false if the node is not in the pool or is its last node. */
export function removeNode(state: PoolState, spec: string): boolean {
  const node = state.nodes.get(keyOf(spec, 'removeNode()'));
  if (node === undefined || state.nodes.size === 1) return false;
  void remove(state, node);
  return true;
}

/** Pool.drainNode: resolves once the node has drained. */
export async function drainNode(state: PoolState, spec: string): Promise<boolean> {
  const key = keyOf(spec, 'removeNode()');
  if (state.closed) throw new RiakClosedError('The client is closed');
  const node = state.nodes.get(key);
  if (node === undefined) return false;
  if (state.nodes.size === 1) throw new RiakInvalidArgumentError(`removeNode(): ${key} is the pool's only node; add another node first`);
  await remove(state, node);
  return true;
}

function remove(state: PoolState, node: NodePool): Promise<void> {
  state.nodes.delete(node.node);
  state.draining.add(node);
  emitNodeEvent(state.events, 'nodeRemoved', { node: node.node });
  // A request waiting for room may now find none on this node: let it look elsewhere.
  state.waiting.notifyCapacity();
  return node.drain().finally(() => state.draining.delete(node));
}

/** `host:port` of a node as `nodes` and `addNode` take it; errors name the option or method. */
function keyOf(spec: unknown, where: string): string {
  if (typeof spec !== 'string') throw new RiakInvalidArgumentError(`Invalid ${where}: expected a node as "host:port", got ${describe(spec)}`);
  return nodeKey(parseNode(spec));
}

/** A node named by a call's `node` option; one not in the pool is the caller's mistake. */
export function pinnedNode(state: PoolState, spec: unknown): NodePool {
  let key: string;
  try {
    key = keyOf(spec, 'node option');
  } catch (error) {
    if (!(error instanceof RiakInvalidArgumentError) || typeof spec !== 'string') throw error;
    throw new RiakInvalidArgumentError(`Invalid node option: ${error.message}`, { cause: error });
  }
  const node = state.nodes.get(key);
  if (node === undefined)
    throw new RiakInvalidArgumentError(`Invalid node option: ${key} is not in the pool (its nodes: ${[...state.nodes.keys()].join(', ')})`);
  return node;
}

/** Opens a new node's `minConnections`. */
export function warmUp(node: NodePool): void {
  for (let i = 0; i < node.settings.minConnections; i++) node.open().catch(() => {});
}

/** Every `health.intervalMs`: the health check on every node that is up (one at a time per node). */
export function scheduleHealthRound(state: PoolState): void {
  const { intervalMs } = state.options.health;
  if (intervalMs === 0 || state.closed) return;
  state.healthTimer = setTimeout(() => {
    scheduleHealthRound(state);
    for (const node of state.nodes.values()) void node.checkHealth();
  }, intervalMs);
  state.healthTimer.unref();
}
