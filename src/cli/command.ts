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
}

/** A usage mistake: printed with the command's usage, exit code 2. */
export class UsageError extends Error {}
