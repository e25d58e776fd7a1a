import test from 'ava';
import fc from 'fast-check';
import { RpbGetReq, RpbPutReq } from '../../generated/riak.js';
import type { FrameRange } from '../../src/codec/frame-slab.js';
import { encodeGetFrameTo, GetFields } from '../../src/codec/get-frame.js';
import { encodePutFrameTo, PutFields } from '../../src/codec/put-frame.js';
import { assertFrame, getRequestFields, putRequestFields, textOrBytes, toWire, withBytes } from '../helpers/request-arbitraries.js';

// The straight-line RpbGetReq and RpbPutReq encoders must write what
// protobufjs writes for every combination of their fields, text or bytes,
// short or long.

const bytes = fc.oneof(
  textOrBytes,
  // Lengths that take two- and three-byte varints, and frames past the slab's 4 KiB.
  fc.integer({ min: 120, max: 20_000 }).map((n) => Buffer.alloc(n, n & 0xff)),
);

const putFieldsArb = fc.record(
  { ...putRequestFields(bytes), value: bytes, contentType: bytes, charset: bytes, contentEncoding: bytes },
  { requiredKeys: ['bucket', 'value'] },
);
const getFieldsArb = fc.record(getRequestFields(bytes), { requiredKeys: ['bucket', 'key'] });

function encode<F extends object>(encodeTo: (code: number, fields: F, out: FrameRange) => void, code: number, fields: F): Buffer {
  const out: FrameRange = { frameBuffer: Buffer.alloc(0), frameStart: 0, frameEnd: 0 };
  encodeTo(code, fields, out);
  return out.frameBuffer.subarray(out.frameStart, out.frameEnd);
}

test('RpbGetReq from GetFields: byte-identical to protobufjs for any field combination', (t) => {
  fc.assert(
    fc.property(getFieldsArb, (given) => {
      const frame = encode(encodeGetFrameTo, 9, Object.assign(new GetFields(), given));
      assertFrame(t, frame, 9, RpbGetReq.encode(withBytes(given) as unknown as RpbGetReq.$Properties).finish());
    }),
    { numRuns: 400 },
  );
});

test('RpbPutReq from PutFields: byte-identical to protobufjs for any field combination', (t) => {
  fc.assert(
    fc.property(putFieldsArb, (given) => {
      const { value, contentType, charset, contentEncoding, ...rest } = given;
      const content = withBytes(Object.fromEntries(Object.entries({ value, contentType, charset, contentEncoding }).filter(([, v]) => v !== undefined)));
      const frame = encode(encodePutFrameTo, 11, Object.assign(new PutFields(), given));
      assertFrame(t, frame, 11, RpbPutReq.encode({ ...withBytes(rest), content } as unknown as RpbPutReq.$Properties).finish());
    }),
    { numRuns: 400 },
  );
});

test('clear() forgets every get field', (t) => {
  const fields = Object.assign(new GetFields(), { bucket: 'b', key: 'k', r: 2, head: true, ifModified: Buffer.from('vc'), type: 't' });
  fields.clear();
  t.deepEqual({ ...fields }, { ...new GetFields() });
});

test('a large put gets a frame of exactly its size, the value copied once; clear() lets go of it', (t) => {
  const value = Buffer.alloc(1024 * 1024, 7);
  const fields = Object.assign(new PutFields(), { bucket: 'b', key: 'usér', value, contentType: 'application/octet-stream' });
  const out: FrameRange = { frameBuffer: Buffer.alloc(0), frameStart: 0, frameEnd: 0 };
  encodePutFrameTo(11, fields, out);
  t.is(out.frameStart, 0);
  t.is(out.frameEnd, out.frameBuffer.length);
  t.is(out.frameBuffer.buffer.byteLength, out.frameBuffer.length, 'one exactly-sized allocation');
  t.true(out.frameBuffer.includes(value));
  fields.clear();
  t.deepEqual({ ...fields }, { ...new PutFields() });
});

test('repeated buckets, types and content types (kept as bytes while they repeat): still byte-identical to protobufjs', (t) => {
  // A few texts, so that runs of the same one (kept as bytes) alternate with changes (written as text).
  const repeated = fc.constantFrom('text/plain', 'application/json; charset=utf-8', 'bücket', 'x'.repeat(65), '');
  fc.assert(
    fc.property(
      fc.array(fc.record({ bucket: repeated, type: repeated, contentType: repeated, charset: repeated, key: bytes }), { minLength: 1, maxLength: 12 }),
      (calls) => {
        for (const { bucket, type, contentType, charset, key } of calls) {
          const put = encode(encodePutFrameTo, 11, Object.assign(new PutFields(), { bucket, type, key, value: 'v', contentType, charset }));
          const content = { value: toWire('v'), contentType: toWire(contentType), charset: toWire(charset) };
          const expectedPut = RpbPutReq.encode({
            bucket: toWire(bucket),
            type: toWire(type),
            key: toWire(key),
            content,
          } as unknown as RpbPutReq.$Properties).finish();
          t.true(put.subarray(5).equals(Buffer.from(expectedPut)));
          const get = encode(encodeGetFrameTo, 9, Object.assign(new GetFields(), { bucket, type, key }));
          const expectedGet = RpbGetReq.encode({ bucket: toWire(bucket), type: toWire(type), key: toWire(key) } as unknown as RpbGetReq.$Properties).finish();
          t.true(get.subarray(5).equals(Buffer.from(expectedGet)));
        }
      },
    ),
    { numRuns: 300 },
  );
});
