import test from 'ava';
import fc from 'fast-check';
import { RpbGetResp } from '../../generated/riak.js';
import { decodeGetResp } from '../../src/codec/get-resp-decoder.js';
import { getResponse as response } from '../helpers/kv-arbitraries.js';

/** Own enumerable fields, recursively, with bytes as plain arrays: what presence-aware code sees. */
function shape(value: unknown): unknown {
  if (value instanceof Uint8Array) return [...value];
  if (Array.isArray(value)) return value.map(shape);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, shape((value as Record<string, unknown>)[k])]));
  }
  return value;
}

test('decodes any RpbGetResp exactly as the generated decoder does', (t) => {
  fc.assert(
    fc.property(response, (message) => {
      const payload = Buffer.from(RpbGetResp.encode(message as RpbGetResp.$Properties).finish());
      const ours = decodeGetResp(payload);
      const theirs = RpbGetResp.decode(payload);
      t.true(ours instanceof RpbGetResp);
      t.deepEqual(shape(ours), shape(theirs));
      t.is(ours.unchanged, theirs.unchanged);
      t.deepEqual([...ours.vclock], [...theirs.vclock]);
    }),
    { numRuns: 300 },
  );
});

test('values are views of the payload, not copies', (t) => {
  const payload = Buffer.from(RpbGetResp.encode({ content: [{ value: Buffer.from('hello') }] }).finish());
  const value = decodeGetResp(payload).content[0].value as Buffer;
  t.is(value.buffer, payload.buffer);
});

test('unknown fields are skipped and malformed payloads throw', (t) => {
  const known = Buffer.from(RpbGetResp.encode({ vclock: Buffer.from('vc') }).finish());
  // field 15, varint 1 and field 14, length-delimited "xy" appended
  const withUnknown = Buffer.concat([known, Buffer.from([0x78, 0x01, 0x72, 0x02, 0x78, 0x79])]);
  t.is(String(decodeGetResp(withUnknown).vclock), 'vc');
  t.throws(() => decodeGetResp(Buffer.from([0x0a, 0x05, 0x0a])), { instanceOf: RangeError });
  t.throws(() => decodeGetResp(Buffer.from([0x0a, 0x02, 0x12, 0x00])), { message: /missing required 'value'/ });
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 200 }), (garbage) => {
      try {
        decodeGetResp(Buffer.from(garbage));
      } catch (error) {
        t.true(error instanceof Error);
      }
    }),
    { numRuns: 500 },
  );
});
