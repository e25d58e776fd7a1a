import { Buffer } from 'node:buffer';
import { DEFAULT_BUCKET_TYPE } from '../../common/bucket-type.js';
import { RiakInvalidArgumentError } from '../../errors.js';
import { isDeleted } from '../store/riak-object.js';
import { encodeVClock } from '../vclock.js';
import { settle } from './background.js';
import { replicaDatatype } from './datatype-view.js';
import type { NodeListener } from './node-listener.js';
import type { NodeName } from './ring.js';
import type { SimulatedCluster } from './simulated-cluster.js';
import type { ClusterControl, ClusterKey, ClusterSettleOptions, PrimaryVnode, ReplicaView } from './types.js';
import type { KeyLocation } from './vnode.js';

/** {@link ClusterControl} over a running simulated cluster and its listeners. */
export class Control implements ClusterControl {
  readonly nodes: readonly string[];

  constructor(
    readonly cluster: SimulatedCluster,
    readonly listeners: ReadonlyMap<NodeName, NodeListener>,
  ) {
    this.nodes = [...cluster.nodes];
  }

  async stop(node: string): Promise<void> {
    const name = this.#node(node);
    if (this.cluster.network.isStopped(name)) return;
    this.cluster.network.stop(name);
    this.cluster.forgetTimersOf(name);
    await this.#listener(name).close();
  }

  async start(node: string): Promise<void> {
    const name = this.#node(node);
    if (!this.cluster.network.isStopped(name)) return;
    await this.#listener(name).restart();
    this.cluster.network.start(name);
  }

  partition(...groups: string[][]): void {
    if (groups.length === 0) throw new RiakInvalidArgumentError('partition() needs at least one group of nodes');
    const seen = new Set<NodeName>();
    const named = groups.map((group) => {
      if (!Array.isArray(group)) throw new RiakInvalidArgumentError('partition() takes arrays of node names, one per side');
      return group.map((node) => {
        const name = this.#node(node);
        if (seen.has(name)) throw new RiakInvalidArgumentError(`partition(): ${name} is in two groups`);
        seen.add(name);
        return name;
      });
    });
    this.cluster.network.partition(named, this.cluster.nodes);
  }

  heal(): void {
    this.cluster.network.heal();
  }

  slow(node: string, ms: number): void {
    const name = this.#node(node);
    if (!Number.isInteger(ms) || ms < 0) throw new RiakInvalidArgumentError(`slow(): invalid delay ${String(ms)} (expected milliseconds, 0 or more)`);
    this.cluster.network.slow(name, ms);
  }

  settle(options?: ClusterSettleOptions): Promise<void> {
    return settle(this.cluster, options);
  }

  async replicas(key: ClusterKey): Promise<ReplicaView[]> {
    const at = location(key);
    const order = this.cluster.ring.successors(this.cluster.hash(at));
    const rank = (partition: number): number => order.indexOf(partition);
    const views: ReplicaView[] = [];
    for (const vnode of this.cluster.vnodes()) {
      const object = vnode.get(at);
      if (object === undefined) continue;
      views.push({
        node: vnode.node,
        partition: vnode.index,
        primary: vnode.primary,
        siblings: object.contents.map((c) => ({ value: c.value, deleted: c.deleted, contentType: c.contentType?.toString('latin1') })),
        deleted: isDeleted(object),
        vclock: encodeVClock(object.vclock),
        ...replicaDatatype(object),
      });
    }
    return views.sort(
      (a, b) => Number(b.primary) - Number(a.primary) || rank(a.partition) - rank(b.partition) || (a.node < b.node ? -1 : a.node > b.node ? 1 : 0),
    );
  }

  primaries(key: ClusterKey): PrimaryVnode[] {
    const at = location(key);
    const props = this.cluster.buckets.bucket(at.type, at.bucket);
    if (props === undefined) throw new RiakInvalidArgumentError(`primaries(): no bucket type ${JSON.stringify(at.type)}`);
    return this.cluster.ring.primaries(this.cluster.hash(at), props.nVal).map((e) => ({ node: e.node, partition: e.index }));
  }

  /** A full node name from a full or short one (`dev2` → `dev2@127.0.0.1`). */
  #node(node: string): NodeName {
    if (typeof node === 'string') {
      const found = this.nodes.find((name) => name === node || name.slice(0, name.indexOf('@')) === node);
      if (found !== undefined) return found;
    }
    throw new RiakInvalidArgumentError(`Unknown node: ${String(node)} (the nodes are ${this.nodes.join(', ')})`);
  }

  #listener(name: NodeName): NodeListener {
    return this.listeners.get(name) as NodeListener;
  }
}

function bytes(value: string | Buffer | undefined, what: string): string {
  if (typeof value === 'string') return Buffer.from(value, 'utf8').toString('latin1');
  if (Buffer.isBuffer(value)) return value.toString('latin1');
  throw new RiakInvalidArgumentError(`Invalid ${what}: expected a string or a Buffer`);
}

function location(key: ClusterKey): KeyLocation {
  if (key === null || typeof key !== 'object') throw new RiakInvalidArgumentError('Expected { type?, bucket, key }');
  return {
    type: key.type === undefined ? DEFAULT_BUCKET_TYPE : bytes(key.type, 'type'),
    bucket: bytes(key.bucket, 'bucket'),
    key: bytes(key.key, 'key'),
  };
}
