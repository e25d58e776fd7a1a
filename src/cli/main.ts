#!/usr/bin/env node
import process from 'node:process';
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CommandError, UsageError, type Command, type CommandIo } from './command.js';
import { aae } from './commands/aae.js';
import { bucket } from './commands/bucket.js';
import { bucketType } from './commands/bucket-type.js';
import { counter } from './commands/counter.js';
import { del } from './commands/delete.js';
import { get } from './commands/get.js';
import { gset } from './commands/gset.js';
import { hll } from './commands/hll.js';
import { index } from './commands/index-query.js';
import { info } from './commands/info.js';
import { listBuckets } from './commands/list-buckets.js';
import { listKeys } from './commands/list-keys.js';
import { map } from './commands/map.js';
import { mapred } from './commands/mapred.js';
import { ping } from './commands/ping.js';
import { put } from './commands/put.js';
import { serve } from './commands/serve.js';
import { set } from './commands/set.js';
import { guardStream, OutputClosedError } from './output.js';
import { connectionHint } from './hints.js';
import { usageOfLibraryError } from './library-errors.js';
import { version } from './version.js';

/** Every subcommand; add new command modules here. */
const COMMANDS: readonly Command[] = [
  ping,
  info,
  get,
  put,
  del,
  listBuckets,
  listKeys,
  index,
  bucket,
  bucketType,
  counter,
  set,
  map,
  hll,
  gset,
  mapred,
  aae,
  serve,
];

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'Usage: riak-pb <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    "Run 'riak-pb <command> --help' for a command's options.",
    "'riak-pb --version' prints the version.",
    'Exit status: 0 success, 1 failure (Riak, connection, timeout), 2 usage error, 3 not found (get).',
  ].join('\n');
}

const processIo: CommandIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  onStop(handler) {
    process.on('SIGINT', handler);
    process.on('SIGTERM', handler);
    return () => {
      process.off('SIGINT', handler);
      process.off('SIGTERM', handler);
    };
  },
  stdio: { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env },
};

/** One line: parseArgs and some server messages span several. */
function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ' ').trim();
}

/**
 * The exit code and stderr line of a failed command: 2 for usage errors
 * (flags parseArgs or a command refused, values the client library refused,
 * named by their flag), a command's own code (3: not found), 1 for
 * everything else: Riak errors, connection failures, timeouts.
 */
function failure(command: Command, thrown: unknown): { code: number; message: string | undefined } {
  const error = usageOfLibraryError(thrown);
  if (error instanceof OutputClosedError) return { code: 0, message: undefined };
  const message = oneLine(error instanceof Error ? error.message : String(error));
  if (error instanceof UsageError || (error as { code?: unknown })?.code?.toString().startsWith('ERR_PARSE_ARGS')) {
    return { code: 2, message: `riak-pb: ${message} (see 'riak-pb ${command.name} --help')` };
  }
  if (error instanceof CommandError) return { code: error.exitCode, message: `riak-pb: ${message}` };
  return { code: 1, message: `riak-pb: ${message}${connectionHint(error)}` };
}

/** Runs `riak-pb` with `argv` (the arguments after the program name); resolves with the exit code. */
export async function main(argv: string[], io: CommandIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.err : io.out)(help());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-V' || name === 'version') {
    io.out(`riak-pb ${version()}`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`riak-pb: unknown command ${JSON.stringify(name)} (see 'riak-pb --help')`);
    return 2;
  }
  // The client's timers are unref'd (a library must not hold a process open),
  // so while a retry backs off nothing else would keep the command alive.
  const keepAlive = setInterval(() => {}, 1 << 30);
  try {
    return await command.run(rest, io);
  } catch (error) {
    const { code, message } = failure(command, error);
    if (message !== undefined) io.err(message);
    return code;
  } finally {
    clearInterval(keepAlive);
  }
}

function isEntryPoint(): boolean {
  if (!process.argv[1]) return false;
  try {
    return realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  // A closed pipe (`riak-pb list-keys b | head`) fails writes with EPIPE:
  // record it for the command to stop quietly instead of crashing.
  guardStream(process.stdout);
  guardStream(process.stderr);
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`riak-pb: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
