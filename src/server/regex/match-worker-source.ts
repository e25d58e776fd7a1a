/**
 * The body of a regex worker thread, as source text: it runs under
 * `new Worker(source, { eval: true })`, so it works the same from the
 * TypeScript sources (tsx) and from the built package, with no file to find.
 *
 * Protocol, one task at a time:
 *   main → worker  { source, flags, subjects, from, progress, results }
 *   worker → main  'done'
 * `progress` and `results` are SharedArrayBuffers: an Int32 cell holding the
 * index of the subject being matched (-1 before the first; a fresh cell per
 * worker), and one byte per subject (1 match, 0 nomatch). Results are
 * written as they are found, so when the main thread kills a worker stuck on
 * subject i, everything before i is already known and matching resumes at
 * i + 1.
 *
 * A match that throws (V8's backtracking stack overflowing, a pattern too
 * large for V8 to compile) is `nomatch`, as PCRE's resource limits are
 * when `re:run` is called without `report_errors`.
 */
export const MATCH_WORKER_SOURCE = `
'use strict';
const { parentPort } = require('node:worker_threads');
parentPort.on('message', (task) => {
  const { source, flags, subjects, from } = task;
  const progress = new Int32Array(task.progress);
  const results = new Uint8Array(task.results);
  let regex;
  try {
    regex = new RegExp(source, flags);
  } catch {
    regex = undefined;
  }
  for (let i = from; i < subjects.length; i++) {
    Atomics.store(progress, 0, i);
    let matched = false;
    try {
      matched = regex !== undefined && regex.test(subjects[i]);
    } catch {
      matched = false;
    }
    results[i] = matched ? 1 : 0;
  }
  Atomics.store(progress, 0, subjects.length);
  parentPort.postMessage('done');
});
`;
