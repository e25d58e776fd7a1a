/**
 * `riak-pb/dev-server`: the embedded in-memory Riak dev server, for tests
 * and local development. Kept out of `riak-pb` so an application that only
 * talks to Riak never loads it.
 */
export {
  startDevServer,
  type DevServerOptions,
  type DevServer,
  type BucketTypeProps,
  type BucketTypePropValue,
  type DeleteMode,
  type DevServerAuthStats,
  type DevServerGrant,
  type DevServerGroup,
  type DevServerSecurityOptions,
  type DevServerSource,
  type DevServerSecuritySource,
  type DevServerTlsOptions,
  type DevServerUser,
} from './server/index.js';
export type {
  ClusterControl,
  ClusterKey,
  ClusterSettleOptions,
  DevServerNode,
  PrimaryVnode,
  ReplicaDatatype,
  ReplicaMapField,
  ReplicaSibling,
  ReplicaView,
} from './server/cluster/types.js';
