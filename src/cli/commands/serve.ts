import { readFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { startDevServer, type BucketTypeProps, type DevServerSecurityOptions, type DevServerUser } from '../../dev-server.js';
import { UsageError, type Command } from '../command.js';
import { usageOfParseError } from '../parse-errors.js';
import { logRequests } from '../request-log.js';

const usage = `Usage: riak-pb serve [--host HOST] [--port PORT] [--bucket-type NAME=JSON_PROPS ...]
                     [--max-object-size BYTES] [--warn-object-size BYTES] [--seed N]
                     [--data-dir DIR] [--log requests]
                     [--tls-cert FILE --tls-key FILE [--tls-ca FILE]
                      [--user NAME:PASSWORD ...] [--cert-user NAME ...] [--trust-user NAME ...]
                      [--security-config FILE]]

Runs the in-memory Riak KV 3.x compatible dev server on HOST:PORT
(default 127.0.0.1:8087) until SIGINT or SIGTERM.

Options:
  --host HOST                   interface to listen on (default 127.0.0.1)
  --port PORT                   TCP port, 0 for any free port (default 8087)
  --bucket-type NAME=JSON       add a bucket type, e.g. --bucket-type 'carts={"datatype":"map"}'
                                (repeatable; preconfigured: maps, sets, counters, hlls, gsets, siblings)
  --max-object-size BYTES       refuse writes of larger objects with Riak's {too_large,Size}
                                (riak_kv max_object_size; default 52428800, 50 MB)
  --warn-object-size BYTES      log a warning for reads and writes of larger objects
                                (riak_kv warn_object_size; default 5242880, 5 MB)
  --data-dir DIR                keep the data in DIR, on LevelDB, across restarts: objects, 2i,
                                datatypes, bucket and bucket-type props (needs the package
                                classic-level); a bucket type with "backend":"memory" stays in memory
  --seed N                      order of results Riak returns in no order (listings, 2i without
                                pagination, MapReduce inputs); default: random, printed after the
                                listening line
  --log requests                also print one line per request: the message, type/bucket/key and
                                the reply (RpbGetReq default/users/ada -> RpbGetResp, or -> error: ...);
                                not after STARTTLS, where the bytes are encrypted
  -h, --help                    show this help

Security (Riak with security enabled: clients must STARTTLS, then authenticate):
  --tls-cert FILE               server certificate (PEM); turns security on, with --tls-key
  --tls-key FILE                server private key (PEM)
  --tls-ca FILE                 CA bundle (PEM) that client certificates must chain to
  --user NAME:PASSWORD          a user with the password source (repeatable; for tests only:
                                the password shows in the process list)
  --cert-user NAME              a user with the certificate source: a client certificate signed
                                by --tls-ca whose CN is NAME (repeatable; needs --tls-ca)
  --trust-user NAME             a user with the trust source: any password (repeatable)
  --auth-failure-delay MS       wait before answering a failed authentication (default 5000, as Riak)
  --security-config FILE        users, groups, grants and sources as \`riak admin security\` builds them,
                                as JSON: {"users": [{"name", "password", "groups"}],
                                "groups": [{"name", "groups"}],
                                "grants": [{"permissions": ["riak_kv.get"], "on": "any" | TYPE | [TYPE, BUCKET],
                                            "to": "all" | [NAMES]}],
                                "sources": [{"users": "all" | [NAMES], "cidr": "127.0.0.1/32",
                                             "source": "password" | "certificate" | "trust"}]}
                                With "grants", requests are checked as Riak checks them; without, every
                                authenticated user may do everything. Users from the flags are added.`;

function parseBucketType(spec: string): [string, BucketTypeProps] {
  const eq = spec.indexOf('=');
  if (eq <= 0) throw new UsageError(`--bucket-type expects NAME=JSON_PROPS, got ${JSON.stringify(spec)}`);
  const name = spec.slice(0, eq);
  let props: unknown;
  try {
    props = JSON.parse(spec.slice(eq + 1));
  } catch {
    throw new UsageError(`--bucket-type ${name}: the props are not valid JSON`);
  }
  // Accept riak-admin's {"props": {...}} wrapper too.
  if (props !== null && typeof props === 'object' && !Array.isArray(props) && 'props' in props && Object.keys(props).length === 1) {
    props = (props as { props: unknown }).props;
  }
  if (props === null || typeof props !== 'object' || Array.isArray(props)) throw new UsageError(`--bucket-type ${name}: the props must be a JSON object`);
  return [name, props as BucketTypeProps];
}

/** A --max-object-size / --warn-object-size value: a positive number of bytes. */
function bytesFlag(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const bytes = Number(value);
  if (!/^\d+$/.test(value) || bytes <= 0 || !Number.isSafeInteger(bytes))
    throw new UsageError(`${flag} expects a positive number of bytes, got ${JSON.stringify(value)}`);
  return bytes;
}

/** --seed: an integer from 0 to 2^32 - 1. */
function seedFlag(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const seed = Number(value);
  if (!/^\d+$/.test(value) || seed >= 2 ** 32) throw new UsageError(`--seed expects an integer from 0 to 4294967295, got ${JSON.stringify(value)}`);
  return seed;
}

function readPem(flag: string, file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (err) {
    throw new UsageError(`${flag} ${file}: ${(err as Error).message}`);
  }
}

interface SecurityValues {
  'tls-cert'?: string;
  'tls-key'?: string;
  'tls-ca'?: string;
  user: string[];
  'cert-user': string[];
  'trust-user': string[];
  'auth-failure-delay'?: string;
  'security-config'?: string;
}

/** The roles part of `security` from --security-config: a JSON object as documented in the usage. */
function readSecurityConfig(file: string): Pick<DevServerSecurityOptions, 'users' | 'groups' | 'grants' | 'sources'> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new UsageError(`--security-config ${file}: ${(err as Error).message}`);
  }
  let config: unknown;
  try {
    config = JSON.parse(text);
  } catch (err) {
    throw new UsageError(`--security-config ${file}: not valid JSON (${(err as Error).message})`);
  }
  if (config === null || typeof config !== 'object' || Array.isArray(config))
    throw new UsageError(`--security-config ${file}: expected a JSON object with users, groups, grants and sources`);
  const known = ['users', 'groups', 'grants', 'sources'];
  for (const [name, value] of Object.entries(config)) {
    if (!known.includes(name)) throw new UsageError(`--security-config ${file}: unknown field ${JSON.stringify(name)} (expected ${known.join(', ')})`);
    if (!Array.isArray(value)) throw new UsageError(`--security-config ${file}: ${name} must be an array`);
  }
  const { users = [], ...rest } = config as Partial<DevServerSecurityOptions>;
  return { users, ...rest };
}

/** The `security` option from the flags, or undefined when none is given (security off, as on a stock Riak). */
function securityOf(values: SecurityValues): DevServerSecurityOptions | undefined {
  const cert = values['tls-cert'];
  const key = values['tls-key'];
  const anyUser = values.user.length + values['cert-user'].length + values['trust-user'].length > 0;
  if (cert === undefined && key === undefined) {
    if (anyUser || values['tls-ca'] !== undefined || values['auth-failure-delay'] !== undefined || values['security-config'] !== undefined) {
      throw new UsageError('security flags need --tls-cert and --tls-key: Riak only authenticates over TLS');
    }
    return undefined;
  }
  if (cert === undefined || key === undefined) throw new UsageError('--tls-cert and --tls-key go together');
  if (values['cert-user'].length > 0 && values['tls-ca'] === undefined) throw new UsageError('--cert-user needs --tls-ca to verify client certificates');
  const users: DevServerUser[] = [
    ...values.user.map((spec): DevServerUser => {
      // ':' is not allowed in Riak user names, so the first one splits.
      const colon = spec.indexOf(':');
      if (colon <= 0) throw new UsageError(`--user expects NAME:PASSWORD, got ${JSON.stringify(spec)}`);
      return { name: spec.slice(0, colon), password: spec.slice(colon + 1), source: 'password' };
    }),
    ...values['cert-user'].map((name): DevServerUser => ({ name, source: 'certificate' })),
    ...values['trust-user'].map((name): DevServerUser => ({ name, source: 'trust' })),
  ];
  const delaySpec = values['auth-failure-delay'];
  if (delaySpec !== undefined && !/^\d+$/.test(delaySpec)) throw new UsageError(`--auth-failure-delay expects milliseconds, got ${JSON.stringify(delaySpec)}`);
  const config = values['security-config'] === undefined ? undefined : readSecurityConfig(values['security-config']);
  return {
    ...config,
    users: [...(config?.users ?? []), ...users],
    tls: {
      cert: readPem('--tls-cert', cert),
      key: readPem('--tls-key', key),
      ...(values['tls-ca'] === undefined ? {} : { ca: readPem('--tls-ca', values['tls-ca']) }),
    },
    ...(delaySpec === undefined ? {} : { authFailureDelayMs: Number(delaySpec) }),
  };
}

const SERVE_OPTIONS = {
  host: { type: 'string', default: '127.0.0.1' },
  port: { type: 'string', default: '8087' },
  'bucket-type': { type: 'string', multiple: true, default: [] },
  'max-object-size': { type: 'string' },
  'warn-object-size': { type: 'string' },
  'data-dir': { type: 'string' },
  seed: { type: 'string' },
  'tls-cert': { type: 'string' },
  'tls-key': { type: 'string' },
  'tls-ca': { type: 'string' },
  user: { type: 'string', multiple: true, default: [] },
  'cert-user': { type: 'string', multiple: true, default: [] },
  'trust-user': { type: 'string', multiple: true, default: [] },
  'auth-failure-delay': { type: 'string' },
  'security-config': { type: 'string' },
  log: { type: 'string', multiple: true, default: [] },
  help: { type: 'boolean', short: 'h', default: false },
} as const satisfies ParseArgsConfig['options'];

export const serve: Command = {
  name: 'serve',
  summary: 'run the in-memory Riak dev server',
  usage,
  async run(args, io) {
    let parsed: ReturnType<typeof parseArgs<{ args: string[]; options: typeof SERVE_OPTIONS; allowPositionals: false; strict: true }>>;
    try {
      parsed = parseArgs({ args, options: SERVE_OPTIONS, allowPositionals: false, strict: true });
    } catch (error) {
      throw usageOfParseError(error, Object.keys(SERVE_OPTIONS), args);
    }
    const { values } = parsed;
    if (values.help) {
      io.out(usage);
      return 0;
    }
    const port = Number(values.port);
    if (!/^\d+$/.test(values.port) || port > 65535) throw new UsageError(`--port expects a number from 0 to 65535, got ${JSON.stringify(values.port)}`);
    const bucketTypes = Object.fromEntries(values['bucket-type'].map(parseBucketType));
    const security = securityOf(values);
    const maxObjectSize = bytesFlag('--max-object-size', values['max-object-size']);
    const warnObjectSize = bytesFlag('--warn-object-size', values['warn-object-size']);
    const seed = seedFlag(values.seed);
    for (const what of values.log) if (what !== 'requests') throw new UsageError(`--log expects requests, got ${JSON.stringify(what)}`);
    const server = await startDevServer({
      host: values.host,
      port,
      bucketTypes,
      security,
      maxObjectSize,
      warnObjectSize,
      ...(seed === undefined ? {} : { seed }),
      ...(values['data-dir'] === undefined ? {} : { dataDir: values['data-dir'] }),
      log: (line) => io.out(line),
    });
    const stopLogging = values.log.length > 0 ? logRequests(server.port, (line) => io.out(line)) : undefined;
    const count = security?.users.length ?? 0;
    const secured = security === undefined ? '' : ` (security enabled: STARTTLS and authentication required; ${count} user${count === 1 ? '' : 's'})`;
    io.out(`listening on ${server.host.includes(':') ? `[${server.host}]` : server.host}:${server.port}${secured}`);
    io.out(`unordered results (listings, 2i without pagination, MapReduce inputs) use seed ${server.seed}: --seed ${server.seed} replays this order`);
    await new Promise<void>((resolve) => {
      const remove = io.onStop(() => {
        remove();
        resolve();
      });
    });
    stopLogging?.();
    await server.close();
    return 0;
  },
};
