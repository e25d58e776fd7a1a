import test from 'ava';
import fc from 'fast-check';
import { RpbGetResp } from '../../generated/riak.js';
import { doneReading, readFrom, repeatedTextIn, replyMemory } from '../../src/client/kv-reply-state.js';
import { textCache } from '../../src/client/wire-text.js';
import { decodeGetResult } from '../../src/client/kv-result-decoder.js';

// Decoding remembers the memory of the last receive buffer (the next reply of
// the same socket read skips reading it again), but never a large one: a
// big value's buffer must not stay pinned once its result is dropped.

const reply = (value: Buffer, siblings: number) =>
  Buffer.from(RpbGetResp.encode({ content: Array.from({ length: siblings }, () => ({ value })), vclock: Buffer.from('vc') }).finish());

for (const siblings of [1, 2]) {
  const path = siblings === 1 ? 'fast path' : 'full decoder';
  test(`${path}: a receive buffer of a socket read is remembered, a large one let go`, (t) => {
    const small = reply(Buffer.from('v'), siblings);
    t.is(decodeGetResult(small).siblings.length, siblings);
    t.is(replyMemory(), small.buffer);
    const large = reply(Buffer.alloc(300 * 1024, 1), siblings);
    t.is(decodeGetResult(large).siblings[0].value.length, 300 * 1024);
    t.is(replyMemory().byteLength, 0);
  });
}

test('repeated texts: a text read from the cache is always the text of the bytes, however little they differ from the last', (t) => {
  const base = 'application/octet-stream;v=1';
  // Texts of one length: the base's prefix, or it with one byte changed (any position); now and then another text.
  const variant = (length: number) =>
    fc.oneof(
      fc.constant(base.slice(0, length)),
      fc.tuple(fc.nat(Math.max(0, length - 1)), fc.integer({ min: 0x20, max: 0x7e })).map(([at, code]) => {
        const text = base.slice(0, length);
        return text.slice(0, at) + String.fromCharCode(code) + text.slice(at + 1);
      }),
      fc.string({ maxLength: 40 }),
    );
  const reads = fc
    .integer({ min: 0, max: base.length })
    .chain((length) => fc.array(fc.tuple(variant(length), fc.constantFrom(0, 1, 3)), { minLength: 1, maxLength: 12 }));
  fc.assert(
    fc.property(reads, fc.boolean(), (texts, sameBuffer) => {
      const cache = textCache();
      const shared = Buffer.alloc(4096, 0x55);
      for (const [text, offset] of texts) {
        const bytes = Buffer.from(text, 'utf8');
        // Either one receive buffer for every read (its memory remembered) or a new one each time.
        const reply = sameBuffer ? shared : Buffer.alloc(bytes.length + 20, 0x55);
        bytes.copy(reply, offset);
        readFrom(reply);
        t.is(repeatedTextIn(reply, offset, offset + bytes.length, cache), bytes.toString('utf8'));
        doneReading();
      }
    }),
    { numRuns: 500 },
  );
});
