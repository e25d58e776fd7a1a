import { BucketRegistry } from '../buckets/bucket-registry.js';
import { ServerContext } from '../context.js';
import type { ObjectSizeLimits } from '../object-limits.js';
import { setRequestClock, type RequestClock } from '../request-deadline.js';
import type { ServerSecurity } from '../security/session.js';
import { Database, type DeleteMode } from '../store/database.js';
import { setUnorderedSeed } from '../store/unordered.js';
import { Control } from './control.js';
import { NodeListener } from './node-listener.js';
import { ClusterNode, type NodeAddress } from './node-view.js';
import type { NodeName } from './ring.js';
import { SimulatedCluster } from './simulated-cluster.js';
import type { ClusterControl, DevServerNode } from './types.js';

/** The dev server's options, validated, as a simulated cluster needs them (dev-server.ts). */
export interface ClusterStartOptions {
  readonly host: string;
  /** The first node's port; 0: every node on a free port. */
  readonly port: number;
  readonly nodes: number;
  readonly ringSize: number;
  readonly nVal: number;
  readonly seed: number;
  readonly deleteMode: DeleteMode;
  readonly maxFrameBytes: number;
  readonly objectSize: ObjectSizeLimits;
  readonly streamBatchSize: number;
  readonly serverVersion: string;
  readonly security: ServerSecurity;
  readonly log?: ((line: string) => void) | undefined;
  readonly onError?: ((error: unknown) => void) | undefined;
  readonly requestClock?: RequestClock | undefined;
  /** Creates the configured bucket types in the cluster's registry (throws RiakInvalidArgumentError). */
  readonly createTypes: (buckets: BucketRegistry) => void;
}

export interface StartedCluster {
  readonly nodes: readonly DevServerNode[];
  readonly control: ClusterControl;
  connectionCount(): number;
  close(): Promise<void>;
}

/** riak's devrel names: dev1@127.0.0.1 ... devN@127.0.0.1. */
export function clusterNodeNames(count: number): NodeName[] {
  return Array.from({ length: count }, (_, i) => `dev${i + 1}@127.0.0.1`);
}

/**
 * Starts N virtual nodes sharing one {@link SimulatedCluster}: each its own
 * PB listener and ServerContext (its own node name and address), all with
 * the cluster's bucket registry. Datatypes and the handlers that do not go
 * through the cluster yet share one keyspace across the nodes.
 */
export async function startCluster(options: ClusterStartOptions): Promise<StartedCluster> {
  const names = clusterNodeNames(options.nodes);
  const buckets = new BucketRegistry({ nVal: options.nVal });
  options.createTypes(buckets);
  const log = options.log ?? (() => {});
  const cluster = new SimulatedCluster({
    nodes: names,
    ringSize: options.ringSize,
    seed: options.seed,
    deleteMode: options.deleteMode,
    buckets,
    objectSize: options.objectSize,
    log,
  });
  const shared = new Database(options.deleteMode);
  const addresses = new Map<NodeName, NodeAddress>();
  const addressOf = (node: NodeName): NodeAddress => addresses.get(node) ?? { host: options.host, port: 0 };
  const listeners = new Map<NodeName, NodeListener>();
  for (const name of names) {
    const context = new ServerContext({
      deleteMode: options.deleteMode,
      streamBatchSize: options.streamBatchSize,
      nodeName: name,
      serverVersion: options.serverVersion,
      objectSize: options.objectSize,
      log: options.log,
      cluster: { buckets, db: shared, node: new ClusterNode(cluster, name, addressOf) },
    });
    setUnorderedSeed(context, options.seed);
    if (options.requestClock !== undefined) setRequestClock(context, options.requestClock);
    listeners.set(
      name,
      new NodeListener(context, {
        host: options.host,
        maxFrameBytes: options.maxFrameBytes,
        security: options.security,
        log: options.log,
        onError: options.onError,
      }),
    );
  }

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      await Promise.all([...listeners.values()].map((l) => l.close()));
      for (const listener of listeners.values()) listener.context.close();
      cluster.close();
      shared.close();
    })();
    return closing;
  };

  try {
    let i = 0;
    for (const [name, listener] of listeners) {
      const port = await listener.listen(options.port === 0 ? 0 : options.port + i++);
      listener.context.host = options.host;
      listener.context.port = port;
      addresses.set(name, { host: options.host, port });
    }
  } catch (err) {
    await close();
    throw err;
  }

  const reachable = options.host === '0.0.0.0' ? '127.0.0.1' : options.host === '::' ? '::1' : options.host;
  const urlHost = reachable.includes(':') ? `[${reachable}]` : reachable;
  const nodes = names.map((name) => {
    const { port } = addressOf(name);
    return { name, host: options.host, port, url: `riak://${urlHost}:${port}` };
  });
  return {
    nodes,
    control: new Control(cluster, listeners),
    connectionCount: () => [...listeners.values()].reduce((sum, l) => sum + l.connectionCount, 0),
    close,
  };
}
