import test from 'ava';
import type { BatchTransport } from '../../src/client/batch-transport.js';
import { listKeys } from '../../src/client/listing.js';
import { streamIndex } from '../../src/client/secondary-index.js';
import { encodeMessage, encodeRequest, type MessageInput, type RangeDecoder, type StreamingRequestName } from '../../src/codec/message-table.js';
import type { Connection } from '../../src/connection/connection.js';
import { connect } from '../helpers/connection-peer.js';
import { startFakePeer } from '../helpers/fake-peer.js';
import { until } from '../helpers/wait.js';

/*
 * A slow consumer of a listing or a 2i stream, by batches or by items, makes
 * the client stop reading: frames are taken from the connection only as the
 * loop asks for them, so the connection's high-water mark pauses the socket
 * instead of the stream buffering every frame. Run over one real connection
 * (to spy on its socket) with a transport that counts the frames taken.
 */

const TOTAL = 500;

/** A peer answering any request with TOTAL one-key frames, then `done`. */
async function floodingPeer(frame: (i: number) => Buffer, last: Buffer) {
  return startFakePeer(({ socket }) => {
    socket.write(Buffer.concat([...Array.from({ length: TOTAL }, (_, i) => frame(i)), last]));
  });
}

/** The streams' transport over one connection; `taken` counts the frames the stream has asked for. */
function countingTransport(connection: Connection) {
  const counter = { taken: 0 };
  const transport = {
    async *streamDecoded<R extends StreamingRequestName, F extends { done: boolean }>(
      name: R,
      message: MessageInput<R>,
      decode: RangeDecoder<F>,
    ): AsyncGenerator<F, void, undefined> {
      const op = encodeRequest(name, { ...message, stream: true } as MessageInput<R>, decode);
      for await (const frame of connection.stream(op)) {
        counter.taken++;
        yield frame;
      }
    },
  } as unknown as BatchTransport;
  return { transport, counter };
}

function spyOnPause(connection: Connection): () => boolean {
  let paused = false;
  const original = connection.socket.pause.bind(connection.socket);
  connection.socket.pause = () => {
    paused = true;
    return original();
  };
  return () => paused;
}

test('a lagging batches loop pauses the socket; the stream takes one frame per batch asked for and loses nothing', async (t) => {
  const peer = await floodingPeer((i) => encodeMessage('RpbListKeysResp', { keys: [Buffer.from(`k${i}`)] }), encodeMessage('RpbListKeysResp', { done: true }));
  const connection = await connect(peer.port);
  const paused = spyOnPause(connection);
  const { transport, counter } = countingTransport(connection);
  const batches = listKeys(transport, { bucket: 'b' }).batches();
  const first = await batches.next();
  t.deepEqual(first.value?.map(String), ['k0']);
  await until(paused, 'the socket to be paused while the loop holds its first batch');
  t.is(counter.taken, 1, 'frames taken while the loop lags');
  const keys = [String(first.value)];
  for await (const batch of batches) keys.push(...batch.map(String));
  t.deepEqual(
    keys,
    Array.from({ length: TOTAL }, (_, i) => `k${i}`),
  );
  await connection.close();
  await peer.close();
});

test('a lagging item loop over a 2i stream pauses the socket too, and gets every match', async (t) => {
  const peer = await floodingPeer((i) => encodeMessage('RpbIndexResp', { keys: [Buffer.from(`k${i}`)] }), encodeMessage('RpbIndexResp', { done: true }));
  const connection = await connect(peer.port);
  const paused = spyOnPause(connection);
  const { transport, counter } = countingTransport(connection);
  const items = streamIndex(transport, { bucket: 'b', index: 'x_bin', key: 'v' })[Symbol.asyncIterator]();
  const first = await items.next();
  t.is(String(first.value?.key), 'k0');
  await until(paused, 'the socket to be paused while the loop holds its first match');
  t.is(counter.taken, 1, 'frames taken while the loop lags');
  let count = 1;
  for (let next = await items.next(); next.done !== true; next = await items.next()) count++;
  t.is(count, TOTAL);
  await connection.close();
  await peer.close();
});
