import { Buffer } from 'node:buffer';
import { unreachable } from '../../common/unreachable.js';
import type { MapEntryValue } from '../datatypes/crdt/map-change.js';
import type { RiakObject } from '../store/riak-object.js';
import { datatypeOf } from './datatype-replica.js';
import type { ReplicaDatatype, ReplicaMapField } from './types.js';

const bytes = (text: string): Buffer => Buffer.from(text, 'latin1');

/** `{ datatype }` for a replica holding a CRDT (spread into its ReplicaView), else nothing. */
export function replicaDatatype(object: RiakObject): { datatype?: ReplicaDatatype } {
  const record = datatypeOf(object);
  if (record === undefined) return {};
  const state = record.value.state;
  switch (state.kind) {
    case 'counter':
    case 'hll':
      return { datatype: { type: state.kind, value: state.crdt.value() } };
    case 'set':
    case 'gset':
      return { datatype: { type: state.kind, value: state.crdt.value().map(bytes) } };
    case 'map':
      return { datatype: { type: 'map', value: mapFields(state.crdt.value()) } };
    default:
      return unreachable(state, 'datatype');
  }
}

function mapFields(entries: readonly MapEntryValue[]): ReplicaMapField[] {
  return entries.map((entry): ReplicaMapField => {
    const name = bytes(entry.field.name);
    switch (entry.type) {
      case 'counter':
        return { name, type: 'counter', value: entry.value };
      case 'set':
        return { name, type: 'set', value: entry.value.map(bytes) };
      case 'register':
        return { name, type: 'register', value: bytes(entry.value ?? '') };
      case 'flag':
        return { name, type: 'flag', value: entry.value };
      case 'map':
        return { name, type: 'map', value: mapFields(entry.value) };
      default:
        return unreachable(entry, 'map field type');
    }
  });
}
