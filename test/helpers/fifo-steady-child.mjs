// Run by test/connection/fifo-steady.test.ts as
// `node --allow-natives-syntax fifo-steady-child.mjs <built dir>`: optimizes a
// loop step over a queue that never empties (as a busy pipeline's: one in,
// one out, 64 held), runs it for many thousand items, and prints whether its
// optimized code survived.
const [dist] = process.argv.slice(2);
const { Fifo } = await import(`${dist}/connection/fifo.js`);
// Natives syntax, compiled at run time: this file stays plain JavaScript for tools that parse it.
const prepare = new Function('f', '%PrepareFunctionForOptimization(f)');
const optimizeNext = new Function('f', '%OptimizeFunctionOnNextCall(f)');
const optimized = new Function('f', 'return %ActiveTierIsTurbofan(f)');

const queue = new Fifo();
// 64 held: -64..-1; step(i) adds i and takes the oldest out, which must be i - 64.
for (let i = -64; i < 0; i++) queue.push({ i });
let inOrder = true;
const step = (i) => {
  queue.push({ i });
  if (queue.shift().i !== i - 64) inOrder = false;
  return queue.peek();
};
prepare(step);
step(0);
step(1);
optimizeNext(step);
step(2);
const before = optimized(step);
// Checked after every step: V8 would optimize the step again soon after a deoptimization.
let deoptimizedAt = -1;
for (let i = 3; i < 20_000 && deoptimizedAt < 0; i++) {
  step(i);
  if (!optimized(step)) deoptimizedAt = i;
}
console.log(JSON.stringify({ before, deoptimizedAt, length: queue.length, inOrder }));
