import type { CounterOp, DtOp, MapField, MapOp, MapUpdate, SetOp } from '../../../generated/riak.js';
import type { Field, FieldType } from './crdt/field.js';
import type { FieldOp, MapChange } from './crdt/map-change.js';
import type { SetChange } from './crdt/orswot.js';
import { hasValue } from '../../common/fields.js';
import { int64, latin1, repeated } from './message-fields.js';
import { functionClause } from './riak-errors.js';

/** A decoded DtOp; `type` is what riak_pb_dt_codec:operation_type/1 returns. */
export type DtOperation =
  | { readonly type: 'counter'; readonly increment: number }
  | { readonly type: 'set'; readonly change: SetChange }
  | { readonly type: 'map'; readonly change: MapChange }
  | { readonly type: 'hll'; readonly adds: readonly Uint8Array[] }
  | { readonly type: 'gset'; readonly adds: readonly string[] };

/**
 * riak_pb_dt_codec:decode_operation/2. The first op present wins, in
 * Riak's clause order (counter, set, hll, gset, map). `now` stamps register
 * writes in microseconds. Shapes Riak has no clause for throw its
 * function_clause error.
 */
export function decodeOperation(op: DtOp.$Properties | null | undefined, now: () => number): DtOperation {
  if (op === null || op === undefined) throw functionClause('riak_pb_dt_codec', 'decode_operation', 2);
  if (hasValue(op, 'counterOp')) return { type: 'counter', increment: counterIncrement(op.counterOp) };
  if (hasValue(op, 'setOp')) return { type: 'set', change: setChange(op.setOp) };
  if (hasValue(op, 'hllOp')) return { type: 'hll', adds: repeated(op.hllOp.adds) };
  if (hasValue(op, 'gsetOp')) return { type: 'gset', adds: repeated(op.gsetOp.adds).map(latin1) };
  if (hasValue(op, 'mapOp')) return { type: 'map', change: mapChange(op.mapOp, now) };
  throw functionClause('riak_pb_dt_codec', 'decode_operation', 2);
}

/** An absent `increment` means +1 (riak_pb_dt_codec:decode_counter_op/1). */
function counterIncrement(op: CounterOp.$Properties): number {
  return hasValue(op, 'increment') ? int64(op.increment) : 1;
}

function setChange(op: SetOp.$Properties): SetChange {
  return { adds: repeated(op.adds).map(latin1), removes: repeated(op.removes).map(latin1) };
}

function mapChange(op: MapOp.$Properties, now: () => number): MapChange {
  return {
    removes: repeated(op.removes).map(decodeField),
    updates: repeated(op.updates).map((update) => {
      const field = decodeField(update.field);
      return { field, op: fieldOp(field.type, update, now) };
    }),
  };
}

const FIELD_TYPES: Readonly<Record<number, FieldType>> = { 1: 'counter', 2: 'set', 3: 'register', 4: 'flag', 5: 'map' };

function decodeField(field: MapField.$Properties | null | undefined): Field {
  const type = field === null || field === undefined ? undefined : FIELD_TYPES[enumNumber(field.type, FIELD_TYPE_NAMES)];
  if (field === null || field === undefined || type === undefined) throw functionClause('riak_pb_dt_codec', 'decode_map_field', 2);
  return { name: latin1(field.name), type };
}

/** riak_pb_dt_codec:decode_map_update/2: the op matching the field's type must be there (a register's may be absent). */
function fieldOp(type: FieldType, update: MapUpdate.$Properties, now: () => number): FieldOp {
  switch (type) {
    case 'counter':
      if (hasValue(update, 'counterOp')) return { type, increment: counterIncrement(update.counterOp) };
      break;
    case 'set':
      if (hasValue(update, 'setOp')) return { type, change: setChange(update.setOp) };
      break;
    case 'register':
      return { type, value: hasValue(update, 'registerOp') ? latin1(update.registerOp) : undefined, timestamp: now() };
    case 'flag':
      if (hasValue(update, 'flagOp')) {
        const flag = enumNumber(update.flagOp, FLAG_OP_NAMES);
        if (flag === 1 || flag === 2) return { type, enable: flag === 1 };
      }
      break;
    case 'map':
      if (hasValue(update, 'mapOp')) return { type, change: mapChange(update.mapOp, now) };
      break;
  }
  throw functionClause('riak_pb_dt_codec', 'decode_map_update', 2);
}

const FIELD_TYPE_NAMES: Readonly<Record<string, number>> = { COUNTER: 1, SET: 2, REGISTER: 3, FLAG: 4, MAP: 5 };
const FLAG_OP_NAMES: Readonly<Record<string, number>> = { ENABLE: 1, DISABLE: 2 };

// protobufjs `fromObject` and hand-written objects may carry enum names instead of numbers.
function enumNumber(value: unknown, names: Readonly<Record<string, number>>): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return names[value] ?? Number.NaN;
  return Number.NaN;
}
