import test, { type ExecutionContext } from 'ava';
import { encodeRequest } from '../../src/codec/message-table.js';
import { RiakClient } from '../../src/client/riak-client.js';
import { RiakConnectionError, RiakInvalidArgumentError } from '../../src/errors.js';
import { Pool } from '../../src/pool/pool.js';
import { startDevServer, type DevServer } from '../../src/server/index.js';
import { type RpbListKeysResp, RpbPutReq } from '../../generated/riak.js';
import { FaultProxy } from '../helpers/fault-proxy.js';
import { until } from '../helpers/wait.js';

// Issue 16: a per-call `node` sends one request to a chosen node (operators,
// tools following a coverage plan or a preflist). Retries stay on it.

async function devServers(t: ExecutionContext, count: number): Promise<DevServer[]> {
  const servers = await Promise.all(Array.from({ length: count }, () => startDevServer({ port: 0 })));
  t.teardown(() => Promise.all(servers.map((s) => s.close())));
  return servers;
}

const nodeOf = (server: DevServer) => `${server.host}:${server.port}`;
const requestsOn = (stats: { nodes: { node: string; requests: number }[] }, node: string) => stats.nodes.find((n) => n.node === node)?.requests ?? 0;

test('a call with `node` goes to that node only: unary, raw and streamed', async (t) => {
  const [a, b] = await devServers(t, 2);
  const pool = new Pool({ nodes: [nodeOf(a), nodeOf(b)] });
  t.teardown(() => pool.close());
  for (let i = 0; i < 10; i++) {
    await pool.send(encodeRequest('RpbPutReq', { bucket: Buffer.from('pinned'), key: Buffer.from(`k${i}`), content: { value: Buffer.from('v') } }), {
      node: nodeOf(b),
    });
  }
  t.is(requestsOn(pool.stats(), nodeOf(a)), 0);
  t.is(requestsOn(pool.stats(), nodeOf(b)), 10);
  // Listed on b (streamed, pinned), absent from a.
  const keysOn = async (node: string) => {
    const keys: string[] = [];
    for await (const frame of await pool.stream(encodeRequest('RpbListKeysReq', { bucket: Buffer.from('pinned') }), { node })) {
      keys.push(...(frame as RpbListKeysResp).keys.map(String));
    }
    return keys.sort();
  };
  t.deepEqual(await keysOn(nodeOf(b)), Array.from({ length: 10 }, (_, i) => `k${i}`).sort());
  t.deepEqual(await keysOn(nodeOf(a)), []);
  // Through the client: requestRaw takes `node`.
  const client = new RiakClient({ nodes: [nodeOf(a), nodeOf(b)] });
  t.teardown(() => client.close());
  const payload = RpbPutReq.encode({ bucket: Buffer.from('raw'), key: Buffer.from('k'), content: { value: Buffer.from('v') } }).finish();
  t.is((await client.requestRaw(11, payload, { node: `riak://${nodeOf(a)}` })).code, 12);
  const onA = new RiakClient({ nodes: [nodeOf(a)] });
  const onB = new RiakClient({ nodes: [nodeOf(b)] });
  t.teardown(() => Promise.all([onA.close(), onB.close()]));
  t.true((await onA.get({ bucket: 'raw', key: 'k' })).found);
  t.false((await onB.get({ bucket: 'raw', key: 'k' })).found);
});

test('a node that is not in the pool, or not a node, is a RiakInvalidArgumentError (a rejection, never a throw)', async (t) => {
  const [a] = await devServers(t, 1);
  const client = new RiakClient({ nodes: [nodeOf(a)] });
  t.teardown(() => client.close());
  await t.throwsAsync(client.requestRaw(1, undefined, { node: '10.9.9.9:8087' }), {
    instanceOf: RiakInvalidArgumentError,
    message: new RegExp(`Invalid node option: 10\\.9\\.9\\.9:8087 is not in the pool \\(its nodes: ${nodeOf(a)}\\)`),
  });
  await t.throwsAsync(client.requestRaw(1, undefined, { node: 'a:b:c' }), {
    instanceOf: RiakInvalidArgumentError,
    message: /Invalid node option: Invalid node address "a:b:c"/,
  });
  await t.throwsAsync(client.requestRaw(1, undefined, { node: 8087 as never }), {
    instanceOf: RiakInvalidArgumentError,
    message: /requestRaw\(\): invalid option `node`: expected a node's host:port, got 8087/,
  });
  // The key/value calls hand `node` to the pool too (not an unknown option).
  await t.throwsAsync(client.get({ bucket: 'b', key: 'k', node: '10.9.9.9:8087' }), {
    instanceOf: RiakInvalidArgumentError,
    message: /10\.9\.9\.9:8087 is not in the pool/,
  });
  await t.throwsAsync(client.put({ bucket: 'b', key: 'k', value: 'v', node: '10.9.9.9:8087' }), {
    instanceOf: RiakInvalidArgumentError,
    message: /is not in the pool/,
  });
  t.is((await client.get({ bucket: 'b', key: 'missing', node: nodeOf(a) })).found, false);
  // request() and stream() hand their options to the pool as given: `node` is honoured there too (its type is CallOptions').
  await t.throwsAsync(client.request('RpbPingReq', undefined, { node: 'nope:1' } as never), {
    instanceOf: RiakInvalidArgumentError,
    message: /nope:1 is not in the pool/,
  });
  const pool = new Pool({ nodes: [nodeOf(a)] });
  t.teardown(() => pool.close());
  const streamed = pool.stream(encodeRequest('RpbListKeysReq', { bucket: Buffer.from('b') }), { node: 'nope:1' });
  await t.throwsAsync(streamed, { instanceOf: RiakInvalidArgumentError, message: /nope:1 is not in the pool/ });
});

test('a call for a dead node is tried there only, never elsewhere, and fails with RiakConnectionError', async (t) => {
  const [a] = await devServers(t, 1);
  const pool = new Pool({ nodes: [nodeOf(a), '127.0.0.1:1'], retry: { attempts: 3, backoffMs: 1 } });
  t.teardown(() => pool.close());
  const retries: string[] = [];
  pool.on('retry', ({ node }) => retries.push(node));
  await t.throwsAsync(pool.send(encodeRequest('RpbPingReq', undefined), { node: '127.0.0.1:1' }), { instanceOf: RiakConnectionError });
  t.is(requestsOn(pool.stats(), nodeOf(a)), 0, 'not sent to the live node');
  t.is(retries.length, 2, 'retried as the retry options allow');
  t.true(retries.every((node) => node === '' || node === '127.0.0.1:1'));
});

test('a call with `node` whose connection is cut is retried on that node', async (t) => {
  const [a, b] = await devServers(t, 2);
  const proxy = await FaultProxy.start(b.port);
  t.teardown(() => proxy.close());
  const pool = new Pool({ nodes: [nodeOf(a), proxy.node], retry: { attempts: 3, backoffMs: 1 } });
  t.teardown(() => pool.close());
  await until(() => proxy.connections === 1, 'the warm connection through the proxy');
  proxy.hold();
  const get = pool.send(encodeRequest('RpbGetReq', { bucket: Buffer.from('b'), key: Buffer.from('k') }), { node: proxy.node });
  await until(() => proxy.heldReplies > 0, 'the get answered, its reply held');
  proxy.cut();
  proxy.release();
  const reply = await get;
  t.deepEqual(reply.content, []);
  t.true(proxy.connections >= 2, 'reconnected to the same node');
  t.is(requestsOn(pool.stats(), nodeOf(a)), 0);
});
