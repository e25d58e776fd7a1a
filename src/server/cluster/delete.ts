import type { QuorumValue } from '../buckets/bucket-props.js';
import type { ResolvedProps } from '../buckets/bucket-registry.js';
import { riakError } from '../protocol/replies.js';
import { nowMicros, tombstone } from '../store/content-codec.js';
import type { VClock } from '../vclock.js';
import { getFsm } from './get-fsm.js';
import { putFsm } from './put-fsm.js';
import { expandQuorum, optionText } from './quorum.js';
import type { NodeName } from './ring.js';
import type { SimulatedCluster } from './simulated-cluster.js';
import type { KeyLocation } from './vnode.js';

/** An RpbDelReq's options (absent: the bucket's; `rw` stands in for an absent `r` and `w`). */
export interface DeleteOptions {
  /** The client's vclock; without it the object is read first. */
  readonly vclock?: VClock | undefined;
  readonly r?: QuorumValue | undefined;
  readonly w?: QuorumValue | undefined;
  readonly rw?: QuorumValue | undefined;
  readonly pr?: QuorumValue | undefined;
  readonly pw?: QuorumValue | undefined;
  readonly dw?: QuorumValue | undefined;
  readonly timeout?: number | undefined;
  readonly nVal?: number | undefined;
  readonly sloppyQuorum?: boolean | undefined;
}

/** riak_kv_delete's reaping get: r = all, its own 60 s timeout, whatever the client asked. */
const REAP_GET = { r: 'all', timeout: 60_000 } as const;

/**
 * riak_kv_delete:delete/8 on node `from`: without a vclock, a get (r, or
 * rw when neither r nor w is given; not found is success); then a
 * tombstone put with that clock (w, or rw when w is not given); then, if
 * the put succeeded and the request set no n_val, a get with r = all whose
 * final action reaps the tombstone once every primary holds it (per
 * delete_mode). Riak sends that get 2 ms after answering the client; here
 * it runs before the answer, so a delete whose vnodes all reply at once
 * has reaped (or scheduled the reap) when the client sees RpbDelResp.
 */
export async function deleteFsm(cluster: SimulatedCluster, from: NodeName, at: KeyLocation, props: ResolvedProps, options: DeleteOptions): Promise<void> {
  const n = options.nVal ?? props.nVal;
  const common = { timeout: options.timeout, nVal: options.nVal, sloppyQuorum: options.sloppyQuorum };
  let vclock = options.vclock;
  if (vclock === undefined) {
    const useRw = options.r === undefined && options.w === undefined;
    const R = useRw ? expandQuorum(options.rw, props.rw, n) : expandQuorum(options.r, props.r, n);
    if (R === undefined) throw riakError(useRw ? `{rw_val_violation,${optionText(options.rw)}}` : `{r_val_violation,${optionText(options.r)}}`);
    const PR = expandQuorum(options.pr, props.pr, n);
    if (PR === undefined) throw riakError(`{pr_val_violation,${optionText(options.pr)}}`);
    const found = await getFsm(cluster, from, at, props, { ...common, r: R, pr: PR });
    if (found.status !== 'ok') return;
    vclock = found.object.vclock;
  }
  const useRw = options.w === undefined;
  const W = useRw ? expandQuorum(options.rw, props.rw, n) : expandQuorum(options.w, props.w, n);
  if (W === undefined) throw riakError(useRw ? `{rw_val_violation,${optionText(options.rw)}}` : `{w_val_violation,${optionText(options.w)}}`);
  const PW = expandQuorum(options.pw, props.pw, n);
  if (PW === undefined) throw riakError(`{pw_val_violation,${optionText(options.pw)}}`);
  const DW = expandQuorum(options.dw, props.dw, n);
  if (DW === undefined) throw riakError(`{dw_val_violation,${optionText(options.dw)}}`);
  await putFsm(cluster, from, { at, clock: vclock, content: () => tombstone(nowMicros()) }, props, { ...common, w: W, pw: PW, dw: DW });
  if (options.nVal === undefined) {
    // Its answer does not matter (nor its quorum errors); its final action (read repair, reaping) does.
    try {
      getFsm(cluster, from, at, props, REAP_GET).catch(() => {});
    } catch {}
  }
}
