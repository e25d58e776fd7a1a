import type { MessageInput } from '../codec/message-table.js';
import type { CallOptions } from '../pool/call-options.js';
import { asBuffer } from '../common/bytes.js';
import { int64ToNumber } from '../common/int64.js';
import type { Bytes } from './kv-types.js';
import { callOptionsOnly, readOptions } from './options.js';
import type { Transport } from './transport.js';

/**
 * One vnode of a key's preference list.
 * @category Search, TS, coverage and cluster
 */
export interface PreflistItem {
  /** Ring partition index. */
  partition: number;
  /** Erlang node name, e.g. `riak@10.0.0.1`. */
  node: string;
  /** False for a fallback vnode standing in for an unavailable primary. */
  primary: boolean;
}

/**
 * RpbGetBucketKeyPreflistReq (33/34): the vnodes responsible for a key.
 * @category Search, TS, coverage and cluster
 */
export async function getPreflist(transport: Transport, params: { bucket: Bytes; key: Bytes; type?: Bytes } & CallOptions): Promise<PreflistItem[]> {
  const { fields, call } = readOptions('getPreflist', params, { bucket: 'bytes!', key: 'bytes!', type: 'bytes' });
  const response = await transport.request('RpbGetBucketKeyPreflistReq', fields as MessageInput<'RpbGetBucketKeyPreflistReq'>, call);
  return response.preflist.map((item) => ({ partition: int64ToNumber(item.partition), node: asBuffer(item.node).toString('utf8'), primary: item.primary }));
}

/**
 * A cluster member's PB listener.
 * @category Search, TS, coverage and cluster
 */
export interface ClusterMember {
  host: string;
  port: number;
}

/**
 * RpbMembershipReq (206/207, Riak 3.0.10+): the nodes that are up, for peer discovery.
 * @category Search, TS, coverage and cluster
 */
export async function clusterMembers(transport: Transport, options?: CallOptions): Promise<ClusterMember[]> {
  const call = callOptionsOnly('clusterMembers', options);
  const response = await transport.request('RpbMembershipReq', {}, call);
  return response.upNodes.map((member) => ({ host: asBuffer(member.ip).toString('utf8'), port: member.port }));
}
