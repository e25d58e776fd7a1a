// Run by test/codec/slab-rollover.test.ts as
// `node --allow-natives-syntax slab-rollover-child.mjs <built dir>`: optimizes
// the get encoder and the slab's reservation, then encodes until the shared
// frame slab is replaced, and prints whether their optimized code survived.
const [dist] = process.argv.slice(2);
const { encodeGetFrameTo, GetFields } = await import(`${dist}/codec/get-frame.js`);
const { frameSlab, reserveFrame } = await import(`${dist}/codec/frame-slab.js`);
// Natives syntax, compiled at run time: this file stays plain JavaScript for tools that parse it.
const prepare = new Function('f', '%PrepareFunctionForOptimization(f)');
const optimizeNext = new Function('f', '%OptimizeFunctionOnNextCall(f)');
const optimized = new Function('f', 'return %ActiveTierIsTurbofan(f)');

const fields = new GetFields();
fields.bucket = 'bucket';
fields.key = 'key';
const out = { frameBuffer: Buffer.alloc(0), frameStart: 0, frameEnd: 0 };
const encode = () => encodeGetFrameTo(9, fields, out);
// Each called directly, so that each has optimized code of its own (reserveFrame also inlined into the encoder).
const reserve = () => reserveFrame(16, out);
const hot = [encodeGetFrameTo, reserveFrame];
for (const f of hot) prepare(f);
for (let i = 0; i < 2; i++) {
  encode();
  reserve();
}
for (const f of hot) optimizeNext(f);
encode();
reserve();
const allOptimized = () => hot.every((f) => optimized(f));
const before = allOptimized();
const first = frameSlab.buffer;
let frames = 0;
while (frameSlab.buffer === first) {
  encode();
  reserve();
  frames++;
}
encode();
reserve();
console.log(JSON.stringify({ before, replaced: frames > 0, after: allOptimized() }));
