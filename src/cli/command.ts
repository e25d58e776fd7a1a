import type { Readable, Writable } from 'node:stream';

/** One `riak-pb` subcommand: a small module the dispatcher in main.ts looks up by name. */
export interface Command {
  /** The subcommand word, e.g. `serve`. */
  readonly name: string;
  /** One line for `riak-pb --help`. */
  readonly summary: string;
  /** Full usage text for `riak-pb <name> --help`. */
  readonly usage: string;
  /**
   * Runs the command with the arguments after its name. Resolves with the
   * process exit code once the command is done (a server: once stopped).
   */
  run(args: string[], io: CommandIo): Promise<number>;
}

/** Where a command writes, and the signals it may stop on; injectable for tests. */
export interface CommandIo {
  out(line: string): void;
  err(line: string): void;
  /** Registers a handler for SIGINT/SIGTERM; returns a function that removes it. */
  onStop(handler: () => void): () => void;
  /**
   * The process streams and environment, for commands that read stdin, write
   * raw bytes or prompt. When absent, `stdioOf()` derives them from `out` /
   * `err`, an empty non-TTY stdin and `process.env`.
   */
  stdio?: CommandStdio;
}

/** A stream that may be a terminal. */
export interface TtyFlag {
  isTTY?: boolean;
}

export interface CommandStdio {
  stdin: Readable & TtyFlag & { setRawMode?(mode: boolean): unknown };
  stdout: Writable & TtyFlag;
  stderr: Writable & TtyFlag;
  env: Record<string, string | undefined>;
}

/**
 * A usage mistake (bad flag, missing argument, unreadable input file):
 * printed as one line pointing at the command's `--help`, exit code 2.
 */
export class UsageError extends Error {}

/** A failure with its own exit code and message, e.g. `get` of a missing key (3). */
export class CommandError extends Error {
  readonly exitCode: number;

  constructor(message: string, exitCode: number) {
    super(message);
    this.exitCode = exitCode;
  }
}
