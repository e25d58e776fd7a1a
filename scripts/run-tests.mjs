#!/usr/bin/env node
// `npm test`: the type-check (`npm run typecheck`) runs while the rest does:
// `npm run lint` (Biome: lint and format check), the test build
// (scripts/build-tests.mjs), then the suite (ava; arguments after
// `npm test --` go to ava). tsc works on one core for 15-20 CPU-seconds;
// run first, it would leave the other core idle. It runs incrementally (its
// state in node_modules/.cache/riak-pb/): files unchanged since the last run,
// and not depending on changed ones, are not checked again. Its output is
// printed once the suite is done, and any step that fails fails the run, as
// `typecheck && lint && build && ava` would (only later).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
// As npm runs a script: through the shell, with the local binaries on the PATH (without npm's own start-up).
const env = { ...process.env, PATH: `${join(root, 'node_modules', '.bin')}${delimiter}${process.env.PATH ?? ''}` };

/** Runs a shell command in the repository; resolves with its exit code and, if `quiet`, its output. */
function run(command, { quiet = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, { cwd: root, env, shell: true, stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    const output = [];
    if (quiet) for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk) => output.push(chunk));
    child.on('error', (error) => resolve({ code: 1, output: `${command}: ${error.message}\n` }));
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output: Buffer.concat(output).toString() }));
  });
}

const quote = (arg) => `'${arg.replace(/'/g, `'\\''`)}'`;
const typecheck = run(`${scripts.typecheck} --incremental --tsBuildInfoFile node_modules/.cache/riak-pb/typecheck.tsbuildinfo`, { quiet: true });
let failed = false;
for (const command of [scripts.lint, 'node scripts/build-tests.mjs', ['ava', ...process.argv.slice(2).map(quote)].join(' ')]) {
  if ((await run(command)).code !== 0) {
    failed = true;
    break;
  }
}
const { code, output } = await typecheck;
if (code !== 0) {
  process.stdout.write(`\nnpm run typecheck (${scripts.typecheck}) failed:\n${output}`);
  failed = true;
}
process.exitCode = failed ? 1 : 0;
