import { performance } from 'node:perf_hooks';

/*
 * The start time of a request (its deadline and its latency count from it)
 * is a `performance.now()` reading, which costs about as much as placing
 * the request. Requests made in one burst (one synchronous run and the
 * promise callbacks queued by then: replies handled in one socket read and
 * the requests their callers make next) share one reading. They leave in
 * the same write, so their deadlines and latencies stay correct to within
 * the burst's own run time: a request made later in the burst starts that
 * much earlier than its own call, and can only time out that much sooner.
 */

const UNREAD = -1;
let reading = UNREAD;

function forget(): void {
  reading = UNREAD;
}

/** `performance.now()`, read once per burst of synchronous work (see above). */
export function burstNow(): number {
  if (reading === UNREAD) {
    reading = performance.now();
    // Runs once the callbacks queued so far have run: the next burst reads the clock again.
    queueMicrotask(forget);
  }
  return reading;
}
