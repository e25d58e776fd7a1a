import { Buffer } from 'node:buffer';
import type { MapOp, MapUpdate as PbMapUpdate } from '../../generated/riak.js';
import { toBytes, type Bytes } from '../common/bytes.js';
import { describe } from '../common/describe.js';
import { int64Input } from '../common/int64.js';
import { RiakInvalidArgumentError } from '../errors.js';
import { memberList } from './common.js';
import { MAP_FIELD_TYPES, type MapFieldType } from './map.js';

const FLAG_ENABLE = 1; // MapUpdate.FlagOp.ENABLE
const FLAG_DISABLE = 2; // MapUpdate.FlagOp.DISABLE

interface FieldUpdate {
  name: Uint8Array;
  type: MapFieldType;
  increment?: number | bigint;
  adds?: Uint8Array[];
  removes?: Uint8Array[];
  register?: Uint8Array;
  flag?: boolean;
  map?: MapUpdate;
}

/**
 * Builds the operation of a map update: counters, sets, registers, flags and
 * nested maps, each addressed by name, plus field removals. Methods chain and
 * mutate the builder; pass it (or a callback that fills one) to `updateMap()`.
 *
 * ```ts
 * const update = new MapUpdate()
 *   .incrementCounter('visits', 1)
 *   .addToSet('tags', 'a', 'b')
 *   .setRegister('name', 'Ada')
 *   .enableFlag('active')
 *   .removeCounter('old')
 *   .updateMap('address', (a) => a.setRegister('city', 'London'));
 * ```
 *
 * Operations on one field combine (two increments add up, set adds
 * accumulate). Removing a field drops the updates queued for it, and updating
 * it afterwards cancels the removal. Removals, and removing set members, need
 * the `context` of a fetch.
 * @category Datatypes
 */
export class MapUpdate {
  readonly #updates = new Map<string, FieldUpdate>();
  readonly #removes = new Map<string, { name: Uint8Array; type: MapFieldType }>();

  /** Adds `by` (default 1; negative decrements) to the counter `name`. */
  incrementCounter(name: Bytes, by: number | bigint = 1): this {
    int64Input(by, 'MapUpdate.incrementCounter(): `by`');
    const field = this.#field(name, 'counter');
    field.increment =
      field.increment === undefined
        ? by
        : typeof field.increment === 'bigint' || typeof by === 'bigint'
          ? BigInt(field.increment) + BigInt(by)
          : field.increment + by;
    return this;
  }

  /** Adds members to the set `name`. */
  addToSet(name: Bytes, ...values: Bytes[]): this {
    const field = this.#field(name, 'set');
    (field.adds ??= []).push(...memberList('MapUpdate.addToSet', 'values', values));
    return this;
  }

  /** Removes members from the set `name` (needs the fetch `context`). */
  removeFromSet(name: Bytes, ...values: Bytes[]): this {
    const field = this.#field(name, 'set');
    (field.removes ??= []).push(...memberList('MapUpdate.removeFromSet', 'values', values));
    return this;
  }

  /** Sets the register `name` (last write wins). */
  setRegister(name: Bytes, value: Bytes): this {
    this.#field(name, 'register').register = memberList('MapUpdate.setRegister', 'value', value)[0];
    return this;
  }

  /** Sets the flag `name` to true. */
  enableFlag(name: Bytes): this {
    this.#field(name, 'flag').flag = true;
    return this;
  }

  /** Sets the flag `name` to false (needs the fetch `context`). */
  disableFlag(name: Bytes): this {
    this.#field(name, 'flag').flag = false;
    return this;
  }

  /** Updates the nested map `name`: `build` receives its builder (the same one on every call for that name). */
  updateMap(name: Bytes, build: (map: MapUpdate) => unknown): this {
    if (typeof build !== 'function') throw new RiakInvalidArgumentError(`MapUpdate.updateMap(): expected a callback, got ${describe(build)}`);
    const field = this.#field(name, 'map');
    build((field.map ??= new MapUpdate()));
    return this;
  }

  /** Removes the counter `name`. */
  removeCounter(name: Bytes): this {
    return this.#remove(name, 'counter');
  }

  /** Removes the set `name`. */
  removeSet(name: Bytes): this {
    return this.#remove(name, 'set');
  }

  /** Removes the register `name`. */
  removeRegister(name: Bytes): this {
    return this.#remove(name, 'register');
  }

  /** Removes the flag `name`. */
  removeFlag(name: Bytes): this {
    return this.#remove(name, 'flag');
  }

  /** Removes the nested map `name`. */
  removeMap(name: Bytes): this {
    return this.#remove(name, 'map');
  }

  /** True when nothing has been queued. */
  get isEmpty(): boolean {
    return this.#updates.size === 0 && this.#removes.size === 0;
  }

  /** The MapOp protobuf message (removes first, then updates, in call order). */
  toOp(): MapOp.$Properties {
    const op: MapOp.$Properties = {};
    if (this.#removes.size > 0) op.removes = [...this.#removes.values()].map(({ name, type }) => ({ name, type: MAP_FIELD_TYPES[type] }));
    if (this.#updates.size > 0) op.updates = [...this.#updates.values()].map(encodeUpdate);
    return op;
  }

  #field(name: Bytes, type: MapFieldType): FieldUpdate {
    const bytes = fieldName(name);
    const id = fieldId(bytes, type);
    this.#removes.delete(id);
    let field = this.#updates.get(id);
    if (field === undefined) {
      field = { name: bytes, type };
      this.#updates.set(id, field);
    }
    return field;
  }

  #remove(name: Bytes, type: MapFieldType): this {
    const bytes = fieldName(name);
    const id = fieldId(bytes, type);
    this.#updates.delete(id);
    this.#removes.set(id, { name: bytes, type });
    return this;
  }
}

function fieldName(name: Bytes): Uint8Array {
  if (typeof name !== 'string' && !(name instanceof Uint8Array)) {
    throw new RiakInvalidArgumentError(`MapUpdate: a field name must be a string or a Uint8Array, got ${describe(name)}`);
  }
  return toBytes(name);
}

function fieldId(name: Uint8Array, type: MapFieldType): string {
  return `${type}:${Buffer.from(name.buffer, name.byteOffset, name.byteLength).toString('hex')}`;
}

function encodeUpdate(field: FieldUpdate): PbMapUpdate.$Properties {
  const update: PbMapUpdate.$Properties = { field: { name: field.name, type: MAP_FIELD_TYPES[field.type] } };
  switch (field.type) {
    case 'counter':
      update.counterOp = { increment: int64Input(field.increment ?? 0, 'MapUpdate counter increment') };
      break;
    case 'set':
      update.setOp = { ...(field.adds ? { adds: field.adds } : {}), ...(field.removes ? { removes: field.removes } : {}) };
      break;
    case 'register':
      update.registerOp = field.register;
      break;
    case 'flag':
      update.flagOp = field.flag ? FLAG_ENABLE : FLAG_DISABLE;
      break;
    case 'map':
      update.mapOp = (field.map as MapUpdate).toOp();
      break;
  }
  return update;
}
