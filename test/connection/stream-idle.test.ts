import test from 'ava';
import { RiakClient } from '../../src/client/riak-client.js';
import { RiakInvalidArgumentError, RiakTimeoutError } from '../../src/errors.js';
import { resolvePoolOptions } from '../../src/pool/pool-options.js';
import { startFakePeer } from '../helpers/fake-peer.js';
import { frame } from '../helpers/frames.js';
import { gate, until } from '../helpers/wait.js';

// A stream whose node goes silent fails with RiakTimeoutError after
// streamIdleTimeout; silence the client causes itself (a consumer that lags
// and pauses the socket) does not count.

/** RpbListKeysResp with one key and no `done`. */
const keyFrame = (key: string) => frame(18, Buffer.concat([Buffer.from([0x0a, key.length]), Buffer.from(key)]));
const DONE = frame(18, Buffer.from([0x10, 0x01]));

test('the default idle deadline between stream frames is documented and configurable (0 = none)', (t) => {
  t.is(resolvePoolOptions({ nodes: ['h'] }).streamIdleTimeout, 75_000);
  t.is(resolvePoolOptions({ nodes: ['h'], streamIdleTimeout: 0 }).streamIdleTimeout, 0);
  t.throws(() => resolvePoolOptions({ nodes: ['h'], streamIdleTimeout: -1 }), { instanceOf: RiakInvalidArgumentError, message: /streamIdleTimeout/ });
});

test('a node that goes silent mid-stream: listKeys fails with RiakTimeoutError, and so does mapReduceAll', async (t) => {
  const peer = await startFakePeer(({ code, socket }) => {
    if (code === 17) socket.write(keyFrame('a')); // then nothing
    if (code === 23) socket.write(frame(24, Buffer.from([0x08, 0x00]))); // MapReduce: one frame of phase 0, then nothing
  });
  t.teardown(() => peer.close());
  const client = new RiakClient({ nodes: [peer.node], streamIdleTimeout: 100 });
  t.teardown(() => client.close());
  const keys: string[] = [];
  const error = await t.throwsAsync(async () => {
    for await (const key of client.listKeys({ bucket: 'b' })) keys.push(key.toString());
  });
  t.true(error instanceof RiakTimeoutError, String(error));
  t.regex(error!.message, /No frame from 127\.0\.0\.1:\d+ for 100 ms while streaming the reply to RpbListKeysReq/);
  t.deepEqual(keys, ['a']);
  const mr = await t.throwsAsync(
    client.mapReduceAll({ inputs: 'b', query: [{ map: { language: 'erlang', module: 'riak_kv_mapreduce', function: 'map_object_value' } }] }),
  );
  t.true(mr instanceof RiakTimeoutError, String(mr));
});

test('the per-call streamIdleTimeout wins over the pool default', async (t) => {
  const peer = await startFakePeer(({ code, socket }) => {
    if (code === 17) socket.write(keyFrame('a'));
  });
  t.teardown(() => peer.close());
  const client = new RiakClient({ nodes: [peer.node], streamIdleTimeout: 0 });
  t.teardown(() => client.close());
  const error = await t.throwsAsync(async () => {
    for await (const _ of client.listKeys({ bucket: 'b', streamIdleTimeout: 50 }));
  });
  t.true(error instanceof RiakTimeoutError, String(error));
  t.is((error as RiakTimeoutError).timeoutMs, 50);
});

test('a consumer slower than the idle deadline is not timed out: the silence is its own', async (t) => {
  // Follows the connection's own timer (its callback is `#onTimer`): the test
  // waits until every such timer armed so far has fired, an event, not a duration.
  const IDLE = 200;
  let armed = 0;
  let fired = 0;
  const realSetTimeout = globalThis.setTimeout;
  const realClearTimeout = globalThis.clearTimeout;
  const connectionTimers = new Set<unknown>();
  globalThis.setTimeout = ((callback: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
    if (callback.name !== '#onTimer') return realSetTimeout(callback, ms, ...args);
    armed++;
    const handle = realSetTimeout(() => {
      connectionTimers.delete(handle);
      fired++;
      callback(...args);
    }, ms);
    connectionTimers.add(handle);
    return handle;
  }) as typeof setTimeout;
  globalThis.clearTimeout = ((handle: NodeJS.Timeout | undefined) => {
    if (connectionTimers.delete(handle)) armed--;
    realClearTimeout(handle);
  }) as typeof clearTimeout;
  t.teardown(() => {
    globalThis.setTimeout = realSetTimeout;
    globalThis.clearTimeout = realClearTimeout;
  });
  const finish = gate();
  const peer = await startFakePeer(({ code, socket }) => {
    if (code !== 17) return;
    // Enough frames to fill the stream's buffer and pause the socket; `done` once the test says so.
    socket.write(Buffer.concat(Array.from({ length: 300 }, (_, i) => keyFrame(`k${i}`))));
    void finish.promise.then(() => socket.write(DONE));
  });
  t.teardown(() => peer.close());
  const client = new RiakClient({ nodes: [peer.node], streamIdleTimeout: IDLE });
  t.teardown(() => client.close());
  let seen = 0;
  for await (const _ of client.listKeys({ bucket: 'b' })) {
    seen++;
    if (seen === 1) {
      // `done` is sent while the socket is paused: it waits, unread, until the consumer catches up.
      finish.release();
      // The consumer lags past the idle deadline: the connection's timer fires
      // while the socket is paused (and any it re-arms for the deadline fire too).
      await until(() => fired > 0 && fired === armed, 'the idle deadline to pass while the consumer lags');
    }
  }
  t.is(seen, 300);
});
