import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';

// `npm test`: the tests bundled by scripts/build-tests.mjs into .build/run/,
// several test files to a worker thread, run as plain JavaScript: no
// TypeScript loader. The package's own build (dist/) is tested separately by
// `npm run test:package` (ava.package.config.mjs).

/** The build's estimate of each run file's work: the heaviest start first, so that no long one starts last. */
function weights() {
  try {
    return JSON.parse(readFileSync(new URL('.build/run/weights.json', import.meta.url), 'utf8'));
  } catch {
    return {};
  }
}
const weight = weights();
const weightOf = (file) => weight[file.slice(file.lastIndexOf('.build/run/'))] ?? 1;

/**
 * A worker per core, and one more on a machine with cores to spare: a worker
 * waiting on a process it started, or on a timer, then leaves its core to
 * another (each runs its files one after another). On a busy machine the
 * extra worker would only make every test wait longer for a core.
 */
function workers() {
  const cores = availableParallelism();
  return loadavg()[0] < cores / 2 ? cores + 1 : cores;
}

export default {
  files: ['.build/run/**/*.test.js'],
  timeout: '60s',
  workerThreads: true,
  concurrency: workers(),
  sortTestFiles: (a, b) => weightOf(b) - weightOf(a) || a.localeCompare(b),
};
