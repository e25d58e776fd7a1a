import type { Ring } from './ring.js';

/**
 * What a node of a simulated cluster offers the node-level handlers
 * (handlers/node.ts): the cluster's ring for RpbGetBucketKeyPreflistReq and
 * the PB listeners it sees up for RpbMembershipReq. The cluster runtime's
 * per-node view (`ServerContext.cluster`) provides at least this.
 */
export interface ClusterMembershipView {
  readonly ring: Ring;
  /**
   * The PB address of every node this node sees up (itself, and the nodes
   * neither stopped nor cut off from it by a partition), in node order.
   * riak_client:membership_request asks riak_core_node_watcher's up nodes for
   * their riak_api pb listener.
   */
  upListeners(): readonly { readonly host: string; readonly port: number }[];
}
