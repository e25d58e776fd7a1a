import test from 'ava';
import { RiakClient } from '../src/client/riak-client.js';
import { startDevServer, type DevServer } from '../src/server/index.js';

let server: DevServer;
let client: RiakClient;

test.before(async () => {
  server = await startDevServer({ port: 0 });
  client = new RiakClient({ nodes: [`${server.host}:${server.port}`] });
});

test.after.always(async () => {
  await client.close();
  await server.close();
});

test('concurrent writes become siblings; a resolved write with the vclock collapses them (README example)', async (t) => {
  const at = { type: 'siblings', bucket: 'carts', key: 'u1' };
  await client.put({ ...at, value: 'apples' });
  await client.put({ ...at, value: 'pears' }); // no vclock: concurrent with the first
  const read = await client.get(at);
  t.is(read.siblings.length, 2);
  t.is(read.content, undefined);
  t.deepEqual(read.siblings.map((s) => s.value.toString()).sort(), ['apples', 'pears']);

  const resolved = await client.get({ ...at, resolve: (siblings) => siblings.find((s) => s.value.toString() === 'pears') ?? siblings[0] });
  t.is(resolved.value?.toString(), 'pears');
  await client.put({ ...at, value: resolved.value as Buffer, vclock: resolved.vclock });
  const after = await client.get(at);
  t.is(after.siblings.length, 1);
  t.is(after.value?.toString(), 'pears');
});

test('the default type keeps one value (allow_mult false)', async (t) => {
  await client.put({ bucket: 'carts', key: 'u1', value: 'a' });
  await client.put({ bucket: 'carts', key: 'u1', value: 'b' });
  const read = await client.get({ bucket: 'carts', key: 'u1' });
  t.is(read.siblings.length, 1);
  t.is(read.value?.toString(), 'b');
});
