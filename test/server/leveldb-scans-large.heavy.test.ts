import test from 'ava';
import { MessageCode } from '../../src/codec/message-codes.js';
import { RiakServerError } from '../../src/errors.js';
import { ConnectionState } from '../../src/server/context.js';
import { handleIndex } from '../../src/server/handlers/secondary-index.js';
import { handleListKeys } from '../../src/server/handlers/listing.js';
import { StreamReply } from '../../src/server/protocol/replies.js';
import { SCAN_CHUNK } from '../../src/server/store/ordered-scan.js';
import { UNORDERED_CHUNK } from '../../src/server/store/unordered.js';
import { CountingBackend, filledBackend, isListDone, keysIn, listKeysFrame, pad, RawSocket, serve, serverContext } from '../helpers/scan-backends.js';
import { frameOf, pb, text, type RawFrame } from '../helpers/server-harness.js';
import { until } from '../helpers/wait.js';

/**
 * Listings and 2i queries on large buckets (issue 17; the heavy tier,
 * `npm run test:heavy`: thousands of objects, megabytes of keys): a listing
 * sends its first frames before it has read the bucket and reads on only as
 * the client reads, a streamed scan holds a chunk, never the bucket, a
 * listing's timeout fires part way, and MapReduce bucket inputs let other
 * connections be served while they are listed. What is read is counted by a
 * backend wrapper; no time is measured.
 */

test('a listing sends its first frames before it has read the whole bucket, and reads on only as the client reads', async (t) => {
  // About 20 MB of key names: far more than the socket buffers between a client that does not read and the server.
  // Long keys make the bytes with few keys: the cost of a listing is per key.
  const COUNT = 20_000;
  const long = 'x'.repeat(1000);
  const backend = new CountingBackend(filledBackend(t, 'memory', COUNT, (i) => `${long}${pad(i)}`));
  const { port, client } = await serve(t, backend);
  const raw = await RawSocket.open(t, port);
  raw.socket.pause();
  raw.send(listKeysFrame());
  await until(() => backend.read > 0, 'the listing to start reading');
  // Other requests go on being answered while the listing waits for its reader.
  t.is(text((await client.get({ bucket: 'big', key: `${long}${pad(5)}` })).value), 'v');
  await client.ping();
  const readWhilePaused = backend.read;
  t.true(readWhilePaused < COUNT / 2, `read ${readWhilePaused} of ${COUNT} keys while the client read nothing`);
  let readAtFirstFrame: number | undefined;
  raw.onData = () => {
    readAtFirstFrame ??= backend.read;
  };
  raw.socket.resume();
  const frames = await raw.waitFor((f) => f.some(isListDone), 'the whole listing');
  t.true((readAtFirstFrame as number) < COUNT, `the first frame came once ${readAtFirstFrame} keys were read`);
  const keys = keysIn(frames);
  t.is(keys.length, COUNT);
  t.is(new Set(keys).size, COUNT);
  t.log(`keys read while the client did not read: ${readWhilePaused}`);
});

/** Drives a handler's streamed reply frame by frame, as the connection does; returns the most results read but not yet in a frame. */
async function mostHeld(reply: unknown, backend: CountingBackend, resultsIn: (frame: Buffer) => number): Promise<{ held: number; results: number }> {
  if (!(reply instanceof StreamReply)) throw new Error('expected a streamed reply');
  let sent = 0;
  let held = 0;
  for await (const frame of reply.frames) {
    held = Math.max(held, backend.read - sent);
    sent += resultsIn(frame);
  }
  return { held, results: sent };
}

const payloadOf = (frame: Buffer) => frame.subarray(5);

test('a streamed listing or 2i query holds a chunk of the scan, never the bucket', async (t) => {
  // Three times what a listing may hold: holding the bucket would show.
  const BATCH = 100;
  const COUNT = 3 * (SCAN_CHUNK + UNORDERED_CHUNK + BATCH);
  for (const kind of ['memory', 'leveldb'] as const) {
    const backend = new CountingBackend(filledBackend(t, kind, COUNT));
    const context = serverContext(backend, { streamBatchSize: BATCH });
    t.teardown(() => context.close());
    const ctx = { server: context, connection: new ConnectionState() };
    const bound = SCAN_CHUNK + UNORDERED_CHUNK + BATCH;

    const listing = await mostHeld(
      handleListKeys(Buffer.from(pb.RpbListKeysReq.encode({ bucket: Buffer.from('big') }).finish()), ctx),
      backend,
      (f) => pb.RpbListKeysResp.decode(payloadOf(f)).keys.length,
    );
    t.is(listing.results, COUNT);
    t.true(listing.held <= bound, `${kind}: list keys held ${listing.held} keys`);

    for (const query of [
      {
        index: Buffer.from('n_int'),
        qtype: pb.RpbIndexReq.IndexQueryType.range,
        rangeMin: Buffer.from('0'),
        rangeMax: Buffer.from('999999'),
        returnTerms: true,
      },
      { index: Buffer.from('$bucket'), qtype: pb.RpbIndexReq.IndexQueryType.eq, key: Buffer.from('big') },
    ]) {
      backend.read = 0;
      const payload = Buffer.from(pb.RpbIndexReq.encode({ bucket: Buffer.from('big'), stream: true, ...query }).finish());
      const streamed = await mostHeld(handleIndex(payload, ctx), backend, (f) => {
        const resp = pb.RpbIndexResp.decode(payloadOf(f));
        return resp.keys.length + resp.results.length;
      });
      t.is(streamed.results, COUNT);
      t.true(streamed.held <= bound, `${kind}: 2i ${String(query.index)} held ${streamed.held} results`);
    }
  }
});

test('a listing\'s timeout fires on a large LevelDB bucket: the keys read so far, then "timeout"', async (t) => {
  // Two and a half times the keys the 2-second timeout lets the listing read.
  const COUNT = 5000;
  const backend = new CountingBackend(filledBackend(t, 'leveldb', COUNT));
  // Time passes as the server reads: one millisecond a key.
  const { port, client } = await serve(t, backend, { clock: () => backend.read });
  const raw = await RawSocket.open(t, port);
  raw.send(listKeysFrame(2000));
  const frames = await raw.waitFor((f) => f.some((x) => x.code === MessageCode.RpbErrorResp), 'the timeout error');
  const error = frames.find((f) => f.code === MessageCode.RpbErrorResp) as RawFrame;
  t.is(Buffer.from(pb.RpbErrorResp.decode(error.payload).errmsg).toString(), 'timeout');
  const before = keysIn(frames);
  t.true(before.length > 0 && before.length < COUNT, `${before.length} keys before the timeout`);
  t.true(backend.read < COUNT, `read ${backend.read} keys of ${COUNT}`);
  const err = await t.throwsAsync(client.listKeys({ bucket: 'big', timeout: 100 }).toArray(), { instanceOf: RiakServerError });
  t.is(err?.errmsg, 'timeout');
  t.is((await client.listKeys({ bucket: 'big' }).toArray()).length, COUNT);
});

test('a MapReduce job over a large bucket lets other connections be served while its keys are listed', async (t) => {
  // Several chunks of keys: the get is served once the first chunk is read, long before the last.
  const COUNT = 5000;
  const backend = new CountingBackend(filledBackend(t, 'memory', COUNT));
  const { port } = await serve(t, backend);
  const job = await RawSocket.open(t, port);
  const other = await RawSocket.open(t, port);
  backend.onRead = () => {
    // Once the job has started listing, another client asks for a key.
    other.send(frameOf(MessageCode.RpbGetReq, pb.RpbGetReq.encode({ bucket: Buffer.from('big'), key: Buffer.from(`k${pad(1)}`) }).finish()));
    backend.onRead = undefined;
  };
  const request = Buffer.from(JSON.stringify({ inputs: 'big', query: [] }));
  job.send(frameOf(MessageCode.RpbMapRedReq, pb.RpbMapRedReq.encode({ request, contentType: Buffer.from('application/json') }).finish()));
  await other.waitFor((f) => f.length > 0, 'the get');
  const frames = await job.waitFor((f) => f.some((x) => x.code === MessageCode.RpbMapRedResp && pb.RpbMapRedResp.decode(x.payload).done === true), 'the job');
  t.true((backend.readAtGet as number) < COUNT, `the get was served once the job had read ${backend.readAtGet} of ${COUNT} keys`);
  const results = frames
    .map((f) => pb.RpbMapRedResp.decode(f.payload))
    .filter((r) => r.response.length > 0)
    .flatMap((r) => JSON.parse(Buffer.from(r.response).toString()) as [string, string][]);
  t.is(results.length, COUNT);
});
