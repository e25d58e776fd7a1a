import type { QuorumValue } from '../buckets/bucket-props.js';

/**
 * riak_kv_util:expand_rw_value/4: a quorum option as a number of vnodes
 * for an n_val of `n`; `default` takes the bucket's value. Undefined is
 * Riak's `error` (a bucket whose own value is `default`), which the FSMs
 * report as `{r_val_violation,default}` and the like.
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

/** How an option appears in a `*_val_violation` error: the value the request gave (`default` when it gave none). */
export function optionText(value: QuorumValue | undefined): string {
  return value === undefined ? 'default' : String(value);
}
