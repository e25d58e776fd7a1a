import type { ServerContext } from '../context.js';
import type { RiakObject } from '../store/riak-object.js';
import { ClusterNode } from './node-view.js';
import type { KeyLocation } from './vnode.js';

/** What a NextGenRepl fetch reads for a queued reference: the object, its tombstone, or nothing. */
export type ReplRead = { readonly status: 'ok' | 'deleted'; readonly object: RiakObject } | { readonly status: 'notfound' };

/**
 * riak_client:fetch/2's options: `[deletedvclock, {pr, 1}, {r, R},
 * {notfound_ok, false}]`, R being `replrtq_vnodecheck` (default 1).
 */
const FETCH_OPTIONS = { deletedvclock: true, pr: 1, r: 1, notfoundOk: false } as const;

/**
 * The object a queued `{Bucket, Key, Clock, to_fetch}` reference stands
 * for, on a simulated cluster node: riak_kv_get_fsm started there in its
 * queue_fetch state goes on as a get of the key (prepare: the bucket's
 * n_val, sloppy quorum) with riak_client:fetch/2's options, so a key whose
 * primaries this node cannot reach fails as that get does
 * (`{pr_val_unsatisfied,1,0}`), and the answer is the merge of the replies
 * in, read repair following. Undefined on a one-node server.
 */
export function clusterReplRead(server: ServerContext, at: KeyLocation): Promise<ReplRead> | undefined {
  const node = server.cluster;
  if (!(node instanceof ClusterNode)) return undefined;
  return node.get(at, server.kvBucketProps(at.type, at.bucket), FETCH_OPTIONS);
}
