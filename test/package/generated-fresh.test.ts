import test from 'ava';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from '../helpers/paths.js';

test('generated/ is up to date with proto/ (run `npm run generate`)', (t) => {
  const out = mkdtempSync(join(tmpdir(), 'riak-pb-gen-'));
  try {
    execFileSync(process.execPath, [join(root, 'scripts/generate.mjs'), '--out', out], { stdio: 'pipe' });
    for (const file of ['riak.js', 'riak.d.ts']) {
      const fresh = readFileSync(join(out, file), 'utf8');
      const committed = readFileSync(join(root, 'generated', file), 'utf8');
      t.true(fresh === committed, `generated/${file} is stale: run npm run generate`);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
