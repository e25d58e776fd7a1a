import test from 'ava';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { repoPath } from '../helpers/paths.js';

// `npm start` runs this script after a build; `npm run test:package` builds dist/ before ava.
test('the quickstart walks through every step against the dev server and exits 0', async (t) => {
  const script = repoPath('scripts/quickstart.mjs');
  const env = { ...process.env };
  delete env.RIAK_NODES;
  const { stdout } = await promisify(execFile)(process.execPath, [script], { env, timeout: 30_000 });
  t.regex(stdout, /Started the embedded dev server/);
  t.regex(stdout, /value: \{"name":"Ada","born":1815\}/);
  t.regex(stdout, /after writing back with the vclock: 1 sibling/);
  t.regex(stdout, /age 40\.\.80: \["alan","edsger"\]/);
  t.regex(stdout, /logins: 3/);
  t.regex(stdout, /after reset: \{"nVal":3,"allowMult":false/);
  t.regex(stdout, /Done\./);
});
