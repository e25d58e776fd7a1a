import test from 'ava';
import { RiakClient } from '../../src/client/riak-client.js';
import { RiakAbortError, RiakConnectionError } from '../../src/errors.js';
import { startDevServer, type DevServer } from '../../src/server/index.js';
import { FaultProxy } from '../helpers/fault-proxy.js';
import { startFakePeer } from '../helpers/fake-peer.js';
import { frame } from '../helpers/frames.js';
import { until } from '../helpers/wait.js';

// After a request reached the wire, only requests that cannot change state
// are sent again; every write reports outcomeUnknown instead.

interface Setup {
  server: DevServer;
  proxy: FaultProxy;
  /** Talks to the server directly, to see what was applied. */
  direct: RiakClient;
  /** Talks through the proxy, whose connections the test cuts. */
  client: RiakClient;
}

async function setup(t: import('ava').ExecutionContext): Promise<Setup> {
  const server = await startDevServer({ port: 0 });
  const proxy = await FaultProxy.start(server.port);
  const direct = new RiakClient({ nodes: [`127.0.0.1:${server.port}`] });
  const client = new RiakClient({ nodes: [proxy.node], retry: { attempts: 3, backoffMs: 1 } });
  t.teardown(async () => {
    await client.close();
    await direct.close();
    await proxy.close();
    await server.close();
  });
  return { server, proxy, direct, client };
}

/**
 * Sends `write` through the proxy with replies held, waits until the direct
 * client sees it applied, then cuts the connection: the write was applied
 * and its reply lost.
 */
async function applyThenCut<T>(s: Setup, write: () => Promise<T>, applied: () => Promise<boolean>): Promise<unknown> {
  await s.client.ping();
  s.proxy.hold();
  const outcome = write().then(
    () => undefined,
    (error: unknown) => error,
  );
  await until(applied, 'the write to be applied by the server');
  s.proxy.cut();
  s.proxy.release();
  return outcome;
}

test('a put with a vclock whose reply is lost is not replayed: outcomeUnknown, and no duplicate sibling', async (t) => {
  const s = await setup(t);
  const location = { type: 'siblings', bucket: 'replay', key: 'vclock' };
  await s.direct.put({ ...location, value: 'old' });
  const { vclock } = await s.direct.get(location);
  const error = await applyThenCut(
    s,
    () => s.client.put({ ...location, value: 'new', vclock }),
    async () => (await s.direct.get(location)).content?.value?.toString() === 'new',
  );
  t.true(error instanceof RiakConnectionError, String(error));
  t.true((error as RiakConnectionError).outcomeUnknown);
  const after = await s.direct.get(location);
  t.deepEqual(
    after.siblings.map((c) => c.value.toString()),
    ['new'],
    'applied once: a replay would add a second "new" sibling',
  );
});

test('an ifNoneMatch put whose reply is lost is not replayed (a replay would report match_found for its own write)', async (t) => {
  const s = await setup(t);
  const location = { bucket: 'replay', key: 'if-none-match' };
  const error = await applyThenCut(
    s,
    () => s.client.put({ ...location, value: 'first', ifNoneMatch: true }),
    async () => (await s.direct.get(location)).found,
  );
  t.true(error instanceof RiakConnectionError, String(error));
  t.true((error as RiakConnectionError).outcomeUnknown);
});

test('bucket property writes are not replayed either; reads are retried', async (t) => {
  const s = await setup(t);
  const error = await applyThenCut(
    s,
    () => s.client.setBucketProps({ bucket: 'replay-props', props: { nVal: 2 } }),
    async () => (await s.direct.getBucketProps({ bucket: 'replay-props' })).nVal === 2,
  );
  t.true(error instanceof RiakConnectionError && error.outcomeUnknown, String(error));
  // A get cut the same way is sent again and answered.
  await s.direct.put({ bucket: 'replay', key: 'read', value: 'v' });
  s.proxy.hold();
  const read = s.client.get({ bucket: 'replay', key: 'read' });
  await until(() => s.proxy.heldReplies > 0, 'the get to be answered (and the reply held)');
  s.proxy.cut();
  s.proxy.release();
  t.is((await read).content?.value.toString(), 'v');
});

/** A peer that hangs up on every get: counts how often one is sent. */
async function hangUpPeer(t: import('ava').ExecutionContext) {
  const peer = await startFakePeer(({ code, socket }) => {
    if (code === 9) socket.destroy();
    else if (code === 1) socket.write(frame(2));
  });
  t.teardown(() => peer.close());
  return { peer, gets: () => peer.received.filter((f) => f.code === 9).length };
}

test('retry: false turns retries off for a read too', async (t) => {
  const { peer, gets } = await hangUpPeer(t);
  const client = new RiakClient({ nodes: [peer.node], retry: { attempts: 3, backoffMs: 1 } });
  t.teardown(() => client.close());
  const error = await t.throwsAsync(client.get({ bucket: 'b', key: 'k', retry: false }), { instanceOf: RiakConnectionError });
  t.true(error.outcomeUnknown);
  t.is(gets(), 1, 'sent once');
  await t.throwsAsync(client.request('RpbGetReq', { bucket: Buffer.from('b'), key: Buffer.from('k') }, { retry: false }), { instanceOf: RiakConnectionError });
  t.is(gets(), 2, 'request() honours retry: false too');
  // Without it, the read is tried the configured 3 times.
  await t.throwsAsync(client.get({ bucket: 'b', key: 'k' }), { instanceOf: RiakConnectionError });
  t.is(gets(), 5);
});

test('requestTimeout: 0 means no deadline, not no retries', async (t) => {
  const { peer, gets } = await hangUpPeer(t);
  const client = new RiakClient({ nodes: [peer.node], requestTimeout: 0, retry: { attempts: 3, backoffMs: 1 } });
  t.teardown(() => client.close());
  await t.throwsAsync(client.get({ bucket: 'b', key: 'k' }), { instanceOf: RiakConnectionError });
  t.is(gets(), 3, 'retried up to attempts');
  await t.throwsAsync(client.get({ bucket: 'b', key: 'k', requestTimeout: 0 }), { instanceOf: RiakConnectionError });
  t.is(gets(), 6);
});

test('an explicit idempotent: true still lets a write be retried', async (t) => {
  const peer = await startFakePeer(({ code, socket }) => {
    if (code === 11) socket.destroy();
  });
  t.teardown(() => peer.close());
  const client = new RiakClient({ nodes: [peer.node], retry: { attempts: 2, backoffMs: 1 } });
  t.teardown(() => client.close());
  const puts = () => peer.received.filter((f) => f.code === 11).length;
  await t.throwsAsync(client.put({ bucket: 'b', key: 'k', value: 'v' }), { instanceOf: RiakConnectionError });
  t.is(puts(), 1);
  await t.throwsAsync(client.put({ bucket: 'b', key: 'k', value: 'v', idempotent: true }), { instanceOf: RiakConnectionError });
  t.is(puts(), 3);
});

test('a node that fails the connection check (silent, or not Riak) is left for another: nothing was sent, so the call is retried', async (t) => {
  const silent = await startFakePeer(() => {}, { answerOpeningPing: false });
  t.teardown(() => silent.close());
  const server = await startDevServer({ port: 0 });
  t.teardown(() => server.close());
  const good = `127.0.0.1:${server.port}`;
  // The balancer prefers the silent node whenever it may: the first call goes there.
  const client = new RiakClient({
    nodes: [silent.node, good],
    minConnections: 0,
    connectTimeout: 200,
    balancer: (nodes) =>
      Math.max(
        0,
        nodes.findIndex((n) => n.node === silent.node),
      ),
    retry: { attempts: 3, backoffMs: 1 },
  });
  t.teardown(() => client.close());
  const retried: unknown[] = [];
  client.on('retry', ({ error }) => retried.push(error));
  t.false((await client.get({ bucket: 'b', key: 'k' })).found);
  t.true(retried.length >= 1, 'the failed check was retried');
  t.regex(String(retried[0]), /did not answer a Riak PB ping/);
});

test('a request that failed after it was written without Riak answering has outcomeUnknown; one that was never written does not', async (t) => {
  const peer = await startFakePeer(() => {}); // never answers a get
  t.teardown(() => peer.close());
  const client = new RiakClient({ nodes: [peer.node], maxConnections: 1, maxInFlightPerConnection: 1, retry: { attempts: 1 } });
  t.teardown(() => client.close());
  // Aborted rather than timed out, so that nothing here depends on how fast a busy machine is.
  const abortWritten = new AbortController();
  const abortQueued = new AbortController();
  const written = client.put({ bucket: 'b', key: 'on-the-wire', value: 'v', signal: abortWritten.signal });
  await until(() => peer.received.some((f) => f.code === 11), 'the put to be written');
  const queued = client.put({ bucket: 'b', key: 'queued', value: 'v', signal: abortQueued.signal });
  abortQueued.abort();
  abortWritten.abort();
  const [first, second] = await Promise.allSettled([written, queued]);
  const onTheWire = (first as PromiseRejectedResult).reason as RiakAbortError;
  const neverSent = (second as PromiseRejectedResult).reason as RiakAbortError;
  t.true(onTheWire instanceof RiakAbortError, String(onTheWire));
  t.true(onTheWire.outcomeUnknown);
  t.true(neverSent instanceof RiakAbortError, String(neverSent));
  t.false(neverSent.outcomeUnknown);
  t.is(peer.received.filter((f) => f.code === 11).length, 1);
});

test('idempotent: true is accepted by every call that takes call options (a datatype update here)', async (t) => {
  const server = await startDevServer({ port: 0 });
  t.teardown(() => server.close());
  const client = new RiakClient({ nodes: [`127.0.0.1:${server.port}`] });
  t.teardown(() => client.close());
  await client.updateCounter({ type: 'counters', bucket: 'c', key: 'k', increment: 1, idempotent: true });
  t.is((await client.fetchCounter({ type: 'counters', bucket: 'c', key: 'k' })).value, 1);
  await t.throwsAsync(client.updateCounter({ type: 'counters', bucket: 'c', key: 'k', increment: 1, idempotent: 'yes' as unknown as boolean }), {
    message: /idempotent/,
  });
});
