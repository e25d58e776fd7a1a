// Run by ecosystem-disposal.test.ts as `node ecosystem-idle-child.mjs <dist dir> <url> <allowExitOnIdle>`:
// makes one call and never closes the client. It prints whether a socket
// still holds the event loop once the call is answered; with allowExitOnIdle
// the process must then exit by itself, without it the test ends it via stdin.
const [dist, url, allow] = process.argv.slice(2);
const { RiakClient } = await import(`${dist}/index.js`);

const client = new RiakClient({ url, allowExitOnIdle: allow === 'true', minConnections: 1, maxConnections: 1 });
await client.ping();
// Resources that keep the event loop alive (unref'd handles are not listed).
const sockets = process.getActiveResourcesInfo().filter((type) => type === 'TCPSocketWrap' || type === 'TLSWrap').length;
console.log(JSON.stringify({ sockets }));
if (allow !== 'true') {
  for await (const _ of process.stdin) void _;
  await client.close();
}
