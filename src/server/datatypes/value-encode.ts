import type { Buffer } from 'node:buffer';
import { unreachable } from '../../common/unreachable.js';
import { DtFetchResp, type DtValue, type MapEntry, MapField } from '../../../generated/riak.js';
import type { FieldType } from './crdt/field.js';
import type { MapEntryValue } from './crdt/map-change.js';
import type { DatatypeKind, DatatypeValue } from './datatype-value.js';
import { encodeContext } from './context-codec.js';
import { fromLatin1 } from './message-fields.js';

/** The value fields shared by DtValue and DtUpdateResp. */
export type ValueFields = Pick<DtValue.$Properties, 'counterValue' | 'setValue' | 'mapValue' | 'hllValue' | 'gsetValue'>;

export const DATA_TYPE: Readonly<Record<DatatypeKind, DtFetchResp.DataType>> = {
  counter: DtFetchResp.DataType.COUNTER,
  set: DtFetchResp.DataType.SET,
  map: DtFetchResp.DataType.MAP,
  hll: DtFetchResp.DataType.HLL,
  gset: DtFetchResp.DataType.GSET,
};

const FIELD_TYPE: Readonly<Record<FieldType, MapField.MapFieldType>> = {
  counter: MapField.MapFieldType.COUNTER,
  set: MapField.MapFieldType.SET,
  register: MapField.MapFieldType.REGISTER,
  flag: MapField.MapFieldType.FLAG,
  map: MapField.MapFieldType.MAP,
};

/** riak_pb_dt_codec encode_fetch_response / encode_update_response: the one field for the value's kind. */
export function valueFields(value: DatatypeValue): ValueFields {
  const state = value.state;
  switch (state.kind) {
    case 'counter':
      return { counterValue: state.crdt.value() };
    case 'set':
      return { setValue: state.crdt.value().map(fromLatin1) };
    case 'map':
      return { mapValue: mapEntries(state.crdt.value()) };
    case 'hll':
      return { hllValue: state.crdt.value() };
    case 'gset':
      return { gsetValue: state.crdt.value().map(fromLatin1) };
  }
}

/**
 * The causal context to hand out: only sets and maps have one
 * (riak_kv_crdt:get_context/2 gives `<<>>` for types without
 * precondition_context/1, which riak_kv_pb_crdt then leaves out).
 */
export function contextOf(value: DatatypeValue): Buffer | undefined {
  const state = value.state;
  return state.kind === 'set' || state.kind === 'map' ? encodeContext(state.crdt.clock) : undefined;
}

/** A register that was written without a value carries no `register_value` (encode_map_entry/2). */
export function mapEntries(entries: readonly MapEntryValue[]): MapEntry.$Properties[] {
  return entries.map((entry): MapEntry.$Properties => {
    const field = { name: fromLatin1(entry.field.name), type: FIELD_TYPE[entry.type] };
    switch (entry.type) {
      case 'counter':
        return { field, counterValue: entry.value };
      case 'set':
        return { field, setValue: entry.value.map(fromLatin1) };
      case 'register':
        return entry.value === undefined ? { field } : { field, registerValue: fromLatin1(entry.value) };
      case 'flag':
        return { field, flagValue: entry.value };
      case 'map':
        return { field, mapValue: mapEntries(entry.value) };
      default:
        return unreachable(entry, 'map field type');
    }
  });
}
