import test from 'ava';
import { IdleRoundTrip } from '../../src/connection/idle-round-trip.js';
import { echo, getOp } from '../helpers/connection-peer.js';
import { startSteppedPeer } from '../helpers/stepped-peer.js';
import { until } from '../helpers/wait.js';

// A node's connections share one idle round trip (idle-round-trip.ts): the
// latency of a request written onto an empty pipeline. These tests run two
// connections to a peer that answers only when told, under a clock that
// moves only when told, and read the estimate. Serial: the clock is the
// whole process's.

test.serial('a probe written while another connection of the node is busy lowers the idle round trip, never raises it; one written alone does', async (t) => {
  const stepped = await startSteppedPeer(t);
  const { waiting, advance } = stepped;
  const roundTrip = new IdleRoundTrip();
  const opened = [await stepped.open({ idleRoundTrip: roundTrip }), await stepped.open({ idleRoundTrip: roundTrip })];
  t.is(roundTrip.ms, 1, 'the opening pings, alone, answered after 1 ms');
  const [a, b] = opened.map(({ connection }) => connection);
  /** The peer's side of each connection, in the order they opened. */
  const sides = opened.map(({ side }) => side);
  /** Answers the request waiting on the peer's side of the `index`-th connection, `ms` from now. */
  const answerOn = (index: number, ms: number) => {
    const at = waiting.findIndex((frame) => frame.socket === sides[index]);
    if (at < 0) throw new Error(`nothing waits on connection ${index}`);
    advance(ms);
    echo(waiting.splice(at, 1)[0]);
  };
  /** A request on a, then one on b while a's is unanswered: b's is a probe written while another connection is busy. */
  const bBehindA = async (n: number) => {
    const onA = a.send(getOp(`a${n}`));
    await until(() => waiting.length === 1, "a's request");
    const onB = b.send(getOp(`b${n}`));
    await until(() => waiting.length === 2, "b's request");
    return [onA, onB] as const;
  };

  // a is busy; b's probe waits at the server behind it and comes back late: not the network's round trip.
  const [first, late] = await bBehindA(1);
  answerOn(1, 5);
  await late;
  t.is(roundTrip.ms, 1, 'a shared probe does not raise it');
  // a's probe was written alone: slower, it raises the estimate by a quarter at most.
  answerOn(0, 1);
  await first;
  t.is(roundTrip.ms, 1.25);

  // A faster shared probe still lowers it.
  const [busy, fast] = await bBehindA(2);
  answerOn(1, 0.5);
  await fast;
  t.is(roundTrip.ms, 0.5);
  answerOn(0, 1);
  await busy;
  t.is(roundTrip.ms, 0.625, "a's probe, written alone, took 1.5 ms: raised by a quarter");

  // A connection destroyed with a request in flight is busy no more: b's next probe is alone again.
  const lost = a.send(getOp('a3'));
  await until(() => waiting.length === 1, "a's request");
  a.destroy(undefined);
  await t.throwsAsync(lost);
  const alone = b.send(getOp('b3'));
  await until(() => waiting.some((frame) => frame.socket === sides[1]), "b's request");
  answerOn(1, 5);
  await alone;
  t.is(roundTrip.ms, 0.78125, 'raised by a quarter: written alone');
});
