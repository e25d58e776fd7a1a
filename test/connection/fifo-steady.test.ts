import test from 'ava';
import { execFile as execFileCallback } from 'node:child_process';
import { dirname } from 'node:path';
import { promisify } from 'node:util';
import { builtFile } from '../helpers/built.js';
import { repoPath } from '../helpers/paths.js';

// A busy connection's in-flight queue never empties. The queue used to
// compact its array every thousand items or so; the first compaction, in the
// middle of traffic, changed its shape for V8 and threw away the optimized
// code of the connection's and the pool's hot functions.

test('a queue that never empties keeps the optimized code of its users', async (t) => {
  const script = repoPath('test/helpers/fifo-steady-child.mjs');
  const { stdout } = await promisify(execFileCallback)(process.execPath, ['--allow-natives-syntax', script, dirname(builtFile('index.js'))]);
  const { before, deoptimizedAt, length, inOrder } = JSON.parse(stdout) as { before: boolean; deoptimizedAt: number; length: number; inOrder: boolean };
  t.true(before, 'optimized before');
  t.is(deoptimizedAt, -1, 'still optimized after 20,000 items through a queue holding 64');
  t.is(length, 64);
  t.true(inOrder, 'first in, first out throughout');
});
