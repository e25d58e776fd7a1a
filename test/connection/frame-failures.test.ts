import test from 'ava';
import { createServer, connect } from 'node:net';
import { encodeRequest } from '../../src/codec/message-table.js';
import { RiakClient } from '../../src/client/riak-client.js';
import { openConnection } from '../../src/connection/open-connection.js';
import { RiakInvalidArgumentError, RiakProtocolError } from '../../src/errors.js';
import { startFakePeer, type PeerFrame } from '../helpers/fake-peer.js';
import { frame } from '../helpers/frames.js';
import { listenOnLoopback } from '../helpers/listen.js';
import { CA, PASSWORD_USER, secureServer } from '../helpers/security.js';
import { gate, until } from '../helpers/wait.js';

// Any exception while handling a frame rejects the request it belongs to
// with RiakProtocolError and destroys the connection: no frame can orphan a
// request, on any path (unary, stream, abandoned head, handshake).

/** RpbErrorResp with neither of its required fields: it does not decode. */
const EMPTY_ERROR = frame(0);
/** RpbErrorResp with an errmsg but no errcode (both are required). */
const HALF_ERROR = frame(0, Buffer.from([0x0a, 0x01, 0x78]));
/** A payload that is not protobuf (a field with wire type 7). */
const GARBAGE_GET_RESP = frame(10, Buffer.from([0x0f, 0xff, 0xff]));

const get = (key: string) => encodeRequest('RpbGetReq', { bucket: Buffer.from('b'), key: Buffer.from(key) });

async function peerAnswering(t: import('ava').ExecutionContext, answer: (frame: PeerFrame) => void) {
  const peer = await startFakePeer(answer);
  t.teardown(() => peer.close());
  const connection = await openConnection({ host: '127.0.0.1', port: peer.port });
  t.teardown(() => connection.destroy(undefined));
  return { peer, connection };
}

for (const [name, bad] of [
  ['an RpbErrorResp missing both required fields', EMPTY_ERROR],
  ['an RpbErrorResp missing errcode', HALF_ERROR],
  ['a reply payload that does not decode', GARBAGE_GET_RESP],
] as const) {
  test(`unary: ${name} rejects the request with RiakProtocolError and closes the connection`, async (t) => {
    const { connection } = await peerAnswering(t, ({ socket }) => socket.write(bad));
    const pending = [connection.send(get('a')), connection.send(get('b'))];
    const [first, second] = await Promise.allSettled(pending);
    t.is(first.status, 'rejected');
    t.true((first as PromiseRejectedResult).reason instanceof RiakProtocolError, String((first as PromiseRejectedResult).reason));
    t.is(second.status, 'rejected', 'the request behind it is not left waiting either');
    t.true(connection.closed);
  });
}

test('stream: an undecodable RpbErrorResp fails the stream with RiakProtocolError', async (t) => {
  const { connection } = await peerAnswering(t, ({ code, socket }) => {
    if (code === 17) socket.write(Buffer.concat([frame(18, Buffer.from([0x0a, 0x01, 0x6b])), EMPTY_ERROR]));
  });
  const stream = connection.stream(encodeRequest('RpbListKeysReq', { bucket: Buffer.from('b') }));
  const keys: unknown[] = [];
  const error = await t.throwsAsync(async () => {
    for await (const frameMessage of stream) keys.push(frameMessage);
  });
  t.true(error instanceof RiakProtocolError, String(error));
  t.is(keys.length, 1, 'the frame before it was delivered');
  t.true(connection.closed);
});

test('an abandoned head answered with an undecodable frame does not orphan the request behind it', async (t) => {
  const secondSent = gate();
  let gets = 0;
  const { connection } = await peerAnswering(t, ({ code, socket }) => {
    if (code !== 9) return;
    if (++gets === 2) {
      secondSent.release();
      socket.write(EMPTY_ERROR); // the (late) reply to the abandoned first request
    }
  });
  const controller = new AbortController();
  const first = connection.send(get('abandoned'), { signal: controller.signal });
  const second = connection.send(get('behind'));
  await secondSent.promise;
  controller.abort();
  await t.throwsAsync(first);
  await t.throwsAsync(second, { instanceOf: RiakProtocolError });
  t.true(connection.closed);
});

test('a request frame larger than maxFrameBytes is refused before it is sent, with a definite error', async (t) => {
  const peer = await startFakePeer(({ socket }) => socket.write(frame(12)));
  t.teardown(() => peer.close());
  const client = new RiakClient({ nodes: [peer.node], maxFrameBytes: 1024 });
  t.teardown(() => client.close());
  const error = await t.throwsAsync(client.put({ bucket: 'b', key: 'big', value: Buffer.alloc(2048) }), { instanceOf: RiakInvalidArgumentError });
  t.regex(error.message, /larger than maxFrameBytes \(1024\); it was not sent/);
  await client.put({ bucket: 'b', key: 'small', value: Buffer.alloc(512) });
  t.deepEqual(
    peer.received.map((f) => f.code),
    [11],
    'only the small put reached the peer',
  );
});

/**
 * In front of a secured dev server: the first connection's STARTTLS is
 * answered with an RpbErrorResp that does not decode; later connections
 * pass through.
 */
async function poisonFirstStartTls(t: import('ava').ExecutionContext, targetPort: number) {
  let connections = 0;
  const server = createServer((client) => {
    client.on('error', () => {});
    if (connections++ === 0) {
      client.once('data', () => client.write(EMPTY_ERROR));
      return;
    }
    const upstream = connect(targetPort, '127.0.0.1');
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
    client.pipe(upstream);
    upstream.pipe(client);
  });
  const node = await listenOnLoopback(t, server);
  return { node, connections: () => connections };
}

test('handshake: an undecodable reply to STARTTLS fails the connection attempt; the node recovers through its probe', async (t) => {
  const riak = await secureServer(t);
  const front = await poisonFirstStartTls(t, riak.port);
  const client = new RiakClient({
    nodes: [front.node],
    minConnections: 0,
    tls: { ca: CA, servername: 'localhost' },
    auth: { user: PASSWORD_USER.name, password: PASSWORD_USER.password },
    health: { probeInitialMs: 10 },
    retry: { attempts: 1 },
  });
  t.teardown(() => client.close());
  const error = await t.throwsAsync(client.ping());
  t.true(error instanceof RiakProtocolError, String(error));
  // Not wedged: the attempt ended, and the probe opens a good connection.
  await until(
    () => client.stats().nodes[0].state === 'up' && client.stats().nodes[0].connections > 0,
    () => `the node to recover: ${JSON.stringify(client.stats().nodes[0])}`,
  );
  await client.ping();
  t.true(front.connections() >= 2);
});
