import test from 'ava';
import fc from 'fast-check';
import type { Field, FieldType } from '../../src/server/datatypes/crdt/field.js';
import { GSet } from '../../src/server/datatypes/crdt/gset.js';
import { Hll } from '../../src/server/datatypes/crdt/hll.js';
import type { FieldUpdate, MapChange } from '../../src/server/datatypes/crdt/map-change.js';
import { OrMap } from '../../src/server/datatypes/crdt/or-map.js';
import { Orswot } from '../../src/server/datatypes/crdt/orswot.js';
import { PnCounter } from '../../src/server/datatypes/crdt/pn-counter.js';
import { PreconditionError } from '../../src/server/datatypes/crdt/precondition.js';
import type { VClock } from '../../src/server/datatypes/crdt/vclock.js';
import { DatatypeValue } from '../../src/server/datatypes/datatype-value.js';
import { decodeDatatype, encodeDatatype } from '../../src/server/store/datatype-codec.js';

/**
 * The CRDTs' state export/import (issue 17): a datatype stored on LevelDB
 * is its whole state (store/datatype-codec.ts), so a value read back is the
 * value written. Checked as a property: after any history of adds, removes
 * with and without contexts (seen, stale and ahead of the clock), nested map
 * fields and several actors, the copy read back encodes to the same bytes,
 * and every further operation leaves the copy and the original equal.
 */

const ACTORS = ['\u0000a1', 'b2\u00ff', 'c3'];
const actor = fc.constantFrom(...ACTORS);
const member = fc.constantFrom('x', 'y', 'z', '\u0000', 'w\u00e9');
const name = fc.constantFrom('f', 'g', '');
/** A context: a clock some earlier state had (by index), or any clock (maybe ahead of the CRDT's). */
const contextChoice = fc.oneof(
  fc.record({ kind: fc.constant('seen' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('any' as const), clock: fc.array(fc.tuple(actor, fc.integer({ min: 1, max: 6 })), { maxLength: 3 }) }),
  fc.constant({ kind: 'none' as const }),
);
type ContextChoice = typeof contextChoice extends fc.Arbitrary<infer T> ? T : never;

function pickContext(choice: ContextChoice, history: readonly VClock[]): VClock | undefined {
  if (choice.kind === 'none') return undefined;
  if (choice.kind === 'any') return new Map(choice.clock);
  return history.length === 0 ? new Map() : history[choice.at % history.length];
}

/** Applies `apply`, treating a precondition failure (a remove without context of something absent) as no change. */
function attempt<T>(current: T, apply: () => T): T {
  try {
    return apply();
  } catch (error) {
    if (error instanceof PreconditionError) return current;
    throw error;
  }
}

const encoded = (value: DatatypeValue): string => encodeDatatype(value).toString('hex');
const roundTrip = (value: DatatypeValue): DatatypeValue => decodeDatatype(encodeDatatype(value));

// ---- sets

const setStep = fc.record({ actor, adds: fc.array(member, { maxLength: 2 }), removes: fc.array(member, { maxLength: 2 }), context: contextChoice });
type SetStep = typeof setStep extends fc.Arbitrary<infer T> ? T : never;

function runSet(start: Orswot, steps: readonly SetStep[], history: VClock[]): Orswot {
  let set = start;
  for (const step of steps) {
    const ctx = pickContext(step.context, history);
    set = attempt(set, () => set.apply({ adds: step.adds, removes: step.removes }, step.actor, ctx));
    history.push(set.clock);
  }
  return set;
}

test('a set read back from its stored state is the same set, deferred removes included', (t) => {
  fc.assert(
    fc.property(fc.array(setStep, { maxLength: 12 }), fc.array(setStep, { maxLength: 8 }), (before, after) => {
      const history: VClock[] = [];
      const original = DatatypeValue.of({ kind: 'set', crdt: runSet(Orswot.empty(), before, history) });
      const copy = roundTrip(original);
      if (encoded(copy) !== encoded(original)) return false;
      const a = runSet((original.state as { crdt: Orswot }).crdt, after, [...history]);
      const b = runSet((copy.state as { crdt: Orswot }).crdt, after, [...history]);
      return encoded(DatatypeValue.of({ kind: 'set', crdt: a })) === encoded(DatatypeValue.of({ kind: 'set', crdt: b })) && a.deferredCount === b.deferredCount;
    }),
  );
  t.pass();
});

// ---- maps, with nested fields of every type

const fieldType = fc.constantFrom<FieldType>('counter', 'set', 'register', 'flag', 'map');
const field = fc.record({ name, type: fieldType });

const fieldUpdate: fc.Arbitrary<FieldUpdate> = fc.letrec<{ update: FieldUpdate; change: MapChange }>((tie) => ({
  update: fc.oneof(
    { depthSize: 'small' },
    fc
      .record({ name, increment: fc.integer({ min: -5, max: 5 }) })
      .map(({ name, increment }) => ({ field: { name, type: 'counter' as const }, op: { type: 'counter' as const, increment } })),
    fc.record({ name, adds: fc.array(member, { maxLength: 2 }), removes: fc.array(member, { maxLength: 1 }) }).map(({ name, adds, removes }) => ({
      field: { name, type: 'set' as const },
      op: { type: 'set' as const, change: { adds, removes } },
    })),
    fc.record({ name, value: fc.option(member, { nil: undefined }), timestamp: fc.integer({ min: 1, max: 20 }) }).map(({ name, value, timestamp }) => ({
      field: { name, type: 'register' as const },
      op: { type: 'register' as const, value, timestamp },
    })),
    fc.record({ name, enable: fc.boolean() }).map(({ name, enable }) => ({ field: { name, type: 'flag' as const }, op: { type: 'flag' as const, enable } })),
    fc.record({ name, change: tie('change') }).map(({ name, change }) => ({ field: { name, type: 'map' as const }, op: { type: 'map' as const, change } })),
  ),
  change: fc.record({ removes: fc.array(field, { maxLength: 1 }), updates: fc.array(tie('update'), { maxLength: 2 }) }) as fc.Arbitrary<MapChange>,
})).update;

const mapStep = fc.record({ actor, removes: fc.array(field, { maxLength: 2 }), updates: fc.array(fieldUpdate, { maxLength: 3 }), context: contextChoice });
type MapStep = typeof mapStep extends fc.Arbitrary<infer T> ? T : never;

function runMap(start: OrMap, steps: readonly MapStep[], history: VClock[]): OrMap {
  let map = start;
  for (const step of steps) {
    const ctx = pickContext(step.context, history);
    map = attempt(map, () => map.apply({ removes: step.removes as Field[], updates: step.updates }, step.actor, ctx));
    history.push(map.clock);
  }
  return map;
}

test('a map read back from its stored state is the same map: field dots, tombstones, nested fields, deferred removes', (t) => {
  fc.assert(
    fc.property(fc.array(mapStep, { maxLength: 10 }), fc.array(mapStep, { maxLength: 6 }), (before, after) => {
      const history: VClock[] = [];
      const original = DatatypeValue.of({ kind: 'map', crdt: runMap(OrMap.empty(), before, history) });
      const copy = roundTrip(original);
      if (encoded(copy) !== encoded(original)) return false;
      const a = runMap((original.state as { crdt: OrMap }).crdt, after, [...history]);
      const b = runMap((copy.state as { crdt: OrMap }).crdt, after, [...history]);
      return encoded(DatatypeValue.of({ kind: 'map', crdt: a })) === encoded(DatatypeValue.of({ kind: 'map', crdt: b }));
    }),
    { numRuns: 300 },
  );
  t.pass();
});

test('a removed field is gone after a restore only as far as the context that removed it saw', (t) => {
  // The case the first (value + clock) format got wrong: a stale context removes the value it saw, not a later one.
  const counter = (increment: number): FieldUpdate => ({ field: { name: 'c', type: 'counter' }, op: { type: 'counter', increment } });
  const s = (adds: string[]): FieldUpdate => ({ field: { name: 's', type: 'set' }, op: { type: 'set', change: { adds, removes: [] } } });
  let map = OrMap.empty().apply({ removes: [], updates: [counter(2), s(['x'])] }, 'A');
  const stale = map.clock;
  map = map.apply({ removes: [], updates: [s(['y'])] }, 'A').apply({ removes: [], updates: [counter(3)] }, 'B');
  const restored = (roundTrip(DatatypeValue.of({ kind: 'map', crdt: map })).state as { crdt: OrMap }).crdt;
  const remove = {
    removes: [
      { name: 'c', type: 'counter' as const },
      { name: 's', type: 'set' as const },
    ],
    updates: [],
  };
  const expected = [
    { field: { name: 'c', type: 'counter' }, type: 'counter', value: 3 },
    { field: { name: 's', type: 'set' }, type: 'set', value: ['y'] },
  ];
  t.deepEqual(map.apply(remove, 'C', stale).value(), expected);
  t.deepEqual(restored.apply(remove, 'C', stale).value(), expected);
});

// ---- counters, hlls, gsets

test("a counter keeps each actor's totals; an HLL its registers; a gset its members", (t) => {
  fc.assert(
    fc.property(
      fc.array(fc.tuple(actor, fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.constantFrom(2 ** 62, -(2 ** 60), 2 ** 53 + 2))), { maxLength: 10 }),
      fc.boolean(),
      (increments, legacy) => {
        const counter = increments.reduce((c, [who, amount]) => c.apply(amount, who), PnCounter.empty());
        const value = DatatypeValue.of({ kind: 'counter', crdt: counter, legacy });
        const copy = roundTrip(value);
        const state = copy.state as { crdt: PnCounter; legacy: boolean };
        return (
          encoded(copy) === encoded(value) &&
          state.legacy === legacy &&
          [...state.crdt.exportState().tallies].every(([who, tally]) => counter.exportState().tallies.get(who)?.inc === tally.inc)
        );
      },
    ),
  );
  fc.assert(
    fc.property(
      fc.integer({ min: 4, max: 16 }),
      fc.array(fc.uint8Array({ maxLength: 6 }), { maxLength: 300 }),
      fc.array(fc.uint8Array({ maxLength: 6 }), { maxLength: 50 }),
      (precision, members, more) => {
        const hll = Hll.empty(precision).add(members);
        const copy = roundTrip(DatatypeValue.of({ kind: 'hll', crdt: hll }));
        const restored = (copy.state as { crdt: Hll }).crdt;
        return (
          restored.precision === precision &&
          Buffer.from(restored.exportState().registers).equals(Buffer.from(hll.exportState().registers)) &&
          restored.add(more).value() === hll.add(more).value()
        );
      },
    ),
  );
  fc.assert(
    fc.property(fc.array(member, { maxLength: 8 }), (members) => {
      const gset = GSet.empty().add(members);
      return encoded(roundTrip(DatatypeValue.of({ kind: 'gset', crdt: gset }))) === encoded(DatatypeValue.of({ kind: 'gset', crdt: gset }));
    }),
  );
  t.pass();
});

test('an HLL re-added to after a restore does not count its members twice', (t) => {
  const members = Array.from({ length: 40 }, (_, i) => Buffer.from(`m${i}`));
  const hll = Hll.empty().add(members);
  const restored = (roundTrip(DatatypeValue.of({ kind: 'hll', crdt: hll })).state as { crdt: Hll }).crdt;
  t.is(restored.add(members).value(), hll.value());
});

test('stored states that are damaged are refused, not misread', (t) => {
  const set = DatatypeValue.of({ kind: 'set', crdt: Orswot.empty().apply({ adds: ['x'], removes: [] }, 'A') });
  const bytes = encodeDatatype(set);
  t.throws(() => decodeDatatype(Buffer.concat([bytes, Buffer.from([0])])), { instanceOf: RangeError, message: /trailing bytes/ });
  t.throws(() => decodeDatatype(bytes.subarray(0, bytes.length - 1)), { instanceOf: RangeError, message: /ends early/ });
  t.throws(() => decodeDatatype(Buffer.from([0x09])), { instanceOf: RangeError, message: /unknown stored datatype format 9/ });
  const badHll = Buffer.from(encodeDatatype(DatatypeValue.of({ kind: 'hll', crdt: Hll.empty(4).add([Buffer.from('a')]) })));
  badHll[2] = 3; // precision 3
  t.throws(() => decodeDatatype(badHll), { instanceOf: RangeError });
});
