// Compiles the sources and the tests to plain JavaScript for ava, in three
// parts (type-checking is tsc's job, `npm run typecheck`, which `npm test`
// runs alongside: scripts/run-tests.mjs):
//
// 1. .build/: every file of src/, test/ and examples/ on its own, no
//    bundling, each at its source's path: what child processes run
//    (builtFile()), what the docs' examples import, and the package tests
//    (`npm run test:package`, ava.package.config.mjs).
// 2. .build/run/: what `npm test` runs (ava.config.mjs). A worker thread costs
//    about half a CPU-second before its first test (ava's own modules, then
//    the sources'), about as much as the average test file's tests, so the
//    test files of a folder run several to a worker: each group is bundled
//    with the sources it imports into one file (one module to load, not
//    three hundred). In a group, each file's `test` puts the file's name
//    before its titles, and the files' tests run one file after another
//    (test/helpers/test-groups.ts). A file runs in a worker of its own when
//    what it does would reach the other files' tests, or theirs would reach
//    it (SHARES_BADLY); a file that must come first in its worker (top-level
//    await, or not bundled) leads a group.
// 3. .build/heavy/: the heavy tier, `npm run test:heavy`
//    (ava.heavy.config.mjs): the *.heavy.test.ts files, about scale and
//    stress (millions of bytes, thousands of objects or connections, a
//    process killed under load), one bundle each.
import { build, transform } from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, '.build');
const run = join(out, 'run');
const HEAVY = '.heavy.test.ts';

function typeScriptFiles(dir) {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

// A removed or moved source must not leave its old test behind.
rmSync(out, { recursive: true, force: true });
await build({
  entryPoints: ['src', 'test', 'examples'].flatMap(typeScriptFiles),
  outdir: out,
  outbase: root,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
});
// The sources import generated/ (JavaScript already) by a relative path: the same path under .build/.
mkdirSync(out, { recursive: true });
symlinkSync(join(root, 'generated'), join(out, 'generated'), 'junction');
// The CLI reads its version two levels above src/cli/, as from dist/cli/ (and from a bundle in .build/run/<folder>/).
symlinkSync(join(root, 'package.json'), join(out, 'package.json'));
// The CLI that tests start as a process (builtFile('cli/main.js')), in place: one module to load instead of
// three hundred, so each run of the binary takes half the CPU time. Nothing imports it in process.
/** How both bundles are built: ESM for Node 20, packages left to node_modules, names as written (a test may read a function's or a class's name). */
const BUNDLE = {
  bundle: true,
  packages: 'external',
  format: 'esm',
  platform: 'node',
  target: 'node20',
  keepNames: true,
  sourcemap: 'linked',
  logLevel: 'warning',
};
await build({
  ...BUNDLE,
  entryPoints: [join(root, 'src/cli/main.ts')],
  outfile: join(out, 'src/cli/main.js'),
  allowOverwrite: true,
  plugins: [
    {
      name: 'generated',
      setup: (builder) => builder.onResolve({ filter: /generated\/riak\.js$/ }, () => ({ path: '../../generated/riak.js', external: true })),
    },
  ],
});

/**
 * Test files run from .build/ as compiled in step 1, not bundled: the docs'
 * examples import the compiled sources (.build/src/), and must meet the same
 * classes as the test. Its tests are serial: they run before the group's others.
 */
const UNBUNDLED = new Set(['test/project/docs-examples.test.ts']);
/** About how many average test files' work a file alone is, to start the longest workers first (default 1). */
const WEIGHT = {
  'test/project/docs-examples.test.ts': 12,
};
/**
 * What in a test file reaches the other files of its worker, or is reached by
 * them. (A global replaced within a test is put back by its teardown, before
 * the next file of the group starts: test-groups.ts.)
 */
const SHARES_BADLY = [
  [/^globalThis\.\w+\s*=/m, 'replaces a global for the whole file'],
  [/process\.memoryUsage\(/, 'measures the memory of the process'],
  [/\b(beforeEach|afterEach)\b/, "a per-test hook would run for the other files' tests"],
  [/\.macro\(/, 'a macro may title a test without the file name'],
  [/\bloadedMessageTable\(/, 'reads whether its worker loaded the message table, which the other files may'],
];
/**
 * ava starts a worker's tests one tick after the first one is declared, so a
 * file that awaits before declaring its tests cannot follow another file in
 * a group. esbuild knows: top-level await has no CommonJS form.
 */
async function topLevelAwait(source) {
  try {
    await transform(source, { loader: 'ts', format: 'cjs', logLevel: 'silent' });
    return false;
  } catch (error) {
    if (/top-level await/i.test(String(error))) return true;
    throw error;
  }
}
/** Test files per worker: few enough that a group stays a small share of the run. */
const GROUP_SIZE = 16;

const allTestFiles = typeScriptFiles('test')
  .map((file) => relative(root, file).split(sep).join('/'))
  .filter((file) => file.endsWith('.test.ts') && !file.startsWith('test/package/'))
  .sort();
const testFiles = allTestFiles.filter((file) => !file.endsWith(HEAVY));
const alone = [];
const leaders = new Set();
const folders = new Map();
for (const file of testFiles) {
  const source = readFileSync(join(root, file), 'utf8');
  if (SHARES_BADLY.some(([pattern]) => pattern.test(source))) alone.push(file);
  else {
    // An unbundled file is imported by its group as an outside module: it runs before the group's bundled ones.
    if (UNBUNDLED.has(file) || (await topLevelAwait(source))) leaders.add(file);
    const folder = file.split('/')[1];
    folders.set(folder, [...(folders.get(folder) ?? []), file]);
  }
}

/** `test/server/kv.test.ts` -> `server/kv`. */
const shortName = (file) => file.replace(/^test\//, '').replace(/\.test\.ts$/, '');
/** The run file of a worker: .build/run/<folder>/<name>.test.js (two levels down, as .build/src/cli/). */
const runFile = (folder, name) => `run/${folder}/${name}.test`;

const entryPoints = [];
const grouped = new Map();
/** Run files by weight, for ava.config.mjs to start the heaviest first. */
const weights = {};
const weigh = (out, weight) => {
  weights[`.build/${out}.js`] = weight;
};
for (const [folder, files] of folders) {
  const heads = files.filter((file) => leaders.has(file));
  const rest = files.filter((file) => !leaders.has(file));
  const count = Math.max(Math.ceil(files.length / GROUP_SIZE), heads.length);
  for (let g = 0; g < count; g++) {
    // A file that must run first (at most one per group); then round-robin over the sorted
    // files: neighbours (often one subject's heavier tests) land in different groups.
    const members = [...heads.slice(g, g + 1), ...rest.filter((_, i) => i % count === g)];
    const name = `group-${g + 1}`;
    for (const file of members) if (!UNBUNDLED.has(file)) grouped.set(join(root, file), shortName(file));
    entryPoints.push({ in: `group:${members.join(',')}`, out: runFile(folder, name) });
    weigh(
      runFile(folder, name),
      members.reduce((sum, file) => sum + (WEIGHT[file] ?? 1), 0),
    );
  }
}
for (const file of alone) {
  const [folder, ...rest] = shortName(file).split('/');
  weigh(runFile(folder, rest.join('-')), WEIGHT[file] ?? 1);
  entryPoints.push({ in: file, out: runFile(folder, rest.join('-')) });
}
for (const file of allTestFiles.filter((name) => name.endsWith(HEAVY))) {
  const [folder, ...rest] = shortName(file).split('/');
  entryPoints.push({ in: file, out: `heavy/${folder}/${rest.join('-')}.test` });
}

/** Group entries, each grouped file's `ava` (inGroup), and generated/ left to the one copy in .build/generated. */
const testGroups = {
  name: 'test-groups',
  setup(builder) {
    builder.onResolve({ filter: /^group:/ }, (args) => ({ path: args.path, namespace: 'group' }));
    builder.onLoad({ filter: /.*/, namespace: 'group' }, (args) => ({
      contents: args.path
        .slice('group:'.length)
        .split(',')
        .map((file) => `import ${JSON.stringify(UNBUNDLED.has(file) ? `compiled:${file.replace(/\.ts$/, '.js')}` : `./${file}`)};\n`)
        .join(''),
      resolveDir: root,
      loader: 'js',
    }));
    builder.onResolve({ filter: /^ava$/ }, (args) =>
      args.namespace === 'file' && grouped.has(args.importer) ? { path: args.importer, namespace: 'grouped-ava' } : { path: 'ava', external: true },
    );
    builder.onLoad({ filter: /.*/, namespace: 'grouped-ava' }, (args) => ({
      contents: [
        "import test from 'ava';",
        `import { inGroup } from ${JSON.stringify(join(root, 'test/helpers/test-groups.ts'))};`,
        "export * from 'ava';",
        `export default inGroup(test, ${JSON.stringify(grouped.get(args.path))});`,
      ].join('\n'),
      resolveDir: root,
      loader: 'js',
    }));
    builder.onResolve({ filter: /generated\/riak\.js$/ }, () => ({ path: '../../generated/riak.js', external: true }));
    // From .build/run/<folder>/, the compiled copy of step 1.
    builder.onResolve({ filter: /^compiled:/ }, (args) => ({ path: `../../${args.path.slice('compiled:'.length)}`, external: true }));
  },
};

await build({
  ...BUNDLE,
  entryPoints,
  outdir: out,
  sourcesContent: false,
  plugins: [testGroups],
});
writeFileSync(join(run, 'weights.json'), `${JSON.stringify(weights, null, 2)}\n`);
