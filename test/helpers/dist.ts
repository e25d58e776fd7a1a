import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * A file of the build (`dist/`), for tests that run the package as a real
 * process (the CLI binary, a script that must exit by itself): plain `node`
 * starts in a fraction of the time tsx needs. `npm test` builds first; run
 * alone, a test needs `npx tsc -p tsconfig.build.json` after changing src/.
 */
export function distFile(relative: string): string {
  const path = fileURLToPath(new URL(`../../dist/${relative}`, import.meta.url));
  if (!existsSync(path)) throw new Error(`${path} is missing: build first (npx tsc -p tsconfig.build.json)`);
  return path;
}
