import test from 'ava';
import { RiakAbortError, RiakConnectionError, RiakTimeoutError } from '../../src/errors.js';
import { startFakePeer, type PeerFrame } from '../helpers/fake-peer.js';
import { until } from '../helpers/wait.js';
import { connect, echo, getOp, keyOf } from '../helpers/connection-peer.js';

// Aborts and deadlines: a request leaves the pipeline once, and a late reply never answers another.

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
