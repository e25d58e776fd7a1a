// Run by test/pool/window-shapes.test.ts as
// `node --allow-natives-syntax window-shapes-child.mjs <built dir>`: closes
// two observation windows of one node's adaptive state and prints whether
// that object still has the shape (V8 map) of one that never closed any.
const [dist] = process.argv.slice(2);
const { AdaptiveNode, WINDOW_MS, WINDOW_REPLIES } = await import(`${dist}/pool/adaptive-pool.js`);
// Natives syntax, compiled at run time: this file stays plain JavaScript for tools that parse it.
const haveSameMap = new Function('a', 'b', 'return %HaveSameMap(a, b)');

// The pool reads the time through performance.now(): a clock of our own moves it past each window, no waiting.
let clock = performance.now();
performance.now = () => clock;

const limits = { min: 1, max: 8 };
// Just what observing a window reads of a node.
const node = { latency: { count: 0, total: 0 }, replyReads: 0, connections: [], canGrow: true, opening: 0, settings: { minConnections: 1, maxConnections: 8 } };
const untouched = new AdaptiveNode(limits);
const adaptive = new AdaptiveNode(limits);
adaptive.observe(node); // opens the first window
for (let i = 0; i < 2; i++) {
  // A window closes once it is WINDOW_MS old and has WINDOW_REPLIES replies.
  clock += WINDOW_MS + 1;
  node.latency.count += WINDOW_REPLIES;
  node.latency.total += WINDOW_REPLIES * 0.123; // latencies are fractions of a millisecond
  node.replyReads += 4;
  adaptive.observe(node);
}
console.log(JSON.stringify({ windows: adaptive.windows, sameShape: haveSameMap(untouched, adaptive) }));
