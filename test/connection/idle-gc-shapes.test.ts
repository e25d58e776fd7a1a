import test from 'ava';
import { execFile as execFileCallback } from 'node:child_process';
import { dirname } from 'node:path';
import { promisify } from 'node:util';
import { startDevServer } from '../../src/server/index.js';
import { builtFile } from '../helpers/built.js';
import { repoPath } from '../helpers/paths.js';

// V8 holds the shapes of class instances weakly. A full garbage collection
// while no request exists (an idle service) used to drop the shapes of
// requests and siblings, and with them the optimized code of the request
// path: the next burst ran unoptimized until V8 compiled it again (about 45%
// more CPU per get over the first 50,000, in scripts/bench.mjs's setting).
// REQUEST_SHAPE and CONTENT_SHAPE keep one of each alive.

test('a full garbage collection with no request in flight leaves the request path optimized', async (t) => {
  const server = await startDevServer({ port: 0 });
  t.teardown(() => server.close());
  const script = repoPath('test/helpers/idle-gc-shapes-child.mjs');
  const flags = ['--expose-gc', '--allow-natives-syntax', '--no-concurrent-recompilation'];
  const { stdout } = await promisify(execFileCallback)(process.execPath, [...flags, script, dirname(builtFile('index.js')), `127.0.0.1:${server.port}`]);
  const { before, after } = JSON.parse(stdout) as { before: Record<string, boolean>; after: Record<string, boolean> };
  for (const [name, isOptimized] of Object.entries(before)) t.true(isOptimized, `${name} was optimized before the collection`);
  t.deepEqual(after, before);
});
