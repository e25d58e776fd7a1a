import test from 'ava';
import fc from 'fast-check';
import { HOLD_MARGIN, ServerPace } from '../../src/connection/server-pace.js';

// ServerPace decides whether a connection's new requests wait for the next
// write (behind a busy server) or leave at once. Its clock is the caller's:
// these tests give it times, so they hold on a machine of any speed.

/** Feeds `pace` one reply per read, `gap` ms apart, from `start`, with requests still in flight after each. */
function steadyReplies(pace: ServerPace, start: number, gap: number, reads: number): number {
  let now = start;
  for (let i = 0; i < reads; i++) {
    now += gap;
    pace.read(now, 1, true);
  }
  return now;
}

test('nothing is held before an idle round trip and a window of busy replies are measured', (t) => {
  const pace = new ServerPace();
  // Replies a long time apart, but no idle round trip known: no hold.
  steadyReplies(pace, 0, 10, 20);
  t.false(pace.holds(1, 50));
  const measured = new ServerPace();
  measured.idleRoundTrip(1);
  t.false(measured.holds(1, 50), 'no window of replies yet');
  // The first read only starts a window; it closes once 4 idle round trips have passed.
  steadyReplies(measured, 0, 1, 4);
  t.false(measured.holds(1, 50), 'the window is still open');
  steadyReplies(measured, 4, 1, 1);
  t.true(measured.holds(1, 50));
});

test('behind a busy server: new requests wait while the work ahead covers the margin, and not once as many wait as are ahead', (t) => {
  const pace = new ServerPace();
  pace.idleRoundTrip(1);
  steadyReplies(pace, 0, 1, 10); // a reply every ms: the server takes 1 ms a request
  // 2 ahead x 1 ms covers 2 idle round trips of 1 ms; 1 ahead does not.
  t.is(HOLD_MARGIN, 2);
  t.true(pace.holds(1, 2));
  t.false(pace.holds(0, 1));
  t.false(pace.holds(1, 1), 'as many waiting as ahead: they leave');
  t.true(pace.holds(7, 8));
  t.false(pace.holds(8, 8));
  t.false(pace.holds(9, 8));
  // A round trip longer than the work ahead: nothing waits.
  const far = new ServerPace();
  far.idleRoundTrip(5);
  steadyReplies(far, 0, 1, 40);
  t.false(far.holds(1, 9), '9 requests of 1 ms ahead do not cover 2 round trips of 5 ms');
  t.true(far.holds(1, 10));
});

test('an emptied pipeline forgets the pace: nothing waits until a new window is measured', (t) => {
  const pace = new ServerPace();
  pace.idleRoundTrip(1);
  const now = steadyReplies(pace, 0, 1, 10);
  t.true(pace.holds(1, 8));
  pace.read(now + 1, 1, false);
  t.false(pace.holds(1, 8));
  steadyReplies(pace, now + 100, 1, 4);
  t.false(pace.holds(1, 8), 'the new window is still open');
  steadyReplies(pace, now + 104, 1, 1);
  t.true(pace.holds(1, 8));
});

test('a coarse clock that reads an idle round trip of 0 holds only behind replies far enough apart', (t) => {
  const pace = new ServerPace();
  pace.idleRoundTrip(0);
  steadyReplies(pace, 0, 0.001, 10);
  t.false(pace.holds(1, 8), '8 x 1 µs ahead: less than twice the shortest round trip believed');
});

/**
 * A closed loop over one connection, in simulated time (ms): `depth` callers
 * each send a request again as soon as theirs is answered; the server serves
 * the connection's requests one after another (`service` ms each); each
 * direction of the network takes half of `roundTrip`. With `replyBatch` > 1
 * the server buffers its replies as Riak does (riak_api_pb_frame) and sends
 * them when that many are waiting or when it has served every request it
 * received. The client reads each arrival of replies as one socket read and
 * writes at once, or, with `hold`, whatever ServerPace lets leave, as
 * RequestPipeline does. Returns the time the first `replies` replies took
 * and the writes made.
 */
function simulate(o: { roundTrip: number; service: number; depth: number; replyBatch: number; replies: number; hold: boolean }) {
  const pace = new ServerPace();
  const oneWay = o.roundTrip / 2;
  // Requests on their way to the server (arrival times), at the server, and replies on their way back.
  const toServer: { at: number; writtenAt: number; probe: boolean }[] = [];
  const atServer: { writtenAt: number; probe: boolean }[] = [];
  let buffered: { writtenAt: number; probe: boolean }[] = [];
  const toClient: { at: number; batch: { writtenAt: number; probe: boolean }[] }[] = [];
  let serverBusyUntil = Number.POSITIVE_INFINITY; // the request in service finishes then (Infinity: idle)
  let inService: { writtenAt: number; probe: boolean } | undefined;
  let now = 0;
  let inFlight = 0;
  let held = o.depth;
  let writes = 0;
  let answered = 0;

  const write = () => {
    for (let i = 0; i < held; i++) toServer.push({ at: now + oneWay, writtenAt: now, probe: inFlight === 0 && i === 0 });
    inFlight += held;
    held = 0;
    writes++;
  };
  const flush = () => {
    if (held > 0 && !(o.hold && pace.holds(held, inFlight))) write();
  };
  const startService = () => {
    if (inService === undefined && atServer.length > 0) {
      inService = atServer.shift();
      serverBusyUntil = now + o.service;
    }
  };
  flush();
  while (answered < o.replies) {
    // The next event: a request reaching the server, a service ending, or replies reaching the client.
    now = Math.min(toServer[0]?.at ?? Number.POSITIVE_INFINITY, serverBusyUntil, toClient[0]?.at ?? Number.POSITIVE_INFINITY);
    while (toServer.length > 0 && toServer[0].at <= now) atServer.push(toServer.shift() as (typeof atServer)[0]);
    if (serverBusyUntil <= now && inService !== undefined) {
      buffered.push(inService);
      inService = undefined;
      serverBusyUntil = Number.POSITIVE_INFINITY;
      if (buffered.length >= o.replyBatch || atServer.length === 0) {
        toClient.push({ at: now + oneWay, batch: buffered });
        buffered = [];
      }
    }
    startService();
    if (toClient.length > 0 && toClient[0].at <= now) {
      const { batch } = toClient.shift() as (typeof toClient)[0];
      inFlight -= batch.length;
      for (const reply of batch) if (reply.probe) pace.idleRoundTrip(now - reply.writtenAt);
      pace.read(now, batch.length, inFlight > 0);
      answered += batch.length;
      held += batch.length; // each caller sends again
      flush();
    }
  }
  return { elapsed: now, writes };
}

test('property: in a simulated closed loop (any round trip, service time, depth, reply batching) holding costs no throughput', (t) => {
  let saved = 0;
  fc.assert(
    fc.property(
      fc.double({ min: 0.01, max: 20, noNaN: true }),
      fc.double({ min: 0.005, max: 5, noNaN: true }),
      fc.integer({ min: 1, max: 96 }),
      fc.constantFrom(1, 1, 5, 32),
      (roundTrip, service, depth, replyBatch) => {
        const run = (hold: boolean) => simulate({ roundTrip, service, depth, replyBatch, replies: 40 * depth + 400, hold });
        const at = run(false);
        const held = run(true);
        if (held.writes < at.writes) saved++;
        // The same replies in no more time (floating-point rounding aside).
        return held.elapsed <= at.elapsed * (1 + 1e-9);
      },
    ),
    { numRuns: 300 },
  );
  t.true(saved > 0, 'some runs saved writes');
});

test('a server-bound pipeline deeper than the round trip needs writes a fraction as often, at the same throughput', (t) => {
  // Riak on a LAN: 0.2 ms round trip, 0.76 ms a request on this connection, 16 in flight.
  const o = { roundTrip: 0.2, service: 0.76, depth: 16, replyBatch: 1, replies: 20_000 };
  const at = simulate({ ...o, hold: false });
  const held = simulate({ ...o, hold: true });
  t.true(held.elapsed <= at.elapsed * 1.001, `${held.elapsed} ms against ${at.elapsed}`);
  t.true(held.writes * 6 < at.writes, `${held.writes} writes against ${at.writes}`);
});

test('a distant server (the round trip dominates) gets every request at once, as without holding', (t) => {
  const o = { roundTrip: 10, service: 0.1, depth: 16, replyBatch: 1, replies: 5_000 };
  const at = simulate({ ...o, hold: false });
  const held = simulate({ ...o, hold: true });
  t.is(held.writes, at.writes);
  t.is(held.elapsed, at.elapsed);
});
