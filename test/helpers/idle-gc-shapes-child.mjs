// Run by test/connection/idle-gc-shapes.test.ts as
// `node --expose-gc --allow-natives-syntax --no-concurrent-recompilation idle-gc-shapes-child.mjs <built dir> <node>`:
// gets until the request path is optimized, then a full garbage collection
// with no request in flight (an idle service), then prints which of the
// request path's functions are still optimized before and after it.
const [dist, node] = process.argv.slice(2);
const { RiakClient } = await import(`${dist}/index.js`);
const { PendingRequest } = await import(`${dist}/connection/pending-request.js`);
// The decoder of the common get reply (kv-result-decoder's decodeGetResult is small enough to be inlined where it is called).
const { decodeCommonGet } = await import(`${dist}/client/common-get-reply.js`);

const watched = {
  PendingRequest,
  succeed: PendingRequest.prototype.succeed,
  decodeCommonGet,
};
// V8's optimization status bit for code from its optimizing compiler (TurboFan).
const TURBOFANNED = 1 << 6;
// Natives syntax, compiled at run time: this file stays plain JavaScript for tools that parse it.
const status = new Function('fn', 'return %GetOptimizationStatus(fn)');
const optimizeOnNextCall = new Function('fn', '%PrepareFunctionForOptimization(fn); %OptimizeFunctionOnNextCall(fn)');
const optimized = () => Object.fromEntries(Object.entries(watched).map(([name, fn]) => [name, (status(fn) & TURBOFANNED) !== 0]));

const client = new RiakClient({ nodes: [node] });
await client.put({ bucket: 'shapes', key: 'k', value: 'a value', contentType: 'text/plain' });
/** Gets until every watched function is optimized; returns nothing of them (no result may stay reachable). */
async function warmUp() {
  const gets = () => Promise.all(Array.from({ length: 200 }, () => client.get({ bucket: 'shapes', key: 'k' })));
  let rounds = 0;
  while (!Object.values(optimized()).every(Boolean) && rounds < 200) {
    await gets();
    rounds++;
    // After some feedback, have V8 optimize them at their next call rather than wait for its own heuristics.
    if (rounds >= 20) for (const fn of Object.values(watched)) optimizeOnNextCall(fn);
  }
  return rounds;
}
const rounds = await warmUp();
// Let the event loop turn over once more, so nothing of the last replies is still on a stack.
await new Promise((resolve) => setImmediate(resolve));
const before = optimized();
globalThis.gc();
const after = optimized();
await client.close();
console.log(JSON.stringify({ rounds, before, after }));
