import test from 'ava';
import type { Socket } from 'node:net';
import type { RpbListKeysResp } from '../../generated/riak.js';
import { encodeMessage, encodeRequest } from '../../src/codec/message-table.js';
import { RiakServerError } from '../../src/errors.js';
import { startFakePeer, type PeerFrame } from '../helpers/fake-peer.js';
import { until } from '../helpers/wait.js';
import { connect, echo, getOp } from '../helpers/connection-peer.js';

// Streamed replies: async iteration, ordering behind unary requests, early exit, errors, back-pressure.

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
  const stream = connection.stream(encodeRequest('RpbListKeysReq', { bucket: Buffer.from('b') }));
  const ping = connection.send(encodeRequest('RpbPingReq', undefined));
  const keys: string[] = [];
  for await (const frame of stream) {
    for (const key of (frame as RpbListKeysResp).keys) keys.push(String(key));
    if (keys.length === 2) {
      // The first frame is read: had the ping left with the stream request, the peer would have it by now.
      t.deepEqual(
        peer.received.map((f) => f.code),
        [17],
        'the ping waits for the stream',
      );
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
  const stream = connection.stream(encodeRequest('RpbListKeysReq', { bucket: Buffer.from('b') }));
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
  const stream = connection.stream(encodeRequest('RpbListKeysReq', { bucket: Buffer.from('b') }));
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
    for await (const frame of connection.stream(encodeRequest('RpbListKeysReq', { bucket: Buffer.from('b') }))) seen.push(String(frame.keys[0]));
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
  const frames = connection.stream(encodeRequest('RpbListKeysReq', { bucket: Buffer.from('b') }))[Symbol.asyncIterator]();
  let next = await frames.next();
  // The consumer stops reading after the first frame: the socket must be paused.
  await until(() => paused, 'the socket to be paused while the consumer does not read');
  let count = 0;
  for (; !next.done; next = await frames.next()) count += next.value.keys.length;
  t.is(count, total);
  await connection.close();
  await peer.close();
});
