import { performance } from 'node:perf_hooks';
import test from 'ava';
import { encodeRequest } from '../../src/codec/message-table.js';
import { openConnection } from '../../src/connection/open-connection.js';
import { AT_FLUSH, type Recover } from '../../src/connection/pending-request.js';
import { RiakClient } from '../../src/client/riak-client.js';
import { RiakTimeoutError } from '../../src/errors.js';
import { startFakePeer, type PeerFrame } from '../helpers/fake-peer.js';
import { connect, echo, getOp } from '../helpers/connection-peer.js';
import { until } from '../helpers/wait.js';

// A pooled request's time (its deadline, its latency) starts when its
// connection flushes the writes of the tick it was made in (AT_FLUSH): one
// clock read for every request of the flush. So the caller's own
// synchronous work before the flush does not use up the deadline; and a
// request queued while the socket waits for `drain` (no flush due) starts
// at once, so its deadline still holds.

// Serial: the first two move the clock (performance.now) of the whole process.

const noRetry: Recover = (error) => Promise.reject(error);

/** The caller's own synchronous work, as the clock sees it: `performance.now()` jumps by `ms` until `restore()`. */
function clockJump(): { jump(ms: number): void; restore(): void } {
  let clock = performance.now();
  performance.now = () => clock;
  return {
    jump: (ms) => {
      clock += ms;
    },
    // The stand-in is an own property of the performance object: deleting it brings back the real method.
    restore: () => Reflect.deleteProperty(performance, 'now'),
  };
}

test.serial("a request's time starts at its connection's flush: the caller's synchronous work before it is not counted", async (t) => {
  const peer = await startFakePeer(echo);
  const latencies: number[] = [];
  const connection = await openConnection({ host: '127.0.0.1', port: peer.port }, { onReply: (ms) => latencies.push(ms) });
  t.teardown(async () => {
    await connection.close();
    await peer.close();
  });
  const clock = clockJump();
  try {
    const reply = connection.sendRecoverable(getOp('k'), 30_000, {}, noRetry, AT_FLUSH);
    clock.jump(10_000); // ten seconds of the caller's own work before the write
    t.is(String((await reply).vclock), 'k');
  } finally {
    clock.restore();
  }
  t.is(latencies.length, 1);
  // The clock stood still from the flush to the reply: nothing of the caller's ten seconds is counted.
  t.is(latencies[0], 0);
});

test.serial("through the pool too: a get's time starts at its connection's flush, not at its call", async (t) => {
  const peer = await startFakePeer(echo);
  const client = new RiakClient({ nodes: [`127.0.0.1:${peer.port}`] });
  t.teardown(async () => {
    await client.close();
    await peer.close();
  });
  await client.get({ bucket: 'b', key: 'warm' }); // opens the connection
  const clock = clockJump();
  try {
    const reply = client.get({ bucket: 'b', key: 'k' });
    clock.jump(10_000);
    t.is(String((await reply).vclock), 'k');
  } finally {
    clock.restore();
  }
  const [node] = client.stats().nodes;
  t.is(node.requests, 2);
  t.true(node.latencyMs.p99 < 10_000, `slowest latency ${node.latencyMs.p99} ms`);
});

test.serial('a request queued while the socket waits for drain starts at once: its deadline fires', async (t) => {
  let peerSocket: PeerFrame['socket'] | undefined;
  const peer = await startFakePeer((frame) => {
    // Reads nothing more after the first frame: the client's writes back up.
    peerSocket = frame.socket;
    frame.socket.pause();
  });
  // Long connect and read timeouts: no other deadline of the connection (the opening ping's, an
  // abandoned reply's) may fire first and stand in for the request's own.
  const connection = await openConnection({ host: '127.0.0.1', port: peer.port, connectTimeout: 60_000, readTimeout: 60_000 });
  t.teardown(async () => {
    connection.destroy(undefined);
    await peer.close();
  });
  void connection.send(getOp('first')).catch(() => {});
  // A frame larger than the socket buffers can take while the peer reads nothing.
  const big = encodeRequest('RpbPutReq', { bucket: Buffer.from('b'), key: Buffer.from('big'), content: { value: Buffer.alloc(32 * 1024 * 1024) } });
  void connection.send(big).catch(() => {});
  await until(() => peerSocket !== undefined, 'the peer read the first frame');
  await until(() => connection.socket.writableNeedDrain, 'the socket waits for drain');
  const late = connection.sendRecoverable(getOp('late'), 100, {}, noRetry, AT_FLUSH);
  const error = await t.throwsAsync(late, { instanceOf: RiakTimeoutError });
  t.is(error.timeoutMs, 100);
  // Its own deadline fired, not a flush after the peer read again.
  t.true(connection.socket.writableNeedDrain, 'the socket still waits for drain');
});

test.serial('a request that fails before its flush hands its retry a start time of now, not its placeholder', async (t) => {
  const peer = await startFakePeer(echo);
  const connection = await connect(peer.port);
  t.teardown(() => peer.close());
  let given: number | undefined;
  const recover: Recover = (error, _op, _options, startedAt) => {
    given = startedAt;
    return Promise.reject(error);
  };
  const before = performance.now();
  const reply = connection.sendRecoverable(getOp('k'), 300, {}, recover, AT_FLUSH);
  connection.destroy(undefined);
  await t.throwsAsync(reply);
  t.true(given !== undefined && given >= before && given <= performance.now(), `start time handed to the retry: ${given}`);
});
