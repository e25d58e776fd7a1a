import test from 'ava';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { requestOperation } from '../src/codec/message-table.js';
import { QueueFullError, RiakAbortError, RiakConnectionError, RiakInvalidArgumentError, RiakProtocolError, RiakTimeoutError } from '../src/errors.js';
import { Pool } from '../src/pool/pool.js';
import type { RpbGetResp } from '../generated/riak.js';
import { startDevServer } from '../src/server/index.js';
import { FaultProxy } from './helpers/fault-proxy.js';
import { startFakePeer } from './helpers/fake-peer.js';
import { header } from './helpers/frames.js';
import { startMiniRiak } from './helpers/mini-riak.js';

const get = (key: string) => requestOperation('RpbGetReq', { bucket: Buffer.from('b'), key: Buffer.from(key) });
const put = (key: string, value = 'v') => requestOperation('RpbPutReq', { bucket: Buffer.from('b'), key: Buffer.from(key), content: { value: Buffer.from(value) } });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Counts settlements per promise: every call must settle exactly once. */
function track<T>(promises: Promise<T>[]) {
  const counts = new Array<number>(promises.length).fill(0);
  const all = Promise.allSettled(promises.map((p, i) => p.finally(() => counts[i]++)));
  return { counts, all };
}

test('options are validated with errors that name the option', (t) => {
  t.throws(() => new Pool({ nodes: [] }), { instanceOf: RiakInvalidArgumentError, message: /nodes/ });
  t.throws(() => new Pool({ nodes: ['h:99999'] }), { instanceOf: RiakInvalidArgumentError, message: /port/ });
  t.throws(() => new Pool({ nodes: ['h:1'], maxConnections: 0 }), { instanceOf: RiakInvalidArgumentError, message: /maxConnections/ });
  t.throws(() => new Pool({ nodes: ['h:1'], minConnections: 5, maxConnections: 2 }), { message: /minConnections/ });
  t.throws(() => new Pool({ nodes: ['h:1'], balancer: 'random' as 'round-robin' }), { message: /balancer/ });
  t.throws(() => new Pool({ nodes: ['h:1'], retry: { attempts: 0 } }), { message: /retry\.attempts/ });
  t.throws(() => new Pool({ nodes: ['h:1'], maxInflight: 3 } as never), { message: /Unknown option "maxInflight"/ });
  t.throws(() => new Pool({ nodes: ['h:1'], auth: { user: 'u', password: 'p' } }), { instanceOf: RiakInvalidArgumentError, message: /TLS/ });
});

test('connections open on demand up to maxConnections and requests spread over them', async (t) => {
  const peer = await startMiniRiak();
  const pool = new Pool({ nodes: [peer.node], minConnections: 1, maxConnections: 4, maxInFlightPerConnection: 8 });
  const results = await Promise.all(Array.from({ length: 300 }, (_, i) => pool.send(get(`k${i}`))));
  t.is(results.length, 300);
  t.deepEqual(results.map((r) => String(r.vclock)), Array.from({ length: 300 }, (_, i) => `k${i}`));
  const stats = pool.stats().nodes[0];
  t.true(stats.connections > 1 && stats.connections <= 4, `${stats.connections} connections`);
  t.true(peer.sockets.size <= 4);
  t.is(stats.requests, 300);
  t.true(stats.latencyMs.p99 >= stats.latencyMs.p50);
  await pool.close();
  await peer.close();
});

test('a full queue rejects with QueueFullError; queued requests honour timeout and abort', async (t) => {
  const peer = await startFakePeer(() => {}); // never answers
  const pool = new Pool({ nodes: [peer.node], minConnections: 0, maxConnections: 1, maxInFlightPerConnection: 1, maxQueue: 3, requestTimeout: 0 });
  const first = pool.send(get('a'));
  await sleep(30);
  const controller = new AbortController();
  const queued = [pool.send(get('b')), pool.send(get('c'), { requestTimeout: 60 }), pool.send(get('d'), { signal: controller.signal })];
  await t.throwsAsync(pool.send(get('e')), { instanceOf: QueueFullError });
  t.is(pool.stats().queued, 3);
  controller.abort(new Error('stop'));
  await t.throwsAsync(queued[2], { instanceOf: RiakAbortError });
  await t.throwsAsync(queued[1], { instanceOf: RiakTimeoutError, message: /waiting for a free connection/ });
  const { counts, all } = track([first, queued[0]]);
  await pool.close();
  const settled = await all;
  t.deepEqual(counts, [1, 1]);
  t.true(settled.every((s) => s.status === 'rejected'));
  t.deepEqual(peer.received.map((f) => f.code), [9], 'queued requests were never written');
  await peer.close();
});

test('connection cut with 150 requests in flight (dev server behind a proxy): each settles once, gets succeed by retry, puts report an unknown outcome', async (t) => {
  const riak = await startDevServer({ port: 0 });
  const proxy = await FaultProxy.start(riak.port);
  const pool = new Pool({ nodes: [proxy.node], maxConnections: 2, maxInFlightPerConnection: 100, retry: { attempts: 3, backoffMs: 5 } });
  t.teardown(async () => {
    await pool.close();
    await proxy.close();
    await riak.close();
  });
  await Promise.all(Array.from({ length: 150 }, (_, i) => pool.send(put(`g${i}`, `value-g${i}`))));
  proxy.delay(40);
  const gets = Array.from({ length: 150 }, (_, i) => pool.send(get(`g${i}`)));
  const puts = Array.from({ length: 20 }, (_, i) => pool.send(put(`p${i}`)));
  await sleep(15);
  proxy.delay(0);
  proxy.cut();
  const { counts, all } = track<unknown>([...gets, ...puts]);
  const settled = await all;
  await sleep(50);
  t.true(counts.every((c) => c === 1), 'no request settled twice or not at all');
  const getResults = settled.slice(0, 150);
  const why = [...new Set(getResults.filter((s): s is PromiseRejectedResult => s.status === 'rejected').map((s) => String(s.reason)))];
  t.is(getResults.filter((s) => s.status === 'fulfilled').length, 150, `every get succeeded on a new connection; failures: ${why.join(' / ')}`);
  getResults.forEach((s, i) => s.status === 'fulfilled' && t.is(String((s.value as RpbGetResp).content[0]?.value), `value-g${i}`));
  let unknown = 0;
  for (const s of settled.slice(150)) {
    if (s.status === 'rejected') {
      unknown++;
      t.true(s.reason instanceof RiakConnectionError);
      t.true((s.reason as RiakConnectionError).outcomeUnknown);
      t.regex((s.reason as Error).message, /outcome is unknown/);
    }
  }
  t.log(`${unknown} of 20 in-flight puts reported an unknown outcome; none was replayed`);
  t.true(pool.stats().nodes[0].retries > 0);
});

test('3 dev servers, one killed under load: traffic moves to the others, the node restarts and is used again', async (t) => {
  const servers = await Promise.all([0, 1, 2].map(() => startDevServer({ port: 0 })));
  const nodes = servers.map((s) => `${s.host}:${s.port}`);
  const pool = new Pool({ nodes, maxConnections: 2, connectTimeout: 500, health: { probeInitialMs: 20, probeMaxMs: 100 }, retry: { attempts: 3, backoffMs: 5 } });
  t.teardown(async () => {
    await pool.close();
    await Promise.all(servers.map((s) => s.close()));
  });
  const events: string[] = [];
  pool.on('nodeDown', ({ node }) => events.push(`down ${node}`));
  pool.on('nodeUp', ({ node }) => events.push(`up ${node}`));
  let failures = 0;
  let done = 0;
  const load = async (rounds: number) => {
    for (let i = 0; i < rounds; i++) {
      const batch = await Promise.allSettled(Array.from({ length: 30 }, (_, j) => pool.send(get(`k${i}-${j}`))));
      failures += batch.filter((b) => b.status === 'rejected').length;
      done += batch.length;
      await sleep(2);
    }
  };
  const served = (node: string) => pool.stats().nodes.find((n) => n.node === node)?.requests ?? 0;
  await load(5);
  t.true(served(nodes[1]) > 0);
  const running = load(20);
  await sleep(10);
  await servers[1].close(); // killed during load
  await running;
  t.is(failures, 0, 'gets fail over to the healthy nodes');
  t.true(events.includes(`down ${nodes[1]}`));
  const before = served(nodes[1]);
  await load(10);
  t.is(served(nodes[1]), before, 'the dead node gets no traffic');
  servers[1] = await startDevServer({ port: servers[1].port }); // back on the same port
  for (let i = 0; i < 100 && !events.includes(`up ${nodes[1]}`); i++) await sleep(20);
  t.true(events.includes(`up ${nodes[1]}`));
  await load(10);
  t.true(served(nodes[1]) > before + 5, 'the node is used again');
  t.is(failures, 0);
  t.is(done, 45 * 30);
});

test('a stalled node (dev server behind a proxy): requests time out with RiakTimeoutError and the pool recovers', async (t) => {
  const riak = await startDevServer({ port: 0 });
  const proxy = await FaultProxy.start(riak.port);
  const pool = new Pool({ nodes: [proxy.node], readTimeout: 100, requestTimeout: 5000, health: { probeInitialMs: 20, probeMaxMs: 50 } });
  t.teardown(async () => {
    await pool.close();
    await proxy.close();
    await riak.close();
  });
  await pool.send(get('ok'));
  proxy.stall(true);
  const stalled = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => pool.send(get(`s${i}`), { requestTimeout: 80 })));
  t.true(stalled.every((s) => s.status === 'rejected' && s.reason instanceof RiakTimeoutError));
  proxy.stall(false);
  proxy.cut();
  let recovered = false;
  for (let i = 0; i < 50 && !recovered; i++) {
    try {
      recovered = (await pool.send(get('again'))).content.length === 0;
    } catch {
      await sleep(20);
    }
  }
  t.true(recovered);
});

test('garbage and oversized frames between the dev server and the client: RiakProtocolError, the connection is replaced', async (t) => {
  const riak = await startDevServer({ port: 0 });
  const proxy = await FaultProxy.start(riak.port);
  proxy.delay(30);
  const pool = new Pool({ nodes: [proxy.node], retry: { attempts: 1 }, readTimeout: 200 });
  await pool.send(get('warm'));
  const inFlight = pool.send(get('victim'));
  await sleep(5);
  proxy.inject(header(0x7fffffff));
  await t.throwsAsync(inFlight, { instanceOf: RiakProtocolError });
  proxy.delay(0);
  t.deepEqual((await pool.send(get('after'))).content, []);
  // Dropping 3 bytes misaligns the framing: the reply decodes as nonsense
  // (protocol error) or as a partial frame that never completes (timeout).
  proxy.dropBytes(3);
  const garbled = await Promise.allSettled([pool.send(get('victim2'), { requestTimeout: 300 })]);
  t.is(garbled[0].status, 'rejected');
  const reason = (garbled[0] as PromiseRejectedResult).reason;
  t.true(reason instanceof RiakProtocolError || reason instanceof RiakTimeoutError || reason instanceof RiakConnectionError, String(reason));
  const pool2 = new Pool({ nodes: [proxy.node], retry: { attempts: 3, backoffMs: 5 }, readTimeout: 200 });
  t.deepEqual((await pool2.send(get('after2'))).content, []);
  await pool2.close();
  t.deepEqual((await pool.send(get('after3'), { requestTimeout: 2000 })).content, []);
  t.true(proxy.connections >= 2);
  await pool.close();
  await proxy.close();
  await riak.close();
});

test('peer discovery adds the cluster members; a server without RpbMembershipReq is handled gracefully', async (t) => {
  const others = await Promise.all([startMiniRiak(), startMiniRiak()]);
  const seed = await startMiniRiak({ members: () => [{ ip: '127.0.0.1', port: seed.port }, ...others.map((o) => ({ ip: '127.0.0.1', port: o.port }))] });
  const pool = new Pool({ nodes: [seed.node], discovery: { intervalMs: 50 } });
  for (let i = 0; i < 50 && pool.nodes.length < 3; i++) await sleep(10);
  t.deepEqual(pool.nodes.sort(), [seed.node, ...others.map((o) => o.node)].sort());
  await Promise.all(Array.from({ length: 60 }, (_, i) => pool.send(get(`d${i}`))));
  t.true(others.every((o) => o.received.some((f) => f.code === 9)), 'discovered nodes take traffic');
  await pool.close();

  const legacy = await startMiniRiak();
  const plain = new Pool({ nodes: [legacy.node], discovery: true });
  await sleep(50);
  t.deepEqual(plain.nodes, [legacy.node]);
  t.is(String((await plain.send(get('x'))).vclock), 'x');
  await plain.close();
  await Promise.all([seed, legacy, ...others].map((p) => p.close()));
});

test('when every node is down, requests fail fast instead of hanging', async (t) => {
  const pool = new Pool({ nodes: ['127.0.0.1:1'], minConnections: 0, retry: { attempts: 2, backoffMs: 1 } });
  const started = Date.now();
  await t.throwsAsync(pool.send(get('x')), { instanceOf: RiakConnectionError });
  await t.throwsAsync(pool.send(get('y')), { instanceOf: RiakConnectionError });
  t.true(Date.now() - started < 3000);
  t.is(pool.stats().nodes[0].state, 'down');
  await pool.close();
});

test('close() lets in-flight requests finish, rejects new ones, and leaves nothing keeping the process alive', async (t) => {
  const riak = await startMiniRiak();
  const proxy = await FaultProxy.start(riak.port);
  proxy.delay(150); // keeps the request in flight while close() runs
  const script = fileURLToPath(new URL('./helpers/close-exits.ts', import.meta.url));
  // Async: the proxy and the server live in this process and must keep running.
  const { stdout } = await promisify(execFile)(process.execPath, ['--import=tsx', script, proxy.node], { encoding: 'utf8', timeout: 10_000 });
  t.is(stdout.trim(), 'in-flight: k | after close: RiakClosedError');
  await proxy.close();
  await riak.close();
});

test('a request against dead nodes rejects even while only a retry backoff is pending', async (t) => {
  const script = fileURLToPath(new URL('./helpers/all-down-settles.ts', import.meta.url));
  const { stdout } = await promisify(execFile)(process.execPath, ['--import=tsx', script], { encoding: 'utf8', timeout: 10_000 });
  t.is(stdout.trim(), 'rejected: RiakConnectionError');
});

test('connections above minConnections are closed after idleTimeout; minConnections stay open', async (t) => {
  const riak = await startMiniRiak();
  const pool = new Pool({ nodes: [riak.node], minConnections: 1, maxConnections: 4, maxInFlightPerConnection: 2, idleTimeout: 200 });
  t.teardown(async () => {
    await pool.close();
    await riak.close();
  });
  await Promise.all(Array.from({ length: 100 }, (_, i) => pool.send(get(`k${i}`))));
  const grown = pool.stats().nodes[0].connections;
  t.true(grown > 1, `${grown} connections under load`);
  for (let i = 0; i < 100 && pool.stats().nodes[0].connections > 1; i++) await sleep(20);
  t.is(pool.stats().nodes[0].connections, 1);
  t.is(String((await pool.send(get('after'))).vclock), 'after');
});
