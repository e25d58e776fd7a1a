import test, { type ExecutionContext } from 'ava';
import { MessageCode } from '../../src/codec/message-codes.js';
import { startDevServer, type DevServer } from '../../src/server/index.js';
import { frameOf, pb, RawConnection, withServer } from '../helpers/server-harness.js';
import { until } from '../helpers/wait.js';

/**
 * Streamed listings and 2i replies yield to the event loop between scan
 * chunks (src/server/handlers/scan-stream.ts, connection.ts's async
 * streams): while one client reads a big listing as fast as it can, a ping
 * on another connection is answered before the listing ends. Only the
 * order of events is observed; the server and the clients share this
 * thread, so a listing written in one go would end before the ping is read.
 */

/** Twelve scan chunks of 1,000. */
const KEYS = 12_000;

/** One server holding the big bucket, for the tests that only read it. */
let big: DevServer | undefined;

test.before(async () => {
  big = await startDevServer({ port: 0 });
  const loader = await RawConnection.open(big);
  const puts = Array.from({ length: KEYS }, (_, i) => {
    const put = {
      bucket: Buffer.from('big'),
      key: Buffer.from(`k${String(i).padStart(6, '0')}`),
      content: { value: Buffer.from('v'), indexes: [{ key: Buffer.from('n_int'), value: Buffer.from(String(i)) }] },
    };
    return frameOf(MessageCode.RpbPutReq, pb.RpbPutReq.encode(put).finish());
  });
  loader.send(...puts);
  await loader.waitFrames(KEYS);
  loader.close();
});

test.after.always(() => big?.close());

function bigBucket(): DevServer {
  if (big === undefined) throw new Error('the big bucket was not loaded');
  return big;
}

/**
 * Sends `request` on one connection and, as soon as its first reply frame
 * arrives, a ping on another; resolves with the order in which the ping's
 * answer and the stream's last frame arrived.
 */
async function orderOf(t: ExecutionContext, server: DevServer, request: Buffer, isLast: (code: number, payload: Buffer) => boolean): Promise<string[]> {
  const reader = await RawConnection.open(server);
  const other = await RawConnection.open(server);
  t.teardown(() => {
    reader.close();
    other.close();
  });
  const events: string[] = [];
  reader.socket.on('data', () => {
    if (reader.frames.length > 0 && !events.includes('ping sent')) {
      events.push('ping sent');
      other.send(frameOf(MessageCode.RpbPingReq));
    }
    if (!events.includes('stream ended') && reader.frames.some((f) => isLast(f.code, f.payload))) events.push('stream ended');
  });
  other.socket.on('data', () => {
    if (other.frames.some((f) => f.code === MessageCode.RpbPingResp) && !events.includes('ping answered')) events.push('ping answered');
  });
  reader.send(request);
  await until(() => events.includes('stream ended') && events.includes('ping answered'), {
    what: () => `the stream's end and the ping's answer (${events.join(', ')})`,
  });
  t.false(reader.frames.some((f) => f.code === MessageCode.RpbErrorResp));
  return events;
}

test('a ping on another connection is answered while a client reads a big key listing as fast as it can', async (t) => {
  const server = bigBucket();
  const request = frameOf(MessageCode.RpbListKeysReq, pb.RpbListKeysReq.encode({ bucket: Buffer.from('big') }).finish());
  const isDone = (code: number, payload: Buffer) => code === MessageCode.RpbListKeysResp && pb.RpbListKeysResp.decode(payload).done === true;
  t.deepEqual(await orderOf(t, server, request, isDone), ['ping sent', 'ping answered', 'stream ended']);
});

test('the same for a streamed 2i query, sorted or not', async (t) => {
  const server = bigBucket();
  const isDone = (code: number, payload: Buffer) => code === MessageCode.RpbIndexResp && pb.RpbIndexResp.decode(payload).done === true;
  for (const paginationSort of [false, true]) {
    const query = {
      bucket: Buffer.from('big'),
      index: Buffer.from('n_int'),
      qtype: pb.RpbIndexReq.IndexQueryType.range,
      rangeMin: Buffer.from('0'),
      rangeMax: Buffer.from(String(KEYS)),
      stream: true,
      paginationSort,
    };
    const request = frameOf(MessageCode.RpbIndexReq, pb.RpbIndexReq.encode(query).finish());
    t.deepEqual(await orderOf(t, server, request, isDone), ['ping sent', 'ping answered', 'stream ended'], `pagination_sort ${paginationSort}`);
  }
});

test('a streamed bucket listing too', async (t) => {
  const { server } = await withServer(t);
  const loader = await RawConnection.open(server);
  t.teardown(() => loader.close());
  const BUCKETS = 5_000;
  loader.send(
    ...Array.from({ length: BUCKETS }, (_, i) =>
      frameOf(
        MessageCode.RpbPutReq,
        pb.RpbPutReq.encode({ bucket: Buffer.from(`b${i}`), key: Buffer.from('k'), content: { value: Buffer.from('v') } }).finish(),
      ),
    ),
  );
  await loader.waitFrames(BUCKETS);
  const request = frameOf(MessageCode.RpbListBucketsReq, pb.RpbListBucketsReq.encode({ stream: true }).finish());
  const isDone = (code: number, payload: Buffer) => code === MessageCode.RpbListBucketsResp && pb.RpbListBucketsResp.decode(payload).done === true;
  t.deepEqual(await orderOf(t, server, request, isDone), ['ping sent', 'ping answered', 'stream ended']);
});
