import test from 'ava';
import { execFile as execFileCallback } from 'node:child_process';
import { dirname } from 'node:path';
import { promisify } from 'node:util';
import { builtFile } from '../helpers/built.js';
import { repoPath } from '../helpers/paths.js';

// The first time the shared frame slab filled up, a few thousand requests
// into every process, replacing it threw away the optimized code of the
// encoders: V8 had optimized them before the replacement ever ran, so it had
// no type feedback for it. Slabs now start small and grow, so the replacement
// runs while the encoders are still interpreted.

test('replacing full frame slabs never deoptimizes the encoder', async (t) => {
  const script = repoPath('test/helpers/slab-rollover-child.mjs');
  // Synchronous optimization: V8 optimizes the encoder at the same point in every run.
  const { stdout } = await promisify(execFileCallback)(
    process.execPath,
    ['--trace-deopt', '--no-concurrent-recompilation', script, dirname(builtFile('index.js'))],
    { maxBuffer: 16 * 1024 * 1024 },
  );
  const lines = stdout.trim().split('\n');
  const { slabs } = JSON.parse(lines.at(-1) as string) as { slabs: number };
  t.true(slabs >= 4, `${slabs} slabs used`);
  const deopts = lines.filter((line) => line.includes('deoptimizing') && /encodeGetFrameTo|reserveFrame|reserve\b/.test(line));
  t.deepEqual(deopts, [], 'no deoptimization of the encoder or the slab');
});
