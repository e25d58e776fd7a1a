import test from 'ava';
import { RiakClient } from '../../src/client/riak-client.js';
import { startDevServer } from '../../src/server/index.js';

// Issue 16 promises a per-call `node` on every call: the streamed listings and
// 2i queries validate their options through readOptions(), which must know it.

test('listKeys, listBuckets and streamIndex take `node` and read only that node', async (t) => {
  const [a, b] = await Promise.all([startDevServer({ port: 0 }), startDevServer({ port: 0 })]);
  t.teardown(() => Promise.all([a.close(), b.close()]));
  const onA = `${a.host}:${a.port}`;
  const onB = `${b.host}:${b.port}`;
  const client = new RiakClient({ nodes: [onA, onB] });
  t.teardown(() => client.close());
  for (const key of ['k1', 'k2']) await client.put({ bucket: 'pinned', key, value: 'v', indexes: [{ key: 'tag_bin', value: 'x' }], node: onB });

  const keys = async (node: string) => (await client.listKeys({ bucket: 'pinned', node }).toArray()).map(String).sort();
  t.deepEqual(await keys(onB), ['k1', 'k2']);
  t.deepEqual(await keys(onA), []);
  const buckets = async (node: string) => (await client.listBuckets({ node }).toArray()).map(String);
  t.deepEqual(await buckets(onB), ['pinned']);
  t.deepEqual(await buckets(onA), []);
  const matches = async (node: string) => (await client.streamIndex({ bucket: 'pinned', index: 'tag_bin', key: 'x', node }).toArray()).length;
  t.is(await matches(onB), 2);
  t.is(await matches(onA), 0);
});
