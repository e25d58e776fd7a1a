import test, { type ExecutionContext } from 'ava';
import { MessageCode } from '../../src/codec/message-codes.js';
import { RiakServerError } from '../../src/errors.js';
import type { RiakClient } from '../../src/client/riak-client.js';
import type { DevServer } from '../../src/server/index.js';
import { errorText, frameOf, pb, RawConnection, withServer, type RawFrame } from '../helpers/server-harness.js';

/**
 * Server-side `timeout` fields of listings, 2i and CS bucket folds, as
 * Riak's coverage FSM timer ends them. The server reads its clock every 256
 * items; these servers get a clock that advances 1 ms per read, so a
 * request times out after a known number of items, whatever the machine's
 * speed (no elapsed time is measured).
 */

const KEYS = 600;
/** With the stepping clock: a 2 ms timeout passes at the second read, after 256 items. */
const AFTER_ONE_CHECK = 2;

async function steppingServer(t: ExecutionContext, streamBatchSize = 100): Promise<{ server: DevServer; client: RiakClient }> {
  let now = 0;
  const env = await withServer(t, { streamBatchSize, requestClock: () => ++now });
  await Promise.all(Array.from({ length: KEYS }, (_, i) => env.client.put({ bucket: 'big', key: `k${i}`, value: 'v', indexes: [{ key: 'n_int', value: i }] })));
  return env;
}

async function raw(t: ExecutionContext, server: DevServer): Promise<RawConnection> {
  const connection = await RawConnection.open(server);
  t.teardown(() => connection.close());
  return connection;
}

/** Sends one request and waits for its error frame (streamed frames before it included). */
async function untilError(connection: RawConnection, request: Buffer): Promise<{ before: RawFrame[]; error: string }> {
  const start = connection.frames.length;
  connection.send(request);
  await connection.waitFrames(start + 1);
  while (!connection.frames.slice(start).some((f) => f.code === 0) && !connection.closed) await connection.waitFrames(connection.frames.length + 1);
  const frames = connection.frames.slice(start);
  const errorAt = frames.findIndex((f) => f.code === 0);
  return { before: frames.slice(0, errorAt), error: errorText(frames[errorAt]) };
}

const listKeys = (timeout?: number) =>
  frameOf(MessageCode.RpbListKeysReq, pb.RpbListKeysReq.encode({ bucket: Buffer.from('big'), ...(timeout === undefined ? {} : { timeout }) }).finish());
const keyCount = (frames: RawFrame[]) => frames.reduce((n, f) => n + pb.RpbListKeysResp.decode(f.payload).keys.length, 0);

test('list keys: the keys found before the timeout, then "timeout"; the connection stays usable', async (t) => {
  const { server, client } = await steppingServer(t);
  const connection = await raw(t, server);
  const { before, error } = await untilError(connection, listKeys(AFTER_ONE_CHECK));
  t.is(error, 'timeout');
  t.is(keyCount(before), 256);
  connection.send(frameOf(MessageCode.RpbPingReq));
  const frames = await connection.waitFrames(connection.frames.length + 1);
  t.is(frames.at(-1)?.code, MessageCode.RpbPingResp);
  const err = await t.throwsAsync(client.listKeys({ bucket: 'big', timeout: 1 }).toArray(), { instanceOf: RiakServerError });
  t.is(err?.errmsg, 'timeout');
});

test("list keys without a timeout (Riak's 60 s) or with a long one completes", async (t) => {
  const { client } = await steppingServer(t);
  t.is((await client.listKeys({ bucket: 'big' }).toArray()).length, KEYS);
  t.is((await client.listKeys({ bucket: 'big', timeout: 60_000 }).toArray()).length, KEYS);
});

test('a timeout of 0 has run out at once, on the real clock too', async (t) => {
  const { client } = await withServer(t);
  await client.put({ bucket: 'b', key: 'k', value: 'v' });
  const err = await t.throwsAsync(client.listKeys({ bucket: 'b', timeout: 0 }).toArray(), { instanceOf: RiakServerError });
  t.is(err?.errmsg, 'timeout');
  t.deepEqual(await client.listKeys({ bucket: 'b', timeout: 60_000 }).toArray(), [Buffer.from('k')]);
});

test('list buckets, streamed or not: "timeout"', async (t) => {
  const { server } = await withServer(t, {
    requestClock: (() => {
      let now = 0;
      return () => ++now;
    })(),
  });
  const connection = await raw(t, server);
  for (let i = 0; i < 300; i++)
    connection.send(
      frameOf(
        MessageCode.RpbPutReq,
        pb.RpbPutReq.encode({ bucket: Buffer.from(`b${i}`), key: Buffer.from('k'), content: { value: Buffer.from('v') } }).finish(),
      ),
    );
  await connection.waitFrames(300);
  const whole = await untilError(connection, frameOf(MessageCode.RpbListBucketsReq, pb.RpbListBucketsReq.encode({ timeout: AFTER_ONE_CHECK }).finish()));
  t.is(whole.error, 'timeout');
  t.deepEqual(whole.before, [], 'a list that is not streamed sends nothing of what it found');
  const streamed = await untilError(
    connection,
    frameOf(MessageCode.RpbListBucketsReq, pb.RpbListBucketsReq.encode({ timeout: AFTER_ONE_CHECK, stream: true }).finish()),
  );
  t.is(streamed.error, 'timeout');
  t.is(
    streamed.before.reduce((n, f) => n + pb.RpbListBucketsResp.decode(f.payload).buckets.length, 0),
    256,
  );
});

test('2i: "{error,timeout}", with the results found so far when streaming', async (t) => {
  const { server, client } = await steppingServer(t);
  const connection = await raw(t, server);
  const query = {
    bucket: Buffer.from('big'),
    index: Buffer.from('n_int'),
    qtype: pb.RpbIndexReq.IndexQueryType.range,
    rangeMin: Buffer.from('0'),
    rangeMax: Buffer.from('100000'),
    timeout: AFTER_ONE_CHECK,
  };
  const whole = await untilError(connection, frameOf(MessageCode.RpbIndexReq, pb.RpbIndexReq.encode(query).finish()));
  t.is(whole.error, '{error,timeout}');
  t.deepEqual(whole.before, []);
  const streamed = await untilError(connection, frameOf(MessageCode.RpbIndexReq, pb.RpbIndexReq.encode({ ...query, stream: true }).finish()));
  t.is(streamed.error, '{error,timeout}');
  t.is(
    streamed.before.reduce((n, f) => n + pb.RpbIndexResp.decode(f.payload).keys.length, 0),
    256,
  );
  const paged = await t.throwsAsync(client.queryIndex({ bucket: 'big', index: 'n_int', range: [0, 100000], maxResults: 10, timeout: 1 }), {
    instanceOf: RiakServerError,
  });
  t.is(paged?.errmsg, '{error,timeout}');
  t.is((await client.queryIndex({ bucket: 'big', index: 'n_int', range: [0, 100000] })).keys.length, KEYS);
});

test('CS bucket fold: the objects found so far, then "{error,timeout}"', async (t) => {
  const { server, client } = await steppingServer(t);
  const connection = await raw(t, server);
  const fold = await untilError(
    connection,
    frameOf(MessageCode.RpbCSBucketReq, pb.RpbCSBucketReq.encode({ bucket: Buffer.from('big'), startKey: Buffer.alloc(0), timeout: AFTER_ONE_CHECK }).finish()),
  );
  t.is(fold.error, '{error,timeout}');
  t.is(
    fold.before.reduce((n, f) => n + pb.RpbCSBucketResp.decode(f.payload).objects.length, 0),
    256,
  );
  t.is((await client.csBucketFold({ bucket: 'big', startKey: '' }).toArray()).length, KEYS);
});

test('requestClock must be a function', async (t) => {
  const { startDevServer } = await import('../../src/server/index.js');
  await t.throwsAsync(startDevServer({ port: 0, requestClock: 5 as never }), { message: /Invalid requestClock/ });
});
