import test, { type ExecutionContext } from 'ava';
import { encodeMessage, encodeRequest } from '../../src/codec/message-table.js';
import { RiakClient } from '../../src/client/riak-client.js';
import { RiakClosedError, RiakConnectionError, RiakInvalidArgumentError } from '../../src/errors.js';
import { Pool } from '../../src/pool/pool.js';
import { startDevServer, type DevServer } from '../../src/server/index.js';
import { RpbGetReq } from '../../generated/riak.js';
import { startFakePeer, type PeerFrame } from '../helpers/fake-peer.js';
import { startMiniRiak } from '../helpers/mini-riak.js';
import { once, until } from '../helpers/wait.js';

// Issue 16, cluster control at runtime: nodes added and removed while the
// client runs (by discovery or by the caller), drained gracefully.

async function devServers(t: ExecutionContext, count: number): Promise<DevServer[]> {
  const servers = await Promise.all(Array.from({ length: count }, () => startDevServer({ port: 0 })));
  t.teardown(() => Promise.all(servers.map((s) => s.close())));
  return servers;
}

const nodeOf = (server: DevServer) => `${server.host}:${server.port}`;
const get = (key: string) => encodeRequest('RpbGetReq', { bucket: Buffer.from('b'), key: Buffer.from(key) });
const requestsOn = (pool: Pool | RiakClient, node: string) => pool.stats().nodes.find((n) => n.node === node)?.requests ?? 0;

for (const balancer of ['least-in-flight', 'round-robin'] as const) {
  for (const minConnections of [0, 1]) {
    test(`a node discovered after warm-up takes its share of sequential traffic (${balancer}, minConnections ${minConnections})`, async (t) => {
      // The seed names itself and a dev server as the cluster's up nodes.
      const [server] = await devServers(t, 1);
      const seed = await startMiniRiak({
        members: () => [
          { ip: '127.0.0.1', port: seed.port },
          { ip: server.host, port: server.port },
        ],
      });
      const pool = new Pool({ nodes: [seed.node], balancer, minConnections, discovery: { intervalMs: 600_000 } });
      t.teardown(async () => {
        await pool.close();
        await seed.close();
      });
      await pool.send(get('warm'));
      await until(
        () => pool.nodes.length === 2,
        () => `the dev server to be discovered (${pool.nodes.join(', ')})`,
      );
      for (let i = 0; i < 100; i++) await pool.send(get(`k${i}`));
      // Before the fix: 0 of 100 (the fast path chose the new node, the slow path asked the balancer again).
      const added = requestsOn(pool, nodeOf(server));
      t.true(added >= 30, `${added} of 100 gets on the discovered node`);
      t.true(requestsOn(pool, seed.node) >= 30);
    });
  }
}

test('addNode: announced, warmed up, takes traffic at once; already present is false; bad input is a typed error naming it', async (t) => {
  const [a, b] = await devServers(t, 2);
  const client = new RiakClient({ nodes: [nodeOf(a)] });
  t.teardown(() => client.close());
  await client.ping();
  const added: string[] = [];
  client.on('nodeAdded', ({ node }) => added.push(node));
  const opened = once<[{ node: string }]>(client, 'connectionOpen', 'the new node’s warm-up connection');
  t.true(client.addNode(`riak://${nodeOf(b)}`));
  t.deepEqual(added, [nodeOf(b)]);
  t.deepEqual(client.nodes.sort(), [nodeOf(a), nodeOf(b)].sort());
  t.is((await opened)[0].node, nodeOf(b));
  for (let i = 0; i < 40; i++) await client.get({ bucket: 'b', key: `k${i}` });
  t.true(requestsOn(client, nodeOf(b)) >= 10, `${requestsOn(client, nodeOf(b))} of 40 on the added node`);

  t.false(client.addNode(nodeOf(b)), 'already in the pool');
  t.false(client.addNode({ node: nodeOf(b), weight: 5 }), 'already in the pool: its options are not changed');
  t.deepEqual(added, [nodeOf(b)]);
  t.throws(() => client.addNode('h:99999'), { instanceOf: RiakInvalidArgumentError, message: /port/ });
  t.throws(() => client.addNode({ node: 'h:1', weight: 0 }), {
    instanceOf: RiakInvalidArgumentError,
    message: /addNode\(\)\.weight: expected a positive number/,
  });
  t.throws(() => client.addNode({ node: 'h:1', maxConections: 2 } as never), {
    instanceOf: RiakInvalidArgumentError,
    message: /unknown option "maxConections"/,
  });
  t.throws(() => client.addNode(42 as never), { instanceOf: RiakInvalidArgumentError, message: /addNode\(\)/ });
  t.throws(() => client.addNode({ node: 'h:1', servername: 'riak.example' }), { instanceOf: RiakInvalidArgumentError, message: /servername.*`tls`/ });
  await client.close();
  t.throws(() => client.addNode('h:2'), { instanceOf: RiakClosedError });
});

test('removeNode: the last node is refused, an unknown one is false, a bad address is a typed error', async (t) => {
  const [a, b] = await devServers(t, 2);
  const client = new RiakClient({ nodes: [nodeOf(a)] });
  t.teardown(() => client.close());
  await t.throwsAsync(client.removeNode(nodeOf(a)), { instanceOf: RiakInvalidArgumentError, message: /only node; add another node first/ });
  t.false(await client.removeNode(nodeOf(b)));
  await t.throwsAsync(client.removeNode(7 as never), { instanceOf: RiakInvalidArgumentError, message: /removeNode\(\)/ });
  await t.throwsAsync(client.removeNode('h:0'), { instanceOf: RiakInvalidArgumentError, message: /port/ });
  t.deepEqual(client.nodes, [nodeOf(a)]);
  await client.ping();
});

test('removeNode drains: the request in flight gets its reply, nothing new goes to the node, then its connection closes', async (t) => {
  const [server] = await devServers(t, 1);
  // A peer that holds every get until the test releases it.
  const held: PeerFrame[] = [];
  const peer = await startFakePeer((frame) => {
    if (frame.code === 9) held.push(frame);
    else frame.socket.write(encodeMessage('RpbErrorResp', { errmsg: Buffer.from(`Unknown message code: ${frame.code}`), errcode: 0 }));
  });
  t.teardown(() => peer.close());
  const client = new RiakClient({ nodes: [peer.node, nodeOf(server)], balancer: () => 0 });
  t.teardown(() => client.close());
  const pinned = client.requestRaw(9, RpbGetReq.encode({ bucket: Buffer.from('b'), key: Buffer.from('held') }).finish(), { node: peer.node });
  await until(() => held.length === 1, 'the get to reach the peer');
  const removed: string[] = [];
  client.on('nodeRemoved', ({ node }) => removed.push(node));
  let drained = false;
  const removal = client.removeNode(peer.node).then((result) => {
    drained = true;
    return result;
  });
  t.deepEqual(removed, [peer.node]);
  t.deepEqual(client.nodes, [nodeOf(server)]);
  t.is(client.stats().nodes.find((n) => n.node === peer.node)?.state, 'removed', 'listed as removed while it drains');
  // New requests go to the other node, even with a balancer that always picks the first.
  for (let i = 0; i < 5; i++) await client.get({ bucket: 'b', key: `after${i}` });
  t.is(held.length, 1);
  t.false(drained, 'the node is still draining: its request is in flight');
  t.is(peer.sockets.size, 1);
  held[0].socket.write(encodeMessage('RpbGetResp', { vclock: Buffer.from('the held reply') }));
  const reply = await pinned;
  t.is(reply.code, 10);
  t.true(await removal);
  await until(() => peer.sockets.size === 0, 'the drained connection to close');
  t.is(client.stats().nodes.length, 1);
});

test('removeNode under load: every request settles once and succeeds, no write lands on two nodes, nothing new reaches the removed node', async (t) => {
  const [a, b] = await devServers(t, 2);
  const client = new RiakClient({ nodes: [nodeOf(a), nodeOf(b)], minConnections: 2, maxInFlightPerConnection: 4 });
  t.teardown(() => client.close());
  await until(() => client.stats().nodes.every((n) => n.connections === 2), 'both nodes warmed up');
  const settled = new Array<number>(400).fill(0);
  const puts = Array.from({ length: 400 }, (_, i) =>
    client.put({ bucket: 'load', key: `k${i}`, value: `v${i}` }).finally(() => {
      settled[i]++;
    }),
  );
  await until(
    () => b.connectionCount() === 2 && client.stats().nodes.some((n) => n.node === nodeOf(b) && n.inFlight > 0),
    'puts in flight on the node to remove',
  );
  const removal = client.removeNode(nodeOf(b));
  const results = await Promise.allSettled(puts);
  t.deepEqual(
    results.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason)),
    [],
  );
  t.true(await removal);
  t.true(settled.every((n) => n === 1));
  await until(() => b.connectionCount() === 0, "the removed node's connections to close");
  // Each put is stored on exactly one node: none was lost or replayed on the other.
  const readers = [a, b].map((s) => new RiakClient({ nodes: [nodeOf(s)] }));
  t.teardown(() => Promise.all(readers.map((r) => r.close())));
  const onB = new Set<number>();
  for (let i = 0; i < 400; i++) {
    const found = await Promise.all(readers.map((r) => r.get({ bucket: 'load', key: `k${i}` })));
    t.is(found.filter((f) => f.found).length, 1, `k${i}`);
    if (found[1].found) onB.add(i);
  }
  t.true(onB.size > 0, 'the removed node took part of the load before it left');
  // After the removal, writes go to the remaining node only.
  for (let i = 0; i < 20; i++) await client.put({ bucket: 'after', key: `k${i}`, value: 'x' });
  for (let i = 0; i < 20; i++) t.false((await readers[1].get({ bucket: 'after', key: `k${i}` })).found);
});

test('discovery removes a node gracefully too; it never empties the pool', async (t) => {
  // Two scripted nodes that answer membership alike (the dev server names only itself).
  let members = () => [seed, other].map((p) => ({ ip: '127.0.0.1', port: p.port }));
  const seed = await startMiniRiak({ members: () => members() });
  const other = await startMiniRiak({ members: () => members() });
  const pool = new Pool({ nodes: [seed.node], discovery: { intervalMs: 50 } });
  t.teardown(async () => {
    await pool.close();
    await Promise.all([seed.close(), other.close()]);
  });
  await until(() => pool.nodes.length === 2, 'the other node to be discovered');
  await until(() => other.sockets.size === 1, 'its warm-up connection');
  members = () => [{ ip: '127.0.0.1', port: seed.port }];
  await until(() => pool.nodes.length === 1, 'the other node to be removed');
  await until(() => other.sockets.size === 0, 'its connection to close');
  t.deepEqual(pool.nodes, [seed.node]);
  // The seed is the pool's only node: discovery's removeNode refuses it.
  t.false(pool.removeNode(seed.node));
  t.deepEqual(pool.nodes, [seed.node]);
});

test('a call waiting for a node that is removed fails with RiakConnectionError; the one in flight is answered', async (t) => {
  const held: PeerFrame[] = [];
  const peer = await startFakePeer((frame) => {
    if (frame.code === 9) held.push(frame);
  });
  const other = await startMiniRiak();
  t.teardown(() => Promise.all([peer.close(), other.close()]));
  const pool = new Pool({ nodes: [peer.node, other.node], maxConnections: 1, maxInFlightPerConnection: 1 });
  t.teardown(() => pool.close());
  const first = pool.send(get('first'), { node: peer.node });
  await until(() => held.length === 1, 'the first get on the wire');
  const second = pool.send(get('second'), { node: peer.node });
  const removal = pool.drainNode(peer.node);
  await t.throwsAsync(second, { instanceOf: RiakConnectionError, message: /was removed from the pool before the request was sent/ });
  held[0].socket.write(encodeMessage('RpbGetResp', { vclock: Buffer.from('first') }));
  t.is(String((await first).vclock), 'first');
  t.true(await removal);
});
