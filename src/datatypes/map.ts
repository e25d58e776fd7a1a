import { Buffer, isUtf8 } from 'node:buffer';
import type { MapEntry } from '../../generated/riak.js';
import { asBuffer } from '../common/bytes.js';
import { int64ToNumber } from '../common/int64.js';
import type { DatatypeFetchResult, DatatypeUpdateResult } from './common.js';
import { members } from './common.js';

/**
 * A map's value, its fields grouped by type and keyed by field name as text.
 * The same name may exist once per type (`counters.x` and `sets.x` are
 * different fields).
 *
 * Field names are bytes to Riak. A name that is valid UTF-8 is exactly its
 * text (the text encodes back to the same bytes), so it keys the records. A
 * name that is not (e.g. bytes `ff 00 c3`) has no faithful text: such fields
 * are listed in `binaryFields` with their exact name bytes instead, never
 * under a lossy key that a write-back would corrupt. Pass `name` to
 * {@link MapUpdate} to update or remove one.
 * @category Datatypes
 */
export interface MapValue {
  counters: Record<string, number>;
  sets: Record<string, Buffer[]>;
  registers: Record<string, Buffer>;
  flags: Record<string, boolean>;
  maps: Record<string, MapValue>;
  /** Fields whose names are not valid UTF-8, in the order Riak sent them. Present only when there are some. */
  binaryFields?: MapField[];
}

/**
 * A map field with its exact name bytes (see {@link MapValue.binaryFields}).
 * @category Datatypes
 */
export type MapField =
  | { name: Buffer; type: 'counter'; value: number }
  | { name: Buffer; type: 'set'; value: Buffer[] }
  | { name: Buffer; type: 'register'; value: Buffer }
  | { name: Buffer; type: 'flag'; value: boolean }
  | { name: Buffer; type: 'map'; value: MapValue };

/**
 * A map fetch: `value` is the decoded map (empty when not found).
 * @category Datatypes
 */
export type MapFetchResult = DatatypeFetchResult<MapValue>;
/**
 * A map update: `value` is the new map with `returnBody`.
 * @category Datatypes
 */
export type MapUpdateResult = DatatypeUpdateResult<MapValue>;

/**
 * MapField.MapFieldType codes (riak_dt.proto).
 * @category Datatypes
 */
export const MAP_FIELD_TYPES = { counter: 1, set: 2, register: 3, flag: 4, map: 5 } as const;
/** @category Datatypes */
export type MapFieldType = keyof typeof MAP_FIELD_TYPES;

/**
 * An empty map value.
 * @category Datatypes
 */
export function emptyMap(): MapValue {
  return { counters: {}, sets: {}, registers: {}, flags: {}, maps: {} };
}

/** Sets `record[name]` as an own data property, even for names such as `__proto__`. */
function define<T>(record: Record<string, T>, name: string, value: T): void {
  Object.defineProperty(record, name, { value, enumerable: true, writable: true, configurable: true });
}

/** A received field's value by its type, or undefined for a type this client does not know. */
function fieldOf(entry: MapEntry.$Properties, name: Buffer): MapField | undefined {
  switch (entry.field.type) {
    case MAP_FIELD_TYPES.counter:
      return { name, type: 'counter', value: int64ToNumber(entry.counterValue) };
    case MAP_FIELD_TYPES.set:
      return { name, type: 'set', value: members(entry.setValue) };
    case MAP_FIELD_TYPES.register:
      return { name, type: 'register', value: asBuffer(entry.registerValue ?? EMPTY) };
    case MAP_FIELD_TYPES.flag:
      return { name, type: 'flag', value: entry.flagValue === true };
    case MAP_FIELD_TYPES.map:
      return { name, type: 'map', value: decodeMap(entry.mapValue) };
    default:
      return undefined;
  }
}

const EMPTY = Buffer.alloc(0);

/** The record of `map` holding fields of `type`. */
function recordOf(map: MapValue, type: MapFieldType): Record<string, unknown> {
  switch (type) {
    case 'counter':
      return map.counters;
    case 'set':
      return map.sets;
    case 'register':
      return map.registers;
    case 'flag':
      return map.flags;
    case 'map':
      return map.maps;
  }
}

/**
 * Decodes the entries of a received map (DtValue.mapValue / DtUpdateResp.mapValue), recursively.
 * @category Datatypes
 */
export function decodeMap(entries: readonly MapEntry.$Properties[] | null | undefined): MapValue {
  const map = emptyMap();
  for (const entry of entries ?? []) {
    const name = asBuffer(entry.field.name);
    const field = fieldOf(entry, name);
    if (field === undefined) continue;
    if (isUtf8(name)) define(recordOf(map, field.type), name.toString('utf8'), field.value);
    else (map.binaryFields ??= []).push(field);
  }
  return map;
}
