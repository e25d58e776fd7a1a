import test from 'ava';
import fc from 'fast-check';
import type { Socket } from 'node:net';
import { WriteBatcher } from '../../src/connection/write-batcher.js';

// The write batching of a connection (issue 15 split it out of connection.ts):
// what reaches the socket for the frames one flush hands over.

/** A socket that records writes and corks, and answers `write` with what `accept` says. */
class RecordingSocket {
  readonly writes: Buffer[] = [];
  corks = 0;
  uncorks = 0;
  accept: (chunk: Buffer) => boolean = () => true;
  #drain: (() => void) | undefined;

  write(chunk: Buffer): boolean {
    this.writes.push(chunk);
    return this.accept(chunk);
  }
  cork(): void {
    this.corks++;
  }
  uncork(): void {
    this.uncorks++;
  }
  once(event: string, listener: () => void): this {
    if (event === 'drain') this.#drain = listener;
    return this;
  }
  get waitsForDrain(): boolean {
    return this.#drain !== undefined;
  }
  drain(): void {
    const listener = this.#drain;
    this.#drain = undefined;
    listener?.();
  }
}

type Frame = [buffer: Buffer, start: number, end: number];

/** A batcher over a recording socket whose flushes hand over the frames queued in `pending`, while the socket takes them. */
function batcher() {
  const socket = new RecordingSocket();
  const pending: Frame[] = [];
  const taken: number[] = [];
  const writer: WriteBatcher = new WriteBatcher(socket as unknown as Socket, () => {
    let n = 0;
    while (pending.length > 0 && writer.writable) {
      const [buffer, start, end] = pending.shift() as Frame;
      writer.add(buffer, start, end);
      n++;
    }
    taken.push(n);
  });
  return { socket, pending, taken, writer };
}

/** Lets the flush scheduled with process.nextTick run (it was queued first). */
const flushed = () => new Promise<void>((resolve) => process.nextTick(resolve));

/**
 * A batcher whose socket refused the first flush's write: three 17 KiB
 * frames were pending (larger than a write chunk, so each is its own write),
 * the second write was refused, and the third frame still waits.
 */
async function waitingForDrain(fill: number) {
  const parts = batcher();
  const { socket, pending, writer } = parts;
  const big = () => Buffer.alloc(17 * 1024, fill);
  pending.push([big(), 0, 17 * 1024], [big(), 0, 17 * 1024], [big(), 0, 17 * 1024]);
  socket.accept = () => false;
  writer.schedule();
  await flushed();
  return parts;
}

test('frames back to back in one buffer leave as one write of a view of it, not a copy', async (t) => {
  const { socket, pending, writer } = batcher();
  const slab = Buffer.alloc(100, 7);
  pending.push([slab, 0, 10], [slab, 10, 25], [slab, 25, 40]);
  writer.schedule();
  writer.schedule(); // one flush per tick, however many requests asked for it
  await flushed();
  t.is(socket.writes.length, 1);
  const [chunk] = socket.writes;
  t.is(chunk.length, 40);
  t.is(chunk.buffer, slab.buffer, 'a view of the slab');
  t.is(chunk.byteOffset, slab.byteOffset);
  t.is(socket.corks, 0);
});

test('separate small frames are copied into one chunk; a large one is written as it is, corked with the rest', async (t) => {
  const { socket, pending, writer } = batcher();
  const small = [Buffer.from('aaaa'), Buffer.from('bbbbbb'), Buffer.from('cc')];
  const large = Buffer.alloc(20 * 1024, 1);
  pending.push([small[0], 0, 4], [small[1], 0, 6], [large, 0, large.length], [small[2], 0, 2]);
  writer.schedule();
  await flushed();
  t.deepEqual(
    socket.writes.map((chunk) => chunk.length),
    [10, large.length, 2],
  );
  t.deepEqual(socket.writes[0], Buffer.from('aaaabbbbbb'));
  t.is(socket.writes[1], large, 'the large frame itself, never copied');
  t.deepEqual([socket.corks, socket.uncorks], [1, 1], 'corked from the second write on, uncorked once');
});

test('when the socket asks to wait for drain, the flush stops taking frames and the next starts on drain', async (t) => {
  const { socket, pending, taken, writer } = await waitingForDrain(2);
  t.deepEqual(taken, [2], 'the second frame closed the run of the first, whose write asked to wait');
  t.is(socket.writes.length, 2);
  t.true(socket.waitsForDrain);
  writer.schedule(); // a new request while draining waits for the drain
  await flushed();
  t.deepEqual(taken, [2]);
  socket.accept = () => true;
  socket.drain();
  await flushed();
  t.deepEqual(taken, [2, 1]);
  t.is(socket.writes.length, 3);
  t.is(pending.length, 0);
});

test('whatever the frames (shared or separate buffers, any sizes), the bytes written are the frames in order', async (t) => {
  const frame = fc.record({ length: fc.oneof(fc.integer({ min: 1, max: 64 }), fc.integer({ min: 16 * 1024, max: 40 * 1024 })), shared: fc.boolean() });
  await fc.assert(
    fc.asyncProperty(fc.array(frame, { minLength: 1, maxLength: 40 }), async (frames) => {
      const { socket, pending, writer } = batcher();
      const slab = Buffer.alloc(frames.reduce((sum, f) => sum + f.length, 0));
      let offset = 0;
      const expected: Buffer[] = [];
      for (const [i, f] of frames.entries()) {
        const bytes = Buffer.alloc(f.length, i % 251);
        expected.push(bytes);
        if (f.shared) {
          bytes.copy(slab, offset);
          pending.push([slab, offset, offset + f.length]);
        } else {
          pending.push([bytes, 0, f.length]);
        }
        offset += f.length;
      }
      writer.schedule();
      await flushed();
      // Buffer.equals, not t.deepEqual: ava's deep comparison of a megabyte of bytes takes a CPU-second.
      t.true(Buffer.concat(socket.writes).equals(Buffer.concat(expected)), 'the bytes written are the frames, in order');
      t.is(socket.corks, socket.writes.length > 1 ? 1 : 0);
      t.is(socket.uncorks, socket.corks);
    }),
    { numRuns: 60 },
  );
});

test('flushNow runs the flush that is due at once; the end of the tick flushes what came after, with no second tick queued', async (t) => {
  const { socket, pending, taken, writer } = batcher();
  const slab = Buffer.alloc(30, 1);
  pending.push([slab, 0, 10]);
  writer.schedule();
  pending.push([slab, 10, 20]);
  writer.schedule();
  writer.flushNow();
  t.deepEqual(taken, [2], 'flushed synchronously');
  t.deepEqual(
    socket.writes.map((w) => w.length),
    [20],
  );
  writer.flushNow(); // nothing due: nothing happens
  t.deepEqual(taken, [2]);
  pending.push([slab, 20, 30]);
  writer.schedule(); // due again: the tick queued by the first schedule() flushes it
  await flushed();
  t.deepEqual(taken, [2, 1]);
  t.deepEqual(
    socket.writes.map((w) => w.length),
    [20, 10],
  );
  // One tick was queued for both flushes: nothing more runs.
  await flushed();
  t.deepEqual(taken, [2, 1]);
});

test('flushNow does nothing while the socket asks to wait for drain', async (t) => {
  const { socket, pending, taken, writer } = await waitingForDrain(3);
  t.true(socket.waitsForDrain);
  writer.schedule();
  writer.flushNow();
  t.deepEqual(taken, [2]);
  t.is(pending.length, 1);
  socket.accept = () => true;
  socket.drain();
  await flushed();
  t.deepEqual(taken, [2, 1]);
});
