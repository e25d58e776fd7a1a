import test from 'ava';
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { dirname } from 'node:path';
import { encodeMessage, encodeRequest } from '../../src/codec/message-table.js';
import {
  QueueFullError,
  RiakAbortError,
  RiakQueueFullError,
  RiakConnectionError,
  RiakInvalidArgumentError,
  RiakProtocolError,
  RiakTimeoutError,
} from '../../src/errors.js';
import { Pool } from '../../src/pool/pool.js';
import type { Operation } from '../../src/connection/operation.js';
import { RpbGetReq, type RpbGetResp } from '../../generated/riak.js';
import { startDevServer } from '../../src/server/index.js';
import { builtFile } from '../helpers/built.js';
import { FaultProxy } from '../helpers/fault-proxy.js';
import { startFakePeer, type PeerFrame } from '../helpers/fake-peer.js';
import { header } from '../helpers/frames.js';
import { startMiniRiak } from '../helpers/mini-riak.js';
import { once, until, WAIT_CAP_MS } from '../helpers/wait.js';
import { repoPath } from '../helpers/paths.js';

const get = (key: string) => encodeRequest('RpbGetReq', { bucket: Buffer.from('b'), key: Buffer.from(key) });
const put = (key: string, value = 'v') =>
  encodeRequest('RpbPutReq', { bucket: Buffer.from('b'), key: Buffer.from(key), content: { value: Buffer.from(value) } });
/** The build's directory, for the scripts run as child processes. */
const dist = () => dirname(builtFile('index.js'));

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
  t.teardown(async () => {
    await pool.close();
    await peer.close();
  });
  const results = await Promise.all(Array.from({ length: 300 }, (_, i) => pool.send(get(`k${i}`))));
  t.is(results.length, 300);
  t.deepEqual(
    results.map((r) => String(r.vclock)),
    Array.from({ length: 300 }, (_, i) => `k${i}`),
  );
  const stats = pool.stats().nodes[0];
  t.true(stats.connections > 1 && stats.connections <= 4, `${stats.connections} connections`);
  t.true(peer.sockets.size <= 4);
  t.is(stats.requests, 300);
  t.true(stats.latencyMs.p99 >= stats.latencyMs.p50);
});

test('a full queue rejects with RiakQueueFullError; queued requests honour timeout and abort', async (t) => {
  const peer = await startFakePeer(() => {}); // never answers
  const pool = new Pool({ nodes: [peer.node], minConnections: 0, maxConnections: 1, maxInFlightPerConnection: 1, maxQueue: 3, requestTimeout: 0 });
  t.teardown(async () => {
    await pool.close();
    await peer.close();
  });
  const first = pool.send(get('a'));
  await until(() => peer.received.some((f) => f.code === 9), 'the first get to reach the peer');
  const controller = new AbortController();
  const queued = [pool.send(get('b')), pool.send(get('c'), { requestTimeout: 60 }), pool.send(get('d'), { signal: controller.signal })];
  await t.throwsAsync(pool.send(get('e')), { instanceOf: RiakQueueFullError, name: 'RiakQueueFullError', code: 'RIAK_QUEUE_FULL' });
  // The old name is the same class, kept for code written against it.
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
  t.deepEqual(
    peer.received.map((f) => f.code),
    [9],
    'queued requests were never written',
  );
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
  // Replies are held at the proxy: every request stays in flight until the cut.
  proxy.hold();
  const before = proxy.requestBytes;
  const ops = [...Array.from({ length: 150 }, (_, i) => get(`g${i}`)), ...Array.from({ length: 20 }, (_, i) => put(`p${i}`))];
  const bytes = ops.reduce((n, op) => n + op.frameEnd - op.frameStart, 0);
  const calls = ops.map((op) => pool.send(op as Operation<unknown>));
  const { counts, all } = track<unknown>(calls);
  await until(
    () => proxy.requestBytes - before >= bytes,
    () => `the 170 requests on the wire (${proxy.requestBytes - before} of ${bytes} bytes)`,
  );
  proxy.cut();
  proxy.release();
  const settled = await all;
  t.true(
    counts.every((c) => c === 1),
    'no request settled twice or not at all',
  );
  const getResults = settled.slice(0, 150);
  const why = [...new Set(getResults.filter((s): s is PromiseRejectedResult => s.status === 'rejected').map((s) => String(s.reason)))];
  t.is(getResults.filter((s) => s.status === 'fulfilled').length, 150, `every get succeeded on a new connection; failures: ${why.join(' / ')}`);
  getResults.forEach((s, i) => {
    if (s.status === 'fulfilled') t.is(String((s.value as RpbGetResp).content[0]?.value), `value-g${i}`);
  });
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
  const pool = new Pool({ nodes, maxConnections: 2, health: { probeInitialMs: 20, probeMaxMs: 100 }, retry: { attempts: 3, backoffMs: 5 } });
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
    }
  };
  const served = (node: string) => pool.stats().nodes.find((n) => n.node === node)?.requests ?? 0;
  await load(5);
  t.true(served(nodes[1]) > 0);
  const running = load(20);
  await until(() => done > 5 * 30, 'the second load to complete a batch');
  await servers[1].close(); // killed during load
  await running;
  t.is(failures, 0, 'gets fail over to the healthy nodes');
  t.true(events.includes(`down ${nodes[1]}`));
  const before = served(nodes[1]);
  await load(10);
  t.is(served(nodes[1]), before, 'the dead node gets no traffic');
  servers[1] = await startDevServer({ port: servers[1].port }); // back on the same port
  await until(() => events.includes(`up ${nodes[1]}`), `nodeUp for ${nodes[1]}`);
  await load(10);
  t.true(served(nodes[1]) > before + 5, 'the node is used again');
  t.is(failures, 0);
  t.is(done, 45 * 30);
});

test('a stalled node (dev server behind a proxy): requests time out with RiakTimeoutError and the pool recovers', async (t) => {
  const riak = await startDevServer({ port: 0 });
  const proxy = await FaultProxy.start(riak.port);
  const pool = new Pool({ nodes: [proxy.node], readTimeout: 1000, health: { probeInitialMs: 20, probeMaxMs: 50 } });
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
  const recovered = await until(
    () =>
      pool.send(get('again')).then(
        (r) => r.content.length === 0,
        () => false,
      ),
    'a get to succeed after the stall',
  );
  t.true(recovered);
});

test('garbage and oversized frames between the dev server and the client: RiakProtocolError, the connection is replaced', async (t) => {
  const riak = await startDevServer({ port: 0 });
  const proxy = await FaultProxy.start(riak.port);
  // readTimeout: how long a misaligned stream may wait for the rest of a frame (long enough for a busy machine's replies).
  const pool = new Pool({ nodes: [proxy.node], retry: { attempts: 1 }, readTimeout: 1000 });
  const pool2 = new Pool({ nodes: [proxy.node], retry: { attempts: 3, backoffMs: 5 }, readTimeout: 1000 });
  t.teardown(async () => {
    await pool.close();
    await pool2.close();
    await proxy.close();
    await riak.close();
  });
  await pool.send(get('warm'));
  // The victim's reply is held at the proxy: it is in flight when the bad header arrives.
  proxy.hold();
  const inFlight = pool.send(get('victim'));
  await until(() => proxy.heldReplies > 0, "the victim's reply to be held");
  proxy.inject(header(0x7fffffff));
  await t.throwsAsync(inFlight, { instanceOf: RiakProtocolError });
  proxy.release();
  t.deepEqual((await pool.send(get('after'))).content, []);
  // Dropping 3 bytes misaligns the framing: the reply decodes as nonsense
  // (protocol error) or as a partial frame that never completes (timeout).
  proxy.dropBytes(3);
  const garbled = await Promise.allSettled([pool.send(get('victim2'), { requestTimeout: 300 })]);
  t.is(garbled[0].status, 'rejected');
  const reason = (garbled[0] as PromiseRejectedResult).reason;
  t.true(reason instanceof RiakProtocolError || reason instanceof RiakTimeoutError || reason instanceof RiakConnectionError, String(reason));
  t.deepEqual((await pool2.send(get('after2'))).content, []);
  t.deepEqual((await pool.send(get('after3'), { requestTimeout: 10_000 })).content, []);
  t.true(proxy.connections >= 2);
});

test('peer discovery adds the cluster members; a server without RpbMembershipReq is handled gracefully', async (t) => {
  const others = await Promise.all([startMiniRiak(), startMiniRiak()]);
  const seed = await startMiniRiak({ members: () => [{ ip: '127.0.0.1', port: seed.port }, ...others.map((o) => ({ ip: '127.0.0.1', port: o.port }))] });
  const legacy = await startMiniRiak();
  const pool = new Pool({ nodes: [seed.node], discovery: { intervalMs: 50 } });
  const plain = new Pool({ nodes: [legacy.node], discovery: true });
  t.teardown(async () => {
    await pool.close();
    await plain.close();
    await Promise.all([seed, legacy, ...others].map((p) => p.close()));
  });
  await until(
    () => pool.nodes.length >= 3,
    () => `3 nodes discovered (${pool.nodes.join(', ')})`,
  );
  t.deepEqual(pool.nodes.sort(), [seed.node, ...others.map((o) => o.node)].sort());
  await Promise.all(Array.from({ length: 60 }, (_, i) => pool.send(get(`d${i}`))));
  t.true(
    others.every((o) => o.received.some((f) => f.code === 9)),
    'discovered nodes take traffic',
  );

  // The legacy node answers RpbMembershipReq with "Unknown message code": asked, answered, and the pool carries on.
  await until(() => legacy.received.some((f) => f.code === 206), 'the membership request to the legacy node');
  t.is(String((await plain.send(get('x'))).vclock), 'x');
  t.deepEqual(plain.nodes, [legacy.node]);
});

test('when every node is down, requests fail fast instead of hanging', async (t) => {
  const pool = new Pool({ nodes: ['127.0.0.1:1'], minConnections: 0, retry: { attempts: 2, backoffMs: 1 } });
  t.teardown(() => pool.close());
  await t.throwsAsync(pool.send(get('x')), { instanceOf: RiakConnectionError });
  await t.throwsAsync(pool.send(get('y')), { instanceOf: RiakConnectionError });
  t.is(pool.stats().nodes[0].state, 'down');
});

test('close() lets in-flight requests finish, rejects new ones, and leaves nothing keeping the process alive', async (t) => {
  // A peer that answers in order but holds everything from the first get on,
  // until the test releases it: the get is in flight while close() runs.
  const answer = ({ code, payload, socket }: PeerFrame) => {
    if (code === 9) socket.write(encodeMessage('RpbGetResp', { vclock: RpbGetReq.decode(payload).key }));
    else if (code === 1) socket.write(header(1, 2));
    else socket.write(encodeMessage('RpbErrorResp', { errmsg: Buffer.from(`Unknown message code: ${code}`), errcode: 0 }));
  };
  const held: PeerFrame[] = [];
  const peer = await startFakePeer((frame) => {
    if (frame.code === 9 || held.some((h) => h.socket === frame.socket)) held.push(frame);
    else answer(frame);
  });
  const script = repoPath('test/helpers/close-exits.mjs');
  const child = spawn(process.execPath, [script, dist(), peer.node], { stdio: ['pipe', 'pipe', 'pipe'] });
  t.teardown(async () => {
    child.kill();
    await peer.close();
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = once<[number | null]>(child, 'exit', { what: 'the child to exit by itself after close()', timeoutMs: WAIT_CAP_MS });
  await until(
    () => held.length > 0,
    () => `the get on the wire (stderr: ${stderr})`,
  );
  child.stdin.end(); // now close()
  await until(
    () => stdout.includes('closing'),
    () => `close() to be called (stderr: ${stderr})`,
  );
  for (const frame of held.splice(0)) answer(frame);
  const [code] = await exited;
  t.is(code, 0, stderr);
  t.is(stdout.trim().split('\n').at(-1), 'in-flight: k | after close: RiakClosedError');
});

test('a request against dead nodes rejects even while only a retry backoff is pending', async (t) => {
  const script = repoPath('test/helpers/all-down-settles.mjs');
  const { stdout } = await promisify(execFile)(process.execPath, [script, dist()], { encoding: 'utf8', timeout: WAIT_CAP_MS });
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
  await until(
    () => pool.stats().nodes[0].connections === 1,
    () => `idle connections closed (${pool.stats().nodes[0].connections} open)`,
  );
  t.is(String((await pool.send(get('after'))).vclock), 'after');
});
