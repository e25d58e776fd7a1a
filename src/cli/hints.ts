import { RiakConnectionError } from '../index.js';

/** The `code` (ECONNREFUSED...) of an error or of one of its causes. */
function systemCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 8; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('E') && !code.startsWith('ERR')) return code;
  }
  return undefined;
}

/**
 * A hint appended to a failed connection's line: a refused connection is
 * most often no Riak at that address, and a newcomer may want the dev server.
 */
export function connectionHint(error: unknown): string {
  if (!(error instanceof RiakConnectionError) || systemCode(error) !== 'ECONNREFUSED') return '';
  return ` (is Riak running at ${error.node}? For a local dev server: riak-pb serve)`;
}
