import { pathToFileURL } from 'node:url';
import test from 'ava';
import { repoPath } from '../helpers/paths.js';

// `npm run bench --target host:port` (no `--`): npm keeps `--target` as its own
// config (npm_config_target=true) and passes only `host:port` to the script.
type Restore = (argv: string[], env: Record<string, string | undefined>, warn?: (line: string) => void) => string[];
const { restoreNpmArgs } = (await import(pathToFileURL(repoPath('scripts/bench-lib/npm-args.mjs')).href)) as { restoreNpmArgs: Restore };

const npm = (config: Record<string, string>) => ({
  npm_lifecycle_event: 'bench',
  ...Object.fromEntries(Object.entries(config).map(([k, v]) => [`npm_config_${k}`, v])),
});

test('outside npm run bench the command line is left as it is', (t) => {
  t.deepEqual(restoreNpmArgs(['127.0.0.1:8087'], { npm_config_target: 'true' }), ['127.0.0.1:8087']);
  t.deepEqual(restoreNpmArgs(['--target', 'h:1'], npm({})), ['--target', 'h:1']);
});

test('--target host:port taken by npm is given back to the script', (t) => {
  t.deepEqual(restoreNpmArgs(['127.0.0.1:8087'], npm({ target: 'true' })), ['--target', '127.0.0.1:8087']);
  t.deepEqual(restoreNpmArgs([], npm({ target: '127.0.0.1:8087' })), ['--target', '127.0.0.1:8087']);
  t.deepEqual(restoreNpmArgs(['[::1]:8087'], npm({ target: 'true' })), ['--target', '[::1]:8087']);
});

test('flags and one more split value are paired back with --target', (t) => {
  const argv = restoreNpmArgs(['127.0.0.1:8087', '5', '--duration', '1s'], npm({ target: 'true', rounds: 'true', quick: 'true', riak_like: 'true' }));
  t.deepEqual(argv, ['--quick', '--riak-like', '--target', '127.0.0.1:8087', '--rounds', '5', '--duration', '1s']);
});

test('values npm split off that cannot be told apart are refused, naming the form that works', (t) => {
  const e = t.throws(() => restoreNpmArgs(['5', '2s'], npm({ rounds: 'true', duration: 'true' })));
  t.regex(e?.message ?? '', /npm run bench -- --rounds \.\.\. --duration \.\.\./);
  t.throws(() => restoreNpmArgs(['h:1', 'h:2'], npm({ target: 'true' })), { message: /npm took --target/ });
});

test('an .npmrc target that is not host:port (node-gyp) is ignored', (t) => {
  const warnings: string[] = [];
  t.deepEqual(
    restoreNpmArgs(['--quick'], npm({ target: '20.0.0' }), (line) => warnings.push(line)),
    ['--quick'],
  );
  t.deepEqual(warnings, ['ignoring npm config target=20.0.0 (not host:port)']);
});
