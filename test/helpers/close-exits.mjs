// Run by pool.test.ts as `node close-exits.mjs <dist dir> <node>`: after
// close() the process must exit by itself. The test ends our stdin once the
// request is on the wire; we then close and say "closing", and the test lets
// the reply through.
const [dist, node] = process.argv.slice(2);
const { encodeRequest } = await import(`${dist}/codec/message-table.js`);
const { Pool } = await import(`${dist}/pool/pool.js`);

const pool = new Pool({ nodes: [node], minConnections: 2, discovery: true, health: { probeInitialMs: 10 } });
const inFlight = pool.send(encodeRequest('RpbGetReq', { bucket: Buffer.from('b'), key: Buffer.from('k') }));
for await (const _ of process.stdin) void _;
const closing = pool.close(60_000);
console.log('closing');
await closing;
const response = await inFlight;
let after = 'resolved';
try {
  await pool.send(encodeRequest('RpbPingReq', undefined));
} catch (error) {
  after = error.name;
}
console.log(`in-flight: ${String(response.vclock)} | after close: ${after}`);
