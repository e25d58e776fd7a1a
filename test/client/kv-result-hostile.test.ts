import test from 'ava';
import fc from 'fast-check';
import { RpbContent, RpbGetResp, RpbPutResp } from '../../generated/riak.js';
import { fromRpbContent } from '../../src/client/content.js';
import { decodeGetResult, decodePutResult } from '../../src/client/kv-result-decoder.js';
import { toGetResult } from '../../src/client/kv-results.js';
import { content as contentArb } from '../helpers/kv-arbitraries.js';

// The get/put reply decoder must accept exactly what protobufjs (the
// generated decoder) accepts, and decode it to the same result: fields a
// newer Riak may add, of any wire type, groups included, are skipped; field
// number 0, over-long tags, bad group ends and truncations throw; lengths and
// flags are read as protobufjs reads them.

function varint(value: bigint): number[] {
  const out: number[] = [];
  let v = value;
  while (v >= 0x80n) {
    out.push(Number(v & 0x7fn) | 0x80);
    v >>= 7n;
  }
  out.push(Number(v));
  return out;
}
const key = (field: number, wire: number) => varint(BigInt((field << 3) | wire));
const delimited = (field: number, body: Uint8Array) => [...key(field, 2), ...varint(BigInt(body.length)), ...body];

/** A field a decoder may meet: unknown ones of every wire type, groups, and the malformed. */
const oddField = fc.oneof(
  fc
    .record({ field: fc.integer({ min: 12, max: 2000 }), value: fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }) })
    .map(({ field, value }) => [...key(field, 0), ...varint(value)]),
  fc.record({ field: fc.integer({ min: 12, max: 2000 }), bytes: fc.uint8Array({ maxLength: 20 }) }).map(({ field, bytes }) => delimited(field, bytes)),
  fc.integer({ min: 12, max: 2000 }).map((field) => [...key(field, 1), 1, 2, 3, 4, 5, 6, 7, 8]),
  fc.integer({ min: 12, max: 2000 }).map((field) => [...key(field, 5), 1, 2, 3, 4]),
  // a group, maybe with a field inside, maybe ended by the wrong field
  fc
    .record({ field: fc.integer({ min: 12, max: 200 }), inner: fc.boolean(), endField: fc.oneof(fc.constant(-1), fc.integer({ min: 1, max: 300 })) })
    .map(({ field, inner, endField }) => [...key(field, 3), ...(inner ? [...key(1, 0), 1] : []), ...key(endField < 0 ? field : endField, 4)]),
  // field number 0, a lone end-group tag, wire types 6 and 7
  fc.constantFrom([0x00, 0x01], [0x02, 0x00], [...key(20, 4)], [...key(20, 6), 0], [...key(20, 7), 0]),
  // a tag of six bytes, and lengths whose varint does not fit 32 bits
  fc.constant([0x80, 0x80, 0x80, 0x80, 0x80, 0x01]),
  fc
    .record({ field: fc.integer({ min: 12, max: 100 }), low: fc.integer({ min: 0, max: 3 }) })
    .map(({ field, low }) => [...key(field, 2), ...varint(2n ** 32n + BigInt(low)), ...Array(low).fill(7)]),
);

/** A known field with a wire type its decoder does not expect (a content as a varint, a lastMod as bytes...). */
const mistyped = (fields: number[]) =>
  fc.record({ field: fc.constantFrom(...fields), wire: fc.constantFrom(0, 1, 2, 5) }).map(({ field, wire }) => {
    if (wire === 0) return [...key(field, 0), 5];
    if (wire === 1) return [...key(field, 1), 1, 2, 3, 4, 5, 6, 7, 8];
    if (wire === 5) return [...key(field, 5), 1, 2, 3, 4];
    return delimited(field, Uint8Array.of(1, 2));
  });

const extras = (fields: number[]) => fc.array(fc.oneof(oddField, mistyped(fields)), { maxLength: 3 });

/** A content whose body carries odd fields before and after its own. */
const content = fc.tuple(contentArb, extras([1, 2, 5, 6, 7, 8, 9, 11]), extras([3, 4, 10])).map(([message, before, after]) => {
  const body = RpbContent.encode(message as RpbContent.$Properties).finish();
  return Uint8Array.from([...before.flat(), ...body, ...after.flat()]);
});

const reply = (field3: fc.Arbitrary<number[]>) =>
  fc
    .tuple(fc.array(content, { maxLength: 3 }), fc.option(fc.uint8Array({ maxLength: 40 })), fc.option(field3), extras([1, 2, 3]), fc.boolean())
    .map(([contents, vclock, third, odd, oddFirst]) => {
      const own = [...contents.flatMap((c) => delimited(1, c)), ...(vclock ? delimited(2, vclock) : []), ...(third ?? [])];
      return Buffer.from(oddFirst ? [...odd.flat(), ...own] : [...own, ...odd.flat()]);
    });

type Outcome = { value: unknown } | { threw: true };
function outcome(decode: () => unknown): Outcome {
  try {
    return { value: decode() };
  } catch {
    return { threw: true };
  }
}

test('get replies with unknown, mistyped and malformed fields: decoded or refused exactly as protobufjs does', (t) => {
  const unchanged = fc.boolean().map((b) => [...key(3, 0), b ? 1 : 0]);
  fc.assert(
    fc.property(reply(unchanged), (payload) => {
      t.deepEqual(
        outcome(() => decodeGetResult(payload)),
        outcome(() => toGetResult(RpbGetResp.decode(payload))),
      );
    }),
    { numRuns: 1500 },
  );
});

test('put replies with unknown, mistyped and malformed fields: decoded or refused exactly as protobufjs does', (t) => {
  const keyField = fc.uint8Array({ maxLength: 20 }).map((bytes) => delimited(3, bytes));
  fc.assert(
    fc.property(reply(keyField), (payload) => {
      t.deepEqual(
        outcome(() => decodePutResult(payload)),
        outcome(() => {
          const generated = RpbPutResp.decode(payload);
          const siblings = generated.content.map(fromRpbContent);
          const only = siblings.length === 1 ? siblings[0] : undefined;
          return {
            key: Object.hasOwn(generated, 'key') ? Buffer.from(generated.key) : undefined,
            vclock: Object.hasOwn(generated, 'vclock') ? Buffer.from(generated.vclock) : undefined,
            siblings,
            content: only,
            value: only?.value,
          };
        }),
      );
    }),
    { numRuns: 1500 },
  );
});

test('flags are true when any bit is set, and lengths stop at 31 bits, as protobufjs reads them', (t) => {
  // `unchanged` as a varint of 2^32: a flag with a bit set, so true.
  const flag = Buffer.from([...key(3, 0), ...varint(2n ** 32n)]);
  t.true(decodeGetResult(flag).unchanged);
  t.true(RpbGetResp.decode(flag).unchanged);
  // A vclock length of 2^31 (five bytes) or 2^32 + 2 (six): refused, not wrapped.
  for (const length of [2n ** 31n, 2n ** 32n + 2n]) {
    const payload = Buffer.from([...key(2, 2), ...varint(length), 7, 8, 9, 9, 9, 9]);
    t.throws(() => decodeGetResult(payload), { message: /invalid length encoding/ });
    t.throws(() => RpbGetResp.decode(payload), { message: /invalid length encoding/ });
  }
  // The largest length protobufjs takes, 2^31 - 1, is read (and is beyond the message).
  const longest = Buffer.from([...key(2, 2), ...varint(2n ** 31n - 1n), 7]);
  t.throws(() => decodeGetResult(longest), { instanceOf: RangeError });
  t.throws(() => RpbGetResp.decode(longest), { instanceOf: RangeError });
});

test('mutated and cut get replies: decoded or refused exactly as protobufjs does', (t) => {
  const unchanged = fc.boolean().map((b) => [...key(3, 0), b ? 1 : 0]);
  const mutation = fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 }));
  fc.assert(
    fc.property(reply(unchanged), fc.array(mutation, { minLength: 1, maxLength: 3 }), fc.option(fc.nat()), (payload, mutations, cut) => {
      if (payload.length === 0) return;
      for (const [where, value] of mutations) payload[where % payload.length] = value;
      const bad = cut === null ? payload : payload.subarray(0, cut % payload.length);
      t.deepEqual(
        outcome(() => decodeGetResult(bad)),
        outcome(() => toGetResult(RpbGetResp.decode(bad))),
        bad.toString('hex'),
      );
    }),
    { numRuns: 1500 },
  );
});
