import test from 'ava';
import fc from 'fast-check';
import { FrameDecoder } from '../../src/codec/frame-decoder.js';
import { RiakProtocolError } from '../../src/errors.js';
import { frame, header, splitAt } from '../helpers/frames.js';

interface Decoded {
  code: number;
  payload: Buffer;
}

function collect(maxFrameBytes?: number) {
  const frames: Decoded[] = [];
  const decoder = new FrameDecoder((code, payload) => frames.push({ code, payload: Buffer.from(payload) }), maxFrameBytes);
  return { frames, decoder };
}

/**
 * A decoder that keeps the payload views it is handed (not copies), plus a
 * copy of each taken when it was delivered: a view that later differs from its
 * copy was overwritten by a later push.
 */
function collectViews(maxFrameBytes?: number) {
  const views: Decoded[] = [];
  const copies: Decoded[] = [];
  const decoder = new FrameDecoder((code, payload) => {
    views.push({ code, payload });
    copies.push({ code, payload: Buffer.from(payload) });
  }, maxFrameBytes);
  return { views, copies, decoder };
}

/** The first frame whose code or payload bytes differ, or undefined. */
function firstDifference(got: readonly Decoded[], want: readonly Decoded[]): string | undefined {
  if (got.length !== want.length) return `${got.length} frames instead of ${want.length}`;
  for (let i = 0; i < want.length; i++) {
    if (got[i].code !== want[i].code) return `frame ${i}: code ${got[i].code} instead of ${want[i].code}`;
    if (!got[i].payload.equals(want[i].payload)) return `frame ${i}: payload ${got[i].payload.toString('hex')} instead of ${want[i].payload.toString('hex')}`;
  }
  return undefined;
}

const sample = [frame(2), frame(10, Buffer.from('hello world')), frame(0, Buffer.from([0x0a, 0x03, 0x61, 0x62, 0x63, 0x10, 0x00])), frame(255)];
const stream = Buffer.concat(sample);
const expected = sample.map((f) => ({ code: f[4], payload: f.subarray(5) }));

test('decodes a body-less frame (length 1)', (t) => {
  const { frames, decoder } = collect();
  decoder.push(Buffer.from([0, 0, 0, 1, 2]));
  t.deepEqual(frames, [{ code: 2, payload: Buffer.alloc(0) }]);
  t.is(decoder.bufferedBytes, 0);
});

test('decodes many frames from one chunk, in order', (t) => {
  const { frames, decoder } = collect();
  decoder.push(stream);
  t.deepEqual(frames, expected);
});

test('every single split point of the stream yields the same frames', (t) => {
  for (let cut = 0; cut <= stream.length; cut++) {
    const { frames, decoder } = collect();
    for (const part of splitAt(stream, [cut])) decoder.push(part);
    t.deepEqual(frames, expected, `split at ${cut}`);
  }
});

test('every pair of split points yields the same frames: codes and payload bytes, views intact to the end', (t) => {
  const failures: string[] = [];
  for (let a = 0; a <= stream.length; a++) {
    for (let b = a; b <= stream.length; b++) {
      const { views, copies, decoder } = collectViews();
      for (const part of splitAt(stream, [a, b])) decoder.push(part);
      // As delivered, and as the views read after every later push.
      const problem = firstDifference(copies, expected) ?? firstDifference(views, expected);
      if (problem !== undefined) failures.push(`split at ${a},${b}: ${problem}`);
      if (decoder.bufferedBytes !== 0) failures.push(`split at ${a},${b}: ${decoder.bufferedBytes} bytes left`);
    }
  }
  t.deepEqual(failures, []);
});

test('byte by byte: nothing is delivered before a frame is complete', (t) => {
  const { frames, decoder } = collect();
  const one = frame(10, Buffer.from('abc'));
  for (let i = 0; i < one.length - 1; i++) {
    decoder.push(one.subarray(i, i + 1));
    t.is(frames.length, 0);
    t.is(decoder.bufferedBytes, i + 1);
  }
  decoder.push(one.subarray(one.length - 1));
  t.deepEqual(frames, [{ code: 10, payload: Buffer.from('abc') }]);
  t.is(decoder.bufferedBytes, 0);
});

test('a frame inside one chunk is delivered as a view, without copying', (t) => {
  const chunk = Buffer.concat([frame(10, Buffer.from('view')), frame(2)]);
  const views: Buffer[] = [];
  new FrameDecoder((_code, payload) => views.push(payload)).push(chunk);
  t.is(views[0].buffer, chunk.buffer);
  t.is(views[0].byteOffset, chunk.byteOffset + 5);
});

test('FrameDecoder.ranges hands out the same payloads as ranges of the received buffer, split frames included', (t) => {
  const frames = [frame(10, Buffer.from('alpha')), frame(2), frame(12, Buffer.alloc(3000, 9))];
  const joined = Buffer.concat(frames);
  const viaViews: { code: number; payload: Buffer }[] = [];
  const viaRanges: { code: number; payload: Buffer; inChunk: boolean }[] = [];
  const plain = new FrameDecoder((code, payload) => viaViews.push({ code, payload: Buffer.from(payload) }));
  const ranged = FrameDecoder.ranges((code, buffer, start, end) =>
    viaRanges.push({ code, payload: Buffer.from(buffer.subarray(start, end)), inChunk: buffer.buffer === joined.buffer }),
  );
  for (let i = 0; i < joined.length; i += 7) {
    plain.push(joined.subarray(i, i + 7));
    ranged.push(joined.subarray(i, i + 7));
  }
  t.deepEqual(
    viaRanges.map(({ code, payload }) => ({ code, payload })),
    viaViews,
  );
  t.is(viaViews.length, 3);
  // Delivered whole in one chunk, a frame is a range of that very chunk: nothing copied.
  const whole: boolean[] = [];
  FrameDecoder.ranges((_code, buffer) => whole.push(buffer.buffer === joined.buffer)).push(joined);
  t.deepEqual(whole, [true, true, true]);
});

test('a large frame over many chunks is copied once into a buffer of its size', (t) => {
  const value = Buffer.alloc(1024 * 1024, 7);
  const big = frame(10, value);
  const views: Buffer[] = [];
  const decoder = new FrameDecoder((_code, payload) => views.push(payload));
  for (let i = 0; i < big.length; i += 65536) decoder.push(big.subarray(i, i + 65536));
  t.is(views.length, 1);
  t.true(views[0].equals(value));
  // One allocation sized for the whole frame: the chunks were copied into place once.
  t.is(views[0].buffer.byteLength, big.length);
  t.is(views[0].byteOffset, 5);
});

test('payload views stay intact after later chunks arrive', (t) => {
  const views: Buffer[] = [];
  const decoder = new FrameDecoder((_code, payload) => views.push(payload));
  const first = frame(10, Buffer.from('first-value'));
  const second = frame(10, Buffer.from('second-value'));
  const joined = Buffer.concat([first, second]);
  decoder.push(joined.subarray(0, first.length + 3));
  decoder.push(joined.subarray(first.length + 3));
  decoder.push(frame(10, Buffer.from('third')));
  t.deepEqual(views.map(String), ['first-value', 'second-value', 'third']);
});

test('payload views of split frames stay intact while later split frames arrive byte by byte', (t) => {
  const values = ['alpha', 'b'.repeat(2000), 'gamma', 'd'.repeat(5000), 'epsilon'].map((v) => Buffer.from(v));
  const joined = Buffer.concat(values.map((v) => frame(10, v)));
  const views: Buffer[] = [];
  const decoder = new FrameDecoder((_code, payload) => views.push(payload));
  for (let i = 0; i < joined.length; i++) {
    decoder.push(joined.subarray(i, i + 1));
    t.is(
      firstDifference(
        views.map((payload) => ({ code: 10, payload })),
        values.slice(0, views.length).map((payload) => ({ code: 10, payload })),
      ),
      undefined,
    );
  }
  t.is(views.length, values.length);
});

test('a zero length is a protocol error', (t) => {
  const { decoder } = collect();
  const error = t.throws(() => decoder.push(Buffer.from([0, 0, 0, 0, 9])), { instanceOf: RiakProtocolError });
  t.regex(error.message, /zero length/);
  // The decoder stays failed.
  t.throws(() => decoder.push(frame(2)), { instanceOf: RiakProtocolError });
});

test('a length above maxFrameBytes is rejected before anything is buffered', (t) => {
  const { decoder } = collect(1024);
  const error = t.throws(() => decoder.push(header(1025)), { instanceOf: RiakProtocolError });
  t.regex(error.message, /1025/);
  t.is(decoder.bufferedBytes, 0);
});

test('an oversized length split across chunks is still rejected without allocating it', (t) => {
  const { decoder } = collect(1024);
  decoder.push(Buffer.from([0xff, 0xff]));
  t.throws(() => decoder.push(Buffer.from([0xff, 0xff, 0x01])), { instanceOf: RiakProtocolError });
  t.is(decoder.bufferedBytes, 0);
});

test('frames exactly at maxFrameBytes are accepted', (t) => {
  const { frames, decoder } = collect(101);
  decoder.push(frame(10, Buffer.alloc(100, 1)));
  t.is(frames.length, 1);
});

test('property: any chunking of any frame sequence yields exactly those frames, and earlier views never change', (t) => {
  // Payloads short and long, so split frames go through both gathered copies and kept views.
  const payloadArb = fc.oneof(fc.uint8Array({ maxLength: 300 }), fc.uint8Array({ minLength: 1000, maxLength: 6000 }));
  const frameArb = fc.record({ code: fc.integer({ min: 0, max: 255 }), payload: payloadArb });
  fc.assert(
    fc.property(fc.array(frameArb, { maxLength: 20 }), fc.array(fc.nat(), { maxLength: 40 }), (input, cuts) => {
      const want = input.map((f) => ({ code: f.code, payload: Buffer.from(f.payload) }));
      const bytes = Buffer.concat(input.map((f) => frame(f.code, f.payload)));
      const { views, copies, decoder } = collectViews();
      for (const part of splitAt(
        bytes,
        cuts.map((c) => c % (bytes.length + 1)),
      )) {
        decoder.push(part);
        // Every view handed out so far still reads what it read when delivered.
        t.is(firstDifference(views, copies), undefined);
        t.true(decoder.heldBytes <= 2 * decoder.bufferedBytes);
      }
      t.is(firstDifference(copies, want), undefined);
      t.is(firstDifference(views, want), undefined);
      t.is(decoder.bufferedBytes, 0);
      t.is(decoder.heldBytes, 0);
    }),
    { numRuns: 300 },
  );
});

test('property: random or mutated bytes yield frames or one RiakProtocolError, never another exception', (t) => {
  const maxFrameBytes = 4096;
  fc.assert(
    fc.property(
      fc.uint8Array({ maxLength: 2000 }),
      fc.array(fc.nat(), { maxLength: 10 }),
      fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
      (bytes, cuts, mutations) => {
        const data = Buffer.concat([frame(10, Buffer.from('ok')), Buffer.from(bytes)]);
        for (const [at, value] of mutations) data[at % data.length] = value;
        let errors = 0;
        const decoder = new FrameDecoder(() => {}, maxFrameBytes);
        for (const part of splitAt(
          data,
          cuts.map((c) => c % (data.length + 1)),
        )) {
          try {
            decoder.push(part);
          } catch (error) {
            if (!(error instanceof RiakProtocolError)) throw error;
            errors++;
            break;
          }
        }
        t.true(errors <= 1);
        // Never buffers more than one bounded frame.
        t.true(decoder.bufferedBytes <= maxFrameBytes + 4);
      },
    ),
    { numRuns: 500 },
  );
});

test('the bound refuses length 0 and maxFrameBytes + 1 at every split point, before keeping anything, and keeps refusing', (t) => {
  const max = 1024;
  for (const badLength of [0, max + 1]) {
    const bytes = Buffer.concat([frame(2), header(badLength), Buffer.alloc(10, 7)]);
    for (let cut = 0; cut <= bytes.length; cut++) {
      const { frames, decoder } = collect(max);
      const errors: unknown[] = [];
      for (const part of splitAt(bytes, [cut])) {
        try {
          decoder.push(part);
        } catch (error) {
          errors.push(error);
        }
      }
      // Refused by the push that completes the length; a failed decoder refuses every later push too.
      t.is(errors.length, cut >= 9 ? 2 : 1, `length ${badLength}, split at ${cut}`);
      t.true(errors[0] instanceof RiakProtocolError);
      t.regex((errors[0] as Error).message, badLength === 0 ? /zero length/ : /1025 above the 1024-byte limit/);
      t.deepEqual(frames, [{ code: 2, payload: Buffer.alloc(0) }]);
      t.is(decoder.bufferedBytes, 0);
      t.is(decoder.heldBytes, 0);
      t.throws(() => decoder.push(frame(2)), { instanceOf: RiakProtocolError });
    }
  }
});

test('frames of exactly maxFrameBytes are accepted at every split point', (t) => {
  const payload = Buffer.from(Array.from({ length: 1023 }, (_, i) => i & 0xff));
  const bytes = Buffer.concat([frame(10, payload), frame(2)]);
  for (let cut = 0; cut <= bytes.length; cut++) {
    const { frames, decoder } = collect(1024);
    for (const part of splitAt(bytes, [cut])) decoder.push(part);
    t.is(
      firstDifference(frames, [
        { code: 10, payload },
        { code: 2, payload: Buffer.alloc(0) },
      ]),
      undefined,
      `split at ${cut}`,
    );
  }
});

test('a handler that throws loses no bytes: the next push resumes after the frame it threw on', (t) => {
  const want = [frame(10, Buffer.from('one')), frame(11, Buffer.alloc(1500, 2)), frame(12, Buffer.from('three')), frame(13)];
  const bytes = Buffer.concat(want);
  for (let cut = 0; cut <= bytes.length; cut++) {
    const seen: Decoded[] = [];
    let throwOn: number | undefined = 11;
    const decoder = new FrameDecoder((code, payload) => {
      seen.push({ code, payload: Buffer.from(payload) });
      if (code === throwOn) {
        throwOn = undefined;
        throw new Error('handler failed');
      }
    });
    let thrown = 0;
    for (const part of [...splitAt(bytes, [cut]), frame(2)]) {
      try {
        decoder.push(part);
      } catch (error) {
        t.is((error as Error).message, 'handler failed');
        thrown++;
      }
    }
    t.is(thrown, 1);
    const problem = firstDifference(
      seen,
      [...want, frame(2)].map((f) => ({ code: f[4], payload: f.subarray(5) })),
    );
    t.is(problem, undefined, `split at ${cut}`);
  }
});

test('many small frames, each chunk ending with the first byte of a header: only the split frames are copied', (t) => {
  // Chunk i: the rest of the frame split before it, 50 whole frames, then the first byte of the next header.
  const one = frame(10, Buffer.from('value'));
  const perChunk = 51 * one.length;
  const count = 200;
  const all = Buffer.concat(Array.from({ length: count * 51 }, () => one));
  const cuts = Array.from({ length: count - 1 }, (_, i) => (i + 1) * perChunk + 1);
  // Each chunk its own allocation, as a socket read is.
  const chunks = splitAt(all, cuts).map((part) => Buffer.from(part));
  let delivered = 0;
  let copied = 0;
  let current = chunks[0];
  const decoder = FrameDecoder.ranges((code, buffer, start, end) => {
    delivered++;
    if (code !== 10 || !buffer.subarray(start, end).equals(Buffer.from('value'))) t.fail(`frame ${delivered}`);
    if (buffer.buffer !== current.buffer) copied++;
  });
  for (const [i, chunk] of chunks.entries()) {
    current = chunk;
    decoder.push(chunk);
    const last = i === chunks.length - 1;
    // Only the next header's first byte is kept, and it holds 1 byte, not its chunk.
    t.is(decoder.bufferedBytes, last ? 0 : 1);
    t.is(decoder.heldBytes, last ? 0 : 1);
  }
  t.is(delivered, count * 51);
  // One assembled frame per split; every other frame was decoded in place, not copied along with it.
  t.is(copied, count - 1);
});

test('property: large frames cut anywhere decode to exactly their bytes, each copied at most once', (t) => {
  // A frame lying whole in one pushed chunk is a range of that chunk (no copy); a split
  // one is assembled once, into a buffer of exactly its size (above Buffer's 4 KiB pool
  // size, so the buffer is its own). Few runs: each pushes up to 1.6 MiB.
  const payloadArb = fc.oneof({ weight: 1, arbitrary: fc.integer({ min: 0, max: 200 }) }, { weight: 3, arbitrary: fc.integer({ min: 4096, max: 400 * 1024 }) });
  fc.assert(
    fc.property(
      fc.array(fc.record({ code: fc.integer({ min: 0, max: 255 }), size: payloadArb, seed: fc.nat() }), { minLength: 1, maxLength: 4 }),
      fc.array(fc.nat(), { maxLength: 24 }),
      (input, rawCuts) => {
        const frames = input.map(({ code, size, seed }) => {
          const payload = Buffer.allocUnsafe(size);
          for (let i = 0; i < size; i++) payload[i] = (seed + i * 31 + (i >>> 8)) & 0xff;
          return frame(code, payload);
        });
        const bytes = Buffer.concat(frames);
        const cuts = [...new Set(rawCuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
        // Each part its own allocation, as a socket read is.
        const parts = splitAt(bytes, cuts).map((part) => Buffer.from(part));
        const seen: { code: number; payload: Buffer; buffer: Buffer; start: number; part: number }[] = [];
        let current = -1;
        const decoder = FrameDecoder.ranges((code, buffer, start, end) =>
          seen.push({ code, payload: buffer.subarray(start, end), buffer, start, part: current }),
        );
        for (const [i, part] of parts.entries()) {
          current = i;
          decoder.push(part);
        }
        t.is(seen.length, frames.length);
        let at = 0;
        for (const [i, f] of frames.entries()) {
          const got = seen[i];
          t.is(got.code, f[4]);
          t.true(got.payload.equals(f.subarray(5)), `frame ${i}: bytes`);
          const split = cuts.some((c) => c > at && c < at + f.length);
          if (!split) {
            t.is(got.buffer, parts[got.part], `frame ${i}: whole in one chunk, decoded in place`);
          } else if (f.length > Buffer.poolSize >>> 1) {
            t.is(got.buffer.buffer.byteLength, f.length, `frame ${i}: one buffer of the frame's size`);
            t.is(got.start, 5);
          }
          at += f.length;
        }
        t.is(decoder.bufferedBytes, 0);
        t.is(decoder.heldBytes, 0);
      },
    ),
    { numRuns: 40 },
  );
});
