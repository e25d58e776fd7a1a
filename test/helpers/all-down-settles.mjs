// Run by pool.test.ts as `node all-down-settles.mjs <dist dir>`: with every node
// down, a request must reject (not leave the process to exit with the promise unsettled).
const [dist] = process.argv.slice(2);
const { RiakClient } = await import(`${dist}/index.js`);

const client = new RiakClient({ nodes: ['127.0.0.1:1'], minConnections: 0, retry: { attempts: 3, backoffMs: 50 } });
try {
  await client.ping();
  console.log('resolved');
} catch (error) {
  console.log(`rejected: ${error.name}`);
} finally {
  await client.close();
}
