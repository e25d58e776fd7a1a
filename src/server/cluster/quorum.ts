import type { QuorumValue } from '../buckets/bucket-props.js';

export { expandQuorum } from '../handlers/quorum-check.js';

/** How an option appears in a `*_val_violation` error: the value the request gave (`default` when it gave none). */
export function optionText(value: QuorumValue | undefined): string {
  return value === undefined ? 'default' : String(value);
}
