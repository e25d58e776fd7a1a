import { performance } from 'node:perf_hooks';

/**
 * Microsecond timestamps for register writes. riak_dt_lwwreg stamps with
 * os:timestamp() and drops a write whose stamp is not later than the
 * current one; we never repeat or go back, so two writes in the same
 * microsecond both land in order.
 */
export function microClock(nowMs: () => number = () => performance.timeOrigin + performance.now()): () => number {
  let last = 0;
  return () => {
    const now = Math.floor(nowMs() * 1000);
    last = now > last ? now : last + 1;
    return last;
  };
}
