import test from 'ava';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { repoPath } from '../helpers/paths.js';

// `npm run bench:codec` imports dist/ internals: a rename there must fail here, not in someone's benchmark run.
test('bench:codec runs against the built dist/ and reports every row, the 1 MiB value copied once', async (t) => {
  const { stdout } = await promisify(execFile)(process.execPath, [repoPath('scripts/bench-codec.mjs'), '--runs', '1', '--time', '5ms', '--json'], {
    timeout: 60_000,
  });
  const { rows } = JSON.parse(stdout) as { rows: { frame: string; encodePerSec: number | null; decodePerSec: number | null; note: string }[] };
  t.true(rows.length >= 8);
  for (const row of rows) t.true((row.encodePerSec ?? 1) > 0 && (row.decodePerSec ?? 1) > 0, row.frame);
  t.true(rows.some((row) => row.note.includes('copied once (a view of the assembled frame)')));
});
