// Compiles the sources and the tests to plain JavaScript in .build/ for ava
// (ava.config.mjs): one esbuild pass over every file, no bundling, so each
// output file sits at its source's path under .build/. Type-checking is
// tsc's job (`npm run typecheck`), run before this by `npm test`.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, '.build');

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
// The CLI reads its version two levels above src/cli/, as from dist/cli/.
symlinkSync(join(root, 'package.json'), join(out, 'package.json'));
