import { EmCounter, type EmCounterState } from './em-counter.js';
import { compareFields, fieldKey, type Field, type FieldType } from './field.js';
import { LwwRegister, type LwwRegisterState } from './lww-register.js';
import type { FieldOp, MapChange, MapEntryValue } from './map-change.js';
import { OdFlag, type OdFlagState } from './od-flag.js';
import { Orswot, type OrswotState } from './orswot.js';
import { PreconditionError } from './precondition.js';
import { EMPTY_CLOCK, clockKey, descends, dotKey, glb, increment, mergeClocks, seesDot, withDot, type Actor, type Dot, type VClock } from './vclock.js';

/** Any CRDT a map field can hold. */
export type Embedded = EmCounter | Orswot | LwwRegister | OdFlag | OrMap;

interface FieldState {
  readonly field: Field;
  /** One value per map event that wrote the field; concurrent writes leave several. */
  readonly dots: ReadonlyMap<string, { readonly dot: Dot; readonly crdt: Embedded }>;
  /** What context removes have already taken out of concurrent values. */
  readonly tombstone: Embedded;
}

type Fields = ReadonlyMap<string, FieldState>;
type Deferred = ReadonlyMap<string, { readonly ctx: VClock; readonly fields: ReadonlyMap<string, Field> }>;

/** The state of a field's CRDT, tagged with the field type. */
export type EmbeddedState =
  | { readonly type: 'counter'; readonly state: EmCounterState }
  | { readonly type: 'set'; readonly state: OrswotState }
  | { readonly type: 'register'; readonly state: LwwRegisterState }
  | { readonly type: 'flag'; readonly state: OdFlagState }
  | { readonly type: 'map'; readonly state: OrMapState };

/** A field's whole state: its value per map event that wrote it, and its tombstone. */
export interface FieldEntryState {
  readonly field: Field;
  readonly dots: readonly { readonly dot: Dot; readonly value: EmbeddedState }[];
  readonly tombstone: EmbeddedState;
}

/** A map's whole state: its clock, its fields, the context removes ahead of its clock. */
export interface OrMapState {
  readonly clock: VClock;
  readonly fields: readonly FieldEntryState[];
  readonly deferred: readonly { readonly ctx: VClock; readonly fields: readonly Field[] }[];
}

/**
 * Map of named, typed CRDT fields (riak_dt_map, the "big delta" map): every
 * update is one map event (dot), each field stores its value per dot, and a
 * field remove drops the dots it has seen. Without a context a remove of an
 * absent field throws {@link PreconditionError}. Immutable.
 */
export class OrMap {
  readonly #clock: VClock;
  readonly #fields: Fields;
  readonly #deferred: Deferred;

  private constructor(clock: VClock, fields: Fields, deferred: Deferred) {
    this.#clock = clock;
    this.#fields = fields;
    this.#deferred = deferred;
  }

  static empty(): OrMap {
    return new OrMap(EMPTY_CLOCK, new Map(), new Map());
  }

  /** The whole state, nested fields included, to store it (store/crdt-state-codec.ts); {@link importState} gives the same map back. */
  exportState(): OrMapState {
    return {
      clock: this.#clock,
      fields: [...this.#fields.values()].map((state) => ({
        field: state.field,
        dots: [...state.dots.values()].map(({ dot, crdt }) => ({ dot, value: exportEmbedded(crdt) })),
        tombstone: exportEmbedded(state.tombstone),
      })),
      deferred: [...this.#deferred.values()].map(({ ctx, fields }) => ({ ctx, fields: [...fields.values()] })),
    };
  }

  /** The map `state` holds; a field value of another type than its field's is a RangeError. */
  static importState(state: OrMapState): OrMap {
    const fields = new Map<string, FieldState>();
    for (const { field, dots, tombstone } of state.fields) {
      const values = new Map(dots.map(({ dot, value }) => [dotKey(dot), { dot: [dot[0], dot[1]] as Dot, crdt: importEmbedded(field.type, value) }]));
      fields.set(fieldKey(field), { field: { name: field.name, type: field.type }, dots: values, tombstone: importEmbedded(field.type, tombstone) });
    }
    const deferred = new Map(
      state.deferred.map(({ ctx, fields: pending }) => [
        clockKey(ctx),
        { ctx: new Map(ctx), fields: new Map(pending.map((f) => [fieldKey(f), { name: f.name, type: f.type }])) },
      ]),
    );
    return new OrMap(new Map(state.clock), fields, deferred);
  }

  /** The map's version vector; also its precondition context. */
  get clock(): VClock {
    return this.#clock;
  }

  /** Pending context removes, for tests and stats. */
  get deferredCount(): number {
    return this.#deferred.size;
  }

  value(): MapEntryValue[] {
    return [...this.#fields.values()]
      .map((state) => state.field)
      .sort(compareFields)
      .map((field) => entryValue(field, mergedField(this.#fields.get(fieldKey(field)), field.type)));
  }

  withParentClock(clock: VClock): OrMap {
    return new OrMap(clock, this.#fields, this.#deferred);
  }

  /**
   * Applies a MapOp as one event of `who`: an actor (top-level map) or the
   * enclosing map's dot (nested map). `ctx` also reaches nested set removes
   * and flag disables.
   */
  apply(change: MapChange, who: Actor | Dot, ctx?: VClock): OrMap {
    const { clock, dot } = typeof who === 'string' ? increment(this.#clock, who) : { clock: withDot(this.#clock, who), dot: who };
    const fields = new Map(this.#fields);
    const deferred = new Map(this.#deferred);
    for (const field of change.removes) {
      if (ctx === undefined) {
        if (!fields.delete(fieldKey(field))) throw new PreconditionError({ kind: 'field', field });
      } else {
        removeWithContext(clock, fields, deferred, field, ctx);
      }
    }
    for (const { field, op } of change.updates) {
      const key = fieldKey(field);
      const current = withParentClock(mergedField(fields.get(key), field.type), clock);
      const crdt = applyField(current, op, dot, ctx);
      fields.set(key, { field, dots: new Map([[dotKey(dot), { dot, crdt }]]), tombstone: emptyOf(field.type) });
    }
    return new OrMap(clock, fields, deferred);
  }

  merge(other: OrMap): OrMap {
    const clock = mergeClocks(this.#clock, other.#clock);
    const fields = new Map<string, FieldState>();
    for (const [key, mine] of this.#fields) {
      const theirs = other.#fields.get(key);
      const merged = theirs === undefined ? keepUnseen(mine, other.#clock) : mergeCommon(mine, this.#clock, theirs, other.#clock);
      if (merged !== undefined) fields.set(key, merged);
    }
    for (const [key, theirs] of other.#fields) {
      if (this.#fields.has(key)) continue;
      const kept = keepUnseen(theirs, this.#clock);
      if (kept !== undefined) fields.set(key, kept);
    }
    // Replay deferred removes on the merged map; those still ahead are deferred again.
    const deferred = new Map<string, { ctx: VClock; fields: ReadonlyMap<string, Field> }>();
    for (const source of [other.#deferred, this.#deferred]) {
      for (const { ctx, fields: pending } of source.values()) {
        for (const field of pending.values()) removeWithContext(clock, fields, deferred, field, ctx);
      }
    }
    return new OrMap(clock, fields, deferred);
  }
}

/** A field only on one side survives with the dots the other side has not seen. */
function keepUnseen(state: FieldState, otherClock: VClock): FieldState | undefined {
  const dots = new Map([...state.dots].filter(([, { dot }]) => !seesDot(otherClock, dot)));
  if (dots.size === 0) return undefined;
  const tombstone = mergeEmbedded(state.tombstone, withParentClock(emptyOf(state.field.type), otherClock));
  return { field: state.field, dots, tombstone };
}

function mergeCommon(mine: FieldState, myClock: VClock, theirs: FieldState, theirClock: VClock): FieldState | undefined {
  const dots = new Map<string, { dot: Dot; crdt: Embedded }>();
  for (const [key, entry] of mine.dots) {
    if (theirs.dots.has(key) || !seesDot(theirClock, entry.dot)) dots.set(key, entry);
  }
  for (const [key, entry] of theirs.dots) {
    if (!mine.dots.has(key) && !seesDot(myClock, entry.dot)) dots.set(key, entry);
  }
  if (dots.size === 0) return undefined;
  return { field: mine.field, dots, tombstone: mergeEmbedded(theirs.tombstone, mine.tombstone) };
}

/** riak_dt_map remove_field/3 with a context: drop the seen dots, remember the removal in the tombstone. */
function removeWithContext(
  clock: VClock,
  fields: Map<string, FieldState>,
  deferred: Map<string, { ctx: VClock; fields: ReadonlyMap<string, Field> }>,
  field: Field,
  ctx: VClock,
): void {
  const key = fieldKey(field);
  if (!descends(clock, ctx)) {
    const ctxKey = clockKey(ctx);
    const pending = new Map(deferred.get(ctxKey)?.fields);
    pending.set(key, field);
    deferred.set(ctxKey, { ctx, fields: pending });
  }
  const state = fields.get(key);
  if (state === undefined) return;
  const dots = new Map([...state.dots].filter(([, { dot }]) => !seesDot(ctx, dot)));
  if (dots.size === 0) {
    fields.delete(key);
    return;
  }
  const tombstone = mergeEmbedded(withParentClock(emptyOf(field.type), glb(ctx, clock)), state.tombstone);
  fields.set(key, { field, dots, tombstone });
}

/** The field's current value: every per-dot value and the tombstone merged. */
function mergedField(state: FieldState | undefined, type: FieldType): Embedded {
  if (state === undefined) return emptyOf(type);
  let merged = emptyOf(type);
  for (const { crdt } of state.dots.values()) merged = mergeEmbedded(merged, crdt);
  return mergeEmbedded(state.tombstone, merged);
}

function exportEmbedded(crdt: Embedded): EmbeddedState {
  if (crdt instanceof EmCounter) return { type: 'counter', state: crdt.exportState() };
  if (crdt instanceof Orswot) return { type: 'set', state: crdt.exportState() };
  if (crdt instanceof LwwRegister) return { type: 'register', state: crdt.exportState() };
  if (crdt instanceof OdFlag) return { type: 'flag', state: crdt.exportState() };
  return { type: 'map', state: crdt.exportState() };
}

function importEmbedded(type: FieldType, embedded: EmbeddedState): Embedded {
  if (embedded.type !== type) throw new RangeError(`a ${type} field cannot hold a ${embedded.type}`);
  switch (embedded.type) {
    case 'counter':
      return EmCounter.importState(embedded.state);
    case 'set':
      return Orswot.importState(embedded.state);
    case 'register':
      return LwwRegister.importState(embedded.state);
    case 'flag':
      return OdFlag.importState(embedded.state);
    case 'map':
      return OrMap.importState(embedded.state);
  }
}

function emptyOf(type: FieldType): Embedded {
  switch (type) {
    case 'counter':
      return EmCounter.empty();
    case 'set':
      return Orswot.empty();
    case 'register':
      return LwwRegister.empty();
    case 'flag':
      return OdFlag.empty();
    case 'map':
      return OrMap.empty();
  }
}

function withParentClock(crdt: Embedded, clock: VClock): Embedded {
  // Registers carry no clock (riak_dt_lwwreg:parent_clock/2 is the identity).
  return crdt instanceof LwwRegister ? crdt : crdt.withParentClock(clock);
}

function mergeEmbedded(a: Embedded, b: Embedded): Embedded {
  if (a instanceof EmCounter && b instanceof EmCounter) return a.merge(b);
  if (a instanceof Orswot && b instanceof Orswot) return a.merge(b);
  if (a instanceof LwwRegister && b instanceof LwwRegister) return a.merge(b);
  if (a instanceof OdFlag && b instanceof OdFlag) return a.merge(b);
  if (a instanceof OrMap && b instanceof OrMap) return a.merge(b);
  throw new TypeError('cannot merge map fields of different types');
}

function applyField(crdt: Embedded, op: FieldOp, dot: Dot, ctx: VClock | undefined): Embedded {
  if (op.type === 'counter' && crdt instanceof EmCounter) return crdt.apply(op.increment, dot);
  if (op.type === 'set' && crdt instanceof Orswot) return crdt.apply(op.change, dot, ctx);
  if (op.type === 'register' && crdt instanceof LwwRegister) return crdt.assign(op.value, op.timestamp);
  if (op.type === 'flag' && crdt instanceof OdFlag) return op.enable ? crdt.enable(dot) : crdt.disable(ctx);
  if (op.type === 'map' && crdt instanceof OrMap) return crdt.apply(op.change, dot, ctx);
  throw new TypeError(`a ${op.type} operation does not fit this field`);
}

function entryValue(field: Field, crdt: Embedded): MapEntryValue {
  if (crdt instanceof EmCounter) return { field, type: 'counter', value: crdt.value() };
  if (crdt instanceof Orswot) return { field, type: 'set', value: crdt.value() };
  if (crdt instanceof LwwRegister) return { field, type: 'register', value: crdt.value };
  if (crdt instanceof OdFlag) return { field, type: 'flag', value: crdt.value() };
  return { field, type: 'map', value: crdt.value() };
}
