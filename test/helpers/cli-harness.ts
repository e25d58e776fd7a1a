import type { ExecutionContext } from 'ava';
import { spawn, spawnSync } from 'node:child_process';
import { Readable, Writable } from 'node:stream';
import { RiakClient } from '../../src/client/riak-client.js';
import type { CommandIo } from '../../src/cli/command.js';
import { main } from '../../src/cli/main.js';
import { startDevServer, type DevServer } from '../../src/server/index.js';
import { builtFile, root } from './built.js';

export { root };

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

/** A stream that keeps every chunk written to it. */
function recorder(chunks: Buffer[]): Writable {
  return new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk);
      callback();
    },
  });
}

/**
 * Runs `riak-pb ...args` in this process, through `main(argv, io)` as the
 * binary does: stdin is `input` (else empty, not a terminal), stdout and
 * stderr are recorded, the environment is {@link cleanEnv}. What the CLI
 * prints, reads and exits with is the same as the binary's; the few things
 * only a real process shows (exit status, a closed pipe, a terminal) are
 * tested with {@link spawnCli} and {@link cliOnTerminal}.
 */
export async function cli(args: string[], options: CliOptions = {}): Promise<CliResult> {
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const stdout = recorder(out);
  const stderr = recorder(err);
  const io: CommandIo = {
    out: (line) => stdout.write(`${line}\n`),
    err: (line) => stderr.write(`${line}\n`),
    onStop: () => () => {},
    stdio: {
      stdin: Readable.from(options.input === undefined ? [] : [Buffer.from(options.input)]),
      stdout,
      stderr,
      env: cleanEnv(options.env),
    },
  };
  const code = await main(args, io);
  const raw = Buffer.concat(out);
  return { code, raw, stdout: raw.toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}

/** Runs the real binary, `node dist/cli/main.js ...args`, as a child process (the dev server lives in this process). */
export function spawnCli(args: string[], options: CliOptions = {}): Promise<CliResult> {
  const child = spawn(process.execPath, [builtFile('cli/main.js'), ...args], { cwd: root, env: cleanEnv(options.env), stdio: ['pipe', 'pipe', 'pipe'] });
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
 * through a client, and `run()` pointing the CLI (in process) at it through
 * `--nodes`; `spawn()` does the same with the real binary.
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
    spawn(args: string[], options: CliOptions = {}): Promise<CliResult> {
      return spawnCli([...args, '--nodes', this.address], options);
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
export function cliOnTerminal(
  args: string[],
  respond?: (output: string, write: (text: string) => void) => void,
  env: Record<string, string> = {},
): Promise<{ code: number | null; output: string }> {
  const quoted = [process.execPath, builtFile('cli/main.js'), ...args].map((arg) => `'${arg.replace(/'/g, `'\\''`)}'`).join(' ');
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
