import test from 'ava';
import { execFile as execFileCallback } from 'node:child_process';
import { dirname } from 'node:path';
import { promisify } from 'node:util';
import { builtFile } from '../helpers/built.js';
import { repoPath } from '../helpers/paths.js';

// Every placement reads the node's adaptive state. Its window fields used to
// start as small integers and turn into fractions when the first window
// closed, which changed the object's shape (V8 map) mid-traffic and threw
// away the optimized code of placement (choose, pickOn, pick).

test("a node's adaptive state keeps its shape as observation windows close", async (t) => {
  const script = repoPath('test/helpers/window-shapes-child.mjs');
  const { stdout } = await promisify(execFileCallback)(process.execPath, ['--allow-natives-syntax', script, dirname(builtFile('index.js'))]);
  const { windows, sameShape } = JSON.parse(stdout) as { windows: number; sameShape: boolean };
  t.is(windows, 2);
  t.true(sameShape);
});
