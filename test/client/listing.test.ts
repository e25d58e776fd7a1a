import test, { type ExecutionContext } from 'ava';
import { RiakClient } from '../../src/client/riak-client.js';
import { RiakServerError } from '../../src/errors.js';
import { startDevServer, type DevServer } from '../../src/server/index.js';

/** A dev server streaming 10 keys per frame, so listings span many frames; closed when the test ends. */
async function setup(t: ExecutionContext): Promise<{ server: DevServer; client: RiakClient }> {
  const server = await startDevServer({ port: 0, streamBatchSize: 10 });
  const client = new RiakClient({ nodes: [`${server.host}:${server.port}`] });
  t.teardown(async () => {
    await client.close();
    await server.close();
  });
  return { server, client };
}

async function fill(client: RiakClient, bucket: string, count: number, type?: string): Promise<string[]> {
  const keys = Array.from({ length: count }, (_, i) => `key-${String(i).padStart(4, '0')}`);
  await Promise.all(keys.map((key) => client.put({ bucket, key, value: key, ...(type ? { type } : {}) })));
  return keys;
}

test('listKeys streams every key exactly once, across many frames', async (t) => {
  const env = await setup(t);
  const keys = await fill(env.client, 'users', 95);
  const seen: string[] = [];
  for await (const key of env.client.listKeys({ bucket: 'users', timeout: 5000 })) {
    t.true(Buffer.isBuffer(key));
    seen.push(key.toString());
  }
  t.deepEqual(seen.sort(), keys);
  t.deepEqual((await env.client.listKeys({ bucket: 'users' }).toArray()).map(String).sort(), keys);
  t.deepEqual(await env.client.listKeys({ bucket: 'empty' }).toArray(), []);
});

test('listKeys in a bucket type sees only that type', async (t) => {
  const env = await setup(t);
  await fill(env.client, 'carts', 3, 'siblings');
  await fill(env.client, 'carts', 5);
  t.is((await env.client.listKeys({ bucket: 'carts', type: 'siblings' }).toArray()).length, 3);
  t.is((await env.client.listKeys({ bucket: 'carts', type: 'default' }).toArray()).length, 5);
});

test('break after a few keys closes cleanly and the client keeps working', async (t) => {
  const env = await setup(t);
  const keys = await fill(env.client, 'big', 200);
  let count = 0;
  for await (const _key of env.client.listKeys({ bucket: 'big' })) {
    if (++count === 15) break;
  }
  t.is(count, 15);
  // The next requests (unary and streaming) work on a fresh connection.
  await env.client.ping();
  t.is((await env.client.get({ bucket: 'big', key: 'key-0001' })).value?.toString(), 'key-0001');
  t.is((await env.client.listKeys({ bucket: 'big' }).toArray()).length, keys.length);
});

test('listBuckets streams bucket names per type', async (t) => {
  const env = await setup(t);
  const buckets = Array.from({ length: 25 }, (_, i) => `bucket-${i}`);
  await Promise.all(buckets.map((bucket) => env.client.put({ bucket, key: 'k', value: 'v' })));
  await env.client.put({ type: 'siblings', bucket: 'only-in-siblings', key: 'k', value: 'v' });
  const seen = (await env.client.listBuckets({ timeout: 5000 }).toArray()).map(String).sort();
  t.deepEqual(seen, [...buckets].sort());
  t.deepEqual((await env.client.listBuckets({ type: 'siblings' }).toArray()).map(String), ['only-in-siblings']);
});

test('an unknown bucket type fails the stream with the server error, and the connection stays usable', async (t) => {
  const env = await setup(t);
  const error = await t.throwsAsync(env.client.listKeys({ bucket: 'b', type: 'nope' }).toArray(), { instanceOf: RiakServerError });
  t.regex(error.errmsg, /nope/);
  await t.throwsAsync(env.client.listBuckets({ type: 'nope' }).toArray(), { instanceOf: RiakServerError });
  await env.client.ping();
});

test('an aborted listing rejects with the abort and the client keeps working', async (t) => {
  const env = await setup(t);
  // 300 frames: far more than the client buffers before pausing the socket, so the stream is still open.
  await fill(env.client, 'big', 3000);
  const controller = new AbortController();
  let count = 0;
  await t.throwsAsync(
    (async () => {
      for await (const _key of env.client.listKeys({ bucket: 'big', signal: controller.signal })) {
        if (++count === 5) controller.abort(new Error('enough'));
        await new Promise((resolve) => setImmediate(resolve));
      }
    })(),
    { code: 'RIAK_ABORTED' },
  );
  t.true(count >= 5);
  t.is((await env.client.listKeys({ bucket: 'big' }).toArray()).length, 3000);
});
