import test from 'ava';
import fc from 'fast-check';
import { RpbDelReq, RpbGetReq, RpbPutReq } from '../../generated/riak.js';
import { DEL_REQ_LAYOUT, GET_REQ_LAYOUT, PUT_REQ_LAYOUT, encodeFlatFrameTo, type FlatLayout } from '../../src/codec/flat-encoder.js';
import type { FrameRange } from '../../src/codec/frame-slab.js';
import { QUORUM_SENTINELS } from '../../src/codec/quorum.js';
import { RiakInvalidArgumentError } from '../../src/errors.js';
import { assertFrame, getRequestFields, putRequestFields, textOrBytes, uint32, withBytes } from '../helpers/request-arbitraries.js';

/** The encoded frame as a Buffer of its own bytes (a view into the slab, or the frame's own buffer). */
function encodeFlatFrame(code: number, layout: FlatLayout, message: Readonly<Record<string, unknown>>): Buffer {
  const out: FrameRange = { frameBuffer: Buffer.alloc(0), frameStart: 0, frameEnd: 0 };
  encodeFlatFrameTo(code, layout, message, out);
  return out.frameBuffer.subarray(out.frameStart, out.frameEnd);
}

const bytes = textOrBytes;
const uint = uint32;

test('RpbGetReq: byte-identical to protobufjs for any field combination, text or bytes', (t) => {
  fc.assert(
    fc.property(fc.record(getRequestFields(bytes), { requiredKeys: ['bucket', 'key'] }), (message) => {
      const frame = encodeFlatFrame(9, GET_REQ_LAYOUT, message);
      assertFrame(t, frame, 9, RpbGetReq.encode(withBytes(message) as unknown as RpbGetReq.$Properties).finish());
    }),
    { numRuns: 400 },
  );
});

test('RpbDelReq: byte-identical to protobufjs', (t) => {
  fc.assert(
    fc.property(
      fc.record(
        {
          bucket: bytes,
          key: bytes,
          rw: uint,
          vclock: bytes,
          r: uint,
          w: uint,
          pr: uint,
          pw: uint,
          dw: uint,
          timeout: uint,
          sloppyQuorum: fc.boolean(),
          nVal: uint,
          type: bytes,
        },
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

const bin = fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b));
const pairArb = fc.record({ key: bin, value: bin }, { requiredKeys: ['key'] });
const contentArb = fc.record(
  {
    value: bin,
    contentType: bin,
    charset: bin,
    contentEncoding: bin,
    vtag: bin,
    links: fc.array(fc.record({ bucket: bin, key: bin, tag: bin }, { requiredKeys: [] }), { maxLength: 3 }),
    lastMod: fc.integer({ min: 0, max: 0xffffffff }),
    lastModUsecs: fc.integer({ min: 0, max: 999_999 }),
    usermeta: fc.array(pairArb, { maxLength: 3 }),
    indexes: fc.array(pairArb, { maxLength: 3 }),
    deleted: fc.boolean(),
  },
  { requiredKeys: ['value'] },
);

test('RpbPutReq with nested content: byte-identical to protobufjs', (t) => {
  fc.assert(
    fc.property(fc.record({ ...putRequestFields(bytes), content: contentArb }, { requiredKeys: ['bucket', 'content'] }), (message) => {
      const expected = Buffer.from(RpbPutReq.encode(withBytes(message) as unknown as RpbPutReq.$Properties).finish());
      t.true(encodeFlatFrame(11, PUT_REQ_LAYOUT, message).subarray(5).equals(expected));
    }),
    { numRuns: 300 },
  );
});

test("RpbPutReq content given beside the message (the client passes its params as they are): the same bytes, in place of the message's own", (t) => {
  const contentIndex = PUT_REQ_LAYOUT.names.indexOf('content');
  fc.assert(
    fc.property(
      fc.record({ bucket: bytes, key: bytes, vclock: bytes, w: uint, returnBody: fc.boolean(), type: bytes }, { requiredKeys: ['bucket'] }),
      contentArb,
      fc.option(contentArb, { nil: undefined }),
      (params, content, stale) => {
        const expected = Buffer.from(RpbPutReq.encode(withBytes({ ...params, content }) as unknown as RpbPutReq.$Properties).finish());
        const out: FrameRange = { frameBuffer: Buffer.alloc(0), frameStart: 0, frameEnd: 0 };
        // A content already among the params (a caller's own field) is replaced, not written twice.
        encodeFlatFrameTo(11, PUT_REQ_LAYOUT, stale === undefined ? params : { ...params, content: stale }, out, contentIndex, content);
        t.true(out.frameBuffer.subarray(out.frameStart + 5, out.frameEnd).equals(expected));
      },
    ),
    { numRuns: 200 },
  );
});

test('a 1 MiB put value is copied once, into the frame', (t) => {
  const value = Buffer.alloc(1024 * 1024, 3);
  const frame = encodeFlatFrame(11, PUT_REQ_LAYOUT, { bucket: 'b', key: 'k', content: { value, contentType: 'application/octet-stream' } });
  t.true(frame.includes(value));
  t.is(frame.buffer.byteLength, frame.length, 'one exactly-sized allocation');
});

test('a large put with a short non-ASCII key: the frame is allocated once, the value copied once, the bytes right', (t) => {
  const value = Buffer.alloc(1024 * 1024, 5);
  const message = { bucket: 'b', key: 'usér-1', content: { value, contentType: 'application/octet-stream' } };
  const allocUnsafe = Buffer.allocUnsafe;
  const sizes: number[] = [];
  Buffer.allocUnsafe = (size: number) => {
    sizes.push(size);
    return allocUnsafe(size);
  };
  let frame: Buffer;
  try {
    frame = encodeFlatFrame(11, PUT_REQ_LAYOUT, message);
  } finally {
    Buffer.allocUnsafe = allocUnsafe;
  }
  t.deepEqual(
    sizes.filter((size) => size >= value.length),
    [frame.length],
  );
  t.true(
    frame
      .subarray(5)
      .equals(Buffer.from(RpbPutReq.encode(withBytes({ ...message, content: withBytes(message.content) }) as unknown as RpbPutReq.$Properties).finish())),
  );
});

test('generated class instances encode like plain objects (prototype defaults are not fields)', (t) => {
  const instance = RpbGetReq.create({ bucket: Buffer.from('b'), key: Buffer.from('k') });
  const expected = Buffer.from(RpbGetReq.encode(instance).finish());
  t.true(
    encodeFlatFrame(9, GET_REQ_LAYOUT, instance as unknown as Record<string, unknown>)
      .subarray(5)
      .equals(expected),
  );
});

test('the reused measuring plan survives re-entrant encoding, and each field is read once', (t) => {
  // A getter that encodes another message while this one is being encoded: both frames must be right.
  let inner: Buffer | undefined;
  const outer = {
    bucket: 'b',
    get key() {
      inner ??= encodeFlatFrame(9, GET_REQ_LAYOUT, { bucket: 'inner-bucket', key: 'inner-key', r: 2 });
      return 'k';
    },
  };
  const frame = encodeFlatFrame(9, GET_REQ_LAYOUT, outer);
  t.true(frame.subarray(5).equals(Buffer.from(RpbGetReq.encode({ bucket: Buffer.from('b'), key: Buffer.from('k') }).finish())));
  t.true(inner?.subarray(5).equals(Buffer.from(RpbGetReq.encode({ bucket: Buffer.from('inner-bucket'), key: Buffer.from('inner-key'), r: 2 }).finish())));
  // Each field is read once: a getter answering differently on each read cannot desynchronise the passes.
  let reads = 0;
  const shifty = {
    bucket: 'b',
    get key() {
      return reads++ === 0 ? 'short' : 'a-much-longer-key';
    },
  };
  t.true(
    encodeFlatFrame(9, GET_REQ_LAYOUT, shifty)
      .subarray(5)
      .equals(Buffer.from(RpbGetReq.encode({ bucket: Buffer.from('b'), key: Buffer.from('short') }).finish())),
  );
  t.is(reads, 1);
  // The shared plan was reset after each call: the next encode is correct.
  t.true(
    encodeFlatFrame(9, GET_REQ_LAYOUT, { bucket: 'x', key: 'y' })
      .subarray(5)
      .equals(Buffer.from(RpbGetReq.encode({ bucket: Buffer.from('x'), key: Buffer.from('y') }).finish())),
  );
});
