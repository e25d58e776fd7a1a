import type { ExecutionContext } from 'ava';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RiakClient } from '../src/client/riak-client.js';
import { startDevServer, type DevServer } from '../src/server/index.js';

export const root = fileURLToPath(new URL('..', import.meta.url));
/** The built CLI: `npm test` builds it first (`npx tsc -p tsconfig.build.json`). */
export const bin = join(root, 'dist/cli/main.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** stdout as received, for binary values. */
  raw: Buffer;
}

export interface CliOptions {
  /** Written to stdin, then closed; without it stdin is an empty pipe (not a terminal). */
  input?: string | Buffer;
  /** Extra environment; RIAK_* variables of the test's own environment are never passed on. */
  env?: Record<string, string>;
}

/** The test environment without RIAK_* variables, so a developer's settings cannot leak in. */
export function cleanEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) if (value !== undefined && !name.startsWith('RIAK_')) env[name] = value;
  return { ...env, ...extra };
}

/** Runs `node dist/cli/main.js ...args` asynchronously (the dev server lives in this process). */
export function cli(args: string[], options: CliOptions = {}): Promise<CliResult> {
  if (!existsSync(bin)) throw new Error(`${bin} is missing: build first (npx tsc -p tsconfig.build.json)`);
  const child = spawn(process.execPath, [bin, ...args], { cwd: root, env: cleanEnv(options.env), stdio: ['pipe', 'pipe', 'pipe'] });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
  child.stdin.on('error', () => {}); // the CLI may exit without reading its stdin
  child.stdin.end(options.input ?? '');
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => {
      const raw = Buffer.concat(out);
      resolve({ code, raw, stdout: raw.toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
  });
}

/**
 * A dev server on a free port for the whole test file, filled by `seed`
 * through a client, and `run()` pointing the CLI at it through `--nodes`.
 */
export function cliServer(
  test: { before: (fn: () => Promise<void>) => void; after: { always: (fn: () => Promise<void>) => void } },
  seed?: (client: RiakClient) => Promise<void>,
) {
  const state: { server?: DevServer } = {};
  test.before(async () => {
    const server = await startDevServer({ port: 0 });
    state.server = server;
    if (seed) {
      const client = new RiakClient({ nodes: [`${server.host}:${server.port}`] });
      try {
        await seed(client);
      } finally {
        await client.close();
      }
    }
  });
  test.after.always(async () => {
    await state.server?.close();
  });
  return {
    get server(): DevServer {
      if (!state.server) throw new Error('the dev server is not started yet');
      return state.server;
    },
    get address(): string {
      return `${this.server.host}:${this.server.port}`;
    },
    run(args: string[], options: CliOptions = {}): Promise<CliResult> {
      return cli([...args, '--nodes', this.address], options);
    },
  };
}

/** Asserts success: exit 0 and nothing on stderr. Returns stdout. */
export function ok(t: ExecutionContext, result: CliResult): string {
  t.is(result.stderr, '', 'stderr');
  t.is(result.code, 0, 'exit code');
  return result.stdout;
}

/** Asserts a failure: the exit code and exactly one `riak-pb: ...` line on stderr matching `pattern`. */
export function fails(t: ExecutionContext, result: CliResult, code: number, pattern: RegExp): void {
  t.is(result.code, code, `exit code (stderr: ${result.stderr})`);
  t.regex(result.stderr, /^riak-pb: [^\n]+\n$/, 'one line on stderr');
  t.regex(result.stderr, pattern);
}

/** True when util-linux `script` can give the CLI a pseudo-terminal. */
export const hasScript = (() => {
  try {
    return spawnSync('script', ['-qec', 'true', '/dev/null'], { stdio: 'ignore', timeout: 5000 }).status === 0;
  } catch {
    return false;
  }
})();

/**
 * Runs the CLI on a pseudo-terminal (`script`): stdin, stdout and stderr are
 * all the terminal, merged in `output`. `respond` may answer what it sees.
 */
export function cliOnTerminal(args: string[], respond?: (output: string, write: (text: string) => void) => void, env: Record<string, string> = {}): Promise<{ code: number | null; output: string }> {
  const quoted = [process.execPath, bin, ...args].map((arg) => `'${arg.replace(/'/g, `'\\''`)}'`).join(' ');
  const child = spawn('script', ['-qec', quoted, '/dev/null'], { cwd: root, env: cleanEnv(env), stdio: ['pipe', 'pipe', 'pipe'] });
  let output = '';
  const write = (text: string) => child.stdin.write(text);
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
    respond?.(output, write);
  });
  child.stdin.on('error', () => {});
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, output }));
  });
}
