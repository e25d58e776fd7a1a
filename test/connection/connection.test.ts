import test from 'ava';
import type { Socket } from 'node:net';
import { RpbGetReq, RpbGetResp, RpbListKeysResp } from '../../generated/riak.js';
import { encodeMessage, requestOperation } from '../../src/codec/message-table.js';
import { openConnection } from '../../src/connection/open-connection.js';
import type { Connection } from '../../src/connection/connection.js';
import { RiakAbortError, RiakConnectionError, RiakProtocolError, RiakServerError, RiakTimeoutError } from '../../src/errors.js';
import { startFakePeer, type PeerFrame } from '../helpers/fake-peer.js';
import { header } from '../helpers/frames.js';
import { until } from '../helpers/wait.js';

const getOp = (key: string) => requestOperation('RpbGetReq', { bucket: Buffer.from('b'), key: Buffer.from(key) });
/** Answers a get with the key echoed in the vclock. */
const echo = ({ payload, socket }: PeerFrame) =>
  socket.write(encodeMessage('RpbGetResp', { vclock: RpbGetReq.decode(payload).key }));
const keyOf = (frame: PeerFrame) => String(RpbGetReq.decode(frame.payload).key);

async function connect(port: number, readTimeout?: number): Promise<Connection> {
  return openConnection({ host: '127.0.0.1', port, readTimeout });
}

function settleCounter<T>(promises: Promise<T>[]) {
  let settled = 0;
  for (const p of promises) p.then(() => settled++, () => settled++);
  return () => settled;
}

test('pipelines: all requests are written before the first reply, answered in order', async (t) => {
  const n = 200;
  const pending: PeerFrame[] = [];
  const peer = await startFakePeer((frame) => {
    pending.push(frame);
    // Reply only once every request has arrived: proves nothing waited for a reply.
    if (pending.length === n) for (const f of pending) echo(f);
  });
  const connection = await connect(peer.port);
  const results = await Promise.all(Array.from({ length: n }, (_, i) => connection.send(getOp(`k${i}`))));
  t.deepEqual(results.map((r) => String(r.vclock)), Array.from({ length: n }, (_, i) => `k${i}`));
  t.is(connection.inFlight, 0);
  await connection.close();
  await peer.close();
});

test('writes made in one tick are coalesced', async (t) => {
  let chunks = 0;
  const peer = await startFakePeer(echo);
  const connection = await connect(peer.port);
  // Count the TCP reads on the peer side.
  await until(() => peer.sockets.size === 1, 'the peer to accept the connection');
  for (const socket of peer.sockets) socket.on('data', () => chunks++);
  await Promise.all(Array.from({ length: 100 }, (_, i) => connection.send(getOp(`k${i}`))));
  t.true(chunks >= 1 && chunks <= 3, `${chunks} reads for 100 requests`);
  await connection.close();
  await peer.close();
});

test('a burst of small requests leaves as one view of the frame slab, not a copy', async (t) => {
  const peer = await startFakePeer(echo);
  const connection = await connect(peer.port);
  const written: Buffer[] = [];
  const socket = connection.socket;
  const write = socket.write.bind(socket) as (chunk: Buffer) => boolean;
  socket.write = ((chunk: Buffer) => {
    written.push(chunk);
    return write(chunk);
  }) as typeof socket.write;
  // Encoded one after another, the frames are adjacent in one slab (unless it just filled up: then two pieces).
  const ops = Array.from({ length: 40 }, (_, i) => getOp(`k${i}`));
  const results = await Promise.all(ops.map((op) => connection.send(op)));
  t.deepEqual(results.map((r) => String(r.vclock)), ops.map((_, i) => `k${i}`));
  const slabs = new Set(ops.map((op) => op.frameBuffer));
  t.is(written.length, 1);
  if (slabs.size === 1) t.is(written[0].buffer, ops[0].frameBuffer.buffer, 'a view of the slab, no copy');
  t.is(written[0].length, ops.reduce((n, op) => n + op.frameEnd - op.frameStart, 0));
  await connection.close();
  await peer.close();
});

test('a big value between small requests: written as is (no copy), the writes corked into one writev, in order', async (t) => {
  const peer = await startFakePeer((frame) => {
    if (frame.code === 11) frame.socket.write(header(1, 12));
    else echo(frame);
  });
  const connection = await connect(peer.port);
  const socket = connection.socket;
  const written: Buffer[] = [];
  let corks = 0;
  let uncorks = 0;
  const write = socket.write.bind(socket) as (chunk: Buffer) => boolean;
  socket.write = ((chunk: Buffer) => {
    written.push(chunk);
    return write(chunk);
  }) as typeof socket.write;
  const cork = socket.cork.bind(socket);
  const uncork = socket.uncork.bind(socket);
  socket.cork = () => (corks++, cork());
  socket.uncork = () => (uncorks++, uncork());
  const value = Buffer.alloc(64 * 1024, 7);
  const put = requestOperation('RpbPutReq', { bucket: Buffer.from('b'), key: Buffer.from('big'), content: { value } });
  const results = await Promise.all([connection.send(getOp('k0')), connection.send(put), connection.send(getOp('k1'))]);
  t.is(String((results[0] as { vclock: Uint8Array }).vclock), 'k0');
  t.is(String((results[2] as { vclock: Uint8Array }).vclock), 'k1');
  t.deepEqual(peer.received.map((f) => f.code), [9, 11, 9], 'in request order');
  t.is(written.length, 3);
  t.is(written[1].buffer, put.frameBuffer.buffer, 'the big frame itself, not a copy');
  t.is(corks, 1);
  t.is(uncorks, 1);
  t.is(socket.writableCorked, 0);
  await connection.close();
  await peer.close();
});

test('RpbErrorResp rejects only the request it answers; the pipeline continues', async (t) => {
  const peer = await startFakePeer((frame) => {
    if (keyOf(frame) === 'bad') frame.socket.write(encodeMessage('RpbErrorResp', { errmsg: Buffer.from('modified'), errcode: 0 }));
    else echo(frame);
  });
  const connection = await connect(peer.port);
  const [a, b, c] = await Promise.allSettled([connection.send(getOp('a')), connection.send(getOp('bad')), connection.send(getOp('c'))]);
  t.is(a.status, 'fulfilled');
  t.is(c.status, 'fulfilled');
  t.is(b.status, 'rejected');
  const error = (b as PromiseRejectedResult).reason as RiakServerError;
  t.true(error instanceof RiakServerError);
  t.is(error.errmsg, 'modified');
  t.is(error.errcode, 0);
  t.is(error.code, 'RIAK_SERVER_ERROR');
  t.is(String((await connection.send(getOp('after'))).vclock), 'after');
  await connection.close();
  await peer.close();
});

test('abort while queued: removed before it is written', async (t) => {
  const peer = await startFakePeer(echo);
  const connection = await connect(peer.port);
  const controller = new AbortController();
  const aborted = connection.send(getOp('never'), { signal: controller.signal });
  controller.abort(new Error('changed my mind'));
  const error = await t.throwsAsync(aborted, { instanceOf: RiakAbortError });
  t.is((error.cause as Error).message, 'changed my mind');
  t.is(String((await connection.send(getOp('next'))).vclock), 'next');
  t.deepEqual(peer.received.map(keyOf), ['next']);
  await connection.close();
  await peer.close();
});

test('abort after write: rejected at once, its late reply is dropped, the next request gets its own reply', async (t) => {
  const held: PeerFrame[] = [];
  const peer = await startFakePeer((frame) => held.push(frame));
  const connection = await connect(peer.port);
  const controller = new AbortController();
  const first = connection.send(getOp('first'), { signal: controller.signal });
  const second = connection.send(getOp('second'));
  await until(() => held.length >= 2, 'both requests at the peer');
  controller.abort();
  await t.throwsAsync(first, { instanceOf: RiakAbortError });
  for (const frame of held) echo(frame);
  t.is(String((await second).vclock), 'second');
  t.false(connection.closed);
  await connection.close();
  await peer.close();
});

test('aborting with an already-aborted signal rejects without sending', async (t) => {
  const peer = await startFakePeer(echo);
  const connection = await connect(peer.port);
  await t.throwsAsync(connection.send(getOp('x'), { signal: AbortSignal.abort() }), { instanceOf: RiakAbortError });
  await connection.send(getOp('y'));
  t.deepEqual(peer.received.map(keyOf), ['y']);
  await connection.close();
  await peer.close();
});

test('timeout on the wire: rejected with RiakTimeoutError; if the reply never comes the socket is dropped after readTimeout', async (t) => {
  const peer = await startFakePeer(() => {});
  const connection = await connect(peer.port, 100);
  const stuck = connection.send(getOp('slow'), { requestTimeout: 50 });
  const behind = connection.send(getOp('behind'));
  const error = await t.throwsAsync(stuck, { instanceOf: RiakTimeoutError });
  t.is(error.timeoutMs, 50);
  t.false(connection.closed);
  const dropped = await t.throwsAsync(behind, { instanceOf: RiakConnectionError });
  t.true(dropped.cause instanceof RiakTimeoutError);
  t.true(dropped.outcomeUnknown);
  t.regex(dropped.message, /abandoned/);
  t.true(connection.closed);
  await peer.close();
});

test('a late reply to a timed-out request is dropped and does not answer the next one', async (t) => {
  const held: PeerFrame[] = [];
  const peer = await startFakePeer((frame) => held.push(frame));
  const connection = await connect(peer.port, 5000);
  const slow = connection.send(getOp('slow'), { requestTimeout: 30 });
  await t.throwsAsync(slow, { instanceOf: RiakTimeoutError });
  const next = connection.send(getOp('next'));
  await until(() => held.length >= 2, 'both requests at the peer');
  for (const frame of held) echo(frame);
  t.is(String((await next).vclock), 'next');
  await connection.close();
  await peer.close();
});

test('peer closing mid-pipeline: answered requests resolve, the rest reject once with RiakConnectionError', async (t) => {
  let count = 0;
  const peer = await startFakePeer((frame) => {
    count++;
    if (count <= 3) echo(frame);
    if (count === 10) frame.socket.destroy();
  });
  const connection = await connect(peer.port);
  const calls = Array.from({ length: 10 }, (_, i) => connection.send(getOp(`k${i}`)));
  const settled = settleCounter(calls);
  const results = await Promise.allSettled(calls);
  t.is(results.filter((r) => r.status === 'fulfilled').length, 3);
  const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
  t.is(rejected.length, 7);
  for (const r of rejected) {
    t.true(r.reason instanceof RiakConnectionError);
    t.is((r.reason as RiakConnectionError).node, peer.node);
    t.true((r.reason as RiakConnectionError).outcomeUnknown);
  }
  t.is(settled(), 10, 'each settled exactly once');
  t.true(connection.closed);
  await t.throwsAsync(connection.send(getOp('late')), { instanceOf: RiakConnectionError });
  await peer.close();
});

test('an oversized frame length from the peer rejects everything in flight with RiakProtocolError', async (t) => {
  const peer = await startFakePeer((frame) => {
    if (keyOf(frame) === 'k2') frame.socket.write(header(0x7fffffff));
  });
  const connection = await openConnection({ host: '127.0.0.1', port: peer.port, maxFrameBytes: 1024 * 1024 });
  const results = await Promise.allSettled([connection.send(getOp('k1')), connection.send(getOp('k2'))]);
  for (const r of results) {
    t.is(r.status, 'rejected');
    t.true((r as PromiseRejectedResult).reason instanceof RiakProtocolError);
  }
  t.true(connection.closed);
  await peer.close();
});

test('a response code that does not answer the head request is a protocol error', async (t) => {
  const peer = await startFakePeer(({ socket }) => socket.write(encodeMessage('RpbPutResp', {})));
  const connection = await connect(peer.port);
  const error = await t.throwsAsync(connection.send(getOp('k')), { instanceOf: RiakProtocolError });
  t.regex(error.message, /Unexpected response code 12.*expected 10/);
  t.true(connection.closed);
  await peer.close();
});

test('a frame with nothing in flight is a protocol error', async (t) => {
  const peer = await startFakePeer(() => {});
  const connection = await connect(peer.port);
  const closed = new Promise<void>((resolve) => connection.socket.once('close', () => resolve()));
  for (const socket of peer.sockets) socket.write(encodeMessage('RpbPingResp', undefined));
  await closed;
  t.true(connection.closed);
  await peer.close();
});

test('streaming: frames arrive as an async iterable; a unary request waits until the stream is done', async (t) => {
  let streaming: Socket | undefined;
  let streamDone = false;
  let pingAfterDone: boolean | undefined;
  const peer = await startFakePeer(({ code, socket }) => {
    if (code === 17) {
      streaming = socket;
      socket.write(encodeMessage('RpbListKeysResp', { keys: [Buffer.from('a'), Buffer.from('b')] }));
    } else if (code === 1) {
      pingAfterDone = streamDone;
      socket.write(encodeMessage('RpbPingResp', undefined));
    }
  });
  const connection = await connect(peer.port);
  const stream = connection.stream(requestOperation('RpbListKeysReq', { bucket: Buffer.from('b') }));
  const ping = connection.send(requestOperation('RpbPingReq', undefined));
  const keys: string[] = [];
  for await (const frame of stream) {
    for (const key of (frame as RpbListKeysResp).keys) keys.push(String(key));
    if (keys.length === 2) {
      // The first frame is read: had the ping left with the stream request, the peer would have it by now.
      t.deepEqual(peer.received.map((f) => f.code), [17], 'the ping waits for the stream');
      streaming!.write(encodeMessage('RpbListKeysResp', { keys: [Buffer.from('c')] }));
      streamDone = true;
      streaming!.write(encodeMessage('RpbListKeysResp', { done: true }));
    }
  }
  await ping;
  t.deepEqual(keys, ['a', 'b', 'c']);
  t.true(pingAfterDone);
  await connection.close();
  await peer.close();
});

test('a stream waits for pipelined requests ahead of it to finish', async (t) => {
  const order: number[] = [];
  const held: PeerFrame[] = [];
  const peer = await startFakePeer((frame) => {
    order.push(frame.code);
    if (frame.code === 9) held.push(frame);
    if (frame.code === 17) frame.socket.write(encodeMessage('RpbListKeysResp', { done: true }));
  });
  const connection = await connect(peer.port);
  const get = connection.send(getOp('x'));
  const stream = connection.stream(requestOperation('RpbListKeysReq', { bucket: Buffer.from('b') }));
  // Had the stream request left with the get, the peer would have decoded both from one read.
  await until(() => held.length === 1, 'the get at the peer');
  t.deepEqual(order, [9], 'the stream is not written while a get is in flight');
  echo(held[0]);
  await get;
  for await (const _ of stream) void _;
  t.deepEqual(order, [9, 17]);
  await connection.close();
  await peer.close();
});

test('breaking out of a stream early closes its connection', async (t) => {
  const peer = await startFakePeer(({ socket }) => {
    for (let i = 0; i < 5; i++) socket.write(encodeMessage('RpbListKeysResp', { keys: [Buffer.from(`k${i}`)] }));
  });
  const connection = await connect(peer.port);
  const stream = connection.stream(requestOperation('RpbListKeysReq', { bucket: Buffer.from('b') }));
  for await (const frame of stream) {
    t.is(String(frame.keys[0]), 'k0');
    break;
  }
  t.true(connection.closed);
  await peer.close();
});

test('an RpbErrorResp during a stream fails the stream', async (t) => {
  const peer = await startFakePeer(({ socket }) => {
    socket.write(encodeMessage('RpbListKeysResp', { keys: [Buffer.from('a')] }));
    socket.write(encodeMessage('RpbErrorResp', { errmsg: Buffer.from('timeout'), errcode: 0 }));
  });
  const connection = await connect(peer.port);
  const seen: string[] = [];
  const error = await t.throwsAsync(async () => {
    for await (const frame of connection.stream(requestOperation('RpbListKeysReq', { bucket: Buffer.from('b') }))) seen.push(String(frame.keys[0]));
  });
  t.true(error instanceof RiakServerError);
  t.deepEqual(seen, ['a']);
  t.false(connection.closed);
  await connection.close();
  await peer.close();
});

test('a slow stream consumer pauses the socket (backpressure) and still gets every frame', async (t) => {
  const total = 500;
  const peer = await startFakePeer(({ socket }) => {
    for (let i = 0; i < total; i++) socket.write(encodeMessage('RpbListKeysResp', { keys: [Buffer.from(String(i))] }));
    socket.write(encodeMessage('RpbListKeysResp', { done: true }));
  });
  const connection = await connect(peer.port);
  let paused = false;
  const original = connection.socket.pause.bind(connection.socket);
  connection.socket.pause = () => {
    paused = true;
    return original();
  };
  const frames = connection.stream(requestOperation('RpbListKeysReq', { bucket: Buffer.from('b') }))[Symbol.asyncIterator]();
  let next = await frames.next();
  // The consumer stops reading after the first frame: the socket must be paused.
  await until(() => paused, 'the socket to be paused while the consumer does not read');
  let count = 0;
  for (; !next.done; next = await frames.next()) count += next.value.keys.length;
  t.is(count, total);
  await connection.close();
  await peer.close();
});

test('close(grace) lets in-flight requests finish, then rejects new ones', async (t) => {
  const held: PeerFrame[] = [];
  const peer = await startFakePeer((frame) => held.push(frame));
  const connection = await connect(peer.port);
  const inFlight = connection.send(getOp('k'));
  const closing = connection.close(60_000);
  await t.throwsAsync(connection.send(getOp('new')), { instanceOf: RiakConnectionError });
  // Answered only now, while close() waits for it.
  await until(() => held.length === 1, 'the get at the peer');
  echo(held[0]);
  t.is(String((await inFlight).vclock), 'k');
  await closing;
  t.true(connection.closed);
  await peer.close();
});

test('empty RpbGetResp decodes to not found', async (t) => {
  const peer = await startFakePeer(({ socket }) => socket.write(encodeMessage('RpbGetResp', {})));
  const connection = await connect(peer.port);
  const response = await connection.send(getOp('missing'));
  t.deepEqual(response.content, []);
  t.false(Object.hasOwn(response, 'vclock'));
  t.true(response instanceof RpbGetResp);
  await connection.close();
  await peer.close();
});

test('a request abandoned behind another still gets its read deadline once it reaches the head', async (t) => {
  const held: PeerFrame[] = [];
  const peer = await startFakePeer((frame) => held.push(frame));
  const connection = await connect(peer.port, 100);
  t.teardown(() => peer.close());
  const first = connection.send(getOp('first'));
  const second = connection.send(getOp('second'), { requestTimeout: 20 });
  await t.throwsAsync(second, { instanceOf: RiakTimeoutError });
  await until(() => held.length >= 2, 'both requests at the peer');
  // Answer the head: the abandoned request then reaches the head, unanswered,
  // and gets its read deadline from there.
  echo(held[0]);
  t.is(String((await first).vclock), 'first');
  const closed = new Promise<void>((resolve) => connection.socket.once('close', () => resolve()));
  await closed; // dropped by the read deadline, with nothing else pending to arm a timer
  t.true(connection.closed);
});
