import test from 'ava';
import fc from 'fast-check';
import { RpbGetResp } from '../../generated/riak.js';
import { decodeCommonGet } from '../../src/client/common-get-reply.js';
import { doneReading, readFrom } from '../../src/client/kv-reply-state.js';
import { decodeGetResult } from '../../src/client/kv-result-decoder.js';
import { toGetResult } from '../../src/client/kv-results.js';
import type { GetResult } from '../../src/client/kv-types.js';

// The fast path of get replies must take the reply nearly every get gets,
// and whatever it takes must decode exactly as protobufjs decodes it; the
// rest it leaves to the full decoder, which refuses what protobufjs refuses.

const text = fc
  .oneof(fc.constantFrom('', 'application/octet-stream', 'text/plain', 'utf-8', 'gzip'), fc.string({ maxLength: 30 }))
  .map((s) => Buffer.from(s, 'utf8'));
const bytes = (maxLength: number) => fc.uint8Array({ maxLength }).map((b) => Buffer.from(b));
const uint32 = fc.oneof(fc.integer({ min: 0, max: 0xffffffff }), fc.constantFrom(0, 127, 128, 2 ** 28 - 1, 2 ** 28, 0xffffffff));

/** A found object without siblings, links, usermeta or indexes: what Riak sends for most gets. */
const commonReply = fc
  .record(
    {
      // Up to three-byte lengths (a value of 20,000 bytes) now and then.
      value: fc.oneof({ weight: 5, arbitrary: bytes(300) }, { weight: 1, arbitrary: fc.integer({ min: 16_000, max: 20_000 }).map((n) => Buffer.alloc(n, 7)) }),
      contentType: text,
      charset: text,
      contentEncoding: text,
      vtag: bytes(30),
      lastMod: uint32,
      lastModUsecs: uint32,
      deleted: fc.boolean(),
    },
    { requiredKeys: ['value'] },
  )
  .chain((content) =>
    fc.record({ content: fc.constant(content).map((only) => [only]), vclock: bytes(60), unchanged: fc.boolean() }, { requiredKeys: ['content'] }),
  )
  .map((message: RpbGetResp.$Properties) => Buffer.from(RpbGetResp.encode(message).finish()));

/** `payload` inside a larger buffer, between bytes the decoders must not read. */
const embedded = (payload: Buffer, before: Uint8Array, after: Uint8Array) => {
  const buffer = Buffer.concat([before, payload, after]);
  return { buffer, start: before.length, end: before.length + payload.length };
};

function fast(buffer: Buffer, start: number, end: number): GetResult | undefined {
  readFrom(buffer);
  try {
    return decodeCommonGet(buffer, start, end);
  } finally {
    doneReading();
  }
}

/** Everything a result holds, its contents' lazily made `vtag` and `lastMod` included. */
const comparable = (result: GetResult) => ({
  ...result,
  siblings: result.siblings.map((content) => ({ ...content, vtag: content.vtag, lastMod: content.lastMod })),
  content: result.content && { ...result.content, vtag: result.content.vtag, lastMod: result.content.lastMod },
});

type Outcome = { value: unknown } | { threw: true };
function outcome(decode: () => GetResult): Outcome {
  try {
    return { value: comparable(decode()) };
  } catch {
    return { threw: true };
  }
}

test('the common get reply takes the fast path and decodes as protobufjs does, wherever it lies in its buffer', (t) => {
  fc.assert(
    fc.property(commonReply, bytes(8), bytes(8), (payload, before, after) => {
      const { buffer, start, end } = embedded(payload, before, after);
      const result = fast(buffer, start, end);
      if (result === undefined) return t.fail(`fast path refused ${payload.toString('hex')}`);
      t.deepEqual(comparable(result), comparable(toGetResult(RpbGetResp.decode(payload))));
      // Views of the reply, as the full decoder's are.
      t.is(result.value?.buffer, buffer.buffer);
    }),
    { numRuns: 600 },
  );
});

test('mutated and cut common replies: the fast path decodes them as protobufjs does or leaves them to the full decoder', (t) => {
  let taken = 0;
  let left = 0;
  const mutation = fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 }));
  fc.assert(
    fc.property(commonReply, fc.array(mutation, { maxLength: 3 }), fc.option(fc.nat()), bytes(4), (payload, mutations, cut, after) => {
      for (const [where, value] of mutations) payload[where % payload.length] = value;
      const bad = cut === null ? payload : payload.subarray(0, cut % (payload.length + 1));
      const expected = outcome(() => toGetResult(RpbGetResp.decode(bad)));
      const { buffer, start, end } = embedded(bad, Buffer.alloc(3, 0x0a), after);
      const result = fast(buffer, start, end);
      if (result === undefined) left++;
      else {
        taken++;
        t.deepEqual({ value: comparable(result) }, expected, bad.toString('hex'));
      }
      // Whichever path it takes, the decoder's answer is protobufjs's.
      t.deepEqual(
        outcome(() => decodeGetResult(buffer, start, end)),
        expected,
        bad.toString('hex'),
      );
    }),
    { numRuns: 1500 },
  );
  // Both paths ran: the property above is not vacuous for either.
  t.true(taken > 100, `fast path took ${taken}`);
  t.true(left > 100, `fast path left ${left}`);
});

test('siblings, links, usermeta, indexes and unknown fields are left to the full decoder', (t) => {
  const content = { value: Buffer.from('v'), contentType: Buffer.from('text/plain') };
  const pair = { key: Buffer.from('k'), value: Buffer.from('v') };
  const replies: RpbGetResp.$Properties[] = [
    { content: [content, content] },
    { content: [{ ...content, links: [{ bucket: Buffer.from('b'), key: Buffer.from('k'), tag: Buffer.from('t') }] }] },
    { content: [{ ...content, usermeta: [pair] }] },
    { content: [{ ...content, indexes: [pair] }] },
    {},
  ];
  for (const message of replies) {
    const payload = Buffer.from(RpbGetResp.encode(message).finish());
    t.is(fast(payload, 0, payload.length), undefined);
    t.deepEqual(comparable(decodeGetResult(payload)), comparable(toGetResult(RpbGetResp.decode(payload))));
  }
  // An unknown field (number 12, a varint) after the vclock.
  const known = Buffer.from(RpbGetResp.encode({ content: [content], vclock: Buffer.from('vc') }).finish());
  const unknown = Buffer.concat([known, Buffer.from([0x60, 0x01])]);
  t.not(fast(known, 0, known.length), undefined);
  t.is(fast(unknown, 0, unknown.length), undefined);
  t.deepEqual(comparable(decodeGetResult(unknown)), comparable(decodeGetResult(known)));
});

test('last-modified times of every varint length: taken when below 2^32 in five bytes, as protobufjs reads them', (t) => {
  const value = [0x0a, 0x01, 0x76]; // value "v"
  const cases = [
    [0x7f],
    [0xff, 0x7f],
    [0xff, 0xff, 0xff, 0x7f],
    [0xff, 0xff, 0xff, 0xff, 0x0f], // 2^32 - 1
    [0x80, 0x80, 0x80, 0x80, 0x10], // 2^32: protobufjs keeps the low 32 bits
    [0xff, 0xff, 0xff, 0xff, 0x1f],
    [0x80, 0x80, 0x80, 0x80, 0x80, 0x01], // six bytes
    [0x80, 0x00], // a zero in two bytes
  ];
  for (const varint of cases) {
    for (const tag of [0x38, 0x40]) {
      const body = tag === 0x38 ? [...value, tag, ...varint] : [...value, 0x38, 0x01, tag, ...varint];
      const payload = Buffer.from([0x0a, body.length, ...body]);
      const expected = comparable(toGetResult(RpbGetResp.decode(payload)));
      const result = fast(payload, 0, payload.length);
      t.is(result === undefined, varint.length > 5 || varint[4] >= 0x10, payload.toString('hex'));
      if (result !== undefined) t.deepEqual(comparable(result), expected, payload.toString('hex'));
      t.deepEqual(comparable(decodeGetResult(payload)), expected);
    }
  }
});
