import test from 'ava';
import { DEFAULT_MAX_FRAME_BYTES } from '../../src/codec/frame-decoder.js';
import { MessageCode } from '../../src/codec/message-codes.js';
import { header } from '../helpers/frames.js';
import { frameOf, RawConnection, withServer } from '../helpers/server-harness.js';

// The dev server runs in this process, so process.memoryUsage() sees the
// memory its frame decoders take.

const MiB = 1024 * 1024;
const ping = frameOf(MessageCode.RpbPingReq);

function write(connection: RawConnection, bytes: Buffer): Promise<void> {
  return new Promise((resolve, reject) => connection.socket.write(bytes, (error) => (error ? reject(error) : resolve())));
}

test('150 connections announcing a 64 MiB frame and sending 3 bytes of it take their bytes, not 150 x 64 MiB, and pings are still answered', async (t) => {
  const { server, client } = await withServer(t);
  const pinger = await RawConnection.open(server);
  t.teardown(() => pinger.close());
  pinger.send(ping);
  await pinger.waitFrames(1);

  const attackers = await Promise.all(Array.from({ length: 150 }, () => RawConnection.open(server)));
  t.teardown(() => {
    for (const attacker of attackers) attacker.close();
  });
  const before = process.memoryUsage().arrayBuffers;
  // A ping and the header in one write: the pong shows the server has read the header too.
  await Promise.all(attackers.map((attacker) => write(attacker, Buffer.concat([ping, header(DEFAULT_MAX_FRAME_BYTES - 1, MessageCode.RpbPutReq)]))));
  await Promise.all(attackers.map((attacker) => attacker.waitFrames(1)));
  // Then 3 bytes of the body in a read of their own: where a decoder sized for the header would allocate 64 MiB.
  await Promise.all(attackers.map((attacker) => write(attacker, Buffer.from([0x0a, 0x01, 0x62]))));

  // Server and test share one event loop: a pong to a ping written after those
  // bytes arrives after the server has read every socket they were waiting on.
  for (let i = 1; i <= 3; i++) {
    pinger.send(ping);
    const frames = await pinger.waitFrames(1 + i);
    t.is(frames[i].code, MessageCode.RpbPingResp);
  }
  await t.notThrowsAsync(client.ping());

  const growth = process.memoryUsage().arrayBuffers - before;
  t.true(growth < 100 * MiB, `arrayBuffers grew by ${(growth / MiB).toFixed(1)} MiB`);
  // Each attacker got its pong and is still waiting for the rest of its frame.
  t.deepEqual(attackers.filter((attacker) => attacker.closed || attacker.frames.length !== 1 || attacker.frames[0].code !== MessageCode.RpbPingResp).length, 0);
});
