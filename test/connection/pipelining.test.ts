import test from 'ava';
import fc from 'fast-check';
import { RpbGetResp } from '../../generated/riak.js';
import { encodeMessage, encodeRequest } from '../../src/codec/message-table.js';
import { RiakServerError } from '../../src/errors.js';
import { startFakePeer, type PeerFrame } from '../helpers/fake-peer.js';
import { header } from '../helpers/frames.js';
import { until } from '../helpers/wait.js';
import { openConnection } from '../../src/connection/open-connection.js';
import { connect, echo, getOp, keyOf, recordWrites } from '../helpers/connection-peer.js';

// Pipelining: requests in order on one socket, writes coalesced, replies matched to the head.

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
  t.deepEqual(
    results.map((r) => String(r.vclock)),
    Array.from({ length: n }, (_, i) => `k${i}`),
  );
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
  const written = recordWrites(connection);
  // Encoded one after another, the frames are adjacent in one slab (unless it just filled up: then two pieces).
  const ops = Array.from({ length: 40 }, (_, i) => getOp(`k${i}`));
  const results = await Promise.all(ops.map((op) => connection.send(op)));
  t.deepEqual(
    results.map((r) => String(r.vclock)),
    ops.map((_, i) => `k${i}`),
  );
  const slabs = new Set(ops.map((op) => op.frameBuffer));
  t.is(written.length, 1);
  if (slabs.size === 1) t.is(written[0].buffer, ops[0].frameBuffer.buffer, 'a view of the slab, no copy');
  t.is(
    written[0].length,
    ops.reduce((n, op) => n + op.frameEnd - op.frameStart, 0),
  );
  await connection.close();
  await peer.close();
});

test('a burst as deep as a pipeline of 32 or more leaves in two writes, its first half as soon as it is made; smaller ones in one', async (t) => {
  const peer = await startFakePeer(echo);
  const connection = await connect(peer.port);
  const chunks = recordWrites(connection);
  const frameBytes = (ops: ReturnType<typeof getOp>[]) => ops.reduce((n, op) => n + op.frameEnd - op.frameStart, 0);
  /** Sends a burst in one synchronous run; returns the writes made during it, and its results. */
  const burst = async (n: number, tag: string) => {
    const ops = Array.from({ length: n }, (_, i) => getOp(`${tag}${i}`));
    const before = chunks.length;
    const replies: Promise<{ vclock?: Uint8Array | null }>[] = [];
    const writesAfter: number[] = [];
    for (const op of ops) {
      replies.push(connection.send(op));
      writesAfter.push(chunks.length - before);
    }
    const results = await Promise.all(replies);
    t.deepEqual(
      results.map((r) => String(r.vclock)),
      ops.map((_, i) => `${tag}${i}`),
      'answered in order',
    );
    return { ops, writes: chunks.slice(before).map((chunk) => chunk.length), writesAfter };
  };
  // A fresh connection has no depth yet: one write.
  const first = await burst(64, 'a');
  t.deepEqual(first.writes, [frameBytes(first.ops)]);
  // Its pipeline was 64 deep: the next burst of 64 splits at 32, the first write made by the 32nd call itself.
  const second = await burst(64, 'b');
  t.deepEqual(second.writes, [frameBytes(second.ops.slice(0, 32)), frameBytes(second.ops.slice(32))]);
  t.deepEqual(second.writesAfter.slice(30, 33), [0, 1, 1], 'written during the 32nd call, not at the end of the tick');
  // A burst smaller than half the depth: one write, and the depth it leaves (20) is too small to split the next.
  const third = await burst(20, 'c');
  t.deepEqual(third.writes, [frameBytes(third.ops)]);
  const fourth = await burst(64, 'd');
  t.deepEqual(fourth.writes, [frameBytes(fourth.ops)]);
  // Below 2 x 16 deep, never split: 31 after 31.
  await burst(31, 'e');
  const sixth = await burst(31, 'f');
  t.deepEqual(sixth.writes, [frameBytes(sixth.ops)]);
  await connection.close();
  await peer.close();
});

test('property: callers that each send again when answered (bursts from replies, split or not) get every answer, their own, in order', async (t) => {
  await fc.assert(
    fc.asyncProperty(fc.integer({ min: 1, max: 160 }), fc.integer({ min: 1, max: 1200 }), async (callers, total) => {
      const peer = await startFakePeer(echo);
      const connection = await connect(peer.port);
      let next = 0;
      let wrong = 0;
      const caller = async () => {
        while (next < total) {
          const key = `k${next++}`;
          const reply = await connection.send(getOp(key));
          if (String(reply.vclock) !== key) wrong++;
        }
      };
      await Promise.all(Array.from({ length: callers }, caller));
      await connection.close();
      await peer.close();
      return wrong === 0 && next === total;
    }),
    { numRuns: 25 },
  );
  t.pass();
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
  const put = encodeRequest('RpbPutReq', { bucket: Buffer.from('b'), key: Buffer.from('big'), content: { value } });
  const results = await Promise.all([connection.send(getOp('k0')), connection.send(put), connection.send(getOp('k1'))]);
  t.is(String((results[0] as { vclock: Uint8Array }).vclock), 'k0');
  t.is(String((results[2] as { vclock: Uint8Array }).vclock), 'k1');
  t.deepEqual(
    peer.received.map((f) => f.code),
    [9, 11, 9],
    'in request order',
  );
  t.is(written.length, 3);
  t.is(written[1].buffer, put.frameBuffer.buffer, 'the big frame itself, not a copy');
  t.is(corks, 1);
  t.is(uncorks, 1);
  t.is(socket.writableCorked, 0);
  await connection.close();
  await peer.close();
});

test('each reply is reported with whether it is the first of its socket read (the adaptive pool counts reads)', async (t) => {
  const pending: PeerFrame[] = [];
  let together = 3;
  const peer = await startFakePeer((frame) => {
    pending.push(frame);
    if (pending.length < together) return;
    // Every reply due in one write: the client reads them in one chunk.
    frame.socket.write(Buffer.concat(pending.splice(0).map(({ payload }) => encodeMessage('RpbGetResp', { vclock: payload }))));
  });
  const reported: boolean[] = [];
  const connection = await openConnection({ host: '127.0.0.1', port: peer.port }, { onReply: (_ms, firstOfRead) => reported.push(firstOfRead) });
  await Promise.all([0, 1, 2].map((i) => connection.send(getOp(`k${i}`))));
  t.deepEqual(reported, [true, false, false]);
  // One reply per write, each awaited before the next request: each read carries one.
  together = 1;
  for (const key of ['a', 'b']) await connection.send(getOp(key));
  t.deepEqual(reported, [true, false, false, true, true]);
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
