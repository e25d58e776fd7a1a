import { nodeKey, type NodeAddress } from '../common/node-address.js';
import { describe } from '../common/describe.js';
import { RiakInvalidArgumentError } from '../errors.js';
import { parseNode } from './connection-url.js';

/**
 * One node with options of its own, where `nodes` (or `addNode`) takes a
 * `host:port` string: what is left out is the pool's shared default.
 * @category Pool and cluster
 */
export interface NodeOptions {
  /** The node as `host:port` (the port defaults to 8087). Required. */
  node: string;
  /** Connections kept open to this node. Default: the pool's `minConnections`. */
  minConnections?: number;
  /** Most connections to this node. Default: the pool's `maxConnections`. */
  maxConnections?: number;
  /**
   * This node's share of new requests relative to the others (a positive
   * number, default 1): a node of weight 2 gets twice the requests of a node
   * of weight 1 under `round-robin`, and counts as half as loaded under
   * `least-in-flight`. A custom balancer sees it as each node's `weight`.
   */
  weight?: number;
  /**
   * The TLS server name (SNI, and the name its certificate is checked
   * against) for this node, instead of the pool's `tls.servername` or the
   * host. Needs the pool's `tls` option.
   */
  servername?: string;
}

/** The shared defaults a node's own options fall back to. */
export interface NodeDefaults {
  minConnections: number;
  maxConnections: number;
  /** Whether the pool upgrades its connections to TLS (`servername` needs it). */
  tls: boolean;
}

/** A node's address and settings, checked and complete. */
export interface ResolvedNode extends NodeAddress {
  /** `host:port`: the node's name everywhere. */
  key: string;
  minConnections: number;
  maxConnections: number;
  weight: number;
  servername: string | undefined;
}

const KNOWN = new Set(['node', 'minConnections', 'maxConnections', 'weight', 'servername']);

/**
 * Checks one entry of `nodes` (or the argument of `addNode`): a `host:port`
 * string or a {@link NodeOptions} object. Errors name the entry (`where`,
 * e.g. `nodes[2]`) and the option.
 */
export function resolveNode(entry: unknown, where: string, defaults: NodeDefaults): ResolvedNode {
  // A bare address keeps parseNode's own error, which names it.
  if (typeof entry === 'string')
    return {
      ...addressOf(entry, undefined),
      minConnections: defaults.minConnections,
      maxConnections: defaults.maxConnections,
      weight: 1,
      servername: undefined,
    };
  if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
    throw new RiakInvalidArgumentError(`Invalid ${where}: expected "host:port" or { node: "host:port", ... }, got ${describe(entry)}`);
  }
  const o = entry as Record<string, unknown>;
  for (const name of Object.keys(o)) {
    if (!KNOWN.has(name))
      throw new RiakInvalidArgumentError(`Invalid ${where}: unknown option ${JSON.stringify(name)} (a node takes ${[...KNOWN].join(', ')})`);
  }
  if (typeof o.node !== 'string') throw new RiakInvalidArgumentError(`Invalid ${where}.node: expected "host:port", got ${describe(o.node)}`);
  const address = addressOf(o.node, `${where}.node`);
  const minConnections = count(`${where}.minConnections`, o.minConnections, defaults.minConnections, 0);
  const maxConnections = count(`${where}.maxConnections`, o.maxConnections, Math.max(defaults.maxConnections, minConnections), 1);
  if (minConnections > maxConnections) {
    throw new RiakInvalidArgumentError(`Invalid ${where}.minConnections: ${minConnections} is above its maxConnections ${maxConnections}`);
  }
  const weight = o.weight ?? 1;
  if (typeof weight !== 'number' || !Number.isFinite(weight) || weight <= 0) {
    throw new RiakInvalidArgumentError(`Invalid ${where}.weight: expected a positive number, got ${describe(weight)}`);
  }
  let servername: string | undefined;
  if (o.servername !== undefined) {
    if (typeof o.servername !== 'string' || o.servername === '')
      throw new RiakInvalidArgumentError(`Invalid ${where}.servername: expected a host name, got ${describe(o.servername)}`);
    if (!defaults.tls) throw new RiakInvalidArgumentError(`Invalid ${where}.servername: it names the TLS server, but the pool has no \`tls\` option`);
    servername = o.servername;
  }
  return { ...address, minConnections, maxConnections, weight, servername };
}

/** Every entry of `nodes`: at least one, no node twice. */
export function resolveNodes(nodes: unknown, defaults: NodeDefaults): ResolvedNode[] {
  if (!Array.isArray(nodes) || nodes.length === 0) throw new RiakInvalidArgumentError('Invalid nodes: give at least one "host:port" string');
  const resolved = nodes.map((entry, i) => resolveNode(entry, `nodes[${i}]`, defaults));
  const seen = new Set<string>();
  resolved.forEach(({ key }, i) => {
    if (seen.has(key)) throw new RiakInvalidArgumentError(`Invalid nodes[${i}]: ${key} is listed twice`);
    seen.add(key);
  });
  return resolved;
}

function addressOf(spec: string, where: string | undefined): NodeAddress & { key: string } {
  try {
    const address = parseNode(spec);
    return { ...address, key: nodeKey(address) };
  } catch (error) {
    if (where === undefined || !(error instanceof RiakInvalidArgumentError)) throw error;
    throw new RiakInvalidArgumentError(`Invalid ${where}: ${error.message}`, { cause: error });
  }
}

function count(name: string, value: unknown, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    throw new RiakInvalidArgumentError(`Invalid ${name}: ${describe(value)} (expected an integer >= ${min})`);
  }
  return value;
}
