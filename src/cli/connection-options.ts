import type { Buffer } from 'node:buffer';
import { readFile } from 'node:fs/promises';
import type { ParseArgsConfig } from 'node:util';
import { checkClientOptions, parseRiakUrl, RiakInvalidArgumentError, type PoolOptions, type RiakClientOptions } from '../index.js';
import { UsageError, type CommandStdio } from './command.js';
import { promptPassword } from './password-prompt.js';

/** The flags every command that talks to Riak accepts (parseArgs options). */
export const CONNECTION_OPTIONS = {
  url: { type: 'string' },
  nodes: { type: 'string' },
  tls: { type: 'boolean' },
  'tls-ca': { type: 'string' },
  'tls-cert': { type: 'string' },
  'tls-key': { type: 'string' },
  user: { type: 'string' },
  timeout: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

/** The shared part of every command's `--help`. */
export const CONNECTION_USAGE = `Connection options (each also read from the environment variable shown):
  --url riak://...       nodes, user, TLS and options as one connection string (RIAK_URL):
                         riak://[user@]host[:port][,host...][?tls=true&ca=FILE&...]; a password
                         in it only from RIAK_URL, never on the command line
  --nodes HOST:PORT,...  Riak nodes (RIAK_NODES; default 127.0.0.1:8087)
  --tls                  use STARTTLS with the system CAs (RIAK_TLS=1)
  --tls-ca FILE          CA bundle to verify the nodes' certificates (RIAK_TLS_CA; implies --tls)
  --tls-cert FILE        client certificate, with --tls-key (RIAK_TLS_CERT; implies --tls)
  --tls-key FILE         client certificate key (RIAK_TLS_KEY)
  --user NAME            authenticate as NAME; needs TLS (RIAK_USER). The password comes
                         from RIAK_PASSWORD, else a prompt when stdin is a terminal
  --timeout MS           client-side deadline of each request, 0 for none (RIAK_TIMEOUT;
                         default 30000, and none for scans: list-keys, list-buckets, index, mapred)
  --json                 print JSON for scripts instead of text
  -h, --help             show this help`;

/** The parsed values of {@link CONNECTION_OPTIONS}. */
export interface ConnectionValues {
  url?: string;
  nodes?: string;
  tls?: boolean;
  'tls-ca'?: string;
  'tls-cert'?: string;
  'tls-key'?: string;
  user?: string;
  timeout?: string;
}

/** The client options, plus the `--timeout` to apply to streams too. */
export interface ResolvedConnection {
  options: RiakClientOptions;
  /** `--timeout` in ms when given (unary calls get it through `options.requestTimeout`). */
  timeout: number | undefined;
}

const DEFAULT_NODES = '127.0.0.1:8087';
const DEFAULT_CONNECT_TIMEOUT = 5000;

/**
 * Turns the connection flags (or their environment variables) into
 * `RiakClient` options: reads the TLS files, and finds the password in
 * `RIAK_PASSWORD` or asks for it. The password never comes from a flag, so
 * it never shows in `ps`.
 */
export async function resolveConnection(values: ConnectionValues, stdio: CommandStdio): Promise<ResolvedConnection> {
  const env = stdio.env;
  const fromUrl = urlOptions(values, env);
  let nodes: string[];
  if (fromUrl !== undefined) {
    nodes = fromUrl.nodes;
  } else {
    const nodesSpec = values.nodes ?? nonEmpty(env.RIAK_NODES) ?? DEFAULT_NODES;
    const source = values.nodes !== undefined ? '--nodes' : 'RIAK_NODES';
    nodes = nodesSpec
      .split(',')
      .map((node) => node.trim())
      .filter((node) => node !== '');
    if (nodes.length === 0) throw new UsageError(`${source} expects HOST:PORT[,HOST:PORT...], got ${JSON.stringify(nodesSpec)}`);
    // The client would refuse a bad address too, but as a library error (exit 1) naming no flag.
    for (const node of nodes) {
      try {
        checkClientOptions({ nodes: [node] });
      } catch (error) {
        if (error instanceof RiakInvalidArgumentError) throw new UsageError(`${source} expects HOST:PORT[,HOST:PORT...], got ${JSON.stringify(node)}`);
        throw error;
      }
    }
  }

  const timeoutSpec = values.timeout ?? nonEmpty(env.RIAK_TIMEOUT);
  let timeout: number | undefined;
  if (timeoutSpec !== undefined) {
    timeout = Number(timeoutSpec);
    // 0 is no deadline, as the library's `requestTimeout: 0`.
    if (!/^\d+$/.test(timeoutSpec) || !Number.isSafeInteger(timeout)) {
      throw new UsageError(
        `${values.timeout !== undefined ? '--timeout' : 'RIAK_TIMEOUT'} expects a number of milliseconds (0: no deadline), got ${JSON.stringify(timeoutSpec)}`,
      );
    }
  }

  const caFile = values['tls-ca'] ?? nonEmpty(env.RIAK_TLS_CA);
  const certFile = values['tls-cert'] ?? nonEmpty(env.RIAK_TLS_CERT);
  const keyFile = values['tls-key'] ?? nonEmpty(env.RIAK_TLS_KEY);
  if ((certFile === undefined) !== (keyFile === undefined)) throw new UsageError('--tls-cert and --tls-key go together');
  const useTls =
    values.tls === true || /^(1|true|yes)$/i.test(env.RIAK_TLS ?? '') || caFile !== undefined || certFile !== undefined || fromUrl?.tls !== undefined;

  const options: RiakClientOptions & { nodes: string[] } = { nodes };
  for (const name of ['connectTimeout', 'requestTimeout', 'maxConnections', 'minConnections'] as const) {
    if (fromUrl?.[name] !== undefined) options[name] = fromUrl[name];
  }
  if (timeout !== undefined) {
    options.requestTimeout = timeout;
    // Riak answers a wrong password only after 5 s: with credentials, leave the
    // handshake the client's own (longer) default rather than report a timeout.
    // A deadline of 0 (none) leaves connecting its own 5 s: a node that never answers still fails.
    if (!(values.user ?? env.RIAK_USER) && timeout > 0) options.connectTimeout = Math.min(timeout, DEFAULT_CONNECT_TIMEOUT);
  }
  if (useTls) {
    options.tls = { ...fromUrl?.tls };
    if (caFile !== undefined) options.tls.ca = await readOptionFile('--tls-ca', caFile);
    if (certFile !== undefined && keyFile !== undefined) {
      options.tls.cert = await readOptionFile('--tls-cert', certFile);
      options.tls.key = await readOptionFile('--tls-key', keyFile);
    }
  }

  const urlUser = fromUrl?.auth?.user;
  const user = values.user ?? urlUser ?? nonEmpty(env.RIAK_USER);
  if (user !== undefined) {
    // The client's own checks (credentials need TLS...) run before any prompt.
    try {
      checkClientOptions({ ...options, auth: { user, password: '' } });
    } catch (error) {
      if (!useTls && error instanceof RiakInvalidArgumentError)
        throw new RiakInvalidArgumentError(`${error.message} (--tls, --tls-ca or --tls-cert)`, { cause: error });
      throw error;
    }
    // The URL's password goes with the URL's user only.
    const urlPassword = user === urlUser ? fromUrl?.auth?.password : undefined;
    options.auth = { user, password: urlPassword ?? (await findPassword(user, certFile !== undefined || fromUrl?.tls?.cert !== undefined, stdio)) };
  }
  return { options, timeout };
}

/**
 * The options of `--url`, else of RIAK_URL unless `--nodes` is given (a flag
 * wins over a variable). A password is accepted from RIAK_URL only: on the
 * command line it would show in `ps`.
 */
function urlOptions(values: ConnectionValues, env: CommandStdio['env']): (PoolOptions & { nodes: string[] }) | undefined {
  if (values.url !== undefined && values.nodes !== undefined) throw new UsageError('--url and --nodes both name the nodes: give one of them');
  const flag = values.url !== undefined;
  const url = values.url ?? (values.nodes === undefined ? nonEmpty(env.RIAK_URL) : undefined);
  if (url === undefined) return undefined;
  const source = flag ? '--url' : 'RIAK_URL';
  let options: PoolOptions;
  try {
    options = parseRiakUrl(url);
  } catch (error) {
    if (error instanceof RiakInvalidArgumentError) throw new UsageError(`${source}: ${error.message}`);
    throw error;
  }
  if (flag && options.auth?.password !== undefined) {
    throw new UsageError('--url carries a password, which would show in `ps`: put the URL in RIAK_URL, or the password in RIAK_PASSWORD');
  }
  return options;
}

async function findPassword(user: string, hasClientCert: boolean, stdio: CommandStdio): Promise<string> {
  const fromEnv = stdio.env.RIAK_PASSWORD;
  if (fromEnv !== undefined) return fromEnv;
  // Riak's `certificate` auth source ignores the password.
  if (hasClientCert) return '';
  if (stdio.stdin.isTTY === true && typeof stdio.stdin.setRawMode === 'function') return promptPassword(stdio, `Riak password for ${user}: `);
  throw new UsageError(`--user ${user} needs a password: set RIAK_PASSWORD, or run in a terminal to be prompted`);
}

async function readOptionFile(flag: string, path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    throw new UsageError(`cannot read ${flag} ${path}: ${(error as Error).message}`);
  }
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}
