import { parseArgs, type ParseArgsConfig } from 'node:util';
import { RiakClient } from '../index.js';
import { UsageError, type Command, type CommandStdio } from './command.js';
import { CONNECTION_OPTIONS, CONNECTION_USAGE, resolveConnection, type ConnectionValues } from './connection-options.js';
import { Output, stdioOf, writeTo } from './output.js';
import { usageOfParseError } from './parse-errors.js';

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;
type AllOptions<O extends OptionsConfig> = typeof CONNECTION_OPTIONS & O;
/** The typed `values` parseArgs returns for a command's options plus the connection options. */
export type CommandValues<O extends OptionsConfig> = ReturnType<typeof parseArgs<{ options: AllOptions<O>; allowPositionals: true; strict: true }>>['values'];

/** What a command that talks to Riak gets. */
export interface ClientSession<O extends OptionsConfig> {
  values: CommandValues<O>;
  positionals: string[];
  out: Output;
  stdio: CommandStdio;
  /**
   * Opens the client (reading TLS files, finding the password). Call it after
   * checking the arguments, so a usage error never prompts for a password.
   */
  connect(): Promise<RiakClient>;
  /** Per-call options: `requestTimeout` when `--timeout` was given (streams have no default deadline). */
  readonly call: { requestTimeout?: number };
}

export interface ClientCommandSpec<O extends OptionsConfig> {
  name: string;
  summary: string;
  /** The usage line after `riak-pb `, e.g. `get [options] BUCKET KEY`. */
  synopsis: string;
  /** What the command does and prints (text and `--json`). */
  description: string;
  /** The command's own options, documented as `--help` lines. */
  optionsHelp?: string;
  options: O;
  /** How many positional arguments the command takes: `[min, max]`. */
  positionals: readonly [number, number];
  /** Runs the command; resolves with its exit code (0 when nothing is returned). */
  run(session: ClientSession<O>): Promise<number | void>;
}

/**
 * Builds a {@link Command} that parses its flags with `node:util` parseArgs
 * (the connection flags included), answers `--help`, checks the positional
 * count, and closes the client it opened whatever happens.
 */
export function defineClientCommand<O extends OptionsConfig>(spec: ClientCommandSpec<O>): Command {
  const usage = [
    `Usage: riak-pb ${spec.synopsis}`,
    '',
    spec.description,
    ...(spec.optionsHelp ? ['', 'Options:', spec.optionsHelp] : []),
    '',
    CONNECTION_USAGE,
  ].join('\n');
  return {
    name: spec.name,
    summary: spec.summary,
    usage,
    async run(args, io) {
      const stdio = stdioOf(io);
      const options = { ...CONNECTION_OPTIONS, ...spec.options } as AllOptions<O>;
      let parsed: ReturnType<typeof parseArgs<{ args: string[]; options: AllOptions<O>; allowPositionals: true; strict: true }>>;
      try {
        parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
      } catch (error) {
        if (args.includes('--help') || args.includes('-h')) return help(stdio, usage);
        throw usageOfParseError(error, Object.keys(options), args);
      }
      const { positionals } = parsed;
      const values = parsed.values as CommandValues<O>;
      const common = parsed.values as ConnectionValues & { json?: boolean; help?: boolean };
      if (common.help) return help(stdio, usage);
      const [min, max] = spec.positionals;
      if (positionals.length < min || positionals.length > max) {
        const expected = spec.synopsis.replace(/^\S+\s*(\[options\]\s*)?/, '');
        throw new UsageError(
          `expected ${expected || 'no arguments'}, got ${positionals.length === 0 ? 'none' : positionals.map((p) => JSON.stringify(p)).join(' ')}`,
        );
      }
      let client: RiakClient | undefined;
      const call: { requestTimeout?: number } = {};
      const session: ClientSession<O> = {
        values,
        positionals,
        out: new Output(stdio, common.json === true),
        stdio,
        call,
        async connect() {
          if (client) return client;
          const connection = await resolveConnection(common, stdio);
          if (connection.timeout !== undefined) call.requestTimeout = connection.timeout;
          client = new RiakClient(connection.options);
          return client;
        },
      };
      try {
        return (await spec.run(session)) ?? 0;
      } finally {
        await client?.close();
      }
    },
  };
}

async function help(stdio: CommandStdio, usage: string): Promise<number> {
  await writeTo(stdio.stdout, `${usage}\n`);
  return 0;
}
