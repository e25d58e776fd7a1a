// Run by test/codec/slab-rollover.test.ts as
// `node --trace-deopt --no-concurrent-recompilation slab-rollover-child.mjs <built dir>`:
// encodes gets as a busy client does, until the shared frame slab has been
// replaced several times at its full size, letting V8 optimize the encoder
// on its own; V8 prints every deoptimization (the test reads them), then
// this prints how many slabs were used.
const [dist] = process.argv.slice(2);
const { encodeGetFrameTo, GetFields } = await import(`${dist}/codec/get-frame.js`);
const { frameSlab } = await import(`${dist}/codec/frame-slab.js`);

const fields = new GetFields();
fields.bucket = 'bucket';
const out = { frameBuffer: Buffer.alloc(0), frameStart: 0, frameEnd: 0 };
const slabs = new Set();
let fullSized = 0;
for (let i = 0; fullSized < 4; i++) {
  fields.key = `key-${i % 1000}`;
  encodeGetFrameTo(9, fields, out);
  if (!slabs.has(frameSlab.buffer)) {
    slabs.add(frameSlab.buffer);
    if (frameSlab.buffer.length === 64 * 1024) fullSized++;
  }
}
console.log(JSON.stringify({ slabs: slabs.size }));
