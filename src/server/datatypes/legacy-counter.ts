import { PnCounter } from './crdt/pn-counter.js';
import { DatatypeValue } from './datatype-value.js';
import type { HandlerContext } from './datatype-store.js';
import { DEFAULT_BUCKET_TYPE_BYTES } from '../../common/bucket-type.js';
import { countersRequireAllowMult } from './riak-errors.js';

/**
 * Riak 1.4 counters (riak_kv_pb_counter): PN-counters stored in the
 * `default` bucket type, reached through RpbCounter* (codes 50-53) and
 * through Dt* requests with type `default`.
 */

/** The counter's value; undefined when the key is not found. A key holding another data type reads 0, as riak_kv_crdt:value/2 gives `new()`'s value. */
export function legacyCounterValue(context: HandlerContext, bucket: Buffer, key: Buffer): number | undefined {
  const stored = context.store.get(DEFAULT_BUCKET_TYPE_BYTES, bucket, key);
  if (stored === undefined) return undefined;
  return stored.state.kind === 'counter' ? stored.state.crdt.value() : 0;
}

/** Adds `amount` and returns the new value. Only buckets with allow_mult=true hold counters. */
export function legacyCounterAdd(context: HandlerContext, bucket: Buffer, key: Buffer, amount: number): number {
  if (!context.store.bucketProps(DEFAULT_BUCKET_TYPE_BYTES, bucket).allowMult) throw countersRequireAllowMult();
  const stored = context.store.get(DEFAULT_BUCKET_TYPE_BYTES, bucket, key);
  const current = stored?.state.kind === 'counter' ? stored.state.crdt : PnCounter.empty();
  const next = current.apply(amount, context.actor);
  context.store.put(DEFAULT_BUCKET_TYPE_BYTES, bucket, key, DatatypeValue.of({ kind: 'counter', crdt: next, legacy: true }));
  return next.value();
}
