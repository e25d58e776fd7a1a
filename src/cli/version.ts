import { readFileSync } from 'node:fs';

/**
 * The package's version, from its package.json: two levels up from both
 * src/cli/ (tsx, tests) and dist/cli/ (the installed binary).
 */
export function version(): string {
  const text = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
  const parsed = JSON.parse(text) as { version?: unknown };
  return typeof parsed.version === 'string' ? parsed.version : 'unknown';
}
