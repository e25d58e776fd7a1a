import test from 'ava';
import { RiakClient } from '../../src/client/riak-client.js';
import { encodeMessage } from '../../src/codec/message-table.js';
import { MessageCode } from '../../src/codec/message-codes.js';
import { RiakAbortError, RiakInvalidArgumentError, RiakServerError } from '../../src/errors.js';
import { startDevServer, type DevServer } from '../../src/server/index.js';
import { text } from '../../src/client/values/codecs.js';
import { BatchedStream as PublicBatchedStream, PagedBatchedStream as PublicPagedBatchedStream, RiakStream, type IndexMatch } from '../../src/index.js';
import { startFakePeer, type PeerFrame } from '../helpers/fake-peer.js';
import { once, until } from '../helpers/wait.js';

/*
 * `.batches()` on listings and streamed 2i: one array per frame that carries
 * items, exactly that frame's items in order; and the per-item iteration
 * over the same frames. Exact frames come from a scripted peer; whole
 * listings over many frames from one dev server shared by the file.
 */

const FRAME_KEYS = 10;
let dev: { server: DevServer; client: RiakClient };

test.before(async () => {
  const server = await startDevServer({ port: 0, streamBatchSize: FRAME_KEYS });
  const client = new RiakClient({ nodes: [`${server.host}:${server.port}`] });
  const keys = Array.from({ length: 95 }, (_, i) => `key-${String(i).padStart(3, '0')}`);
  await Promise.all(keys.map((key, i) => client.put({ bucket: 'batches', key, value: key, indexes: [{ key: 'n_int', value: i }] })));
  dev = { server, client };
});

test.after.always(async () => {
  await dev?.client.close();
  await dev?.server.close();
});

const KEYS = Array.from({ length: 95 }, (_, i) => `key-${String(i).padStart(3, '0')}`);

/** A scripted peer: pings answered, every other request handed to the test, which writes the reply frames. */
async function scriptedPeer() {
  const requests: PeerFrame[] = [];
  const peer = await startFakePeer((frame) => {
    if (frame.code === MessageCode.RpbPingReq) frame.socket.write(encodeMessage('RpbPingResp', undefined));
    else requests.push(frame);
  });
  const client = new RiakClient({ nodes: [peer.node] });
  const nextRequest = async (): Promise<PeerFrame> => {
    await until(() => requests.length > 0, 'a streaming request at the peer');
    return requests.shift() as PeerFrame;
  };
  const close = async () => {
    await client.close();
    await peer.close();
  };
  return { client, nextRequest, close };
}

const bytes = (texts: string[]) => texts.map((text) => Buffer.from(text));
const keysFrame = (keys: string[], done = false) => encodeMessage('RpbListKeysResp', { keys: bytes(keys), ...(done ? { done } : {}) });
const strings = (batches: Buffer[][]) => batches.map((batch) => batch.map(String));

test('listKeys batches are the frames: each frame with keys is one array of exactly its keys, in order', async (t) => {
  const peer = await scriptedPeer();
  const reading = (async () => {
    const batches: Buffer[][] = [];
    for await (const batch of peer.client.listKeys({ bucket: 'b' }).batches()) {
      t.true(batch.every((key) => Buffer.isBuffer(key)));
      batches.push(batch);
    }
    return batches;
  })();
  const request = await peer.nextRequest();
  t.is(request.code, MessageCode.RpbListKeysReq);
  request.socket.write(keysFrame(['a', 'b', 'c']));
  request.socket.write(keysFrame([])); // a frame without keys is no batch
  request.socket.write(keysFrame(['d']));
  request.socket.write(keysFrame(['e', 'f'], true)); // keys in the last frame count too
  t.deepEqual(strings(await reading), [['a', 'b', 'c'], ['d'], ['e', 'f']]);
  await peer.client.ping(); // the connection went back to the pool
  await peer.close();
});

test('item by item, the same frames yield every key once, in frame order', async (t) => {
  const peer = await scriptedPeer();
  const reading = peer.client.listKeys({ bucket: 'b' }).toArray();
  const items = (async () => {
    const seen: string[] = [];
    for await (const key of peer.client.listKeys({ bucket: 'c' })) seen.push(String(key));
    return seen;
  })();
  for (let i = 0; i < 2; i++) {
    const request = await peer.nextRequest();
    request.socket.write(keysFrame(['a', 'b', 'c']));
    request.socket.write(keysFrame([]));
    request.socket.write(keysFrame(['d']));
    request.socket.write(keysFrame(['e', 'f']));
    request.socket.write(keysFrame([], true));
  }
  t.deepEqual((await reading).map(String), ['a', 'b', 'c', 'd', 'e', 'f']);
  t.deepEqual(await items, ['a', 'b', 'c', 'd', 'e', 'f']);
  await peer.close();
});

test('a listing over many frames: every key exactly once, no batch larger than a frame', async (t) => {
  const batches: Buffer[][] = [];
  for await (const batch of dev.client.listKeys({ bucket: 'batches' }).batches()) batches.push(batch);
  const keys = batches.flat().map(String);
  t.deepEqual([...keys].sort(), KEYS);
  t.true(batches.length >= Math.ceil(KEYS.length / FRAME_KEYS), `${batches.length} batches`);
  t.true(
    batches.every((batch) => batch.length > 0 && batch.length <= FRAME_KEYS),
    batches.map((b) => b.length).join(' '),
  );
  t.deepEqual((await dev.client.listKeys({ bucket: 'batches' }).toArray()).map(String).sort(), KEYS);
  t.deepEqual(await dev.client.listKeys({ bucket: 'nothing-here' }).batches().next(), { value: undefined, done: true });
});

test('listBuckets batches hold every bucket once', async (t) => {
  const buckets = Array.from({ length: 25 }, (_, i) => `lb-${String(i).padStart(2, '0')}`);
  await Promise.all(buckets.map((bucket) => dev.client.put({ bucket, type: 'siblings', key: 'k', value: 'v' })));
  const batches: Buffer[][] = [];
  for await (const batch of dev.client.listBuckets({ type: 'siblings' }).batches()) batches.push(batch);
  t.true(batches.every((batch) => batch.length > 0 && batch.length <= FRAME_KEYS));
  t.deepEqual(
    batches
      .flat()
      .map(String)
      .filter((b) => b.startsWith('lb-'))
      .sort(),
    buckets,
  );
});

test('streamIndex batches of keys: { key } per key, frame by frame', async (t) => {
  const peer = await scriptedPeer();
  const stream = peer.client.streamIndex({ bucket: 'b', index: 'email_bin', key: 'x' });
  const reading = (async () => {
    const batches: string[][] = [];
    for await (const batch of stream.batches()) batches.push(batch.map((match) => `${match.key}${'term' in match ? '+term' : ''}`));
    return batches;
  })();
  const request = await peer.nextRequest();
  t.is(request.code, MessageCode.RpbIndexReq);
  request.socket.write(encodeMessage('RpbIndexResp', { keys: bytes(['k1', 'k2']) }));
  request.socket.write(encodeMessage('RpbIndexResp', { keys: bytes(['k3']) }));
  request.socket.write(encodeMessage('RpbIndexResp', { done: true }));
  t.deepEqual(await reading, [['k1', 'k2'], ['k3']]);
  t.is(stream.continuation, undefined);
  await peer.close();
});

test('streamIndex batches of term/key pairs, and the continuation once they end', async (t) => {
  const peer = await scriptedPeer();
  const stream = peer.client.streamIndex({ bucket: 'b', index: 'age_int', range: [1, 99], returnTerms: true, maxResults: 3 });
  const reading = (async () => {
    const batches: string[][] = [];
    for await (const batch of stream.batches()) batches.push(batch.map(({ term, key }) => `${term}=${key}`));
    return batches;
  })();
  const request = await peer.nextRequest();
  const pair = (term: string, key: string) => ({ key: Buffer.from(term), value: Buffer.from(key) });
  request.socket.write(encodeMessage('RpbIndexResp', { results: [pair('10', 'k1'), pair('20', 'k2')] }));
  // With terms, the pairs are the matches (as for a unary query's page).
  request.socket.write(encodeMessage('RpbIndexResp', { results: [pair('30', 'k3')], keys: bytes(['ignored']) }));
  request.socket.write(encodeMessage('RpbIndexResp', { continuation: Buffer.from('next'), done: true }));
  t.deepEqual(await reading, [['10=k1', '20=k2'], ['30=k3']]);
  t.is(String(stream.continuation), 'next');
  await peer.close();
});

test('streamIndex against the dev server: batches and items agree, keys and terms', async (t) => {
  const terms = dev.client.streamIndex({ bucket: 'batches', index: 'n_int', range: [0, 94], returnTerms: true });
  const batches: { key: Buffer; term?: Buffer }[][] = [];
  for await (const batch of terms.batches()) batches.push(batch);
  t.true(batches.every((batch) => batch.length > 0 && batch.length <= FRAME_KEYS));
  const pairs = batches.flat().map(({ term, key }) => `${term}=${key}`);
  t.deepEqual([...pairs].sort(), KEYS.map((key) => `${Number(key.slice(4))}=${key}`).sort());
  const keys = await dev.client.streamIndex({ bucket: 'batches', index: '$bucket' }).toArray();
  t.deepEqual(keys.map(({ key }) => String(key)).sort(), KEYS);
  t.true(keys.every((match) => !('term' in match)));
});

test('breaking out of batches closes the streaming socket; the client keeps working on a new one', async (t) => {
  const peer = await scriptedPeer();
  const seen: string[][] = [];
  const consuming = (async () => {
    for await (const batch of peer.client.listKeys({ bucket: 'b' }).batches()) {
      seen.push(batch.map(String));
      if (seen.length === 2) break;
    }
  })();
  const request = await peer.nextRequest();
  const closed = once(request.socket, 'close', 'the client to drop the streaming socket');
  request.socket.write(keysFrame(['a', 'b']));
  request.socket.write(keysFrame(['c']));
  request.socket.write(keysFrame(['d'])); // never followed by `done`
  await consuming;
  t.deepEqual(seen, [['a', 'b'], ['c']]);
  await closed;
  await peer.client.ping();
  await peer.close();
});

test('breaking out of the items in the middle of a frame closes the streaming socket', async (t) => {
  const peer = await scriptedPeer();
  const seen: string[] = [];
  const consuming = (async () => {
    for await (const { key } of peer.client.streamIndex({ bucket: 'b', index: 'x_bin', key: 'v' })) {
      seen.push(String(key));
      if (seen.length === 3) break;
    }
  })();
  const request = await peer.nextRequest();
  const closed = once(request.socket, 'close', 'the client to drop the streaming socket');
  request.socket.write(encodeMessage('RpbIndexResp', { keys: bytes(['a', 'b']) }));
  request.socket.write(encodeMessage('RpbIndexResp', { keys: bytes(['c', 'd', 'e']) }));
  await consuming;
  t.deepEqual(seen, ['a', 'b', 'c']);
  await closed;
  await peer.client.ping();
  await peer.close();
});

test('an error reply mid-stream fails the loop after the frames before it, batches or items; the connection stays usable', async (t) => {
  const peer = await scriptedPeer();
  const batches: string[][] = [];
  const items: string[] = [];
  const byBatch = t.throwsAsync(
    async () => {
      for await (const batch of peer.client.listKeys({ bucket: 'b' }).batches()) batches.push(batch.map(String));
    },
    { instanceOf: RiakServerError, message: /overload/ },
  );
  const byItem = t.throwsAsync(
    async () => {
      for await (const { key } of peer.client.streamIndex({ bucket: 'b', index: 'x_bin', key: 'v' })) items.push(String(key));
    },
    { instanceOf: RiakServerError, message: /overload/ },
  );
  // The two streams may reach the peer in either order: each is answered by its kind.
  const replies = new Map<number, Buffer[]>([
    [MessageCode.RpbListKeysReq, [keysFrame(['a', 'b']), keysFrame(['c'])]],
    [MessageCode.RpbIndexReq, [encodeMessage('RpbIndexResp', { keys: bytes(['x', 'y']) }), encodeMessage('RpbIndexResp', { keys: bytes(['z']) })]],
  ]);
  for (let i = 0; i < 2; i++) {
    const request = await peer.nextRequest();
    for (const reply of replies.get(request.code) ?? []) request.socket.write(reply);
    request.socket.write(encodeMessage('RpbErrorResp', { errmsg: Buffer.from('overload'), errcode: 0 }));
  }
  await Promise.all([byBatch, byItem]);
  t.deepEqual(batches, [['a', 'b'], ['c']]);
  t.deepEqual(items, ['x', 'y', 'z']);
  await peer.client.ping();
  await peer.close();
});

test('an abort between batches rejects the next with the abort and closes the stream', async (t) => {
  const peer = await scriptedPeer();
  const controller = new AbortController();
  const batches: string[][] = [];
  const reading = t.throwsAsync(
    async () => {
      for await (const batch of peer.client.listKeys({ bucket: 'b', signal: controller.signal }).batches()) {
        batches.push(batch.map(String));
        controller.abort();
      }
    },
    { instanceOf: RiakAbortError },
  );
  const request = await peer.nextRequest();
  request.socket.write(keysFrame(['a']));
  request.socket.write(keysFrame(['b']));
  await reading;
  t.deepEqual(batches, [['a']]);
  await peer.client.ping();
  await peer.close();
});

test('a stream is read once: items or batches, not both', async (t) => {
  const byBatch = dev.client.listKeys({ bucket: 'batches' });
  byBatch.batches();
  t.throws(() => byBatch[Symbol.asyncIterator](), { instanceOf: RiakInvalidArgumentError, message: /only once/ });
  t.throws(() => byBatch.batches(), { instanceOf: RiakInvalidArgumentError, message: /only once/ });
  await t.throwsAsync(byBatch.toArray(), { instanceOf: RiakInvalidArgumentError });
  const byItem = dev.client.streamIndex({ bucket: 'batches', index: '$bucket' });
  byItem[Symbol.asyncIterator]();
  t.throws(() => byItem.batches(), { instanceOf: RiakInvalidArgumentError, message: /only once/ });
});

test('a bucket handle lists its keys and queries its index a frame at a time', async (t) => {
  const handle = dev.client.bucket({ bucket: 'batches', codec: text() });
  const keyBatches: Buffer[][] = [];
  for await (const batch of handle.keys().batches()) keyBatches.push(batch);
  t.deepEqual(keyBatches.flat().map(String).sort(), KEYS);
  t.true(keyBatches.length >= Math.ceil(KEYS.length / FRAME_KEYS), `${keyBatches.length} batches`);
  t.true(keyBatches.every((batch) => batch.length > 0 && batch.length <= FRAME_KEYS));

  const query = handle.query('n_int', [10, 94], { returnTerms: true, maxResults: 50 });
  const matchBatches: IndexMatch[][] = [];
  for await (const batch of query.batches()) matchBatches.push(batch);
  t.true(matchBatches.every((batch) => batch.length > 0 && batch.length <= FRAME_KEYS));
  t.deepEqual(
    matchBatches.flat().map(({ term, key }) => `${term}=${key}`),
    KEYS.slice(10, 60).map((key) => `${Number(key.slice(4))}=${key}`),
  );
  t.true(query.continuation !== undefined, 'a page of 50 of 85 matches leaves a continuation');
  // The rest of the range, a frame at a time too, from where the page stopped.
  const rest = await handle
    .query('n_int', [10, 94], { returnTerms: true, maxResults: 50, ...(query.continuation ? { continuation: query.continuation } : {}) })
    .toArray();
  t.deepEqual(
    rest.map(({ key }) => String(key)),
    KEYS.slice(60),
  );
});

test('the batched streams are public classes: what listings and handles return, exported by name; the decoded-stream transport is not a client member', (t) => {
  const handle = dev.client.bucket({ bucket: 'batches', codec: text() });
  t.true(dev.client.listKeys({ bucket: 'batches' }) instanceof PublicBatchedStream);
  t.true(dev.client.listBuckets() instanceof PublicBatchedStream);
  t.true(handle.keys() instanceof PublicBatchedStream);
  t.true(dev.client.streamIndex({ bucket: 'batches', index: '$bucket' }) instanceof PublicPagedBatchedStream);
  t.true(handle.query('n_int', 1) instanceof PublicPagedBatchedStream);
  t.true(new PublicBatchedStream<Buffer>(async function* () {}, undefined) instanceof RiakStream);
  t.false('streamDecoded' in dev.client);
});

test('tsListKeys batches are the frames: each frame with keys is one array of its rows, decoded to cells', async (t) => {
  const peer = await scriptedPeer();
  const row = (name: string, n: number) => ({ cells: [{ varcharValue: Buffer.from(name) }, { sint64Value: n }] });
  const tsFrame = (rows: { cells: object[] }[], done = false) => encodeMessage('TsListKeysResp', { keys: rows, ...(done ? { done } : {}) });
  const reading = (async () => {
    const batches: unknown[][] = [];
    for await (const batch of peer.client.tsListKeys({ table: 'weather' }).batches()) batches.push(batch);
    return batches;
  })();
  const request = await peer.nextRequest();
  t.is(request.code, MessageCode.TsListKeysReq);
  request.socket.write(tsFrame([row('a', 1), row('b', 2)]));
  request.socket.write(tsFrame([]));
  request.socket.write(tsFrame([row('c', 3)], true));
  t.deepEqual(await reading, [
    [
      ['a', 1],
      ['b', 2],
    ],
    [['c', 3]],
  ]);
  // Row by row over the same frames.
  const rows = peer.client.tsListKeys({ table: 'weather' }).toArray();
  const again = await peer.nextRequest();
  again.socket.write(tsFrame([row('a', 1)]));
  again.socket.write(tsFrame([row('b', 2)], true));
  t.deepEqual(await rows, [
    ['a', 1],
    ['b', 2],
  ]);
  await peer.close();
});

test('csBucketFold batches are the frames of objects; the continuation is set once the batches are read', async (t) => {
  const peer = await scriptedPeer();
  const object = (key: string) => ({ key: Buffer.from(key), object: { content: [{ value: Buffer.from(`v-${key}`) }], vclock: Buffer.from(`vc-${key}`) } });
  const foldFrame = (keys: string[], extra: object = {}) => encodeMessage('RpbCSBucketResp', { objects: keys.map(object), ...extra });
  const fold = peer.client.csBucketFold({ bucket: 'b', startKey: 'a', maxResults: 3 });
  t.true(fold instanceof PublicPagedBatchedStream);
  const reading = (async () => {
    const batches: string[][] = [];
    for await (const batch of fold.batches()) batches.push(batch.map((o) => `${o.key}=${o.value}/${o.vclock}`));
    return batches;
  })();
  const request = await peer.nextRequest();
  t.is(request.code, MessageCode.RpbCSBucketReq);
  request.socket.write(foldFrame(['a', 'b']));
  request.socket.write(foldFrame(['c'], { continuation: Buffer.from('next'), done: true }));
  t.deepEqual(await reading, [['a=v-a/vc-a', 'b=v-b/vc-b'], ['c=v-c/vc-c']]);
  t.is(fold.continuation?.toString(), 'next');
  await peer.close();
});
