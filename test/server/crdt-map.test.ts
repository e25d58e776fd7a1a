import test from 'ava';
import fc from 'fast-check';
import type { Field } from '../../src/server/datatypes/crdt/field.js';
import type { FieldOp, MapChange } from '../../src/server/datatypes/crdt/map-change.js';
import { OrMap } from '../../src/server/datatypes/crdt/or-map.js';
import { PreconditionError } from '../../src/server/datatypes/crdt/precondition.js';

let clock = 0;
const counter = (name: string, increment: number) => ({ field: { name, type: 'counter' as const }, op: { type: 'counter' as const, increment } });
const set = (name: string, adds: string[], removes: string[] = []) => ({
  field: { name, type: 'set' as const },
  op: { type: 'set' as const, change: { adds, removes } },
});
const register = (name: string, value: string) => ({
  field: { name, type: 'register' as const },
  op: { type: 'register' as const, value, timestamp: ++clock },
});
const flag = (name: string, enable: boolean) => ({ field: { name, type: 'flag' as const }, op: { type: 'flag' as const, enable } });
const nested = (name: string, change: MapChange) => ({ field: { name, type: 'map' as const }, op: { type: 'map' as const, change } });
const updates = (...list: Array<{ field: Field; op: FieldOp }>): MapChange => ({ removes: [], updates: list });
const removes = (...list: Field[]): MapChange => ({ removes: list, updates: [] });

test('every field type, sorted by name then riak_dt module', (t) => {
  const map = OrMap.empty().apply(
    updates(set('b', ['2', '1']), counter('b', 3), register('a', 'v'), flag('c', true), nested('n', updates(counter('i', 1)))),
    'r1',
  );
  t.deepEqual(map.value(), [
    { field: { name: 'a', type: 'register' }, type: 'register', value: 'v' },
    { field: { name: 'b', type: 'counter' }, type: 'counter', value: 3 }, // riak_dt_emcntr < riak_dt_orswot
    { field: { name: 'b', type: 'set' }, type: 'set', value: ['1', '2'] },
    { field: { name: 'c', type: 'flag' }, type: 'flag', value: true },
    { field: { name: 'n', type: 'map' }, type: 'map', value: [{ field: { name: 'i', type: 'counter' }, type: 'counter', value: 1 }] },
  ]);
  t.is(map.clock.get('r1'), 1, 'one update is one map event');
});

test('removing an absent field without context is a precondition error; with context it is a no-op', (t) => {
  const map = OrMap.empty().apply(updates(counter('c', 1)), 'r1');
  const error = t.throws(() => map.apply(removes({ name: 'nope', type: 'counter' }), 'r1'), { instanceOf: PreconditionError });
  t.deepEqual(error?.missing, { kind: 'field', field: { name: 'nope', type: 'counter' } });
  t.throws(() => map.apply(removes({ name: 'c', type: 'set' }), 'r1'), { instanceOf: PreconditionError }, 'same name, other type');
  t.deepEqual(map.apply(removes({ name: 'nope', type: 'counter' }), 'r1', map.clock).value(), map.value());
});

test('a removed counter starts again from zero', (t) => {
  let map = OrMap.empty().apply(updates(counter('c', 5)), 'r1');
  map = map.apply(removes({ name: 'c', type: 'counter' }), 'r1');
  map = map.apply(updates(counter('c', 2)), 'r1');
  t.deepEqual(map.value(), [{ field: { name: 'c', type: 'counter' }, type: 'counter', value: 2 }]);
});

test('an update concurrent with a context remove survives it', (t) => {
  const base = OrMap.empty().apply(updates(set('s', ['x'])), 'a');
  const removed = base.apply(removes({ name: 's', type: 'set' }), 'a', base.clock);
  const updated = base.apply(updates(set('s', ['y'])), 'b');
  const merged = removed.merge(updated);
  // The remove took out what it saw ('x'); b's concurrent add of 'y' stays.
  t.deepEqual(merged.value(), [{ field: { name: 's', type: 'set' }, type: 'set', value: ['y'] }]);
  t.deepEqual(updated.merge(removed).value(), merged.value());
});

test('flags: disable never fails; a concurrent enable wins', (t) => {
  const on = OrMap.empty().apply(updates(flag('f', true)), 'a');
  const off = on.apply(updates(flag('f', false)), 'a');
  t.deepEqual(off.value(), [{ field: { name: 'f', type: 'flag' }, type: 'flag', value: false }]);
  t.notThrows(() => OrMap.empty().apply(updates(flag('g', false)), 'a'));
  const onAgain = on.apply(updates(flag('f', true)), 'b');
  t.deepEqual(off.merge(onAgain).value(), [{ field: { name: 'f', type: 'flag' }, type: 'flag', value: true }]);
});

test('registers: the later timestamp wins across replicas', (t) => {
  const first = OrMap.empty().apply(updates(register('r', 'old')), 'a');
  const second = OrMap.empty().apply(updates(register('r', 'new')), 'b');
  t.is(first.merge(second).value()[0].value, 'new');
  t.is(second.merge(first).value()[0].value, 'new');
});

test('nested maps: removes inside need the nested field', (t) => {
  const map = OrMap.empty().apply(updates(nested('n', updates(counter('i', 1)))), 'a');
  t.throws(() => map.apply(updates(nested('n', removes({ name: 'x', type: 'flag' }))), 'a'), { instanceOf: PreconditionError });
  const emptied = map.apply(updates(nested('n', removes({ name: 'i', type: 'counter' }))), 'a');
  t.deepEqual(emptied.value(), [{ field: { name: 'n', type: 'map' }, type: 'map', value: [] }]);
});

const fieldOp = fc.oneof(
  fc.integer({ min: -3, max: 3 }).map((n) => counter('c', n)),
  fc.subarray(['x', 'y']).map((adds) => set('s', adds)),
  fc.boolean().map((on) => flag('f', on)),
  fc.constantFrom('p', 'q').map((v) => register('r', v)),
  fc.integer({ min: 1, max: 2 }).map((n) => nested('m', updates(counter('i', n)))),
);
const step = fc.record({
  actor: fc.constantFrom('a', 'b', 'c'),
  change: fc.record({
    removes: fc.subarray<Field>(
      [
        { name: 'c', type: 'counter' },
        { name: 's', type: 'set' },
        { name: 'm', type: 'map' },
      ],
      { maxLength: 1 },
    ),
    updates: fc.array(fieldOp, { maxLength: 2 }),
  }),
  merge: fc.option(fc.constantFrom('a', 'b', 'c'), { nil: undefined }),
});

test('replicas converge whatever the merge order (property)', (t) => {
  fc.assert(
    fc.property(fc.array(step, { maxLength: 20 }), (steps) => {
      const replicas = new Map(['a', 'b', 'c'].map((r) => [r, OrMap.empty()]));
      for (const { actor, change, merge } of steps) {
        let map = replicas.get(actor) as OrMap;
        if (merge !== undefined) map = map.merge(replicas.get(merge) as OrMap);
        replicas.set(actor, map.apply(change, actor, map.clock));
      }
      const [a, b, c] = [...replicas.values()];
      const one = JSON.stringify(a.merge(b).merge(c).value());
      const two = JSON.stringify(c.merge(b).merge(a).value());
      const three = JSON.stringify(b.merge(c.merge(a)).merge(a).value());
      return one === two && two === three;
    }),
  );
  t.pass();
});
