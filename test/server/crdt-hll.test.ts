import test from 'ava';
import { Hll } from '../../src/server/datatypes/crdt/hll.js';

const members = (n: number, prefix = '') => Array.from({ length: n }, (_, i) => Buffer.from(`${prefix}${i + 1}`));

test('small sets count exactly; duplicates do not count', (t) => {
  t.is(Hll.empty().value(), 0);
  t.is(Hll.empty().add(members(1)).value(), 1);
  t.is(
    Hll.empty()
      .add([...members(50), ...members(50)])
      .value(),
    50,
  );
  t.is(Hll.empty().add(members(1000)).value(), 999, 'the same estimate riak_kv_hll (basho/hyper) gives for 1..1000');
});

test('large sets are estimated within the sketch error', (t) => {
  const estimate = Hll.empty().add(members(30000)).value();
  t.true(Math.abs(estimate - 30000) / 30000 < 0.03, String(estimate));
});

test('merge is a union', (t) => {
  const a = Hll.empty().add(members(100, 'a'));
  const b = Hll.empty().add(members(100, 'b'));
  t.is(a.merge(b).value(), 200);
  t.is(a.merge(a).value(), 100);
});

test('precision comes from the bucket type (4..16)', (t) => {
  // basho/hyper gives the same numbers: 16 registers make 5 members collide into an estimate of 6.
  t.is(Hll.empty(4).add(members(5)).value(), 6);
  t.is(Hll.empty(10).add(members(20)).value(), 20);
  t.is(Hll.empty(16).precision, 16);
  t.throws(() => Hll.empty(17), { instanceOf: RangeError });
  t.throws(() => Hll.empty(4).merge(Hll.empty(5)), { instanceOf: RangeError });
});
