import test from 'ava';
import { encodeMessage, encodeRequest } from '../../src/codec/message-table.js';
import { openConnection } from '../../src/connection/open-connection.js';
import { RiakConnectionError, RiakProtocolError } from '../../src/errors.js';
import { startFakePeer, type PeerFrame } from '../helpers/fake-peer.js';
import { header } from '../helpers/frames.js';
import { until } from '../helpers/wait.js';
import { connect, echo, getOp, keyOf, settleCounter } from '../helpers/connection-peer.js';

// A peer that closes, lies about lengths or codes, or answers nothing asked: every request settles once.

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
  t.regex(error.message, /Unexpected response code 12 .* in reply to RpbGetReq \(expected 10\)/);
  t.true(connection.closed);
  await peer.close();
});

test('a request behind the one a wrong code answered is told which request that was', async (t) => {
  // The first frame gets a put's reply; the ping written behind it fails with the same protocol error.
  const peer = await startFakePeer(({ socket }) => socket.write(encodeMessage('RpbPutResp', {})));
  const connection = await connect(peer.port);
  const [get, ping] = await Promise.allSettled([connection.send(getOp('k')), connection.send(encodeRequest('RpbPingReq', undefined))]);
  for (const result of [get, ping]) {
    t.is(result.status, 'rejected');
    const reason = (result as PromiseRejectedResult).reason as Error;
    t.true(reason instanceof RiakProtocolError);
    t.regex(reason.message, /Unexpected response code 12 .* in reply to RpbGetReq \(expected 10\)/);
  }
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
