import test from 'ava';
import { RpbGetResp } from '../../generated/riak.js';
import { replyMemory } from '../../src/client/kv-reply-state.js';
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
