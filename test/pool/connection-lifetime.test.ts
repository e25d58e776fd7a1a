import test from 'ava';
import { encodeMessage } from '../../src/codec/message-table.js';
import { RiakClient } from '../../src/client/riak-client.js';
import { RiakInvalidArgumentError, type RiakError } from '../../src/errors.js';
import { startDevServer } from '../../src/server/index.js';
import { RpbGetReq } from '../../generated/riak.js';
import { startFakePeer, type PeerFrame } from '../helpers/fake-peer.js';
import { FaultProxy } from '../helpers/fault-proxy.js';
import { holdTimers } from '../helpers/held-timers.js';
import { until } from '../helpers/wait.js';

// Issue 16: maxConnectionLifetime recycles a connection (for load balancers
// and certificate rotation) without ever cutting a request on it. The
// lifetime is a delay no other timer uses, held by the tests.
const LIFETIME_MS = 987_621;

test('maxConnectionLifetime is validated', (t) => {
  for (const value of [-1, 1.5, 2 ** 31, '60000']) {
    t.throws(() => new RiakClient({ nodes: ['h:1'], maxConnectionLifetime: value as number }), {
      instanceOf: RiakInvalidArgumentError,
      message: /Invalid maxConnectionLifetime: .* \(expected an integer from 0 to 2147483647 ms\)/,
    });
  }
  t.notThrows(() => new RiakClient({ nodes: ['h:1'], maxConnectionLifetime: 0, minConnections: 0 }).close());
});

test.serial('an idle connection past its lifetime is closed and replaced to keep minConnections', async (t) => {
  const lifetimes = holdTimers(t, LIFETIME_MS);
  const server = await startDevServer({ port: 0 });
  const client = new RiakClient({ nodes: [`${server.host}:${server.port}`], maxConnectionLifetime: LIFETIME_MS });
  t.teardown(async () => {
    await client.close();
    await server.close();
  });
  const closed: (RiakError | undefined)[] = [];
  let opened = 0;
  client.on('connectionClose', ({ error }) => closed.push(error));
  client.on('connectionOpen', () => opened++);
  await client.ping();
  await until(() => lifetimes.pending === 1, 'the warm connection’s lifetime timer');
  t.is(closed.length, 0, 'held: nothing happens');
  lifetimes.release();
  await until(
    () => closed.length === 1 && opened === 2,
    () => `the old connection closed (${closed.length}) and a new one open (${opened})`,
  );
  t.is(closed[0], undefined, 'a clean close');
  await until(() => server.connectionCount() === 1, 'the server to see one connection');
  t.is(client.stats().nodes[0].connections, 1);
  t.is(lifetimes.pending, 1, 'the new connection has its own lifetime');
  await client.ping();
});

test.serial('a connection past its lifetime takes no new request and closes only once its request in flight is answered', async (t) => {
  const lifetimes = holdTimers(t, LIFETIME_MS);
  const held: PeerFrame[] = [];
  const peer = await startFakePeer((frame) => {
    if (frame.code !== 9) return;
    const key = RpbGetReq.decode(frame.payload).key;
    if (String(key) === 'held') held.push(frame);
    else frame.socket.write(encodeMessage('RpbGetResp', { vclock: key }));
  });
  const client = new RiakClient({ nodes: [peer.node], maxConnectionLifetime: LIFETIME_MS, maxConnections: 2 });
  t.teardown(async () => {
    await client.close();
    await peer.close();
  });
  const first = client.get({ bucket: 'b', key: 'held' });
  await until(() => held.length === 1, 'the held get on the wire');
  const [oldSocket] = peer.sockets;
  await until(() => lifetimes.pending === 1, 'its connection’s lifetime timer');
  lifetimes.release();
  // Retired: a replacement opens (minConnections 1), and the next request goes there.
  const second = await client.get({ bucket: 'b', key: 'next' });
  t.is(String(second.vclock), 'next');
  t.is(peer.sockets.size, 2);
  const last = peer.received.filter((f) => f.code === 9).at(-1);
  t.not(last?.socket, oldSocket, 'the retired connection took no new request');
  t.false(oldSocket.destroyed, 'the request in flight is not cut');
  held[0].socket.write(encodeMessage('RpbGetResp', { vclock: Buffer.from('answered') }));
  t.is(String((await first).vclock), 'answered');
  await until(() => peer.sockets.size === 1 && !peer.sockets.has(oldSocket), 'the retired connection to close once idle');
});

test.serial('recycling under load: requests written and unanswered on the retired connections are answered; none is lost or replayed', async (t) => {
  const lifetimes = holdTimers(t, LIFETIME_MS);
  const server = await startDevServer({ port: 0 });
  // Replies held at a proxy: the requests on the retiring connections are on the wire, unanswered.
  const proxy = await FaultProxy.start(server.port);
  const client = new RiakClient({ nodes: [proxy.node], maxConnectionLifetime: LIFETIME_MS, minConnections: 3, maxInFlightPerConnection: 8 });
  const reader = new RiakClient({ nodes: [`${server.host}:${server.port}`] });
  t.teardown(async () => {
    await Promise.all([client.close(), reader.close()]);
    await proxy.close();
    await server.close();
  });
  let cleanCloses = 0;
  client.on('connectionClose', ({ error }) => {
    if (error === undefined) cleanCloses++;
  });
  await until(() => lifetimes.pending === 3, 'three warm connections');
  proxy.hold();
  const settled = new Array<number>(300).fill(0);
  // An allow_mult bucket: a put replayed without its vclock would leave a second sibling.
  const puts = Array.from({ length: 300 }, (_, i) =>
    client.put({ type: 'siblings', bucket: 'recycle', key: `k${i}`, value: `v${i}` }).finally(() => {
      settled[i]++;
    }),
  );
  const stored = async (i: number) => (await reader.get({ type: 'siblings', bucket: 'recycle', key: `k${i}` })).found;
  await until(
    async () => (await Promise.all(Array.from({ length: 24 }, (_, i) => stored(i)))).every(Boolean),
    'the first puts written and applied, their replies held',
  );
  for (let i = 0; i < 3; i++) lifetimes.release();
  t.is(cleanCloses, 0, 'nothing is cut while its replies are owed');
  proxy.release();
  const results = await Promise.allSettled(puts);
  t.deepEqual(
    results.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason)),
    [],
  );
  t.true(settled.every((n) => n === 1));
  await until(
    () => cleanCloses === 3,
    () => `the three retired connections to close (${cleanCloses})`,
  );
  for (let i = 0; i < 300; i++) {
    const read = await reader.get({ type: 'siblings', bucket: 'recycle', key: `k${i}` });
    t.is(read.siblings.length, 1, `k${i}`);
    t.is(String(read.value), `v${i}`);
  }
});
