import test from 'ava';
import { InvalidContextError, decodeContext, encodeContext } from '../../src/server/datatypes/context-codec.js';

test('a context is term_to_binary of the sorted clock, as riak_dt_vclock:to_binary writes it', (t) => {
  const clock = new Map([
    ['b', 300],
    ['abc', 1],
    ['c', 5000000000],
  ]);
  // erl: term_to_binary([{<<"abc">>,1},{<<"b">>,300},{<<"c">>,5000000000}])
  const erlang = [
    131, 108, 0, 0, 0, 3, 104, 2, 109, 0, 0, 0, 3, 97, 98, 99, 97, 1, 104, 2, 109, 0, 0, 0, 1, 98, 98, 0, 0, 1, 44, 104, 2, 109, 0, 0, 0, 1, 99, 110, 5, 0, 0,
    242, 5, 42, 1, 106,
  ];
  t.deepEqual([...encodeContext(clock)], erlang);
  t.deepEqual([...encodeContext(new Map())], [131, 106]);
  t.deepEqual([...decodeContext(Buffer.from(erlang))].sort(), [...clock].sort());
});

test('round trip keeps binary actors byte for byte', (t) => {
  const clock = new Map([[Buffer.from([0, 255, 128, 7]).toString('latin1'), 42]]);
  t.deepEqual(decodeContext(encodeContext(clock)), clock);
});

test('anything but a clock is rejected', (t) => {
  for (const bytes of [
    Buffer.alloc(0),
    Buffer.from('garbage'),
    Buffer.from([131, 100, 0, 3, 102, 111, 111]), // the atom foo
    Buffer.from([131, 108, 0, 0, 0, 1, 97, 1, 106]), // [1]
    Buffer.from([131, 108, 0, 0, 0, 1, 104, 2, 109, 0, 0, 0, 1, 97, 98, 255, 255, 255, 255, 106]), // negative counter
    Buffer.from([131, 106, 0]), // trailing byte
  ]) {
    t.throws(() => decodeContext(bytes), { instanceOf: InvalidContextError }, bytes.toString('hex'));
  }
});
