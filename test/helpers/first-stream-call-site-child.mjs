// Run by error-context.test.ts as `node first-stream-call-site-child.mjs <built dir> <node>`:
// with captureStackTraces, the process's first call is a listing that fails,
// so it waits for the generated classes' first load before it is sent. Prints
// whether the classes were loaded before the call, and the error's stack.
const [dist, node] = process.argv.slice(2);
const { RiakClient } = await import(`${dist}/index.js`);
const { loadedMessageTable } = await import(`${dist}/codec/load-message-table.js`);

const client = new RiakClient({ nodes: [node], captureStackTraces: true });
const loadedBefore = loadedMessageTable() !== undefined;
async function applicationCodeThatListsFirst() {
  for await (const _ of client.listKeys({ type: 'no-such-type', bucket: 'b' }));
}
let stack = '';
try {
  await applicationCodeThatListsFirst();
} catch (error) {
  stack = String(error.stack);
}
await client.close();
console.log(JSON.stringify({ loadedBefore, stack }));
