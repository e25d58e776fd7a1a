import test from 'ava';
import { connect } from 'node:net';
import { MessageCode } from '../../src/codec/message-codes.js';
import { errorText, frameOf, pb, RawConnection, text, withServer } from '../helpers/server-harness.js';
import { once, until } from '../helpers/wait.js';

const getReq = (bucket: string, key: string) =>
  frameOf(MessageCode.RpbGetReq, pb.RpbGetReq.encode({ bucket: Buffer.from(bucket), key: Buffer.from(key) }).finish());
const putReq = (bucket: string, key: string, value: string | Buffer) =>
  frameOf(MessageCode.RpbPutReq, pb.RpbPutReq.encode({ bucket: Buffer.from(bucket), key: Buffer.from(key), content: { value: Buffer.from(value) } }).finish());
const listKeysReq = (bucket: string) => frameOf(MessageCode.RpbListKeysReq, pb.RpbListKeysReq.encode({ bucket: Buffer.from(bucket) }).finish());
const ping = frameOf(MessageCode.RpbPingReq);

test('an unknown or unregistered message code gets "Unknown message code: N" and the connection stays usable', async (t) => {
  const { server } = await withServer(t);
  const raw = await RawConnection.open(server);
  t.teardown(() => raw.close());
  // 27 Yokozuna search, 54 Yokozuna index get, 70 coverage (TS only), 90 TS query, 150 undefined, 253 auth without security.
  raw.send(frameOf(27), frameOf(54), frameOf(70), frameOf(90), frameOf(150), frameOf(253), ping);
  const frames = await raw.waitFrames(7);
  t.deepEqual(
    frames.slice(0, 6).map(errorText),
    [27, 54, 70, 90, 150, 253].map((c) => `Unknown message code: ${c}`),
  );
  t.is(frames[6].code, MessageCode.RpbPingResp);
  t.false(raw.closed);
  raw.send(frameOf(MessageCode.RpbStartTls));
  t.is(errorText((await raw.waitFrames(8))[7]), 'Security not enabled; STARTTLS not allowed.');
});

test('a zero frame length closes that connection without a reply; other connections keep working', async (t) => {
  const { server, client } = await withServer(t);
  const bad = await RawConnection.open(server);
  const good = await RawConnection.open(server);
  t.teardown(() => good.close());
  bad.send(Buffer.from([0, 0, 0, 0, 1]));
  await bad.waitClose();
  t.deepEqual(bad.frames, []);
  good.send(ping);
  t.is((await good.waitFrames(1))[0].code, MessageCode.RpbPingResp);
  await t.notThrowsAsync(client.ping());
});

test('an oversized frame length closes the connection before the body arrives', async (t) => {
  const { server } = await withServer(t, { maxFrameBytes: 1024 });
  const raw = await RawConnection.open(server);
  const header = Buffer.alloc(5);
  header.writeUInt32BE(2000, 0);
  header[4] = MessageCode.RpbPutReq;
  raw.send(header);
  await raw.waitClose();
  t.true(raw.closed);
});

test("a payload that does not decode gets Riak's crash reply and a close", async (t) => {
  const { server, client } = await withServer(t);
  const raw = await RawConnection.open(server);
  raw.send(frameOf(MessageCode.RpbGetReq, Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f])), ping);
  await raw.waitClose();
  t.is(raw.frames.length, 1);
  t.regex(errorText(raw.frames[0]), /^Error processing incoming message: error:/);
  // Missing required fields are the same kind of crash.
  const raw2 = await RawConnection.open(server);
  raw2.send(frameOf(MessageCode.RpbGetReq, Buffer.alloc(0)));
  await raw2.waitClose();
  t.regex(errorText(raw2.frames[0]), /^Error processing incoming message: /);
  await t.notThrowsAsync(client.ping());
});

test('garbage bytes never crash the server', async (t) => {
  const { server, client } = await withServer(t);
  let seed = 42;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed;
  };
  for (let i = 0; i < 40; i++) {
    const raw = await RawConnection.open(server);
    const len = 1 + (rand() % 64);
    const payload = Buffer.from(Array.from({ length: len }, () => rand() & 0xff));
    const code = [9, 11, 13, 15, 17, 19, 21, 23, 25, 29, 31, 32, 33, 80, 82, rand() & 0xff][i % 16];
    raw.send(frameOf(code, payload), ping);
    await raw.waitFrames(2, 2000).catch(() => undefined);
    raw.close();
  }
  await t.notThrowsAsync(client.ping());
});

test('pipelined requests are answered strictly in order, including after a streamed reply', async (t) => {
  const { server } = await withServer(t, { streamBatchSize: 2 });
  const raw = await RawConnection.open(server);
  t.teardown(() => raw.close());
  raw.send(putReq('b', 'k1', 'one'), putReq('b', 'k2', 'two'), putReq('b', 'k3', 'three'));
  await raw.waitFrames(3);
  raw.frames.length = 0;
  // One write: get, list keys (streams 2 + 1 keys + done), get, ping, bad code, get,
  // and a last ping: any stray frame would arrive before its answer.
  raw.send(getReq('b', 'k1'), listKeysReq('b'), getReq('b', 'k2'), ping, frameOf(200), getReq('b', 'k3'), ping);
  const frames = await raw.waitFrames(9);
  t.deepEqual(
    frames.map((f) => f.code),
    [10, 18, 18, 18, 10, 2, 0, 10, 2],
  );
  t.is(errorText(frames[6]), 'Unknown message code: 200');
  t.is(text(pb.RpbGetResp.decode(frames[0].payload).content[0].value), 'one');
  t.true(pb.RpbListKeysResp.decode(frames[3].payload).done);
  t.is(text(pb.RpbGetResp.decode(frames[4].payload).content[0].value), 'two');
  t.is(text(pb.RpbGetResp.decode(frames[7].payload).content[0].value), 'three');
});

test("a request arriving while a streamed reply is still being sent gets Riak's error and a close", async (t) => {
  const { server } = await withServer(t, { streamBatchSize: 1 });
  const setup = await RawConnection.open(server);
  // 8000 keys of 2 KB: a 16 MB listing, far more than socket buffers hold.
  setup.send(...Array.from({ length: 8000 }, (_, i) => putReq('big', `key-${String(i).padStart(6, '0')}-${'x'.repeat(2000)}`, 'v')));
  await setup.waitFrames(8000);
  setup.close();
  // A client that asks for the keys and stops reading once they start to
  // arrive: the stream stalls on backpressure, then a ping is sent.
  const socket = connect(server.port, server.host);
  socket.on('error', () => {});
  await once(socket, 'connect', 'the connection');
  const chunks: Buffer[] = [];
  socket.on('data', (c: Buffer) => chunks.push(c));
  const streaming = once(socket, 'data', 'the first bytes of the listing');
  socket.write(listKeysReq('big'));
  await streaming;
  socket.pause();
  socket.write(ping);
  const closed = once(socket, 'close', 'the server to close the connection');
  socket.resume();
  await closed;
  const all = Buffer.concat(chunks);
  // The stream's frames so far, then the error, then the close.
  let offset = 0;
  let last: { code: number; payload: Buffer } | undefined;
  while (offset + 5 <= all.length) {
    const len = all.readUInt32BE(offset);
    last = { code: all[offset + 4], payload: all.subarray(offset + 5, offset + 4 + len) };
    offset += 4 + len;
  }
  t.is(errorText(last!), 'Cannot send another request while one is in progress');
});

test('backpressure: a client that does not read stops the server reading from it, and nothing is lost', async (t) => {
  const { server } = await withServer(t);
  const setup = await RawConnection.open(server);
  setup.send(putReq('bp', 'k', Buffer.alloc(64 * 1024, 'x')));
  await setup.waitFrames(1);
  setup.close();
  const socket = connect(server.port, server.host);
  socket.on('error', () => {});
  t.teardown(() => socket.destroy());
  await once(socket, 'connect', 'the connection');
  socket.pause();
  // 400 gets of a 64 KiB value = 25 MiB of replies the client is not reading.
  socket.write(Buffer.concat(Array.from({ length: 400 }, () => getReq('bp', 'k'))));
  // The server stops reading from us once its replies back up: 1 MiB puts then
  // fill the socket buffers until our own writes back up (a server that kept
  // reading would take them all).
  const filler = putReq('bp', 'filler', Buffer.alloc(1024 * 1024, 'y'));
  let puts = 0;
  await until(() => {
    if (socket.writableNeedDrain) return true;
    if (puts === 64) throw new Error('the server read 64 MiB of requests while 25 MiB of its replies were unread');
    socket.write(filler);
    puts++;
    return false;
  }, 'our writes to back up');
  const codes = new Map<number, number>();
  let received = 0;
  let pending = Buffer.alloc(0);
  socket.on('data', (chunk: Buffer) => {
    received += chunk.length;
    pending = Buffer.concat([pending, chunk]);
    while (pending.length >= 4 && pending.length >= 4 + pending.readUInt32BE(0)) {
      codes.set(pending[4], (codes.get(pending[4]) ?? 0) + 1);
      pending = pending.subarray(4 + pending.readUInt32BE(0));
    }
  });
  socket.resume();
  await until(
    () => (codes.get(MessageCode.RpbPutResp) ?? 0) === puts,
    () => `every reply (${codes.get(MessageCode.RpbGetResp) ?? 0} gets and ${codes.get(MessageCode.RpbPutResp) ?? 0} of ${puts} puts so far)`,
  );
  t.is(codes.get(MessageCode.RpbGetResp), 400);
  t.is(codes.size, 2, `reply codes ${[...codes.keys()].join(', ')}`);
  t.true(received > 400 * 64 * 1024);
});

test('close() ends every connection and stops listening', async (t) => {
  const { server } = await withServer(t);
  const raw = await RawConnection.open(server);
  await server.close();
  await raw.waitClose();
  await t.throwsAsync(RawConnection.open(server));
});
