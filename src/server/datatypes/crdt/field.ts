/**
 * Map field identity, after riak_dt_map: a field is a name plus the type it
 * holds, so `{<<"a">>, counter}` and `{<<"a">>, set}` are different fields.
 */

export type FieldType = 'counter' | 'set' | 'register' | 'flag' | 'map';

/** A map field. `name` is latin1 (one char per byte). */
export interface Field {
  readonly name: string;
  readonly type: FieldType;
}

/**
 * The riak_dt module Riak embeds for each field type (riak_kv_types.hrl
 * `EMBEDDED_TYPES`). Riak sorts map values by `{Name, Module}` and names the
 * module in precondition errors, so both depend on these atoms.
 */
export const FIELD_MODULE: Readonly<Record<FieldType, string>> = {
  counter: 'riak_dt_emcntr',
  set: 'riak_dt_orswot',
  register: 'riak_dt_lwwreg',
  flag: 'riak_dt_od_flag',
  map: 'riak_dt_map',
};

export function fieldKey(field: Field): string {
  return JSON.stringify([field.name, field.type]);
}

/** Erlang term order of `{Name, Module}`: name bytes first, then module atom. */
export function compareFields(a: Field, b: Field): number {
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  const ma = FIELD_MODULE[a.type];
  const mb = FIELD_MODULE[b.type];
  return ma < mb ? -1 : ma > mb ? 1 : 0;
}
