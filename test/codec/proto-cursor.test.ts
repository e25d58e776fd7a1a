import test from 'ava';
import fc from 'fast-check';
import protobuf from 'protobufjs/minimal.js';
import { Cursor } from '../../src/codec/proto-cursor.js';

const encoded = (value: number) => Buffer.from(protobuf.Writer.create().uint64(value).finish());

test('varints read as protobufjs writes them: every length, at the end of the range or not', (t) => {
  const edges = [0, 1, 127, 128, 16383, 16384, 2 ** 21 - 1, 2 ** 21, 2 ** 28 - 1, 2 ** 28, 2 ** 32 - 1, 2 ** 32, 2 ** 35 + 5, Number.MAX_SAFE_INTEGER];
  const check = (value: number) => {
    const bytes = encoded(value);
    // Alone (the varint ends the range) and followed by padding (the fast path's lookahead).
    for (const buf of [bytes, Buffer.concat([bytes, Buffer.alloc(8)])]) {
      const cursor = new Cursor(buf, 0, buf.length);
      t.is(cursor.varint(), value);
      t.is(cursor.pos, bytes.length);
    }
  };
  edges.forEach(check);
  fc.assert(
    fc.property(fc.oneof(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.maxSafeNat()), (value) => check(value)),
    { numRuns: 500 },
  );
});

test('a varint cut short by the end of the range throws', (t) => {
  const bytes = encoded(2 ** 30);
  t.throws(() => new Cursor(bytes, 0, bytes.length - 1).varint(), { instanceOf: RangeError });
});
