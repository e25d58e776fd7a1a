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
  const nodeOf = (name: string): DevServerNode => {
    const found = server.nodes.find((n) => n.name === name || n.name.split('@')[0] === name);
    if (found === undefined) throw new Error(`no node ${name}`);
    return found;
  };
  const at = (name: string): string => `${nodeOf(name).host}:${nodeOf(name).port}`;
  const clientOf = (name: string): RiakClient => {
    const one = new RiakClient({ nodes: [at(name)] });
    t.teardown(() => one.close());
    return one;
  };
  return { server, cluster, client, at, clientOf };
}

/** The value of every sibling, as text, sorted (sibling order is Riak's, not the test's point). */
export function values(siblings: readonly { value: Buffer | undefined }[]): string[] {
  return siblings.map((s) => (s.value ?? Buffer.alloc(0)).toString()).sort();
}
