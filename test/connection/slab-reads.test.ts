import test from 'ava';
import fc from 'fast-check';
import { encodeMessage } from '../../src/codec/message-table.js';
import { SlabReads } from '../../src/connection/slab-reads.js';
import { startFakePeer } from '../helpers/fake-peer.js';
import { connect, echo, getOp } from '../helpers/connection-peer.js';

// A plain connection reads its socket into slabs of its own (net's `onread`):
// each read lands after the last one in the slab, and a slab is never
// written again, so every view handed out stays as it was.

/** What Node does with an `onread` whose buffer is a function: ask for a buffer, fill some of it, call back, ask again. */
function feed(reads: SlabReads, chunks: Buffer[]): void {
  const { buffer, callback } = reads.onread as { buffer: () => Uint8Array; callback: (bytes: number, buffer: Uint8Array) => boolean };
  for (const chunk of chunks) {
    const into = buffer();
    into.set(chunk);
    callback(chunk.length, into);
  }
}

test('property: every chunk handed on holds the bytes read, and still does after any number of later reads', (t) => {
  fc.assert(
    fc.property(fc.array(fc.uint8Array({ minLength: 1, maxLength: 40_000 }), { minLength: 1, maxLength: 40 }), (arrays) => {
      const reads = new SlabReads();
      const handed: Buffer[] = [];
      reads.onChunk = (chunk) => handed.push(chunk);
      const chunks = arrays.map((bytes) => Buffer.from(bytes));
      feed(reads, chunks);
      return handed.length === chunks.length && handed.every((chunk, i) => chunk.equals(chunks[i]));
    }),
    { numRuns: 100 },
  );
  t.pass();
});

test('reads share a slab while 16 KiB of it is left; then a new one', (t) => {
  const reads = new SlabReads();
  const handed: Buffer[] = [];
  reads.onChunk = (chunk) => handed.push(chunk);
  feed(reads, [Buffer.alloc(100, 1), Buffer.alloc(50_000, 2), Buffer.alloc(10_000, 3), Buffer.alloc(100, 4)]);
  const [a, b, c, d] = handed;
  t.is(a.buffer, b.buffer, 'the second read lands after the first');
  t.is(b.byteOffset, a.byteOffset + 100);
  t.not(c.buffer, b.buffer, 'under 16 KiB left (64 KiB - 50,100): a new slab');
  t.is(d.buffer, c.buffer);
  t.is(d.byteOffset, c.byteOffset + 10_000);
  // Stopped: reads are dropped, not handed on.
  reads.stop();
  feed(reads, [Buffer.alloc(10, 5)]);
  t.is(handed.length, 4);
});

test('a plain connection reads through its slabs, not through data events; values stay valid after many more reads', async (t) => {
  const peer = await startFakePeer(({ payload, socket }) => {
    // Each reply carries its key and a value made of the key repeated: a later read written over it would show.
    const key = String(payload.subarray(payload.length - 4));
    socket.write(encodeMessage('RpbGetResp', { vclock: Buffer.from(key), content: [{ value: Buffer.from(key.repeat(25)) }] }));
  });
  const connection = await connect(peer.port);
  t.teardown(async () => {
    await connection.close();
    await peer.close();
  });
  t.is(connection.socket.listenerCount('data'), 0);
  const key = (i: number) => `k${String(i).padStart(3, '0')}`;
  const first = (await connection.send(getOp(key(0)))) as { content: { value: Uint8Array }[] };
  const kept = first.content[0].value;
  t.is(Buffer.from(kept).toString(), key(0).repeat(25));
  // Enough replies to fill several slabs, some in bursts of many per read.
  for (let round = 0; round < 20; round++) {
    const replies = await Promise.all(Array.from({ length: 100 }, (_, i) => connection.send(getOp(key(i)))));
    t.true(replies.every((reply, i) => String((reply as { vclock: Uint8Array }).vclock) === key(i)));
  }
  t.is(Buffer.from(kept).toString(), key(0).repeat(25), 'the first value is still what was read');
});

test('a connection opened without security cannot be upgraded to TLS: its socket is read into slabs', async (t) => {
  const peer = await startFakePeer(echo);
  const connection = await connect(peer.port);
  t.teardown(async () => {
    await connection.close();
    await peer.close();
  });
  t.throws(() => connection.detachForUpgrade(), { message: /opened without security: it cannot be upgraded/ });
});
