import test from 'ava';
import fc from 'fast-check';
import { Orswot } from '../../src/server/datatypes/crdt/orswot.js';
import { PreconditionError } from '../../src/server/datatypes/crdt/precondition.js';

const add = (...adds: string[]) => ({ adds, removes: [] });
const remove = (...removes: string[]) => ({ adds: [], removes });

test('adds are kept in byte order; each add is one event of the actor', (t) => {
  const set = Orswot.empty().apply(add('b', 'a', '\u00ff', 'A'), 'r1');
  t.deepEqual(set.value(), ['A', 'a', 'b', '\u00ff']);
  t.is(set.clock.get('r1'), 4);
});

test('remove without context needs the member, and rejects the whole op when it is missing', (t) => {
  const set = Orswot.empty().apply(add('a'), 'r1');
  t.deepEqual(set.apply(remove('a'), 'r1').value(), []);
  const error = t.throws(() => set.apply({ adds: ['b'], removes: ['a', 'zz'] }, 'r1'), { instanceOf: PreconditionError });
  t.deepEqual(error?.missing, { kind: 'element', member: 'zz' });
  t.deepEqual(set.value(), ['a'], 'the set itself is unchanged');
});

test('remove with a context never fails and drops only what the context saw', (t) => {
  const seen = Orswot.empty().apply(add('a'), 'r1');
  const ctx = seen.clock;
  const readded = seen.apply(add('a'), 'r1');
  t.deepEqual(readded.apply(remove('a', 'ghost'), 'r1', ctx).value(), ['a'], 'the unseen re-add survives');
  t.deepEqual(seen.apply(remove('a'), 'r1', ctx).value(), []);
});

test('a concurrent add wins over a remove (observed-remove)', (t) => {
  const base = Orswot.empty().apply(add('x'), 'a');
  const removed = base.apply(remove('x'), 'a');
  const readded = base.apply(add('x'), 'b');
  t.deepEqual(removed.merge(readded).value(), ['x']);
  t.deepEqual(readded.merge(removed).value(), ['x']);
  const plainRemove = base.merge(removed);
  t.deepEqual(plainRemove.value(), [], 'a remove of a seen add sticks');
});

test('a remove whose context is ahead of the replica is deferred until the add arrives', (t) => {
  const a = Orswot.empty().apply(add('x'), 'a');
  const b = Orswot.empty().apply(remove('x'), 'b', a.clock);
  t.is(b.deferredCount, 1);
  const merged = b.merge(a);
  t.deepEqual(merged.value(), []);
  t.is(merged.deferredCount, 0);
});

const op = fc.record({
  actor: fc.constantFrom('a', 'b', 'c'),
  adds: fc.array(fc.constantFrom('x', 'y', 'z'), { maxLength: 2 }),
  removes: fc.array(fc.constantFrom('x', 'y', 'z'), { maxLength: 2 }),
  merge: fc.option(fc.constantFrom('a', 'b', 'c'), { nil: undefined }),
});

test('replicas converge whatever the merge order (property)', (t) => {
  fc.assert(
    fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
      const replicas = new Map(['a', 'b', 'c'].map((r) => [r, Orswot.empty()]));
      for (const { actor, adds, removes, merge } of ops) {
        let set = replicas.get(actor) as Orswot;
        if (merge !== undefined) set = set.merge(replicas.get(merge) as Orswot);
        // Removes go with the replica's own context so they never fail.
        replicas.set(actor, set.apply({ adds, removes }, actor, set.clock));
      }
      const [a, b, c] = [...replicas.values()];
      const left = a.merge(b).merge(c);
      const right = c.merge(a.merge(b.merge(a)));
      return JSON.stringify(left.value()) === JSON.stringify(right.value()) && JSON.stringify(left.merge(left).value()) === JSON.stringify(left.value());
    }),
  );
  t.pass();
});
