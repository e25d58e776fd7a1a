import { existsSync, realpathSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/*
 * Tests run from their compiled copies in .build/ (npm test) or from the
 * sources through tsx (one file while developing): a path next to a test
 * file differs between the two, so files outside the compiled tree
 * (fixtures, child scripts, proto/, node_modules/) are named from the
 * repository root instead: the folder of the nearest package.json.
 */
function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    // .build/package.json is a link to the real one (for the CLI's version): follow it.
    if (existsSync(join(dir, 'package.json'))) return dirname(realpathSync(join(dir, 'package.json')));
    if (dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}

/** True when this test run is the compiled copy in .build/ (npm test), false under tsx (one file from its sources). */
export const compiledRun = dirname(fileURLToPath(import.meta.url))
  .split(sep)
  .includes('.build');

/** The repository root. */
export const root = findRoot(dirname(fileURLToPath(import.meta.url)));

/** A path inside the repository, from its root: `repoPath('test/fixtures/tls/ca.crt')`. */
export function repoPath(...parts: string[]): string {
  return join(root, ...parts);
}

/** A TLS fixture (test/fixtures/tls/). */
export function tlsFixture(name: string): string {
  return repoPath('test/fixtures/tls', name);
}
