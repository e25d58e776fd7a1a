import type { ResolvedProps } from '../buckets/bucket-registry.js';
import { decodeQuorum, type QuorumValue } from '../buckets/bucket-props.js';
import { riakError } from '../protocol/replies.js';

/**
 * The quorum checks of riak_kv_get_fsm / riak_kv_put_fsm on a one-node
 * cluster whose vnodes are all primaries: a request can ask for at most
 * n_val replies, and for at most one distinct node's confirmation on reads.
 */

/**
 * riak_kv_util:expand_rw_value/4: a quorum option as a number of vnodes
 * for an n_val of `n`; `default` (or absent) takes the bucket's value.
 * Undefined is Riak's `error` (a bucket whose own value is `default`),
 * reported as `{r_val_violation,default}` and the like.
 */
export function expandQuorum(value: QuorumValue | undefined, bucketValue: QuorumValue, n: number): number | undefined {
  const v = value === undefined || value === 'default' ? bucketValue : value;
  switch (v) {
    case 'one':
      return 1;
    case 'quorum':
      return Math.trunc(n / 2 + 1);
    case 'all':
      return n;
    case 'default':
      return undefined;
    default:
      return v;
  }
}

/** The one-node checks compare numbers: Riak's `error` is NaN here, which fails every comparison. */
function expand(value: QuorumValue, bucketValue: QuorumValue, n: number): number {
  return expandQuorum(value, bucketValue, n) ?? Number.NaN;
}

/** A quorum field as riak_pb_kv_codec:decode_quorum/1 reads it; absent is `default`. */
export function quorumField(value: number | undefined): QuorumValue {
  return value === undefined ? 'default' : decodeQuorum(value);
}

/** The effective n_val: the request's `n_val` may lower the bucket's, never raise it. */
export function effectiveN(requested: number | undefined, props: ResolvedProps): number {
  if (requested === undefined) return props.nVal;
  if (!(Number.isInteger(requested) && requested > 0 && requested <= props.nVal)) throw riakError(`{n_val_violation,${requested}}`);
  return requested;
}

/** riak_kv_get_fsm:validate_quorum/9. `nodeConfirms` is passed raw by riak_kv_pb_object (no decode_quorum). */
export function checkReadQuorum(props: ResolvedProps, n: number, r: QuorumValue, pr: QuorumValue, nodeConfirms: number | undefined): void {
  const R = expand(r, props.r, n);
  const PR = expand(pr, props.pr, n);
  if (R > n || PR > n) throw riakError(`{n_val_violation,${n}}`);
  const nc = nodeConfirms === undefined ? expand('default', props.nodeConfirms, n) : nodeConfirms;
  if (nc > 1) throw riakError(`{insufficient_nodes,1,need,${nc}}`);
}

/** riak_kv_put_fsm:validate/2's quorum checks. */
export function checkWriteQuorum(props: ResolvedProps, n: number, w: QuorumValue, dw: QuorumValue, pw: QuorumValue, nodeConfirms: QuorumValue): void {
  const W = expand(w, props.w, n);
  const DW = Math.max(expand(dw, props.dw, n), 1);
  const PW = expand(pw, props.pw, n);
  const NC = expand(nodeConfirms, props.nodeConfirms, n);
  if (W > n || DW > n || PW > n || NC > n) throw riakError(`{n_val_violation,${n}}`);
}

/** The R a delete's read uses (riak_kv_delete:get_r_options/2): r if r or w was given, else rw. */
export function deleteReadQuorum(props: ResolvedProps, n: number, opts: { r: QuorumValue; w: QuorumValue; rw: QuorumValue; pr: QuorumValue }): void {
  const useRw = opts.r === 'default' && opts.w === 'default';
  const R = useRw ? expand(opts.rw, props.rw, n) : expand(opts.r, props.r, n);
  const PR = expand(opts.pr, props.pr, n);
  if (R > n || PR > n) throw riakError(`{n_val_violation,${n}}`);
}

/** The W a delete's tombstone put uses (riak_kv_delete:get_w_options/2): w if given, else rw. */
export function deleteWriteQuorum(props: ResolvedProps, n: number, opts: { w: QuorumValue; rw: QuorumValue; pw: QuorumValue; dw: QuorumValue }): void {
  const W = opts.w === 'default' ? expand(opts.rw, props.rw, n) : expand(opts.w, props.w, n);
  const DW = Math.max(expand(opts.dw, props.dw, n), 1);
  const PW = expand(opts.pw, props.pw, n);
  if (W > n || DW > n || PW > n) throw riakError(`{n_val_violation,${n}}`);
}
