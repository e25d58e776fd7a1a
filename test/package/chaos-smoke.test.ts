import test from 'ava';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { distFile, root } from '../helpers/built.js';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a script with plain node to its exit (it must stop by itself), whatever its exit code. */
function runScript(script: string, args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [script, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : null;
      resolve({ code, stdout, stderr });
    });
  });
}

// scripts/chaos.mjs runs over dist/ (npm run test:package builds it first): dev servers
// behind fault proxies, a workload, a fault loop, then its checks.
test('a short chaos run passes: no call hung or settled twice, no write lost or duplicated, no wrong value', async (t) => {
  distFile('index.js');
  distFile('dev-server.js');
  const run = await runScript(join(root, 'scripts/chaos.mjs'), ['--duration', '3s', '--concurrency', '32', '--seed', '12']);
  const output = `${run.stdout}\n${run.stderr}`;
  for (const check of ['hung', 'settled twice', 'non-RiakError rejections', 'errors without node/request', 'lost', 'duplicated', 'wrong', 'left open']) {
    t.regex(run.stdout, new RegExp(`^ {2}${check}: 0$`, 'm'), output);
  }
  t.regex(run.stdout, /^result: PASS$/m, output);
  t.is(run.code, 0, output);
  // The run did something: calls were made and faults injected.
  t.regex(run.stdout, /^calls {6}[1-9]\d* /m, output);
  t.regex(run.stdout, /^faults {5}[1-9]\d*:/m, output);
});

// The same script against one simulated cluster (--cluster): writes at w quorum through a client over all five
// nodes while a seeded schedule stops, starts, partitions, heals and slows nodes; then heal, start all, settle,
// and every acknowledged write must be readable or replaced by a later write that read it, or by a write whose
// outcome was unknown and may have been applied after it (scripts/chaos-lib/cluster-*.mjs).
test('a short chaos run against a 5-node simulated cluster loses no acknowledged write at w quorum', async (t) => {
  distFile('index.js');
  distFile('dev-server.js');
  const run = await runScript(join(root, 'scripts/chaos.mjs'), ['--cluster', '5', '--duration', '3s', '--concurrency', '16', '--seed', '12']);
  const output = `${run.stdout}\n${run.stderr}`;
  for (const check of [
    'hung',
    'settled twice',
    'non-RiakError rejections',
    'errors without node/request',
    'lost',
    'duplicated',
    'wrong',
    'diverged',
    'left open',
  ]) {
    t.regex(run.stdout, new RegExp(`^ {2}${check}: 0$`, 'm'), output);
  }
  t.regex(run.stdout, /^result: PASS$/m, output);
  t.is(run.code, 0, output);
  // Writes were acknowledged and checked after the faults, and faults were injected.
  t.regex(run.stdout, /^verified +\d+ keys .*: of [1-9]\d* acknowledged writes, .* 0 lost$/m, output);
  t.regex(run.stdout, /^faults +[1-9]\d*:/m, output);
});
