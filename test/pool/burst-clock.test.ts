import { performance } from 'node:perf_hooks';
import test from 'ava';
import { burstNow } from '../../src/pool/burst-clock.js';

// Serial: the clock's burst is shared by the whole process.

/** Spins until the clock has moved past `t` (an observed state, not a sleep). */
function clockPast(t: number): void {
  while (performance.now() <= t) {
    // spin
  }
}

test.serial('calls in one synchronous run share one clock reading; the next burst reads the clock again', async (t) => {
  const first = burstNow();
  t.true(first <= performance.now());
  clockPast(first);
  t.is(burstNow(), first, 'same burst: same reading, though the clock moved');
  await null;
  const next = burstNow();
  t.true(next > first, 'a new burst reads the clock again');
  t.true(next <= performance.now());
});

test.serial('promise callbacks queued before the first reading belong to its burst; those queued after do not', async (t) => {
  let queuedBefore: number | undefined;
  queueMicrotask(() => {
    queuedBefore = burstNow();
  });
  const first = burstNow();
  clockPast(first);
  let queuedAfter: number | undefined;
  queueMicrotask(() => {
    queuedAfter = burstNow();
  });
  await null;
  t.is(queuedBefore, first);
  t.true(queuedAfter !== undefined && queuedAfter > first);
});
