import { type Buffer, isUtf8 } from 'node:buffer';
import type { MapOp, MapUpdate as PbMapUpdate } from '../../../generated/riak.js';
import { emptyMap, MAP_FIELD_TYPES, type MapFieldType, type MapValue } from '../../datatypes/map.js';
import { asBuffer } from '../../common/bytes.js';

/*
 * Riak rejects a remove without a causal context when the thing removed is
 * absent (riak_dt `{precondition,{not_present,X}}`): on a key that holds
 * nothing yet there is no context, so the README's map example failed on an
 * empty store. With a context, a remove only drops what that context saw,
 * so removing what the fetched value does not hold changes nothing either.
 * `updateDatatype()` therefore drops such removes before sending.
 */

/** Whether `members` holds `member` (as bytes). */
function holds(members: readonly Uint8Array[], member: Uint8Array): boolean {
  const wanted = asBuffer(member);
  return members.some((candidate) => wanted.equals(candidate));
}

/**
 * The removes of members the set holds.
 * @category Values and conflicts
 */
export function presentMembers(removes: readonly Uint8Array[], members: readonly Uint8Array[]): Uint8Array[] {
  return removes.filter((member) => holds(members, member));
}

const TYPE_NAMES = Object.fromEntries(Object.entries(MAP_FIELD_TYPES).map(([name, code]) => [code, name])) as Record<number, MapFieldType>;

/** The value of a map field by its name bytes and type code, or undefined when the map has no such field. */
function fieldValue(map: MapValue, name: Uint8Array, code: number): unknown {
  const type = TYPE_NAMES[code];
  const bytes = asBuffer(name);
  if (!isUtf8(bytes)) return map.binaryFields?.find((field) => field.type === type && field.name.equals(bytes))?.value;
  const record: Record<string, unknown> =
    type === 'counter' ? map.counters : type === 'set' ? map.sets : type === 'register' ? map.registers : type === 'flag' ? map.flags : map.maps;
  const text = bytes.toString('utf8');
  return Object.hasOwn(record, text) ? record[text] : undefined;
}

/**
 * A map operation without the removes `current` makes moot: field removes
 * of absent fields, set member removes of absent members, recursively into
 * nested maps. Updates left empty by that are dropped. Undefined when
 * nothing is left to send.
 * @category Values and conflicts
 */
export function pruneMapOp(op: MapOp.$Properties, current: MapValue): MapOp.$Properties | undefined {
  const removes = (op.removes ?? []).filter((field) => fieldValue(current, field.name, field.type) !== undefined);
  const updates: PbMapUpdate.$Properties[] = [];
  for (const update of op.updates ?? []) {
    const { name, type } = update.field;
    if (type === MAP_FIELD_TYPES.set && update.setOp) {
      const adds = update.setOp.adds ?? [];
      const members = (fieldValue(current, name, type) as Buffer[] | undefined) ?? [];
      const gone = presentMembers(update.setOp.removes ?? [], members);
      if (adds.length === 0 && gone.length === 0) continue;
      updates.push({ ...update, setOp: { ...(adds.length > 0 ? { adds } : {}), ...(gone.length > 0 ? { removes: gone } : {}) } });
    } else if (type === MAP_FIELD_TYPES.map && update.mapOp) {
      const nested = pruneMapOp(update.mapOp, (fieldValue(current, name, type) as MapValue | undefined) ?? emptyMap());
      if (nested !== undefined) updates.push({ ...update, mapOp: nested });
    } else {
      updates.push(update);
    }
  }
  if (removes.length === 0 && updates.length === 0) return undefined;
  return { ...(removes.length > 0 ? { removes } : {}), ...(updates.length > 0 ? { updates } : {}) };
}
