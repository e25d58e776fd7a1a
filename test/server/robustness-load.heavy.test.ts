import test from 'ava';
import { MessageCode } from '../../src/codec/message-codes.js';
import { frameOf, RawConnection, withServer } from '../helpers/server-harness.js';
import { until } from '../helpers/wait.js';

// The dev server under many connections (the heavy tier, `npm run test:heavy`); its
// answers to malformed and hostile input: robustness.test.ts.

const ping = frameOf(MessageCode.RpbPingReq);

test('thousands of connections at once', async (t) => {
  const { server, client } = await withServer(t);
  const count = 2000;
  // Opened 250 at a time, each batch accepted by the server before the next
  // (the listen backlog is 511): on a busy machine a batch can connect before
  // the server's accept loop runs, and an overflowing accept queue drops
  // connections the client already counts as open.
  const conns: RawConnection[] = [];
  t.teardown(() => {
    for (const c of conns) c.close();
  });
  while (conns.length < count) {
    conns.push(...(await Promise.all(Array.from({ length: 250 }, () => RawConnection.open(server)))));
    await until(() => server.connectionCount() >= conns.length, `the server to accept ${conns.length} connections`);
  }
  for (const c of conns) c.send(ping);
  // One wait for them all: a wait per connection would poll 2000 times every few milliseconds.
  await until(
    () => conns.every((c) => c.frames.length > 0 || c.closed),
    () => `an answer on every connection (${conns.filter((c) => c.frames.length > 0).length} of ${count})`,
  );
  const unanswered = conns.filter((c) => c.frames[0]?.code !== MessageCode.RpbPingResp);
  t.is(unanswered.length, 0, `${unanswered.length} of ${count} unanswered (${unanswered.filter((c) => c.closed).length} closed)`);
  await t.notThrowsAsync(client.ping());
});
