import test from 'ava';
import { execFile as execFileCallback } from 'node:child_process';
import { dirname } from 'node:path';
import { promisify } from 'node:util';
import { builtFile } from '../helpers/built.js';
import { repoPath } from '../helpers/paths.js';

// The first time the shared frame slab filled up, replacing it threw away the
// optimized code of every encoder: V8 had compiled the slab's buffer in as a
// constant, and the replacement branch had never run, so it had no type
// feedback. It happened a few thousand requests into every process.

test('replacing the full frame slab keeps the encoders optimized', async (t) => {
  const script = repoPath('test/helpers/slab-rollover-child.mjs');
  const { stdout } = await promisify(execFileCallback)(process.execPath, ['--allow-natives-syntax', script, dirname(builtFile('index.js'))]);
  const { before, replaced, after } = JSON.parse(stdout) as { before: boolean; replaced: boolean; after: boolean };
  t.true(before, 'optimized before the slab filled up');
  t.true(replaced);
  t.true(after, 'still optimized after the slab was replaced');
});
