import type { Buffer } from 'node:buffer';
import { PnCounter } from './crdt/pn-counter.js';
import { DatatypeValue } from './datatype-value.js';
import type { DatatypeStore, DatatypeUpdateStep, HandlerContext } from './datatype-store.js';
import { DEFAULT_BUCKET_TYPE_BYTES } from '../../common/bucket-type.js';
import { countersRequireAllowMult } from './riak-errors.js';

/**
 * Riak 1.4 counters (riak_kv_pb_counter): PN-counters stored in the
 * `default` bucket type, reached through RpbCounter* (codes 50-53) and
 * through Dt* requests with type `default`.
 */

/** The counter's value; undefined when the key is not found. A key holding another data type reads 0, as riak_kv_crdt:value/2 gives `new()`'s value. */
export function legacyCounterValue(context: HandlerContext, bucket: Buffer, key: Buffer): number | undefined {
  return legacyCounterOf(context.store.get(DEFAULT_BUCKET_TYPE_BYTES, bucket, key));
}

/** What a counter get answers for the value read (undefined: not found). */
export function legacyCounterOf(stored: DatatypeValue | undefined): number | undefined {
  if (stored === undefined) return undefined;
  return stored.state.kind === 'counter' ? stored.state.crdt.value() : 0;
}

/** Adds `amount` and returns the new value. Only buckets with allow_mult=true hold counters. */
export function legacyCounterAdd(context: HandlerContext, bucket: Buffer, key: Buffer, amount: number): number {
  const step = legacyCounterStep(context.store, bucket, amount);
  const next = step(context.store.get(DEFAULT_BUCKET_TYPE_BYTES, bucket, key), context.actor);
  context.store.put(DEFAULT_BUCKET_TYPE_BYTES, bucket, key, next);
  return legacyCounterOf(next) as number;
}

/** riak_kv_pb_counter's allow_mult check, then the update the coordinating replica applies (riak_kv_crdt update_crdt/4 with an integer). */
export function legacyCounterStep(store: Pick<DatatypeStore, 'bucketProps'>, bucket: Buffer, amount: number): DatatypeUpdateStep {
  if (!store.bucketProps(DEFAULT_BUCKET_TYPE_BYTES, bucket).allowMult) throw countersRequireAllowMult();
  return (stored, actor) => {
    const current = stored?.state.kind === 'counter' ? stored.state.crdt : PnCounter.empty();
    return DatatypeValue.of({ kind: 'counter', crdt: current.apply(amount, actor), legacy: true });
  };
}
