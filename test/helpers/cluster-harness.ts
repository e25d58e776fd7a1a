import type { ExecutionContext } from 'ava';
import { RiakClient } from '../../src/client/riak-client.js';
import { startDevServer, type DevServer, type DevServerOptions } from '../../src/server/index.js';
import type { ClusterControl, DevServerNode } from '../../src/server/cluster/types.js';

/** A simulated cluster, a client over all its nodes, and a way to name one node's address. */
export interface ClusterHarness {
  readonly server: DevServer;
  readonly cluster: ClusterControl;
  /** One client with every node, as an application would configure it. */
  readonly client: RiakClient;
  /** `host:port` of a node, for the client's `node` call option (full or short name). */
  at(node: string): string;
  /** A client of that one node (closed when the test ends). */
  clientOf(node: string): RiakClient;
}

/** Starts a simulated cluster on free ports (closed with its client when the test ends). Small ring by default: the size is rarely the point. */
export async function withCluster(t: ExecutionContext, options: DevServerOptions = {}): Promise<ClusterHarness> {
  const server = await startDevServer({ port: 0, nodes: 5, ringSize: 16, seed: 1, ...options });
  const client = new RiakClient(server.url);
  t.teardown(async () => {
    await client.close();
    await server.close();
  });
  const cluster = server.cluster as ClusterControl;
  const at = (name: string): string => addressOf(server, name);
  const clientOf = (name: string): RiakClient => {
    const one = new RiakClient({ nodes: [at(name)] });
    t.teardown(() => one.close());
    return one;
  };
  return { server, cluster, client, at, clientOf };
}

/** `host:port` of a node of `server` (full or short name). */
function addressOf(server: DevServer, name: string): string {
  const node: DevServerNode | undefined = server.nodes.find((n) => n.name === name || n.name.split('@')[0] === name);
  if (node === undefined) throw new Error(`no node ${name}`);
  return `${node.host}:${node.port}`;
}

/** A cluster a whole file shares (its tests change nothing): a client of every node, and a client of each one (streams take no `node` option). */
export interface SharedCluster extends Pick<ClusterHarness, 'cluster' | 'client' | 'at'> {
  via(node: string): RiakClient;
}

/** Starts a {@link SharedCluster} (5 nodes, ring 16, seed 1 unless `options` say otherwise); `close` closes every client and the cluster. */
export async function startSharedCluster(options: DevServerOptions = {}): Promise<{ cluster: SharedCluster; close(): Promise<void> }> {
  const server = await startDevServer({ port: 0, nodes: 5, ringSize: 16, seed: 1, ...options });
  const at = (name: string): string => addressOf(server, name);
  const clients = new Map<string, RiakClient>();
  const via = (name: string): RiakClient => clients.get(name) ?? (clients.set(name, new RiakClient({ nodes: [at(name)] })).get(name) as RiakClient);
  const client = new RiakClient(server.url);
  const close = async (): Promise<void> => {
    await Promise.all([client, ...clients.values()].map((c) => c.close()));
    await server.close();
  };
  return { cluster: { cluster: server.cluster as ClusterControl, client, at, via }, close };
}

/** The value of every sibling, as text, sorted (sibling order is Riak's, not the test's point). */
export function values(siblings: readonly { value: Buffer | undefined }[]): string[] {
  return siblings.map((s) => (s.value ?? Buffer.alloc(0)).toString()).sort();
}
