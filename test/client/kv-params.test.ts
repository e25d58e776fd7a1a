import test from 'ava';
import type { Socket } from 'node:net';
import { RpbDelReq, RpbGetReq } from '../../generated/riak.js';
import { QUORUM_SENTINELS } from '../../src/codec/quorum.js';
import { RiakClient } from '../../src/client/riak-client.js';
import { RiakTimeoutError } from '../../src/errors.js';
import { header } from '../helpers/frames.js';
import { startFakePeer } from '../helpers/fake-peer.js';
import { until } from '../helpers/wait.js';

// A get or delete sends its params as the request (checked, then encoded as
// they are when they are a plain object): the frame must be what protobufjs
// makes of the converted fields, whatever form the params take.

test('get and delete params become exactly the request protobufjs would encode, plain or inherited', async (t) => {
  const peer = await startFakePeer(({ code, socket }) => {
    // ping -> pong, get -> not found, delete -> done
    socket.write(header(1, code === 1 ? 2 : code === 9 ? 10 : 14));
  });
  const client = new RiakClient({ nodes: [peer.node], minConnections: 1, maxConnections: 1 });
  const vclock = Buffer.from('vc-bytes');
  const signal = new AbortController().signal;
  await client.get({
    bucket: 'users',
    key: 'ada',
    type: 'maps',
    r: 'quorum',
    pr: 2,
    basicQuorum: true,
    notfoundOk: false,
    ifModified: vclock,
    timeout: 500,
    nVal: 3,
    nodeConfirms: 'one',
    signal,
    requestTimeout: 2000,
    resolve: (s) => s[0],
  });
  // Params inheriting their fields (a class instance, Object.create) are read the same way.
  const inherited = Object.assign(Object.create({ bucket: 'users', type: 'maps' }) as object, { key: 'grace', head: true });
  await client.get(inherited as unknown as { bucket: string; key: string });
  await client.delete({ bucket: Buffer.from('users'), key: 'ada', rw: 'all', vclock, w: 1, idempotent: true });
  const requests = peer.received.filter((f) => f.code !== 1);
  t.deepEqual(
    RpbGetReq.toObject(RpbGetReq.decode(requests[0].payload)),
    RpbGetReq.toObject(
      RpbGetReq.fromObject({
        bucket: Buffer.from('users'),
        key: Buffer.from('ada'),
        type: Buffer.from('maps'),
        r: QUORUM_SENTINELS.quorum,
        pr: 2,
        basicQuorum: true,
        notfoundOk: false,
        ifModified: vclock,
        timeout: 500,
        nVal: 3,
        nodeConfirms: QUORUM_SENTINELS.one,
      }),
    ),
  );
  t.deepEqual(
    RpbGetReq.toObject(RpbGetReq.decode(requests[1].payload)),
    RpbGetReq.toObject(
      RpbGetReq.fromObject({
        bucket: Buffer.from('users'),
        key: Buffer.from('grace'),
        type: Buffer.from('maps'),
        head: true,
      }),
    ),
  );
  t.deepEqual(
    RpbDelReq.toObject(RpbDelReq.decode(requests[2].payload)),
    RpbDelReq.toObject(
      RpbDelReq.fromObject({
        bucket: Buffer.from('users'),
        key: Buffer.from('ada'),
        rw: QUORUM_SENTINELS.all,
        vclock,
        w: 1,
      }),
    ),
  );
  await client.close();
  await peer.close();
});

test('a request that first waits for a free connection still times out after its own requestTimeout, and says so', async (t) => {
  // Answers pings, and the first get when the test says so; later gets stay unanswered.
  const firstGet: Socket[] = [];
  const peer = await startFakePeer(({ code, socket }) => {
    if (code === 1) socket.write(header(1, 2));
    else if (code === 9) firstGet.push(socket);
  });
  const client = new RiakClient({ nodes: [peer.node], minConnections: 1, maxConnections: 1, maxInFlightPerConnection: 1, retry: { attempts: 1 } });
  t.teardown(async () => {
    await client.close();
    await peer.close();
  });
  await client.ping();
  const first = client.get({ bucket: 'b', key: 'first' });
  // Queued behind the first until it is answered, then written and never answered.
  const second = client.get({ bucket: 'b', key: 'second', requestTimeout: 2000 });
  await until(() => firstGet.length === 1 && client.stats().queued === 1, 'the first get on the wire and the second queued');
  firstGet[0].write(header(1, 10));
  const error = await t.throwsAsync(second, { instanceOf: RiakTimeoutError });
  t.false((await first).found);
  t.is(firstGet.length, 2, 'the second get was written before it timed out');
  t.is(error.timeoutMs, 2000);
  t.regex(error.message, /timed out after 2000 ms/);
});
