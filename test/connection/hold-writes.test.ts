import test, { type ExecutionContext } from 'ava';
import type { Connection } from '../../src/connection/connection.js';
import { RiakTimeoutError } from '../../src/errors.js';
import type { FakePeer, PeerFrame } from '../helpers/fake-peer.js';
import { echo, getOp, keyOf, recordWrites } from '../helpers/connection-peer.js';
import { startSteppedPeer } from '../helpers/stepped-peer.js';
import { until } from '../helpers/wait.js';

// Behind a busy server, a connection's new requests wait and leave together
// once they are as many as the requests still ahead of them (server-pace.ts).
// The pace is read from the clock: these tests move `performance.now()`
// themselves and answer one request at a time, so a busy server is what the
// connection sees whatever the machine's speed. Serial: the clock is the
// whole process's.

/** Every get frame here has a 4-character key, so every frame has as many bytes as the first one written. */
const framesIn = (writes: Buffer[]) => writes.map((chunk) => chunk.length / writes[0].length);
const key = (n: number) => `k${String(n).padStart(3, '0')}`;

interface Setup {
  peer: FakePeer;
  connection: Connection;
  /** Every chunk the connection wrote since it opened. */
  writes: Buffer[];
  /** Answers the oldest unanswered request, `ms` after the previous answer. */
  answer(ms?: number): void;
  unanswered(): number;
  advance(ms: number): void;
}

/**
 * A peer that answers only when told, a connection to it, and a clock that
 * moves only when told, from before the connection's opening ping (answered
 * after 1 ms: the first idle round trip the connection measures).
 */
async function setUp(t: ExecutionContext): Promise<Setup> {
  const stepped = await startSteppedPeer(t);
  const { peer, waiting, advance } = stepped;
  const { connection } = await stepped.open();
  return {
    peer,
    connection,
    writes: recordWrites(connection),
    answer: (ms = 1) => {
      advance(ms);
      echo(waiting.shift() as PeerFrame);
    },
    unanswered: () => waiting.length,
    advance,
  };
}

/** The gets the peer received after the lone one (the opening ping and the lone request left out). */
const callersGets = (peer: FakePeer) => peer.received.filter((frame) => frame.code === 9).slice(1);

/**
 * Brings the connection to a measured busy server: one request alone
 * answered after 1 ms (the idle round trip), then `depth` callers that each
 * send again when answered, their replies 1 ms apart, until the pace's
 * first window closes. Returns how many replies the callers got so far.
 */
async function busyServer(s: Setup, depth: number, total: number) {
  await until(() => s.peer.sockets.size === 1, 'the peer to accept the connection');
  const alone = s.connection.send(getOp('idle'));
  await until(() => s.unanswered() === 1, 'the lone request');
  s.answer(1);
  await alone;
  let sent = 0;
  let answered = 0;
  const mismatched: string[] = [];
  const caller = async () => {
    while (sent < total) {
      const k = key(sent++);
      const reply = await s.connection.send(getOp(k));
      if (String(reply.vclock) !== k) mismatched.push(`${k}: ${String(reply.vclock)}`);
      answered++;
    }
  };
  const callers = Promise.all(Array.from({ length: depth }, caller));
  // Awaited by the test; a test failing before that must not add an unhandled rejection at teardown.
  callers.catch(() => undefined);
  await until(() => s.unanswered() === depth, 'the first burst');
  const replyAndWait = async () => {
    await until(() => s.unanswered() > 0, 'a request to answer');
    const before = answered;
    s.answer(1);
    await until(() => answered === before + 1, 'the reply to be read');
    // The flush its caller's next request scheduled runs before any poll sees `answered` (nextTick, then this await).
  };
  /** Answers `n` requests, one at a time, each read before the next. */
  const replies = async (n: number) => {
    for (let i = 0; i < n; i++) await replyAndWait();
  };
  /** Answers every request left, until each caller has made its last call and got its reply. */
  const finish = async () => {
    while (answered < total) await replyAndWait();
    await callers;
  };
  /** finish(), then: each caller got its own reply, and every request reached the peer once, in order. */
  const finishInOrder = async (t: ExecutionContext) => {
    await finish();
    t.deepEqual(mismatched, []);
    t.deepEqual(
      callersGets(s.peer).map(keyOf),
      Array.from({ length: total }, (_, i) => key(i)),
    );
  };
  return { replies, finish, finishInOrder, sent: () => sent, mismatched };
}

test.serial('behind a busy server, new requests wait and leave in one write once as many as are ahead; each caller gets its own reply', async (t) => {
  const s = await setUp(t);
  const { writes } = s;
  const loop = await busyServer(s, 16, 200);
  const framesPerWrite = () => framesIn(writes);
  // The window of 4 idle round trips closes with the 5th reply; until then each request leaves at once.
  await loop.replies(5);
  // The lone request, the burst, then one write per reply: the 5th reply's request waits.
  t.deepEqual(framesPerWrite(), [1, 16, 1, 1, 1, 1]);
  const before = writes.length;
  // 15 ahead, 1 waiting ... 8 ahead, 8 waiting: the 12th reply sends 8 in one write.
  await loop.replies(6);
  t.is(writes.length, before, 'nothing written while fewer wait than are ahead');
  await loop.replies(1);
  t.deepEqual(framesPerWrite().slice(before), [8]);
  await until(() => s.unanswered() === 16, 'the 8 held requests to reach the peer');
  // Steady: every 8 replies, one write of 8.
  await loop.replies(16);
  t.deepEqual(framesPerWrite().slice(before), [8, 8, 8]);
  // The rest, answered as they come: every request reaches the peer once, in order, and its caller gets its own reply.
  await loop.finishInOrder(t);
  t.is(s.connection.inFlight, 0);
});

test.serial('held requests leave as the requests ahead are answered, with no new calls to flush them', async (t) => {
  const s = await setUp(t);
  const { writes } = s;
  // 16 callers, 24 requests: the 8th reply's caller makes the last call; the 5th to 8th wait behind 12.
  const loop = await busyServer(s, 16, 24);
  await loop.replies(8);
  t.is(loop.sent(), 24);
  const before = writes.length;
  // 4 waiting: they leave once 4 are ahead, at the 16th reply, in one write.
  await loop.replies(7);
  t.is(writes.length, before);
  await loop.replies(1);
  t.deepEqual(framesIn(writes).slice(before), [4]);
  await loop.finishInOrder(t);
});

test.serial('a held request whose deadline passes fails as never sent, and never reaches the server', async (t) => {
  const s = await setUp(t);
  const { writes } = s;
  // 16 callers, 16 requests: nobody sends again; after 5 replies the pace is measured, 11 ahead.
  const loop = await busyServer(s, 16, 16);
  await loop.replies(5);
  const before = writes.length;
  const late = s.connection.send(getOp('late'), { requestTimeout: 5 });
  // Its flush (a nextTick) comes and goes without writing it; then its 5 ms pass on the clock.
  await new Promise((resolve) => setImmediate(resolve));
  t.is(writes.length, before, 'held, not written');
  s.advance(10);
  const error = await t.throwsAsync(late, { instanceOf: RiakTimeoutError });
  t.false((error as RiakTimeoutError & { outcomeUnknown?: boolean }).outcomeUnknown, 'known not applied: it was never written');
  await loop.finish();
  t.is(writes.length, before, 'never written');
  t.false(callersGets(s.peer).map(keyOf).includes('late'));
});

test.serial('a graceful close waits for the held requests: they are written and answered', async (t) => {
  const s = await setUp(t);
  const { writes } = s;
  // 16 callers, 40 requests: the 24th reply's caller makes the last call; 4 wait then, behind 12.
  const loop = await busyServer(s, 16, 40);
  await loop.replies(24);
  t.is(loop.sent(), 40);
  const before = writes.length;
  const closed = s.connection.close(30_000);
  await loop.finish();
  await closed;
  t.deepEqual(loop.mismatched, []);
  t.deepEqual(framesIn(writes).slice(before), [4], 'the 4 held requests left in one write during the close');
  t.is(callersGets(s.peer).length, 40);
});
