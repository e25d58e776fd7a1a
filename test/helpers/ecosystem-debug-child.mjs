// Run by ecosystem-diagnostics.test.ts with NODE_DEBUG=riak-pb as
// `node ecosystem-debug-child.mjs <dist dir> <refused node> <good node>`:
// one ping that first goes to the refused node (connect fails, the node goes
// down, the ping is retried on the good node), then close(). The debug lines
// go to stderr.
const [dist, refused, good] = process.argv.slice(2);
const { RiakClient } = await import(`${dist}/index.js`);

const client = new RiakClient({
  nodes: [refused, good],
  minConnections: 0,
  balancer: (nodes) =>
    Math.max(
      0,
      nodes.findIndex((node) => node.node === refused),
    ),
  retry: { attempts: 3, backoffMs: 1 },
});
await client.ping();
await client.close();
console.log('done');
