import type { MapEntry } from '../../generated/riak.js';
import { asBuffer } from '../client/content.js';
import { int64ToNumber } from '../client/int64.js';
import type { DatatypeFetchResult, DatatypeUpdateResult } from './common.js';
import { members } from './common.js';

/**
 * A map's value, its fields grouped by type and keyed by field name (UTF-8).
 * The same name may exist once per type (`counters.x` and `sets.x` are
 * different fields).
 */
export interface MapValue {
  counters: Record<string, number>;
  sets: Record<string, Buffer[]>;
  registers: Record<string, Buffer>;
  flags: Record<string, boolean>;
  maps: Record<string, MapValue>;
}

/** A map fetch: `value` is the decoded map (empty when not found). */
export type MapFetchResult = DatatypeFetchResult<MapValue>;
/** A map update: `value` is the new map with `returnBody`. */
export type MapUpdateResult = DatatypeUpdateResult<MapValue>;

/** MapField.MapFieldType codes (riak_dt.proto). */
export const MAP_FIELD_TYPES = { counter: 1, set: 2, register: 3, flag: 4, map: 5 } as const;
export type MapFieldType = keyof typeof MAP_FIELD_TYPES;

/** An empty map value. */
export function emptyMap(): MapValue {
  return { counters: {}, sets: {}, registers: {}, flags: {}, maps: {} };
}

/** Sets `record[name]` as an own data property, even for names such as `__proto__`. */
function define<T>(record: Record<string, T>, name: string, value: T): void {
  Object.defineProperty(record, name, { value, enumerable: true, writable: true, configurable: true });
}

/** Decodes the entries of a received map (DtValue.mapValue / DtUpdateResp.mapValue), recursively. */
export function decodeMap(entries: readonly MapEntry.$Properties[] | null | undefined): MapValue {
  const map = emptyMap();
  for (const entry of entries ?? []) {
    const name = asBuffer(entry.field.name).toString('utf8');
    switch (entry.field.type) {
      case MAP_FIELD_TYPES.counter:
        define(map.counters, name, int64ToNumber(entry.counterValue));
        break;
      case MAP_FIELD_TYPES.set:
        define(map.sets, name, members(entry.setValue));
        break;
      case MAP_FIELD_TYPES.register:
        define(map.registers, name, asBuffer(entry.registerValue ?? new Uint8Array(0)));
        break;
      case MAP_FIELD_TYPES.flag:
        define(map.flags, name, entry.flagValue === true);
        break;
      case MAP_FIELD_TYPES.map:
        define(map.maps, name, decodeMap(entry.mapValue));
        break;
    }
  }
  return map;
}
