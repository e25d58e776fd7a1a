import type { ResolvedProps } from '../buckets/bucket-registry.js';
import type { RiakObject } from '../store/riak-object.js';
import { deleteFsm, type DeleteOptions } from './delete.js';
import type { ClusterMembershipView } from './membership-view.js';
import { getFsm, type GetOptions, type GetOutcome } from './get-fsm.js';
import { putFsm, type PutInput, type PutOptions } from './put-fsm.js';
import type { NodeName, Ring } from './ring.js';
import type { SimulatedCluster } from './simulated-cluster.js';
import type { KeyLocation } from './vnode.js';

export type { DeleteOptions, GetOptions, GetOutcome, KeyLocation, PutInput, PutOptions };

/** A node's PB listener address. */
export interface NodeAddress {
  readonly host: string;
  readonly port: number;
}

/**
 * One virtual node of a simulated cluster, as its request handlers see it
 * (`ServerContext.cluster`): the requests it coordinates and how it sees
 * the cluster. Handlers decode and validate a request as on a one-node
 * server, then hand it here when this is set. Errors are Riak's
 * (RiakServerError with Riak's text), thrown or rejected.
 */
export interface ClusterNodeView extends ClusterMembershipView {
  /** This node's name (`dev1@127.0.0.1`). */
  readonly name: NodeName;
  /** Whether `node` is up as this node sees it: running, and on this node's side of a partition. */
  isUp(node: NodeName): boolean;
  /** A KV get (riak_kv_get_fsm) coordinated here. */
  get(at: KeyLocation, props: ResolvedProps, options: GetOptions): Promise<GetOutcome>;
  /** A KV put (riak_kv_put_fsm) received here; resolves to the stored object with `returnBody`. */
  put(input: PutInput, props: ResolvedProps, options: PutOptions): Promise<RiakObject | undefined>;
  /** A KV delete (riak_kv_delete) received here. */
  delete(at: KeyLocation, props: ResolvedProps, options: DeleteOptions): Promise<void>;
}

/** {@link ClusterNodeView} over a {@link SimulatedCluster}. */
export class ClusterNode implements ClusterNodeView {
  constructor(
    readonly cluster: SimulatedCluster,
    readonly name: NodeName,
    readonly addressOf: (node: NodeName) => NodeAddress,
  ) {}

  get ring(): Ring {
    return this.cluster.ring;
  }

  isUp(node: NodeName): boolean {
    return this.cluster.network.reachable(this.name, node);
  }

  upListeners(): NodeAddress[] {
    return this.cluster.nodes.filter((node) => this.isUp(node)).map((node) => this.addressOf(node));
  }

  get(at: KeyLocation, props: ResolvedProps, options: GetOptions): Promise<GetOutcome> {
    return call(() => getFsm(this.cluster, this.name, at, props, options));
  }

  put(input: PutInput, props: ResolvedProps, options: PutOptions): Promise<RiakObject | undefined> {
    return call(() => putFsm(this.cluster, this.name, input, props, options));
  }

  delete(at: KeyLocation, props: ResolvedProps, options: DeleteOptions): Promise<void> {
    return deleteFsm(this.cluster, this.name, at, props, options);
  }
}

/** An FSM's validation errors are thrown; callers get them as rejections like the rest. */
function call<T>(start: () => Promise<T>): Promise<T> {
  try {
    return start();
  } catch (err) {
    return Promise.reject(err);
  }
}
