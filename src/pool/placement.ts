import type { Connection } from '../connection/connection.js';
import { RiakConnectionError } from '../errors.js';
import { adaptiveNode, type PoolSizing } from './adaptive-pool.js';
import type { Balancer } from './balancer.js';
import type { NodePool } from './node-pool.js';

/**
 * Where a request goes: `connection`, a connection of `node` with room for
 * it, or undefined when a connection must be opened on `node` first.
 */
export interface Placement {
  readonly node: NodePool;
  readonly connection: Connection | undefined;
}

/**
 * Synchronous placement: the balancer picks among healthy nodes with room
 * (preferring nodes this request has not failed on, `tried`). Returns the
 * node and the connection to use, the node alone when it must open one
 * first, or undefined when everything is full (or a connection being opened
 * will take the request). With `sizing.adaptive` (the pool's options), unary
 * requests go to the first connections the adaptive policy chose
 * (adaptive-pool.ts), and a node grows one in the background when the policy
 * asks for more; otherwise (streams, `adaptive: false`, no sizing given) a
 * node whose every connection has work grows one. When every connection is
 * full, the node is returned without one to open another. Throws when no
 * node is configured.
 */
export function place(
  nodes: ReadonlyMap<string, NodePool>,
  balancer: Balancer,
  streaming: boolean,
  tried: ReadonlySet<NodePool> | undefined,
  sizing?: PoolSizing,
): Placement | undefined {
  let choice = choose(nodes, balancer, streaming, tried, sizing);
  if (choice === undefined && tried !== undefined && tried.size > 0) choice = choose(nodes, balancer, streaming, undefined, sizing);
  if (choice === NO_NODE_UP) return placeOnDownNode(nodes);
  if (choice === undefined) return undefined;
  const { node } = choice;
  // A connection being opened will take this request: wait for it.
  if (choice.connection === undefined) return node.opening > 0 ? undefined : choice;
  if (node.canGrow && node.opening === 0 && (isAdaptive(streaming, sizing) ? adaptiveNode(node).wantsConnection(node) : node.busy)) {
    node.open().catch(() => {});
  }
  return choice;
}

/** Unary requests of a pool whose sizing is adaptive. */
function isAdaptive(streaming: boolean, sizing: PoolSizing | undefined): sizing is PoolSizing {
  return !streaming && sizing !== undefined && sizing.adaptive;
}

/** The connection of `node` a request would use, or undefined when all are full. */
function pickOn(node: NodePool, streaming: boolean, sizing: PoolSizing | undefined): Connection | undefined {
  if (!isAdaptive(streaming, sizing)) return node.pick(streaming);
  const adaptive = adaptiveNode(node);
  const connection = adaptive.pick(node, sizing.maxInFlightPerConnection);
  adaptive.observe(node);
  return connection;
}

/** Sentinel of {@link choose}: no node is up at all. */
const NO_NODE_UP = Symbol('no node up');

/**
 * The node to use among healthy ones with room, with the connection it
 * picked (undefined when it must open one); NO_NODE_UP; or undefined when
 * all are full. Each node is asked to pick once.
 */
function choose(
  nodes: ReadonlyMap<string, NodePool>,
  balancer: Balancer,
  streaming: boolean,
  skip: ReadonlySet<NodePool> | undefined,
  sizing: PoolSizing | undefined,
): Placement | typeof NO_NODE_UP | undefined {
  let first: NodePool | undefined;
  let firstConnection: Connection | undefined;
  // Only with several candidates: the nodes, and the connection each picked (same index).
  let several: NodePool[] | undefined;
  let picked: (Connection | undefined)[] | undefined;
  let up = 0;
  for (const node of nodes.values()) {
    if (node.state !== 'up') continue;
    up++;
    if (skip?.has(node)) continue;
    const connection = pickOn(node, streaming, sizing);
    if (connection === undefined && !node.canGrow) continue;
    if (first === undefined) {
      first = node;
      firstConnection = connection;
    } else {
      (several ??= [first]).push(node);
      (picked ??= [firstConnection]).push(connection);
    }
  }
  if (up === 0) return NO_NODE_UP;
  if (several === undefined || picked === undefined) return first === undefined ? undefined : { node: first, connection: firstConnection };
  const index = balancer(several);
  const at = several[index] === undefined ? 0 : index;
  return { node: several[at], connection: picked[at] };
}

/**
 * Every node is marked down: rather than wait for a probe, the request tries
 * to connect itself (a success marks the node up again), or waits for a
 * connect already under way; its failure fails the request.
 */
function placeOnDownNode(nodes: ReadonlyMap<string, NodePool>): Placement | undefined {
  if (nodes.size === 0) throw new RiakConnectionError('No Riak node is configured', '');
  // A node that refused our credentials is only retried by its probe;
  // it is returned (and fails the request) when no other node can be tried.
  let refused: NodePool | undefined;
  let opening = false;
  for (const down of nodes.values()) {
    if (down.state !== 'down') continue;
    if (down.credentialError !== undefined) refused ??= down;
    else if (down.opening === 0) return { node: down, connection: undefined };
    else opening = true;
  }
  return opening || refused === undefined ? undefined : { node: refused, connection: undefined };
}
