import { existsSync } from 'node:fs';
import { compiledRun, repoPath } from './paths.js';

export { root } from './paths.js';

/**
 * A compiled file of the library, for tests that run it as a real process
 * (the CLI binary, a child that must exit by itself): plain `node` starts in
 * a fraction of the time tsx needs. Under `npm test` it is the tree compiled
 * with the tests (.build/src/); run alone through tsx, a test uses dist/
 * (`npm run build` first, after changing src/).
 */
export function builtFile(relative: string): string {
  const path = compiledRun ? repoPath('.build/src', relative) : repoPath('dist', relative);
  if (!existsSync(path)) throw new Error(`${path} is missing: build first (npm run build)`);
  return path;
}

/**
 * A file of the package build (dist/), for tests of what `npm pack`,
 * `npm start` and the scripts ship: `npm run test:package` builds it first.
 */
export function distFile(relative: string): string {
  const path = repoPath('dist', relative);
  if (!existsSync(path)) throw new Error(`${path} is missing: build first (npm run build)`);
  return path;
}
