import test, { type ExecutionContext } from 'ava';
import { MessageCode } from '../../src/codec/message-codes.js';
import { errorText, frameOf, pb, RawConnection, withServer, type RawFrame } from '../helpers/server-harness.js';

/**
 * The CS bucket fold (src/server/handlers/cs-bucket.ts) reads a bucket as
 * Riak's fold does: in key order from start_key, whatever order the keys
 * were written in. With a clock that advances 1 ms per read (read every
 * 256 keys), a fold with a 2 ms timeout stops after 256 keys: they must be
 * the first 256 in key order from start_key. No elapsed time is measured.
 */

const KEYS = 600;
const AFTER_ONE_CHECK = 2;
const key = (i: number): string => `k${String(i).padStart(3, '0')}`;

/** A server with a stepping clock whose bucket `big` got its keys written last to first. */
async function reversedBucket(t: ExecutionContext): Promise<RawConnection> {
  let now = 0;
  const { server } = await withServer(t, { requestClock: () => ++now });
  const connection = await RawConnection.open(server);
  t.teardown(() => connection.close());
  const puts = Array.from({ length: KEYS }, (_, i) =>
    frameOf(
      MessageCode.RpbPutReq,
      pb.RpbPutReq.encode({ bucket: Buffer.from('big'), key: Buffer.from(key(KEYS - 1 - i)), content: { value: Buffer.from('v') } }).finish(),
    ),
  );
  connection.send(...puts);
  await connection.waitFrames(KEYS);
  return connection;
}

/** Sends a fold and waits for its last frame (done or an error); returns the keys sent and how it ended. */
async function fold(
  connection: RawConnection,
  req: Omit<Parameters<typeof pb.RpbCSBucketReq.encode>[0], 'bucket'>,
): Promise<{ keys: string[]; error?: string }> {
  const start = connection.frames.length;
  connection.send(frameOf(MessageCode.RpbCSBucketReq, pb.RpbCSBucketReq.encode({ bucket: Buffer.from('big'), ...req }).finish()));
  const ended = (f: RawFrame) => f.code === MessageCode.RpbErrorResp || pb.RpbCSBucketResp.decode(f.payload).done === true;
  let frames = connection.frames.slice(start);
  while (!frames.some(ended)) frames = (await connection.waitFrames(connection.frames.length + 1)).slice(start);
  const keys = frames
    .filter((f) => f.code === MessageCode.RpbCSBucketResp)
    .flatMap((f) => pb.RpbCSBucketResp.decode(f.payload).objects.map((o) => Buffer.from(o.key).toString()));
  const last = frames[frames.length - 1];
  return last.code === MessageCode.RpbErrorResp ? { keys, error: errorText(last) } : { keys };
}

const range = (from: number, count: number): string[] => Array.from({ length: count }, (_, i) => key(from + i));

test('a fold cut short by its timeout has sent the first keys in key order, not the first written', async (t) => {
  const connection = await reversedBucket(t);
  t.deepEqual(await fold(connection, { startKey: Buffer.alloc(0), timeout: AFTER_ONE_CHECK }), { keys: range(0, 256), error: '{error,timeout}' });
});

test('the fold starts at start_key: keys before it are not read', async (t) => {
  const connection = await reversedBucket(t);
  t.deepEqual(await fold(connection, { startKey: Buffer.from(key(300)), timeout: AFTER_ONE_CHECK }), { keys: range(300, 256), error: '{error,timeout}' });
  t.deepEqual(await fold(connection, { startKey: Buffer.from(key(300)), startIncl: false, timeout: AFTER_ONE_CHECK }), {
    keys: range(301, 256),
    error: '{error,timeout}',
  });
});

test('without a timeout: the range in key order, ends included or not, pages and continuations', async (t) => {
  const connection = await reversedBucket(t);
  t.deepEqual(await fold(connection, { startKey: Buffer.from(key(10)), endKey: Buffer.from(key(20)) }), { keys: range(10, 10) });
  t.deepEqual(await fold(connection, { startKey: Buffer.from(key(10)), endKey: Buffer.from(key(20)), endIncl: true, startIncl: false }), {
    keys: range(11, 10),
  });
  t.deepEqual(await fold(connection, { startKey: Buffer.from(key(20)), endKey: Buffer.from(key(10)) }), { keys: [] });
  t.deepEqual(await fold(connection, { startKey: Buffer.from(key(590)) }), { keys: range(590, 10) });
  const start = connection.frames.length;
  t.deepEqual(await fold(connection, { startKey: Buffer.alloc(0), maxResults: 5 }), { keys: range(0, 5) });
  const done = pb.RpbCSBucketResp.decode(connection.frames[connection.frames.length - 1].payload);
  t.true(connection.frames.length > start && done.continuation.length > 0);
  t.deepEqual(await fold(connection, { startKey: Buffer.alloc(0), maxResults: 5, continuation: done.continuation }), { keys: range(5, 5) });
});
