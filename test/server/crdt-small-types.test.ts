import test from 'ava';
import { EmCounter } from '../../src/server/datatypes/crdt/em-counter.js';
import { GSet } from '../../src/server/datatypes/crdt/gset.js';
import { LwwRegister } from '../../src/server/datatypes/crdt/lww-register.js';
import { OdFlag } from '../../src/server/datatypes/crdt/od-flag.js';
import { PnCounter } from '../../src/server/datatypes/crdt/pn-counter.js';

test('PN-counter: per-actor totals, merge is idempotent and commutative', (t) => {
  const a = PnCounter.empty().apply(5, 'a').apply(-2, 'a');
  const b = PnCounter.empty().apply(10, 'b');
  t.is(a.value(), 3);
  t.is(a.merge(b).value(), 13);
  t.is(b.merge(a).value(), 13);
  t.is(a.merge(b).merge(b).merge(a).value(), 13);
  t.is(a.apply(0, 'a'), a);
});

test('embedded counter: the newer event of an actor wins; seen-and-dropped entries stay dropped', (t) => {
  const one = EmCounter.empty().apply(4, ['a', 1]);
  const two = one.apply(-1, ['a', 2]);
  t.is(two.value(), 3);
  t.is(one.merge(two).value(), 3);
  // A reset (empty counter under a clock that saw a:2) drops a's entry.
  const reset = EmCounter.empty().withParentClock(new Map([['a', 2]]));
  t.is(two.merge(reset).value(), 0);
  t.is(reset.merge(two).value(), 0);
});

test('OD flag: disable with a context only drops seen enables', (t) => {
  const on = OdFlag.empty().enable(['a', 1]);
  const ctx = new Map([['a', 1]]);
  const onAgain = on.enable(['b', 1]);
  t.true(onAgain.disable(ctx).value());
  t.false(onAgain.disable().value());
  t.false(on.disable(ctx).value());
});

test('LWW register: later timestamp wins; ties go to the larger value', (t) => {
  const r = LwwRegister.empty();
  t.is(r.value, '');
  const v1 = r.assign('one', 10);
  t.is(v1.assign('stale', 10).value, 'one');
  t.is(v1.assign('two', 11).value, 'two');
  t.is(LwwRegister.empty().assign('a', 5).merge(LwwRegister.empty().assign('b', 5)).value, 'b');
  t.is(LwwRegister.empty().assign(undefined, 5).merge(LwwRegister.empty().assign('', 5)).value, '', 'undefined sorts first');
});

test('GSet: union, sorted', (t) => {
  const a = GSet.empty().add(['z', 'a']);
  const b = GSet.empty().add(['m', 'a']);
  t.deepEqual(a.merge(b).value(), ['a', 'm', 'z']);
});
