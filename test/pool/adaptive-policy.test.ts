import test, { type ExecutionContext } from 'ava';
import fc from 'fast-check';
import {
  GROW_GAIN,
  GROW_TRIES,
  initialSizing,
  MAX_WAIT,
  MIN_WAIT,
  nextSizing,
  PROVEN_RETEST,
  QUEUEING_DEPTH,
  clientBound,
  type SizingLimits,
  type SizingState,
  type SizingWindow,
} from '../../src/pool/adaptive-policy.js';

// The adaptive pool's policy is a pure function of observation windows: these
// tests feed it windows (from simple server models, or arbitrary ones) and
// check its decisions. No clock, no sockets.

/**
 * A window at `connections` connections with `outstanding` requests on the
 * node and this mean latency; replies arrive one per socket read (as from a
 * server that serves each connection's requests one after another and sends
 * each reply), the client busy 10 µs per reply.
 */
const win = (connections: number, outstanding: number, latencyMs: number, replies = 1000): SizingWindow => ({
  replies,
  latencyMs,
  depth: outstanding / connections,
  connections,
  repliesPerRead: 1,
  clientMsPerReply: 0.01,
});

/**
 * The same model's windows with each connection's replies read together, and
 * the client's own work per reply as long as what each request ahead adds to
 * the wait: the client is the limit, as against a server that answers at once.
 */
const clientLimited =
  (model: (n: number) => SizingWindow) =>
  (n: number): SizingWindow => {
    const w = model(n);
    return { ...w, repliesPerRead: w.depth, clientMsPerReply: w.latencyMs / w.depth };
  };

/** The same model's windows with each connection's replies read together (Riak buffers small replies until it has served what it read). */
const batchedByServer =
  (model: (n: number) => SizingWindow) =>
  (n: number): SizingWindow => ({ ...model(n), repliesPerRead: model(n).depth });

/**
 * A node serving each connection serially in `serviceMs`, with `cores` of
 * them; `callers` each keep one request outstanding (closed loop): the
 * throughput is min(n, cores) / serviceMs, the latency follows (Little).
 */
const serialServer =
  (cores: number, callers: number, serviceMs = 0.32) =>
  (n: number): SizingWindow => {
    const throughput = Math.min(n, cores) / serviceMs;
    return win(n, callers, callers / throughput);
  };

/** A server that answers pipelined requests at once: the round trip dominates, each connection costs the client a little. */
const instantServer =
  (callers: number, rttMs = 0.1) =>
  (n: number): SizingWindow =>
    win(n, callers, rttMs * (1 + 0.05 * (n - 1)));

/** Runs the policy for `windows` windows against a model; returns every state. */
function run(model: (n: number) => SizingWindow, limits: SizingLimits, windows: number, start = initialSizing(limits)): SizingState[] {
  const states = [start];
  let state = start;
  for (let i = 0; i < windows; i++) {
    state = nextSizing(state, model(state.target), limits);
    states.push(state);
  }
  return states;
}

/** The windows at which a trial in `direction` (from `from`, when given) started. */
function trialStarts(states: SizingState[], direction: 'grow' | 'shrink', from?: number): number[] {
  return states.flatMap((s, i) =>
    i > 0 && s.phase === 'trying' && states[i - 1].phase !== 'trying' && s.trial?.direction === direction && (from === undefined || s.trial.from === from)
      ? [i]
      : [],
  );
}

/** The target the policy spends most windows at. */
function usual(states: SizingState[]): number {
  const counts = new Map<number, number>();
  for (const s of states) counts.set(s.target, (counts.get(s.target) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0][0];
}

test('a server that serves each connection serially: connections grow to its cores, not beyond', (t) => {
  const limits = { min: 1, max: 8 };
  // Two cores: 1 -> 2 halves latency (kept), 2 -> 4 changes nothing (undone).
  const two = run(serialServer(2, 64), limits, 400);
  t.is(usual(two), 2);
  t.true(two.slice(20).every((s) => s.target >= 1 && s.target <= 4));
  t.is(two.slice(20).filter((s) => s.target === 2).length / two.slice(20).length > 0.85, true, 'trials away from 2 are rare');
  // Eight cores: every doubling pays, up to maxConnections.
  t.is(usual(run(serialServer(8, 256), limits, 400)), 8);
  // Three cores: 4 connections beat 2 clearly (latency x 2/3), 8 do not.
  t.is(usual(run(serialServer(3, 64), limits, 400)), 4);
});

test('a server that answers pipelined requests at once: one connection, pipelined deeper', (t) => {
  const limits = { min: 1, max: 8 };
  const states = run(instantServer(64), limits, 400);
  t.is(usual(states), 1);
  // Trials back off: after the first failures they are at most one window in MIN_WAIT, then rarer.
  const trials = states.filter((s) => s.phase !== 'steady').length;
  t.true(trials < 400 / MIN_WAIT, `${trials} windows in a trial`);
});

test('a wait the client work explains: no growth is tried, even where latency would reward it; shrinking still is', (t) => {
  const limits = { min: 1, max: 8 };
  // Latency would halve at 2 connections, but the replies come together and the client's work per reply explains the wait: no grow trial.
  const states = run(clientLimited(serialServer(2, 64)), limits, 400);
  t.true(
    states.every((s) => s.target === 1 && s.trial === undefined),
    'no trial from 1',
  );
  // From 8 connections (grown earlier) against a server that answers at once: halvings are tried and kept.
  const shrinking = run(clientLimited(instantServer(64)), limits, 400, { ...initialSizing(limits), target: 8 });
  t.is(shrinking.at(-1)?.target, 1);
  t.true(shrinking.every((s) => s.trial === undefined || s.trial.direction === 'shrink'));
  // Once replies come apart again, growth is tried and kept where it pays.
  t.is(usual(run(serialServer(2, 64), limits, 400, states.at(-1))), 2);
  // Replies batched by a server that queued them (Riak's small replies), the client's work far below the wait: growth pays and is kept.
  t.is(usual(run(batchedByServer(serialServer(2, 64)), limits, 400)), 2);
});

test('a count kept because it beat half as many is halved again only after PROVEN_RETEST loaded windows while demand holds, at once when demand falls', (t) => {
  const limits = { min: 1, max: 8 };
  const windows = 3 * PROVEN_RETEST;
  const states = run(serialServer(2, 64), limits, windows);
  const shrinks = trialStarts(states, 'shrink');
  t.true(shrinks.length > 0, 'a halving is still tried from time to time');
  // Each halving of the proven count waited PROVEN_RETEST windows of load (each runs windows at the latency shown to be worse).
  for (const i of shrinks) t.true(states[i - 1].sinceRetest >= PROVEN_RETEST - 1, `halving tried at window ${i} after ${states[i - 1].sinceRetest}`);
  // Windows at half the count (twice the latency) stay under 1% once settled: they do not make the p99.
  const settledFrom = 50;
  const halved = states.slice(settledFrom).filter((s) => s.target < 2).length;
  t.true(halved / (states.length - settledFrom) < 0.01, `${halved} of ${states.length - settledFrom} windows at 1 connection`);
  // Demand falls to a quarter: a halving is tried at once.
  const settled = states.at(-1) as SizingState;
  t.true(settled.proven && settled.target === 2);
  const fewer = run(serialServer(2, 16), limits, 4, settled);
  t.true(
    fewer.some((s) => s.trial?.direction === 'shrink'),
    JSON.stringify(fewer.map((s) => [s.phase, s.target])),
  );
});

test('latency falling as the JIT warms up is not credited to more connections', (t) => {
  const limits = { min: 1, max: 8 };
  // An instant server whose client is 11x slower at first, 30% faster each window.
  let state = initialSizing(limits);
  const targets: number[] = [];
  for (let i = 0; i < 400; i++) {
    const warm = 1 + 10 * 0.7 ** i;
    const w = instantServer(64)(state.target);
    state = nextSizing(state, { ...w, latencyMs: w.latencyMs * warm }, limits);
    targets.push(state.target);
  }
  t.true(
    targets.every((n) => n <= 2),
    `targets reached ${Math.max(...targets)}`,
  );
  t.is(usual([state, ...targets.map((target) => ({ ...state, target }))]), 1);
});

test('no growth while requests do not queue behind each other', (t) => {
  const limits = { min: 1, max: 8 };
  // Depth below QUEUEING_DEPTH on every connection, whatever the latency does.
  let state = initialSizing(limits);
  for (let i = 0; i < 200; i++) {
    state = nextSizing(state, win(state.target, state.target * (QUEUEING_DEPTH - 0.5), 1 / (i + 1)), limits);
    t.is(state.target, 1);
  }
});

test('a light load gives connections back, down to minConnections', (t) => {
  const limits = { min: 2, max: 8 };
  // Start at 8 (grown under an earlier burst); the node is now nearly idle and latency does not depend on the count.
  let state: SizingState = { ...initialSizing(limits), target: 8 };
  for (let i = 0; i < 200; i++) state = nextSizing(state, win(state.target, 1, 0.4), limits);
  t.is(state.target, 2);
});

test('a trial starts from a stable window; a growth is kept only when it beats the count before, measured before and after (A/B/A)', (t) => {
  const limits = { min: 1, max: 8 };
  // The first window has nothing to compare with; a second 30% off the first is drift (a JIT warming up): no trial.
  const first = nextSizing(initialSizing(limits), win(1, 64, 20), limits);
  t.is(first.phase, 'steady');
  const drifting = nextSizing(first, win(1, 64, 14), limits);
  t.is(drifting.phase, 'steady');
  t.is(drifting.target, 1);
  // Within STABLE of the one before: the doubling is tried, measured against this window.
  const start = nextSizing(drifting, win(1, 64, 13), limits);
  t.is(start.phase, 'trying');
  t.is(start.target, 2);
  t.is(start.trial?.fromLatencyMs, 13);
  // The window right after a change is skipped: it carries requests queued before it.
  const skipped = nextSizing(start, win(2, 64, 1), limits);
  t.is(skipped.target, 2);
  t.is(skipped.phase, 'trying');
  // Not enough: back to 1, the next trial the other way.
  const small = nextSizing(skipped, win(2, 64, 13 * (1 - GROW_GAIN) + 0.5), limits);
  t.deepEqual([small.target, small.phase, small.nextTrial], [1, 'steady', 'shrink']);
  // Enough, but the second connection never opened (connections = 1): back to 1 as well.
  t.is(nextSizing(skipped, win(1, 64, 5), limits).target, 1);
  // Enough and open: back to 1 to measure it again (skipping a window).
  const confirming = nextSizing(skipped, win(2, 64, 7), limits);
  t.deepEqual([confirming.target, confirming.phase, confirming.trial?.toLatencyMs], [1, 'confirming', 7]);
  const measuring = nextSizing(confirming, win(1, 64, 1), limits);
  t.is(measuring.phase, 'confirming');
  // Latency at 1 has fallen to 7.5 meanwhile: 7 at 2 was drift, not the second connection. Stay at 1.
  const drift = nextSizing(measuring, win(1, 64, 7.5), limits);
  t.deepEqual([drift.target, drift.phase, drift.nextTrial], [1, 'steady', 'shrink']);
  // Still 13 at 1: 2 is kept, measured again before the next doubling.
  const kept = nextSizing(measuring, win(1, 64, 13), limits);
  t.deepEqual([kept.target, kept.phase, kept.nextTrial, kept.skip], [2, 'steady', 'grow', 1]);
  let next = nextSizing(kept, win(2, 64, 1), limits); // skipped
  next = nextSizing(next, win(2, 64, 7), limits); // no window before it at 2
  next = nextSizing(next, win(2, 64, 7.2), limits);
  t.deepEqual([next.phase, next.target, next.trial?.from], ['trying', 4, 2]);
});

test('failed trials back off, doubling up to MAX_WAIT; a change of demand tries again at once', (t) => {
  const limits = { min: 1, max: 8 };
  // Four connections, not proven, against four cores: half as many is worse and twice as many no better, so every trial fails.
  const model = serialServer(4, 64);
  let state: SizingState = { ...initialSizing(limits), target: 4 };
  const waits: number[] = [];
  for (let i = 0; i < 400; i++) {
    const before = state;
    state = nextSizing(state, model(state.target), limits);
    if (before.phase === 'trying' && state.phase === 'steady') waits.push(state.wait);
  }
  t.true(waits.length > 3);
  t.deepEqual(
    waits.slice(0, 4),
    [MIN_WAIT * 2, MIN_WAIT * 4, MIN_WAIT * 8, MIN_WAIT * 16].map((w) => Math.min(MAX_WAIT, w)),
  );
  t.true(waits.every((w) => w <= MAX_WAIT));
  t.is(waits.at(-1), MAX_WAIT);
  // Long backoff now, and growth failed GROW_TRIES times; 4x the outstanding requests is a new situation: a growth starts at the next window.
  while (state.skip > 0 || state.phase !== 'steady') state = nextSizing(state, model(state.target), limits);
  t.true(state.wait > 1);
  t.true(state.failedGrowths >= GROW_TRIES);
  // (two windows: the first at the new demand is not stable against the one before)
  const moved = nextSizing(nextSizing(state, win(state.target, 256, 0.4), limits), win(state.target, 256, 0.4), limits);
  t.deepEqual([moved.phase, moved.trial?.direction], ['trying', 'grow']);
});

/**
 * The windows at which growth from `from` was tried: the first `early` within
 * the first 100 windows (the backoff's pace), each later one only after
 * PROVEN_RETEST windows of load since the one before.
 */
function growthsSettle(t: ExecutionContext, states: SizingState[], from: number, early: number): void {
  const growths = trialStarts(states, 'grow', from);
  t.true(growths.length > early, `${growths.length} growths from ${from}`);
  t.true(growths[early - 1] < 100, `growth ${early} at window ${growths[early - 1]}`);
  for (const i of growths.slice(early))
    t.true(states[i - 1].sinceGrowth >= PROVEN_RETEST - 1, `growth tried at window ${i} after ${states[i - 1].sinceGrowth}`);
  t.true(growths.length <= early + states.length / PROVEN_RETEST, `${growths.length} growths in ${states.length} windows`);
}

test('a count that twice as many failed to beat GROW_TRIES times is doubled again only after PROVEN_RETEST loaded windows while demand holds, at once when it moves', (t) => {
  const limits = { min: 1, max: 8 };
  // Two cores: 2 connections beat 1 (proven), 4 measure the latency of 2.
  const states = run(serialServer(2, 64), limits, 3 * PROVEN_RETEST);
  growthsSettle(t, states, 2, GROW_TRIES);
  // Nothing else is tried meanwhile (2 is proven too): once settled, the windows away from 2 stay under 1%.
  const settledFrom = 100;
  const away = states.slice(settledFrom).filter((s) => s.target !== 2).length;
  t.true(away / (states.length - settledFrom) < 0.01, `${away} of ${states.length - settledFrom} windows away from 2 connections`);
  // Demand doubles: a growth is tried at once (within the two windows a new latency needs to be stable).
  const settled = states.at(-1) as SizingState;
  const more = run(serialServer(2, 256), limits, 3, settled);
  t.true(
    more.some((s) => s.trial?.direction === 'grow'),
    JSON.stringify(more.map((s) => [s.phase, s.target, s.failedGrowths, s.wait])),
  );
});

test('a growth that failed once (a pause in its window?) is tried again at the backoff pace', (t) => {
  const limits = { min: 1, max: 8 };
  // Against two cores, the first growth from 1 measures no better (a busy machine): it is tried again soon, kept then.
  // (The first two windows at 2: the one skipped after the change, and the one measured.)
  let paused = 2;
  const pausedOnce = (n: number): SizingWindow => {
    const w = serialServer(2, 64)(n);
    if (n !== 2 || paused === 0) return w;
    paused--;
    return { ...w, latencyMs: serialServer(2, 64)(1).latencyMs };
  };
  const states = run(pausedOnce, limits, 100);
  t.is(paused, 0);
  const growths = trialStarts(states, 'grow', 1);
  t.true(growths.length >= 2 && growths[1] < 50, `growths from 1 at windows ${growths.join(', ')}`);
  t.is(usual(states), 2);
});
test('pinned connection counts (min = max) never move', (t) => {
  for (const n of [1, 3, 8]) {
    const limits = { min: n, max: n };
    const states = run(serialServer(8, 256), limits, 100);
    t.true(states.every((s) => s.target === n));
  }
});

test('limits that shrink under a trial pull the target back at once', (t) => {
  const limits = { min: 1, max: 8 };
  const state = nextSizing(nextSizing(initialSizing(limits), win(1, 64, 20), limits), win(1, 64, 20), limits);
  t.is(state.target, 2);
  const capped = nextSizing(state, win(1, 64, 20), { min: 1, max: 1 });
  t.is(capped.target, 1);
  t.is(capped.phase, 'steady');
});

const windowArb = fc.record({
  replies: fc.nat({ max: 10_000 }),
  latencyMs: fc.double({ min: 0, max: 1e4, noNaN: true }),
  depth: fc.double({ min: 0, max: 1e3, noNaN: true }),
  connections: fc.integer({ min: 0, max: 64 }),
  repliesPerRead: fc.double({ min: 1, max: 1e3, noNaN: true }),
  clientMsPerReply: fc.double({ min: 0, max: 10, noNaN: true }),
});
const limitsArb = fc.tuple(fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 64 })).map(([a, b]) => ({ min: Math.min(a, b), max: Math.max(a, b) }));

test('property: the target stays within limits, moves by at most 2x per window, and decisions are deterministic', (t) => {
  fc.assert(
    fc.property(limitsArb, fc.array(fc.tuple(windowArb, fc.boolean()), { maxLength: 200 }), (limits, steps) => {
      const low = Math.max(1, limits.min);
      let state = initialSizing(limits);
      let again = initialSizing(limits);
      for (const [window, pinned] of steps) {
        // Sometimes the node is at its limit for a window (no more may open).
        const current = pinned ? { min: limits.min, max: Math.max(low, Math.min(limits.max, state.target)) } : limits;
        const next = nextSizing(state, window, current);
        again = nextSizing(again, window, current);
        if (next.target < Math.max(1, current.min) || next.target > Math.max(Math.max(1, current.min), current.max)) return false;
        const clamped = Math.min(Math.max(low, current.max), Math.max(low, state.target));
        if (next.target > clamped * 2 || next.target * 2 < clamped - 1) return false;
        if (next.wait > MAX_WAIT || next.backoff > MAX_WAIT || next.skip > 1) return false;
        if (JSON.stringify(next) !== JSON.stringify(again)) return false;
        state = next;
      }
      return true;
    }),
    { numRuns: 500 },
  );
  t.pass();
});

test('property: without queueing (depth < QUEUEING_DEPTH) the target never grows', (t) => {
  fc.assert(
    fc.property(
      limitsArb,
      fc.array(
        windowArb.map((w) => ({ ...w, depth: Math.min(w.depth, QUEUEING_DEPTH - 0.01) })),
        { maxLength: 200 },
      ),
      (limits, windows) => {
        let state = initialSizing(limits);
        for (const window of windows) {
          const next = nextSizing(state, window, limits);
          if (next.target > state.target) return false;
          state = next;
        }
        return true;
      },
    ),
  );
  t.pass();
});

test('property: a window whose wait the client work explains never starts a growth', (t) => {
  // Windows that queue, at the connections the policy asked for, with latencies often stable enough for a trial.
  const queueingArb = fc.record({
    latencyMs: fc.constantFrom(1, 1.05, 0.5, 2),
    depth: fc.double({ min: QUEUEING_DEPTH, max: 100, noNaN: true }),
    repliesPerRead: fc.double({ min: 1, max: 100, noNaN: true }),
    clientMsPerReply: fc.constantFrom(0.001, 0.01, 0.1, 1),
  });
  fc.assert(
    fc.property(limitsArb, fc.array(queueingArb, { maxLength: 300 }), (limits, windows) => {
      let state = initialSizing(limits);
      for (const { latencyMs, depth, repliesPerRead, clientMsPerReply } of windows) {
        const window: SizingWindow = { replies: 1000, latencyMs, depth, connections: state.target, repliesPerRead, clientMsPerReply };
        const next = nextSizing(state, window, limits);
        const started = next.phase === 'trying' && state.phase !== 'trying';
        if (started && next.trial?.direction === 'grow' && clientBound(window)) return false;
        state = next;
      }
      return true;
    }),
    { numRuns: 500 },
  );
  t.pass();
});
