import { DEFAULT_BUCKET_TYPE } from '../../common/bucket-type.js';
import type { AaeRecord } from '../aae/keystore.js';
import type { ServerContext } from '../context.js';
import { ClusterNode } from './node-view.js';
import type { KeyLocation } from './vnode.js';

/**
 * What the AAE folds that change keys do on a simulated cluster node, key
 * by key, once the fold has found them (Riak queues them to the node's
 * riak_kv_reaper, riak_kv_eraser or riak_kv_reader, which act after the
 * fold has answered; here they are done before the reply, as on a one-node
 * server). Work Riak would queue again for later (a reap or erase while a
 * primary is down) is dropped: the fold's count still includes it.
 */
export interface ClusterAaeChanges {
  /** reap_tombs: riak_kv_reaper's action. */
  reap(records: readonly AaeRecord[]): void;
  /** erase_keys: riak_kv_eraser's action. */
  erase(records: readonly AaeRecord[]): Promise<void>;
  /** repair_keys_range: riak_kv_reader's action, a get (read repair follows). */
  repair(records: readonly AaeRecord[]): Promise<void>;
}

/** The changes of a cluster node's folds; undefined on a one-node server. */
export function clusterAaeChanges(server: ServerContext): ClusterAaeChanges | undefined {
  const node = server.cluster;
  if (!(node instanceof ClusterNode)) return undefined;
  const cluster = node.cluster;
  const propsOf = (at: KeyLocation) => server.kvBucketProps(at.type, at.bucket);
  /** riak_core_apl:get_primary_apl/3 from this node, when every one of the n primaries is up. */
  const allPrimaries = (at: KeyLocation) => {
    const n = propsOf(at).nVal;
    const primaries = cluster.preflist(node.name, at, n, false);
    return primaries.length === n ? primaries : undefined;
  };
  return {
    reap(records) {
      for (const r of records) {
        const at = locationOf(r);
        // riak_kv_vnode:reap/3 to each primary: a vnode removes the tombstone if its delete hash (clock) is still that one.
        for (const entry of allPrimaries(at) ?? []) {
          cluster.send(
            node.name,
            cluster.vnode(entry.index, entry.node),
            (v) => v.reap(at, r.clock),
            () => {},
          );
        }
      }
    },
    async erase(records) {
      for (const r of records) {
        const at = locationOf(r);
        // Without every primary, riak_kv_eraser queues the delete again unless delete_mode is keep (redo/0).
        if (allPrimaries(at) === undefined && cluster.deleteMode !== 'keep') continue;
        // riak_kv_delete:delete/8 with the clock the fold found and default options.
        await node.delete(at, propsOf(at), { vclock: r.clock }).catch(() => {});
      }
    },
    async repair(records) {
      for (const r of records) {
        const at = locationOf(r);
        await node.get(at, propsOf(at), {}).catch(() => {});
      }
    },
  };
}

function locationOf(r: AaeRecord): KeyLocation {
  return { type: r.type?.toString('latin1') ?? DEFAULT_BUCKET_TYPE, bucket: r.bucket.toString('latin1'), key: r.key.toString('latin1') };
}
