import type { Buffer } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { startDevServer, type BucketTypeProps, type DevServer, type DevServerSecurityOptions, type DevServerUser } from '../../dev-server.js';
import { CONSOLE_HELP, startConsole } from '../cluster-console.js';
import { stdioOf } from '../output.js';
import { UsageError, type Command, type CommandIo } from '../command.js';
import { usageOfParseError } from '../parse-errors.js';
import { logRequests } from '../request-log.js';

const usage = `Usage: riak-pb serve [--host HOST] [--port PORT] [--bucket-type NAME=JSON_PROPS ...]
                     [--max-object-size BYTES] [--warn-object-size BYTES] [--seed N]
                     [--data-dir DIR] [--log requests]
                     [--nodes N [--ring-size R] [--n-val N]]
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

Simulated cluster (several Riak nodes in this process, faults on command):
  --nodes N                     run N nodes, dev1@127.0.0.1 ... devN@127.0.0.1 (2 to 64), each on its
                                own port (PORT, PORT+1, ...; each a free port with --port 0), sharing
                                one ring; each node's name and address is printed. Commands on stdin,
                                one per line, each answered with one line (ok: ... or error: ...):
                                  stop NODE, start NODE        stop a node (its data is kept) / restart it
                                  partition A,B C,D,E          split the nodes into groups that cannot reach
                                                               each other (nodes left out form one more group)
                                  heal                         end the partition
                                  slow NODE MS                 delay the node's answers by MS (0: normal)
                                  settle                       run handoff, anti-entropy and reaping to the end
                                  help                         list the commands
                                NODE is dev2 or dev2@127.0.0.1. --seed also fixes every choice the cluster makes.
  --ring-size R                 partitions of the ring: a power of 2 from 8 to 1024 (default 64, as Riak)
  --n-val N                     default n_val of the buckets (default 3, as Riak)

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

/** --nodes, --ring-size, --n-val: the cluster's shape, or undefined for a one-node server. */
interface ClusterFlags {
  nodes: number;
  ringSize?: number;
  nVal?: number;
}

function integerFlag(flag: string, value: string | undefined, expected: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value))) throw new UsageError(`${flag} expects ${expected}, got ${JSON.stringify(value)}`);
  return Number(value);
}

function clusterFlags(values: { nodes?: string; 'ring-size'?: string; 'n-val'?: string; 'data-dir'?: string }): ClusterFlags | undefined {
  const nodes = integerFlag('--nodes', values.nodes, 'a number of nodes from 1 to 64') ?? 1;
  const ringSize = integerFlag('--ring-size', values['ring-size'], 'a power of 2 from 8 to 1024');
  const nVal = integerFlag('--n-val', values['n-val'], 'an n_val from 1 to the ring size');
  if (nodes < 2) {
    if (ringSize !== undefined || nVal !== undefined) throw new UsageError('--ring-size and --n-val need --nodes 2 or more: a one-node server has no ring');
    return undefined;
  }
  if (values['data-dir'] !== undefined) throw new UsageError('--data-dir is for a one-node server: a simulated cluster (--nodes) keeps its vnodes in memory');
  return { nodes, ...(ringSize === undefined ? {} : { ringSize }), ...(nVal === undefined ? {} : { nVal }) };
}

const CLUSTER_FLAG_OF: Record<string, string> = { nodes: '--nodes', ringSize: '--ring-size', nVal: '--n-val' };

/** startDevServer, its refusal of a cluster flag's value turned into a usage error naming the flag. */
async function start(cluster: ClusterFlags | undefined, options: Parameters<typeof startDevServer>[0]): Promise<DevServer> {
  try {
    return await startDevServer({ ...options, ...cluster });
  } catch (error) {
    const refused = /^Invalid (nodes|ringSize|nVal): (.*)$/s.exec(error instanceof Error ? error.message : '');
    const flag = refused === null ? undefined : CLUSTER_FLAG_OF[refused[1] as string];
    if ((error as { code?: unknown }).code === 'RIAK_INVALID_ARGUMENT' && flag !== undefined) {
      throw new UsageError(`${flag}: ${refused?.[2]}`, { cause: error });
    }
    throw error;
  }
}

/** --log requests: one line per request on every node, prefixed with the node's name when there are several. */
function logEachNode(server: DevServer, io: CommandIo): () => void {
  const several = server.nodes.length > 1;
  const stops = server.nodes.map((node) => logRequests(node.port, (line) => io.out(several ? `${node.name.slice(0, node.name.indexOf('@'))}: ${line}` : line)));
  return () => {
    for (const stop of stops) stop();
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
  nodes: { type: 'string' },
  'ring-size': { type: 'string' },
  'n-val': { type: 'string' },
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
    const cluster = clusterFlags(values);
    const server = await start(cluster, {
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
    const stopLogging = values.log.length > 0 ? logEachNode(server, io) : undefined;
    const count = security?.users.length ?? 0;
    const secured = security === undefined ? '' : ` (security enabled: STARTTLS and authentication required; ${count} user${count === 1 ? '' : 's'})`;
    const address = (host: string, nodePort: number): string => `${host.includes(':') ? `[${host}]` : host}:${nodePort}`;
    if (server.cluster === undefined) io.out(`listening on ${address(server.host, server.port)}${secured}`);
    else {
      for (const node of server.nodes) io.out(`${node.name} listening on ${address(node.host, node.port)}${secured}`);
      io.out(
        `simulated cluster of ${server.nodes.length} nodes, ring_size ${cluster?.ringSize ?? 64}, n_val ${cluster?.nVal ?? 3}; control on stdin, ${CONSOLE_HELP}`,
      );
    }
    io.out(
      `unordered results (listings, 2i without pagination, MapReduce inputs)${server.cluster === undefined ? '' : " and the cluster's choices"} use seed ${server.seed}: --seed ${server.seed} replays this order`,
    );
    const clusterConsole = server.cluster === undefined ? undefined : startConsole(server.cluster, stdioOf(io).stdin, (line) => io.out(line));
    await new Promise<void>((resolve) => {
      const remove = io.onStop(() => {
        remove();
        resolve();
      });
    });
    await clusterConsole?.close();
    stopLogging?.();
    await server.close();
    return 0;
  },
};
