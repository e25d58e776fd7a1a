// Run as a child process by pool.test.ts: with every node down, a request must
// reject (not leave the process to exit with the promise unsettled).
import { RiakClient } from '../../src/index.js';

const client = new RiakClient({ nodes: ['127.0.0.1:1'], minConnections: 0, retry: { attempts: 3, backoffMs: 50 } });
try {
  await client.ping();
  console.log('resolved');
} catch (error) {
  console.log(`rejected: ${(error as Error).name}`);
} finally {
  await client.close();
}
