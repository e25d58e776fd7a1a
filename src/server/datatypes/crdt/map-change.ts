import type { Field } from './field.js';
import type { SetChange } from './orswot.js';

/** The operation on one map field; its `type` always equals the field's type. */
export type FieldOp =
  | { readonly type: 'counter'; readonly increment: number }
  | { readonly type: 'set'; readonly change: SetChange }
  /** `value` undefined: an update without `register_op`, which Riak stores as the atom `undefined`. */
  | { readonly type: 'register'; readonly value: string | undefined; readonly timestamp: number }
  | { readonly type: 'flag'; readonly enable: boolean }
  | { readonly type: 'map'; readonly change: MapChange };

export interface FieldUpdate {
  readonly field: Field;
  readonly op: FieldOp;
}

/** One MapOp: field removes are applied before updates (riak_pb_dt_codec:decode_map_op order). */
export interface MapChange {
  readonly removes: readonly Field[];
  readonly updates: readonly FieldUpdate[];
}

/** A map's value: entries sorted by `{Name, Module}`, nested maps recursively. */
export type MapEntryValue =
  | { readonly field: Field; readonly type: 'counter'; readonly value: number }
  | { readonly field: Field; readonly type: 'set'; readonly value: readonly string[] }
  | { readonly field: Field; readonly type: 'register'; readonly value: string | undefined }
  | { readonly field: Field; readonly type: 'flag'; readonly value: boolean }
  | { readonly field: Field; readonly type: 'map'; readonly value: readonly MapEntryValue[] };
