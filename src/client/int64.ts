/**
 * The old home of the int64 and value-description helpers, now in
 * `src/common/`: kept for `mapreduce-job.ts` (and tests) until they import
 * from there.
 */
export { describe } from '../common/describe.js';
export { int64Input, int64ToNumber } from '../common/int64.js';
