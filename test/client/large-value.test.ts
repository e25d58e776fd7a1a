import test from 'ava';
import { useSharedDevServer } from '../helpers/shared-dev-server.js';

// A 1 MiB value over a real connection: it arrives in many socket reads, and
// between the socket and the caller its bytes are copied once, when the frame
// decoder assembles the reply's frame; the value is a view of that frame.

const shared = useSharedDevServer(test);
const MiB = 1024 * 1024;

/** Bytes that differ along the value, so a shifted, truncated or reordered chunk shows. */
function pattern(size: number, seed: number): Buffer {
  const out = Buffer.allocUnsafe(size);
  let x = seed;
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out[i] = x >>> 16;
  }
  return out;
}

test('a 1 MiB value round-trips byte for byte, and the value read back is a view of its one reply frame', async (t) => {
  const { client } = shared;
  const value = pattern(MiB, 18);
  await client.put({ bucket: 'large', key: 'one-mib', value, contentType: 'application/octet-stream' });
  const result = await client.get({ bucket: 'large', key: 'one-mib' });
  t.true(result.found);
  const got = result.value as Buffer;
  t.is(got.length, value.length);
  t.true(got.equals(value));
  // Not a copy of its own (that would start at offset 0 of a buffer of exactly its size):
  // a view into the assembled frame, which holds the value plus its small envelope, and
  // which the vclock is a view of too.
  t.true(got.byteOffset > 0);
  t.true(got.buffer.byteLength - got.length < 1024, `frame buffer of ${got.buffer.byteLength} bytes for a ${got.length}-byte value`);
  t.is(result.vclock?.buffer, got.buffer);
});

test('values around the 1 MiB mark and the socket read size round-trip exactly, side by side', async (t) => {
  const { client } = shared;
  const sizes = [65535, 65536, 65537, MiB - 1, MiB + 1];
  const values = sizes.map((size, i) => pattern(size, i + 1));
  await Promise.all(values.map((value, i) => client.put({ bucket: 'large', key: `k${i}`, value })));
  // Pipelined on one connection, the replies' frames follow each other in the same reads.
  const results = await Promise.all(sizes.map((_, i) => client.get({ bucket: 'large', key: `k${i}` })));
  for (const [i, result] of results.entries()) {
    t.true(result.value?.equals(values[i]), `value of ${sizes[i]} bytes`);
  }
});
