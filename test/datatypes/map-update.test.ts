import test from 'ava';
import { MapUpdate } from '../../src/datatypes/map-update.js';
import { decodeMap } from '../../src/datatypes/map.js';
import { DtOp, MapEntry } from '../../generated/riak.js';
import { RiakInvalidArgumentError } from '../../src/errors.js';

const b = (s: string) => Buffer.from(s);
const COUNTER = 1;
const SET = 2;
const REGISTER = 3;
const FLAG = 4;
const MAP = 5;

test('builds every kind of field update, nested maps included', (t) => {
  const update = new MapUpdate()
    .incrementCounter('visits', 2)
    .addToSet('tags', 'a', 'b')
    .removeFromSet('tags', 'c')
    .setRegister('name', 'Ada')
    .enableFlag('active')
    .disableFlag('banned')
    .updateMap('address', (a) => a.setRegister('city', 'London').incrementCounter('moves'));
  t.deepEqual(update.toOp(), {
    updates: [
      { field: { name: b('visits'), type: COUNTER }, counterOp: { increment: 2 } },
      { field: { name: b('tags'), type: SET }, setOp: { adds: [b('a'), b('b')], removes: [b('c')] } },
      { field: { name: b('name'), type: REGISTER }, registerOp: b('Ada') },
      { field: { name: b('active'), type: FLAG }, flagOp: 1 },
      { field: { name: b('banned'), type: FLAG }, flagOp: 2 },
      {
        field: { name: b('address'), type: MAP },
        mapOp: {
          updates: [
            { field: { name: b('city'), type: REGISTER }, registerOp: b('London') },
            { field: { name: b('moves'), type: COUNTER }, counterOp: { increment: 1 } },
          ],
        },
      },
    ],
  });
});

test('operations on one field combine', (t) => {
  const op = new MapUpdate()
    .incrementCounter('c', 2)
    .incrementCounter('c', -5)
    .addToSet('s', 'x')
    .addToSet('s', 'y')
    .updateMap('m', (m) => m.enableFlag('f'))
    .updateMap('m', (m) => m.setRegister('r', 'v'))
    .toOp();
  t.is(op.updates?.length, 3);
  t.deepEqual(op.updates?.[0].counterOp, { increment: -3 });
  t.deepEqual(op.updates?.[1].setOp, { adds: [b('x'), b('y')] });
  t.is(op.updates?.[2].mapOp?.updates?.length, 2);
});

/** Protobuf base-128 varint of a non-negative bigint. */
function varint(value: bigint): Buffer {
  const out: number[] = [];
  do {
    let byte = Number(value & 0x7fn);
    value >>= 7n;
    if (value > 0n) byte |= 0x80;
    out.push(byte);
  } while (value > 0n);
  return Buffer.from(out);
}

test('bigint increments add up exactly', (t) => {
  const op = new MapUpdate()
    .incrementCounter('c', 2n ** 60n)
    .incrementCounter('c', 1)
    .toOp();
  // Beyond 2^53, the increment is sent as a decimal string protobufjs writes as a Long.
  // Decoding gives numbers (exact to 2^53 only), so check the wire bytes: the
  // zigzag varint of 2^60 + 1 must be in the encoded op.
  const bytes = Buffer.from(DtOp.encode({ mapOp: op }).finish());
  t.true(bytes.includes(varint((2n ** 60n + 1n) * 2n)));
  t.false(bytes.includes(varint(2n ** 60n * 2n)), 'not rounded');
});

test('same name, different types, are different fields', (t) => {
  const op = new MapUpdate().incrementCounter('x').addToSet('x', 'a').toOp();
  t.is(op.updates?.length, 2);
});

test('remove drops queued updates of that field; a later update cancels the removal', (t) => {
  const first = new MapUpdate().addToSet('tags', 'a').removeSet('tags').removeCounter('old').toOp();
  t.deepEqual(first, {
    removes: [
      { name: b('tags'), type: SET },
      { name: b('old'), type: COUNTER },
    ],
  });
  const second = new MapUpdate().removeRegister('name').setRegister('name', 'Bo').removeFlag('f').removeMap('m').toOp();
  t.deepEqual(second, {
    removes: [
      { name: b('f'), type: FLAG },
      { name: b('m'), type: MAP },
    ],
    updates: [{ field: { name: b('name'), type: REGISTER }, registerOp: b('Bo') }],
  });
});

test('the op encodes as a valid DtOp', (t) => {
  const op = new MapUpdate()
    .incrementCounter('c', 3)
    .addToSet('s', 'v')
    .updateMap('m', (m) => m.removeCounter('z'))
    .toOp();
  const decoded = DtOp.decode(DtOp.encode({ mapOp: op }).finish());
  t.is(decoded.mapOp?.updates?.length, 3);
  t.is(Buffer.from(decoded.mapOp?.updates?.[2].mapOp?.removes?.[0].name ?? []).toString(), 'z');
});

test('isEmpty and validation', (t) => {
  t.true(new MapUpdate().isEmpty);
  t.false(new MapUpdate().enableFlag('x').isEmpty);
  t.throws(() => new MapUpdate().incrementCounter('c', 1.5), { instanceOf: RiakInvalidArgumentError });
  t.throws(() => new MapUpdate().addToSet('s', 3 as never), { instanceOf: RiakInvalidArgumentError, message: /values\[0\]/ });
  t.throws(() => new MapUpdate().setRegister(7 as never, 'x'), { message: /field name/ });
  t.throws(() => new MapUpdate().updateMap('m', 'nope' as never), { message: /callback/ });
});

test('decodeMap turns entries into typed records, recursively', (t) => {
  const entries = [
    { field: { name: b('visits'), type: COUNTER }, counterValue: 7 },
    { field: { name: b('tags'), type: SET }, setValue: [b('a'), b('b')] },
    { field: { name: b('name'), type: REGISTER }, registerValue: b('Ada') },
    { field: { name: b('active'), type: FLAG }, flagValue: true },
    { field: { name: b('__proto__'), type: FLAG }, flagValue: false },
    { field: { name: b('address'), type: MAP }, mapValue: [{ field: { name: b('city'), type: REGISTER }, registerValue: b('London') }] },
  ];
  // Through the real codec: counters come back as Long objects.
  const decoded = entries.map((entry) => MapEntry.decode(MapEntry.encode(entry).finish()));
  const map = decodeMap(decoded);
  t.deepEqual(map.counters, { visits: 7 });
  t.deepEqual(map.sets.tags.map(String), ['a', 'b']);
  t.is(map.registers.name.toString(), 'Ada');
  t.is(map.flags.active, true);
  t.true(Object.hasOwn(map.flags, '__proto__'));
  t.is(Object.getPrototypeOf(map.flags), Object.prototype);
  t.is(map.maps.address.registers.city.toString(), 'London');
  t.deepEqual(map.maps.address.counters, {});
});
