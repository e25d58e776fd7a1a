import test from 'ava';
import fc from 'fast-check';
import { FrameDecoder } from '../src/codec/frame-decoder.js';
import { RiakProtocolError } from '../src/errors.js';
import { frame, header, splitAt } from './helpers/frames.js';

interface Decoded {
  code: number;
  payload: Buffer;
}

function collect(maxFrameBytes?: number) {
  const frames: Decoded[] = [];
  const decoder = new FrameDecoder((code, payload) => frames.push({ code, payload: Buffer.from(payload) }), maxFrameBytes);
  return { frames, decoder };
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

test('every pair of split points yields the same frames', (t) => {
  for (let a = 0; a <= stream.length; a++) {
    for (let b = a; b <= stream.length; b++) {
      const { frames, decoder } = collect();
      for (const part of splitAt(stream, [a, b])) decoder.push(part);
      if (frames.length !== expected.length) t.fail(`split at ${a},${b}`);
    }
  }
  t.pass();
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
  t.deepEqual(viaRanges.map(({ code, payload }) => ({ code, payload })), viaViews);
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

test('property: any chunking of any frame sequence yields exactly those frames', (t) => {
  const frameArb = fc.record({ code: fc.integer({ min: 0, max: 255 }), payload: fc.uint8Array({ maxLength: 300 }) });
  fc.assert(
    fc.property(fc.array(frameArb, { maxLength: 20 }), fc.array(fc.nat(), { maxLength: 30 }), (input, cuts) => {
      const bytes = Buffer.concat(input.map((f) => frame(f.code, f.payload)));
      const { frames, decoder } = collect();
      for (const part of splitAt(bytes, cuts.map((c) => c % (bytes.length + 1)))) decoder.push(part);
      t.deepEqual(frames, input.map((f) => ({ code: f.code, payload: Buffer.from(f.payload) })));
      t.is(decoder.bufferedBytes, 0);
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
        for (const part of splitAt(data, cuts.map((c) => c % (data.length + 1)))) {
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
