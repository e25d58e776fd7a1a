import test from 'ava';
import fc from 'fast-check';
import { RpbErrorResp } from '../../generated/riak.js';
import { decodeErrorResponse } from '../../src/codec/error-response.js';
import { varint } from '../helpers/frames.js';

/** A protobuf field of any of the four wire types decodeErrorResponse must read or skip. */
const field = fc.oneof(
  fc.record({
    number: fc.integer({ min: 1, max: 4 }),
    wire: fc.constant(0),
    value: fc.oneof(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 2 ** 32 - 1 })),
  }),
  fc.record({ number: fc.integer({ min: 1, max: 4 }), wire: fc.constant(2), value: fc.uint8Array({ maxLength: 40 }) }),
  fc.record({ number: fc.integer({ min: 1, max: 4 }), wire: fc.constantFrom(1, 5), value: fc.constant(0) }),
);

function encode(fields: { number: number; wire: number; value: number | Uint8Array }[]): Uint8Array {
  const bytes: number[] = [];
  for (const { number, wire, value } of fields) {
    bytes.push(...varint(number * 8 + wire));
    if (wire === 0) bytes.push(...varint(value as number));
    else if (wire === 2) bytes.push(...varint((value as Uint8Array).length), ...(value as Uint8Array));
    else bytes.push(...new Array<number>(wire === 1 ? 8 : 4).fill(7));
  }
  return Uint8Array.from(bytes);
}

/** What the generated class makes of a payload: the same shape, or that it throws. */
function generated(payload: Uint8Array): { errmsg: string; errcode: number } | 'throws' {
  try {
    const decoded = RpbErrorResp.decode(payload);
    return { errmsg: Buffer.from(decoded.errmsg).toString('utf8'), errcode: decoded.errcode };
  } catch {
    return 'throws';
  }
}

function ours(payload: Uint8Array): { errmsg: string; errcode: number } | 'throws' {
  try {
    return decodeErrorResponse(payload);
  } catch {
    return 'throws';
  }
}

/** A field whose raw bytes are given: over-long varints, groups (matched or not), field number 0. */
const oddField = fc.oneof(
  // errcode as a ten-byte varint (a negative int64 on the wire)
  fc.constant([0x10, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]),
  // a group holding a varint field, closed by its own end tag or another field's
  fc
    .record({ number: fc.integer({ min: 1, max: 4 }), end: fc.integer({ min: 0, max: 4 }) })
    .map(({ number, end }) => [(number << 3) | 3, 0x08, 0x05, (end << 3) | 4]),
  fc.constant([0x00, 0x00]),
  fc.uint8Array({ minLength: 1, maxLength: 6 }).map((bytes) => [...bytes]),
);

test('decodeErrorResponse reads what the generated RpbErrorResp does, and fails where it fails (random fields, cut anywhere)', (t) => {
  fc.assert(
    fc.property(fc.array(field, { maxLength: 6 }), fc.nat(), (fields, cut) => {
      const whole = encode(fields);
      for (const payload of [whole, whole.subarray(0, cut % (whole.length + 1))]) t.deepEqual(ours(payload), generated(payload));
    }),
    { numRuns: 500 },
  );
});

test('decodeErrorResponse agrees with the generated class on odd encodings and on random bytes', (t) => {
  fc.assert(
    fc.property(
      fc.array(
        fc.oneof(
          field.map((f) => [...encode([f])]),
          oddField,
        ),
        { maxLength: 6 },
      ),
      (pieces) => {
        const payload = Uint8Array.from(pieces.flat());
        t.deepEqual(ours(payload), generated(payload));
      },
    ),
    { numRuns: 1000 },
  );
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 40 }), (payload) => {
      t.deepEqual(ours(payload), generated(payload));
    }),
    { numRuns: 1000 },
  );
});

test('a real error reply, and the required fields named as the generated class names them', (t) => {
  const reply = RpbErrorResp.encode({ errmsg: Buffer.from('{n_val_violation,3}'), errcode: 0 }).finish();
  t.deepEqual(decodeErrorResponse(reply), { errmsg: '{n_val_violation,3}', errcode: 0 });
  t.throws(() => decodeErrorResponse(new Uint8Array(0)), { message: "missing required 'errmsg'" });
  t.throws(() => decodeErrorResponse(encode([{ number: 1, wire: 2, value: Buffer.from('x') }])), { message: "missing required 'errcode'" });
  // protobufjs throws its ProtocolError (not an Error instance) with the same text.
  t.throws(() => RpbErrorResp.decode(new Uint8Array(0)), { any: true, message: "missing required 'errmsg'" });
});
