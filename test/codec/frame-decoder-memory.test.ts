import test from 'ava';
import fc from 'fast-check';
import { DEFAULT_MAX_FRAME_BYTES, FrameDecoder } from '../../src/codec/frame-decoder.js';
import { frame, header, splitAt } from '../helpers/frames.js';

// Memory follows the bytes received, never the length a header announces.
// Serial: the arrayBuffers figures must not see another test's allocations.

const MiB = 1024 * 1024;
const announced = DEFAULT_MAX_FRAME_BYTES - 1; // code + payload: the largest frame accepted

/** A deterministic stream of numbers in [1, max]: chunk sizes that differ without a seed to chase. */
function sizes(max: number, seed = 12345): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    return 1 + (x % max);
  };
}

test.serial('a header announcing 64 MiB plus 3 bytes holds those 8 bytes', (t) => {
  const decoder = new FrameDecoder(() => t.fail('no frame is complete'));
  decoder.push(Buffer.concat([header(announced), Buffer.from([1, 2, 3])]));
  t.is(decoder.bufferedBytes, 8);
  t.is(decoder.heldBytes, 8);
});

test.serial('the same 8 bytes in two reads (header, then 3 bytes) hold at most twice that, never the announced length', (t) => {
  const decoders: FrameDecoder[] = [];
  const before = process.memoryUsage().arrayBuffers;
  for (let i = 0; i < 32; i++) {
    const decoder = new FrameDecoder(() => t.fail('no frame is complete'));
    decoder.push(header(announced));
    decoder.push(Buffer.from([1, 2, 3]));
    t.is(decoder.bufferedBytes, 8);
    t.true(decoder.heldBytes <= 16, `held ${decoder.heldBytes}`);
    decoders.push(decoder);
  }
  // Allocating each announced frame would add 32 x 64 MiB = 2 GiB here.
  const growth = process.memoryUsage().arrayBuffers - before;
  t.true(growth < 64 * MiB, `arrayBuffers grew by ${growth} bytes`);
  for (const decoder of decoders) decoder.stop();
  t.is(decoders[0].heldBytes, 0);
});

test.serial('bytes of a 64 MiB frame arriving one at a time: held memory follows them (≤ 2x, ≤ +4 KiB)', (t) => {
  const decoder = new FrameDecoder(() => t.fail('no frame is complete'));
  const start = header(announced);
  const bad: string[] = [];
  for (let i = 0; i < 200_000; i++) {
    decoder.push(i < start.length ? start.subarray(i, i + 1) : Buffer.of(i & 0xff));
    const held = decoder.heldBytes;
    const received = i + 1;
    if (decoder.bufferedBytes !== received || held > 2 * received || held > received + 4096) bad.push(`after ${received} bytes: held ${held}`);
  }
  t.deepEqual(bad.slice(0, 5), []);
});

test.serial('a large frame pushed in many small chunks yields the exact payload, copied once into a buffer of its size', (t) => {
  const payload = Buffer.alloc(3 * MiB);
  for (let i = 0; i < payload.length; i += 4) payload.writeUInt32LE((i * 2654435761) >>> 0, i);
  const bytes = frame(11, payload);
  const views: Buffer[] = [];
  const decoder = new FrameDecoder((code, view) => {
    t.is(code, 11);
    views.push(view);
  });
  const next = sizes(3000); // below and above the 1 KiB a kept piece needs to stay a view
  let pushed = 0;
  const bad: string[] = [];
  while (pushed < bytes.length) {
    const size = next();
    decoder.push(bytes.subarray(pushed, pushed + size));
    pushed += size;
    const buffered = decoder.bufferedBytes;
    if (decoder.heldBytes > 2 * buffered || decoder.heldBytes > buffered + 4096) bad.push(`at ${pushed}: held ${decoder.heldBytes} for ${buffered}`);
  }
  t.deepEqual(bad.slice(0, 5), []);
  t.is(views.length, 1);
  t.true(views[0].equals(payload));
  t.is(views[0].buffer.byteLength, bytes.length);
  t.is(decoder.heldBytes, 0);
});

test.serial(
  'property: arbitrary chunk sizes of arbitrary frame sequences decode to those frames through both decoders, held memory following the bytes',
  (t) => {
    const frameArb = fc.record({
      code: fc.integer({ min: 0, max: 255 }),
      payload: fc.oneof(fc.uint8Array({ maxLength: 64 }), fc.uint8Array({ maxLength: 9000 })),
    });
    fc.assert(
      fc.property(
        fc.array(frameArb, { minLength: 1, maxLength: 12 }),
        fc.array(fc.integer({ min: 1, max: 5000 }), { minLength: 1, maxLength: 60 }),
        (input, chunkSizes) => {
          const bytes = Buffer.concat(input.map((f) => frame(f.code, f.payload)));
          const cuts: number[] = [];
          for (let at = 0, i = 0; at < bytes.length; i++) cuts.push((at += chunkSizes[i % chunkSizes.length]));
          const viaViews: { code: number; payload: Buffer }[] = [];
          const viaRanges: { code: number; payload: Buffer }[] = [];
          const plain = new FrameDecoder((code, payload) => viaViews.push({ code, payload }));
          const ranged = FrameDecoder.ranges((code, buffer, start, end) => viaRanges.push({ code, payload: buffer.subarray(start, end) }));
          for (const part of splitAt(
            bytes,
            cuts.filter((c) => c < bytes.length),
          )) {
            for (const decoder of [plain, ranged]) {
              decoder.push(part);
              if (decoder.heldBytes > 2 * decoder.bufferedBytes || decoder.heldBytes > decoder.bufferedBytes + 4096) return false;
            }
          }
          const want = input.map((f) => ({ code: f.code, payload: Buffer.from(f.payload) }));
          t.deepEqual(viaViews, want);
          t.deepEqual(viaRanges, want);
          return plain.bufferedBytes === 0 && ranged.bufferedBytes === 0 && plain.heldBytes === 0;
        },
      ),
      { numRuns: 200 },
    );
  },
);
