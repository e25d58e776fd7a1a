import test from 'ava';
import fc from 'fast-check';
import { RpbDelReq, RpbGetReq } from '../generated/riak.js';
import { DEL_REQ_LAYOUT, GET_REQ_LAYOUT, encodeFlatFrame } from '../src/codec/flat-encoder.js';
import { QUORUM_SENTINELS } from '../src/codec/quorum.js';
import { RiakInvalidArgumentError } from '../src/errors.js';

const bytes = fc.oneof(
  fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b)),
  fc.string({ maxLength: 100 }),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
);
const uint = fc.oneof(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 0xffffffff }), fc.constantFrom(...Object.values(QUORUM_SENTINELS)));
const toWire = (v: unknown) => (typeof v === 'string' ? Buffer.from(v, 'utf8') : v);

function withBytes(message: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(message).map(([k, v]) => [k, toWire(v)]));
}

test('RpbGetReq: byte-identical to protobufjs for any field combination, text or bytes', (t) => {
  fc.assert(
    fc.property(
      fc.record(
        { bucket: bytes, key: bytes, r: uint, pr: uint, basicQuorum: fc.boolean(), notfoundOk: fc.boolean(), ifModified: bytes, head: fc.boolean(),
          deletedvclock: fc.boolean(), timeout: uint, sloppyQuorum: fc.boolean(), nVal: uint, type: bytes, nodeConfirms: uint },
        { requiredKeys: ['bucket', 'key'] },
      ),
      (message) => {
        const frame = encodeFlatFrame(9, GET_REQ_LAYOUT, message);
        const expected = Buffer.from(RpbGetReq.encode(withBytes(message) as unknown as RpbGetReq.$Properties).finish());
        t.is(frame.readUInt32BE(0), expected.length + 1);
        t.is(frame[4], 9);
        t.true(frame.subarray(5).equals(expected));
      },
    ),
    { numRuns: 400 },
  );
});

test('RpbDelReq: byte-identical to protobufjs', (t) => {
  fc.assert(
    fc.property(
      fc.record(
        { bucket: bytes, key: bytes, rw: uint, vclock: bytes, r: uint, w: uint, pr: uint, pw: uint, dw: uint, timeout: uint,
          sloppyQuorum: fc.boolean(), nVal: uint, type: bytes },
        { requiredKeys: ['bucket', 'key'] },
      ),
      (message) => {
        const expected = Buffer.from(RpbDelReq.encode(withBytes(message) as unknown as RpbDelReq.$Properties).finish());
        t.true(encodeFlatFrame(13, DEL_REQ_LAYOUT, message).subarray(5).equals(expected));
      },
    ),
    { numRuns: 300 },
  );
});

test('quorum names become sentinels; bad values are typed errors', (t) => {
  const frame = encodeFlatFrame(9, GET_REQ_LAYOUT, { bucket: 'b', key: 'k', r: 'quorum' });
  t.is(RpbGetReq.decode(frame.subarray(5)).r, QUORUM_SENTINELS.quorum);
  t.throws(() => encodeFlatFrame(9, GET_REQ_LAYOUT, { bucket: 'b', key: 'k', r: -1 }), { instanceOf: RiakInvalidArgumentError });
  t.throws(() => encodeFlatFrame(9, GET_REQ_LAYOUT, { bucket: 42, key: 'k' }), { instanceOf: RiakInvalidArgumentError });
});
