import test from 'ava';
import fc from 'fast-check';
import { RpbIndexResp, RpbListBucketsResp, RpbListKeysResp } from '../../generated/riak.js';
import { type BatchFrame, decodeBytesBatch, decodeIndexBatch } from '../../src/client/batch-decoders.js';
import { bytes, pair } from '../helpers/kv-arbitraries.js';
import { varint } from '../helpers/frames.js';

/*
 * The listing and 2i frame decoders read what the generated decoders read:
 * random messages, with unknown fields (groups included) between the known
 * ones, decode to the same items, `done` and continuation; mutated and cut
 * payloads throw exactly when the generated decoder throws.
 */

const EMPTY = Buffer.alloc(0);

/** A checked frame with its items made: what the stream hands on. */
function read<T>(frame: BatchFrame<T>) {
  const items = frame.items();
  return { items, done: frame.done, continuation: frame.continuation, count: frame.count };
}

/** One unknown field (numbers above the messages' own), any wire type protobufjs skips, groups nested once. */
const unknownField: fc.Arbitrary<number[]> = fc.letrec<{ field: number[] }>((tie) => ({
  field: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.tuple(fc.integer({ min: 5, max: 2000 }), fc.nat()).map(([n, v]) => [...varint(n * 8), ...varint(v)]),
    fc.tuple(fc.integer({ min: 5, max: 2000 }), fc.uint8Array({ minLength: 8, maxLength: 8 })).map(([n, b]) => [...varint(n * 8 + 1), ...b]),
    fc.tuple(fc.integer({ min: 5, max: 2000 }), fc.uint8Array({ maxLength: 20 })).map(([n, b]) => [...varint(n * 8 + 2), ...varint(b.length), ...b]),
    fc.tuple(fc.integer({ min: 5, max: 2000 }), fc.uint8Array({ minLength: 4, maxLength: 4 })).map(([n, b]) => [...varint(n * 8 + 5), ...b]),
    fc
      .tuple(fc.integer({ min: 5, max: 2000 }), fc.array(tie('field') as fc.Arbitrary<number[]>, { maxLength: 2 }))
      .map(([n, inner]) => [...varint(n * 8 + 3), ...inner.flat(), ...varint(n * 8 + 4)]),
  ),
})).field;

/**
 * A payload built field by field: each part a message of one field, encoded
 * alone (protobuf merges concatenated messages: repeated fields append, the
 * last scalar wins), some followed by an unknown field.
 */
function payloadOf<P>(encode: (part: P) => Uint8Array, parts: [P, number[] | null][]): Buffer {
  return Buffer.concat(parts.flatMap(([part, unknown]) => [encode(part), Buffer.from(unknown ?? [])]));
}
const maybeUnknown = fc.option(unknownField, { freq: 3 });

type KeysPart = { keys: Buffer[] } | { done: boolean };
const keysParts = fc.array(
  fc.tuple(
    fc.oneof(
      bytes.map((key): KeysPart => ({ keys: [key] })),
      fc.boolean().map((done): KeysPart => ({ done })),
    ),
    maybeUnknown,
  ),
  {
    maxLength: 14,
  },
);
type IndexPart = { keys: Buffer[] } | { results: { key: Buffer; value?: Buffer }[] } | { continuation: Buffer } | { done: boolean };
const indexParts = fc.array(
  fc.tuple(
    fc.oneof(
      bytes.map((key): IndexPart => ({ keys: [key] })),
      pair.map((p): IndexPart => ({ results: [p] })),
      bytes.map((continuation): IndexPart => ({ continuation })),
      fc.boolean().map((done): IndexPart => ({ done })),
    ),
    maybeUnknown,
  ),
  { maxLength: 14 },
);
const encodeKeys = (part: KeysPart) => RpbListKeysResp.encode(part).finish();
const encodeBuckets = (part: KeysPart) => RpbListBucketsResp.encode('keys' in part ? { buckets: part.keys } : part).finish();
const encodeIndex = (part: IndexPart) => RpbIndexResp.encode(part).finish();

/** What the streams made of a generated RpbIndexResp before: pairs as { key, term } when any, else keys; a non-empty continuation. */
function expectedIndex(payload: Buffer) {
  const message = RpbIndexResp.decode(payload);
  const items =
    message.results.length > 0
      ? message.results.map((p) => ({ key: Buffer.from(p.value ?? EMPTY), term: Buffer.from(p.key) }))
      : message.keys.map((key) => ({ key: Buffer.from(key) }));
  const continuation = Object.hasOwn(message, 'continuation') && message.continuation.length > 0 ? Buffer.from(message.continuation) : undefined;
  return { items, done: message.done === true, continuation, count: items.length };
}

function expectedBytes(decode: (payload: Buffer) => { done?: boolean }, field: 'keys' | 'buckets', payload: Buffer) {
  const message = decode(payload) as { done?: boolean } & Record<typeof field, Uint8Array[]>;
  const items = message[field].map((b) => Buffer.from(b));
  return { items, done: message.done === true, continuation: undefined, count: items.length };
}

test('list keys and list buckets frames decode to their keys and done, unknown fields skipped', (t) => {
  fc.assert(
    fc.property(keysParts, (parts) => {
      const keys = payloadOf(encodeKeys, parts);
      t.deepEqual(
        read(decodeBytesBatch(keys)),
        expectedBytes((p) => RpbListKeysResp.decode(p), 'keys', keys),
      );
      const buckets = payloadOf(encodeBuckets, parts);
      t.deepEqual(
        read(decodeBytesBatch(buckets)),
        expectedBytes((p) => RpbListBucketsResp.decode(p), 'buckets', buckets),
      );
    }),
    { numRuns: 200 },
  );
});

test('2i frames decode to { key } per key, or { key, term } per pair, with their continuation and done', (t) => {
  fc.assert(
    fc.property(indexParts, (parts) => {
      const payload = payloadOf(encodeIndex, parts);
      t.deepEqual(read(decodeIndexBatch(payload)), expectedIndex(payload));
    }),
    { numRuns: 200 },
  );
});

test('a frame inside a larger buffer decodes from its range only, its bytes views of that buffer', (t) => {
  const payload = Buffer.from(RpbListKeysResp.encode({ keys: [Buffer.from('a'), Buffer.from('bc')] }).finish());
  const buffer = Buffer.concat([Buffer.from([0x0a, 0x01, 0x7a]), payload, Buffer.from([0x10, 0x01])]);
  const frame = decodeBytesBatch(buffer, 3, 3 + payload.length);
  t.is(frame.count, 2);
  t.false(frame.done);
  const items = frame.items();
  t.deepEqual(items.map(String), ['a', 'bc']);
  t.is(items[0].buffer, buffer.buffer);
  // Made anew on each call: the arrays are the caller's.
  t.not(frame.items(), items);
  t.deepEqual(frame.items(), items);
});

function outcome<T>(decode: () => T): T | Error {
  try {
    return decode();
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

test('mutated and cut payloads are refused when they arrive exactly when the generated decoders refuse them', (t) => {
  const mutation = fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 }), fc.nat());
  fc.assert(
    fc.property(indexParts, fc.array(mutation, { minLength: 1, maxLength: 3 }), fc.boolean(), (parts, mutations, cut) => {
      const payload = payloadOf(encodeIndex, parts);
      if (payload.length === 0) return;
      for (const [where, value] of mutations) payload[where % payload.length] = value;
      const bad = cut ? payload.subarray(0, mutations[0][2] % payload.length) : payload;
      const pairs: [() => BatchFrame<unknown>, () => unknown][] = [
        [() => decodeIndexBatch(bad), () => expectedIndex(bad)],
        [() => decodeBytesBatch(bad), () => expectedBytes((p) => RpbListKeysResp.decode(p), 'keys', bad)],
      ];
      for (const [ours, theirs] of pairs) {
        const frame = outcome(ours);
        const expected = outcome(theirs);
        const message = () => `ours: ${frame}, generated: ${expected}, payload ${bad.toString('hex')}`;
        if (frame instanceof Error || expected instanceof Error) t.is(frame instanceof Error, expected instanceof Error, message());
        // A frame that passed the check makes its items without throwing.
        else t.deepEqual(read(frame), expected, message());
      }
    }),
    { numRuns: 400 },
  );
});

test('a pair without its term is refused as protobufjs refuses it', (t) => {
  // results: one RpbPair with only a value
  const payload = Buffer.from([0x12, 0x03, 0x12, 0x01, 0x6b]);
  t.throws(() => RpbIndexResp.decode(payload), { any: true, message: /missing required 'key'/ });
  t.throws(() => decodeIndexBatch(payload), { message: /missing required 'key'/ });
});
