// Run as a child process by pool.test.ts: the process must exit by itself after close().
import { requestOperation } from '../../src/codec/message-table.js';
import { Pool } from '../../src/pool/pool.js';

const pool = new Pool({ nodes: [process.argv[2]], minConnections: 2, discovery: true, health: { probeInitialMs: 10 } });
const inFlight = pool.send(requestOperation('RpbGetReq', { bucket: Buffer.from('b'), key: Buffer.from('k') }));
while (pool.stats().nodes[0].inFlight === 0) await new Promise((resolve) => setTimeout(resolve, 5));
await pool.close(2000);
const response = await inFlight;
let after = 'resolved';
try {
  await pool.send(requestOperation('RpbPingReq', undefined));
} catch (error) {
  after = (error as Error).name;
}
console.log(`in-flight: ${String(response.vclock)} | after close: ${after}`);
