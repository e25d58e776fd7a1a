import test from 'ava';
import { RiakInvalidArgumentError } from '../../src/errors.js';
import { RpbIndexReq, RpbListKeysReq } from '../../generated/riak.js';
import { encodeMessage } from '../../src/codec/message-table.js';
import { MessageCode } from '../../src/codec/message-codes.js';
import { RiakClient } from '../../src/client/riak-client.js';
import { startFakePeer, type PeerFrame } from '../helpers/fake-peer.js';
import { once, until } from '../helpers/wait.js';

/**
 * Streaming semantics against a scripted peer, where the test decides when
 * each frame is sent: items must be yielded before the stream's end arrives.
 */
async function scriptedPeer() {
  const streams: PeerFrame[] = [];
  const peer = await startFakePeer((frame) => {
    if (frame.code === MessageCode.RpbPingReq) frame.socket.write(encodeMessage('RpbPingResp', undefined));
    else streams.push(frame);
  });
  const nextStream = async (): Promise<PeerFrame> => {
    await until(() => streams.length > 0, 'a streaming request at the peer');
    return streams.shift() as PeerFrame;
  };
  return { peer, nextStream };
}

const keysFrame = (keys: string[], done = false) => encodeMessage('RpbListKeysResp', { keys: keys.map((k) => Buffer.from(k)), ...(done ? { done } : {}) });

test('listKeys yields each key as its frame arrives, before the stream ends', async (t) => {
  const { peer, nextStream } = await scriptedPeer();
  const client = new RiakClient({ nodes: [peer.node] });
  const iterator = client.listKeys({ bucket: 'b', type: 't', timeout: 1000 })[Symbol.asyncIterator]();
  const first = iterator.next();
  const request = await nextStream();
  const sent = RpbListKeysReq.decode(request.payload);
  t.is(String(sent.bucket), 'b');
  t.is(String(sent.type), 't');
  t.is(sent.timeout, 1000);
  request.socket.write(keysFrame(['k1', 'k2']));
  t.is(String((await first).value), 'k1');
  t.is(String((await iterator.next()).value), 'k2');
  const third = iterator.next();
  request.socket.write(keysFrame(['k3']));
  t.is(String((await third).value), 'k3');
  request.socket.write(keysFrame([], true));
  t.true((await iterator.next()).done);
  await client.ping(); // the connection went back to the pool
  await client.close();
  await peer.close();
});

test('break mid-stream closes that socket; the client keeps working on a new one', async (t) => {
  const { peer, nextStream } = await scriptedPeer();
  const client = new RiakClient({ nodes: [peer.node] });
  const seen: string[] = [];
  const consuming = (async () => {
    for await (const key of client.listKeys({ bucket: 'b' })) {
      seen.push(String(key));
      if (seen.length === 2) break;
    }
  })();
  const request = await nextStream();
  const closed = once(request.socket, 'close', 'the client to drop the streaming socket');
  request.socket.write(keysFrame(['a', 'b', 'c'])); // never followed by `done`
  await consuming;
  t.deepEqual(seen, ['a', 'b']);
  await closed; // the client dropped the streaming socket
  await client.ping();
  await client.close();
  await peer.close();
});

test('streamIndex yields matches with terms and exposes the continuation at the end', async (t) => {
  const { peer, nextStream } = await scriptedPeer();
  const client = new RiakClient({ nodes: [peer.node] });
  const stream = client.streamIndex({ bucket: 'b', index: 'age_int', range: [1, 99], returnTerms: true, maxResults: 2 });
  const reading = stream.toArray();
  const request = await nextStream();
  const sent = RpbIndexReq.decode(request.payload);
  t.true(sent.stream); // streaming was requested
  t.is(sent.maxResults, 2);
  const pair = (term: string, key: string) => ({ key: Buffer.from(term), value: Buffer.from(key) });
  request.socket.write(encodeMessage('RpbIndexResp', { results: [pair('10', 'k1')] }));
  request.socket.write(encodeMessage('RpbIndexResp', { results: [pair('20', 'k2')] }));
  request.socket.write(encodeMessage('RpbIndexResp', { continuation: Buffer.from('next'), done: true }));
  const matches = await reading;
  t.deepEqual(
    matches.map((m) => [String(m.term), String(m.key)]),
    [
      ['10', 'k1'],
      ['20', 'k2'],
    ],
  );
  t.is(String(stream.continuation), 'next');
  await client.close();
  await peer.close();
});

test('a RiakStream is single-use and sends nothing until iterated', async (t) => {
  const { peer } = await scriptedPeer();
  const client = new RiakClient({ nodes: [peer.node] });
  const stream = client.listKeys({ bucket: 'b' });
  // A ping made after it is answered: a request the stream had sent would have arrived first.
  await client.ping();
  t.false(peer.received.some((f) => f.code === MessageCode.RpbListKeysReq));
  stream[Symbol.asyncIterator]();
  t.throws(() => stream[Symbol.asyncIterator](), { instanceOf: RiakInvalidArgumentError, message: /can be iterated only once/ });
  await client.close();
  await peer.close();
});
