import { X509Certificate } from 'node:crypto';
import { createSecureContext, type ConnectionOptions as TlsOptions } from 'node:tls';
import type { AuthOptions, SecurityOptions } from '../connection/handshake.js';
import { RiakInvalidArgumentError } from '../errors.js';
import type { Balancer } from './balancer.js';
import { milliseconds, resolveHealth, type HealthCheckOption, type ResolvedHealth } from './health-check.js';
import { resolveNodes, type NodeOptions, type ResolvedNode } from './node-options.js';

export interface RetryOptions {
  /** Total tries per request, first included. Default 3; 1 disables retries. */
  attempts?: number;
  /** First backoff in ms; doubles per retry, with full jitter. Default 20. */
  backoffMs?: number;
  /** Backoff ceiling in ms. Default 1000. */
  maxBackoffMs?: number;
}

export interface HealthOptions {
  /** First delay before probing a node marked down, in ms. Default 100. */
  probeInitialMs?: number;
  /** Longest delay between probes, in ms. Default 5000. */
  probeMaxMs?: number;
  /**
   * What tells a node is fit for traffic, run when probing a node marked down
   * and every `intervalMs`: `'ping'` (default), `{ canary: { bucket, key, type? } }`
   * (a put/get round trip on that key), or a function given a `HealthProbe`.
   */
  check?: HealthCheckOption;
  /** Run the check on every up node this often, in ms; a failure marks the node down. Default 0: only when probing. */
  intervalMs?: number;
  /** ms a check may take before it counts as failed. Default: `connectTimeout`. */
  timeoutMs?: number;
}

export interface DiscoveryOptions {
  /** How often to ask for the cluster's up nodes (RpbMembershipReq), in ms. Default 60000. */
  intervalMs?: number;
}

export interface PoolOptions {
  /** Riak nodes as `host:port` (port defaults to 8087). Required. `PoolConfig` also takes nodes with options of their own. */
  nodes: string[];
  /** Connections kept open per node, opened at start. Default 1. */
  minConnections?: number;
  /** Most connections per node, opened on demand. Default 8. */
  maxConnections?: number;
  /**
   * The most requests pipelined on one connection. Default 128; 16 with
   * `adaptive: false`, where a connection takes this many before another is
   * used or opened.
   */
  maxInFlightPerConnection?: number;
  /**
   * Sizes each node's pool from its traffic (default true): requests are
   * spread over more connections while that lowers their latency (a server
   * busy with one connection's requests works on another connection's
   * elsewhere), and pipelined deeper on the open ones while it does not, up
   * to `maxInFlightPerConnection`, within `minConnections`..`maxConnections`
   * (see docs/performance.md). `false` fixes the pipeline depth instead:
   * another connection opens (up to `maxConnections`) as soon as every open
   * one has work. For a fixed number of connections, set `minConnections`
   * equal to `maxConnections`.
   */
  adaptive?: boolean;
  /** Requests waiting for a free connection before `RiakQueueFullError`. Default 10000. */
  maxQueue?: number;
  /**
   * ms allowed to open a connection (TCP, plus STARTTLS/auth when secured).
   * Default 5000; 10000 when the pool authenticates, because Riak answers a
   * failed authentication only after 5 s.
   */
  connectTimeout?: number;
  /** Default client-side deadline of a unary call in ms, queueing and retries included (0 = none). Default 30000. */
  requestTimeout?: number;
  /**
   * Default longest silence between two frames of a streamed reply (list
   * keys, 2i and MapReduce streams, folds) while its consumer keeps up, in
   * ms; 0 = none. A stream as a whole has no deadline unless the call sets
   * `requestTimeout`. Default 75000: above Riak's own 60 s default timeout
   * for listings, 2i and MapReduce, so a working node reports its own
   * `timeout` first.
   */
  streamIdleTimeout?: number;
  /** ms a connection above `minConnections` may stay idle before it is closed. Default 30000. */
  idleTimeout?: number;
  /**
   * ms after which a connection is recycled: it takes no new requests, closes
   * once those it has are answered, and a new one opens as needed (for load
   * balancers and certificate rotation). Default 0: never.
   */
  maxConnectionLifetime?: number;
  /** How a node is chosen: `least-in-flight` (default), `round-robin`, or a function. */
  balancer?: 'least-in-flight' | 'round-robin' | Balancer;
  /** Retries of failed idempotent requests on another connection or node. */
  retry?: RetryOptions;
  /** Probing of nodes marked down. */
  health?: HealthOptions;
  /** Keep the node list current from the cluster's membership (Riak 3.0.10+). Off by default. */
  discovery?: boolean | DiscoveryOptions;
  /** See `ConnectionOptions.readTimeout`. Default 5000. */
  readTimeout?: number;
  /** Largest frame accepted from a server. Default 64 MiB. */
  maxFrameBytes?: number;
  /**
   * Upgrade every connection with STARTTLS (Riak security). Node TLS options:
   * `ca`, `cert`, `key`, `servername`...; certificates are verified unless
   * `rejectUnauthorized: false`. With a client certificate (`cert`/`key`)
   * and no `auth`, the pool authenticates as the certificate's CN.
   */
  tls?: TlsOptions;
  /** Authenticate every connection after STARTTLS. Requires `tls`: credentials never travel in plaintext. */
  auth?: AuthOptions;
  /**
   * Captures the caller's stack when each call is made and appends it to the
   * stack of the error the call fails with (after `--- the call was made at:`),
   * so a server error points into the application's code. Costs a stack
   * capture per call (see the README's benchmark figures). Default false.
   */
  captureStackTraces?: boolean;
  /**
   * Lets the process exit while the client is idle, without `close()`: a
   * connection keeps the event loop alive only while a request waits on it
   * (its socket is unref'd when idle, as pg's `allowExitOnIdle`). Default
   * false: a long-lived client stays connected between bursts of work and
   * `close()` ends it; set it in scripts and CLIs that finish when their work does.
   */
  allowExitOnIdle?: boolean;
}

/** {@link PoolOptions} whose nodes may also carry options of their own ({@link NodeOptions}): what a pool is built from. */
export type PoolConfig = Omit<PoolOptions, 'nodes'> & { nodes: readonly (string | NodeOptions)[] };

export interface ResolvedPoolOptions {
  nodes: ResolvedNode[];
  minConnections: number;
  maxConnections: number;
  maxInFlightPerConnection: number;
  adaptive: boolean;
  maxQueue: number;
  connectTimeout: number;
  requestTimeout: number;
  streamIdleTimeout: number;
  idleTimeout: number;
  maxConnectionLifetime: number;
  balancer: 'least-in-flight' | 'round-robin' | Balancer;
  retry: Required<RetryOptions>;
  health: ResolvedHealth;
  discovery: Required<DiscoveryOptions> | undefined;
  readTimeout: number;
  maxFrameBytes: number;
  security: SecurityOptions | undefined;
  captureStackTraces: boolean;
  allowExitOnIdle: boolean;
}

function integer(name: string, value: unknown, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    throw new RiakInvalidArgumentError(`Invalid ${name}: ${JSON.stringify(value)} (expected an integer >= ${min})`);
  }
  return value;
}

function flag(name: string, value: unknown): boolean {
  if (value === undefined) return false;
  if (typeof value !== 'boolean') throw new RiakInvalidArgumentError(`Invalid ${name}: ${JSON.stringify(value)} (expected true or false)`);
  return value;
}

const KNOWN = new Set([
  'adaptive',
  'nodes',
  'minConnections',
  'maxConnections',
  'maxInFlightPerConnection',
  'maxQueue',
  'connectTimeout',
  'requestTimeout',
  'streamIdleTimeout',
  'idleTimeout',
  'balancer',
  'retry',
  'health',
  'discovery',
  'readTimeout',
  'maxFrameBytes',
  'tls',
  'auth',
  'captureStackTraces',
  'allowExitOnIdle',
  'maxConnectionLifetime',
]);

/** Validates options and fills in defaults; every error names the option. */
export function resolvePoolOptions(options: PoolConfig): ResolvedPoolOptions {
  for (const key of Object.keys(options)) {
    if (!KNOWN.has(key)) throw new RiakInvalidArgumentError(`Unknown option ${JSON.stringify(key)}`);
  }
  if (!Array.isArray(options.nodes) || options.nodes.length === 0) throw new RiakInvalidArgumentError('Invalid nodes: give at least one "host:port" string');
  const o = options;
  const minConnections = integer('minConnections', o.minConnections, 1, 0);
  const maxConnections = integer('maxConnections', o.maxConnections, Math.max(8, minConnections), 1);
  const adaptive = o.adaptive === undefined ? true : flag('adaptive', o.adaptive);
  if (minConnections > maxConnections)
    throw new RiakInvalidArgumentError(`Invalid minConnections: ${minConnections} is above maxConnections ${maxConnections}`);
  const balancer = o.balancer ?? 'least-in-flight';
  if (typeof balancer !== 'function' && balancer !== 'least-in-flight' && balancer !== 'round-robin') {
    throw new RiakInvalidArgumentError(`Invalid balancer: ${JSON.stringify(balancer)} (expected 'least-in-flight', 'round-robin' or a function)`);
  }
  if (o.auth !== undefined) {
    if (o.tls === undefined) {
      throw new RiakInvalidArgumentError('Invalid auth: Riak credentials are only sent over TLS; set the `tls` option too');
    }
    if (o.auth === null || typeof o.auth.user !== 'string' || o.auth.user === '')
      throw new RiakInvalidArgumentError('Invalid auth.user: expected a non-empty string');
    if (o.auth.password !== undefined && typeof o.auth.password !== 'string') throw new RiakInvalidArgumentError('Invalid auth.password: expected a string');
  }
  if (o.tls !== undefined && (o.tls === null || typeof o.tls !== 'object'))
    throw new RiakInvalidArgumentError('Invalid tls: expected Node TLS connection options');
  if (o.tls !== undefined) {
    try {
      // Certificates and keys that do not parse fail here, not on every connect.
      createSecureContext(o.tls);
    } catch (cause) {
      throw new RiakInvalidArgumentError(`Invalid tls: ${(cause as Error).message}`, { cause });
    }
  }
  const auth = o.auth ?? (o.tls?.cert === undefined ? undefined : { user: certificateUser(o.tls.cert) });
  const retry = o.retry ?? {};
  const health = o.health ?? {};
  const discovery = o.discovery === true ? {} : o.discovery || undefined;
  const connectTimeout = integer('connectTimeout', o.connectTimeout, auth === undefined ? 5000 : 10_000, 1);
  return {
    nodes: resolveNodes(o.nodes, { minConnections, maxConnections, tls: o.tls !== undefined }),
    minConnections,
    maxConnections,
    maxInFlightPerConnection: integer('maxInFlightPerConnection', o.maxInFlightPerConnection, adaptive ? 128 : 16, 1),
    adaptive,
    maxQueue: integer('maxQueue', o.maxQueue, 10_000, 0),
    connectTimeout,
    requestTimeout: integer('requestTimeout', o.requestTimeout, 30_000, 0),
    streamIdleTimeout: integer('streamIdleTimeout', o.streamIdleTimeout, 75_000, 0),
    idleTimeout: integer('idleTimeout', o.idleTimeout, 30_000, 1),
    maxConnectionLifetime: milliseconds('maxConnectionLifetime', o.maxConnectionLifetime, 0, 0),
    balancer,
    retry: {
      attempts: integer('retry.attempts', retry.attempts, 3, 1),
      backoffMs: integer('retry.backoffMs', retry.backoffMs, 20, 0),
      maxBackoffMs: integer('retry.maxBackoffMs', retry.maxBackoffMs, 1000, 0),
    },
    health: resolveHealth(health, connectTimeout),
    discovery: discovery ? { intervalMs: integer('discovery.intervalMs', discovery.intervalMs, 60_000, 10) } : undefined,
    readTimeout: integer('readTimeout', o.readTimeout, 5000, 1),
    maxFrameBytes: integer('maxFrameBytes', o.maxFrameBytes, 64 * 1024 * 1024, 16),
    security: o.tls === undefined ? undefined : { tls: o.tls, ...(auth ? { auth: hidePassword(auth) } : {}) },
    captureStackTraces: flag('captureStackTraces', o.captureStackTraces),
    allowExitOnIdle: flag('allowExitOnIdle', o.allowExitOnIdle),
  };
}

/**
 * The subject CN of the client certificate (the first one of a chain),
 * lowercased: the user name Riak's certificate source expects in RpbAuthReq.
 */
function certificateUser(cert: NonNullable<TlsOptions['cert']>): string {
  const first = Array.isArray(cert) ? cert[0] : cert;
  let subject: string;
  try {
    subject = new X509Certificate(first).subject;
  } catch (cause) {
    throw new RiakInvalidArgumentError(`Invalid tls.cert: not a PEM certificate (${(cause as Error).message})`, { cause });
  }
  const cn = subject.split('\n').find((line) => line.startsWith('CN='));
  if (cn === undefined || cn.length === 3) {
    throw new RiakInvalidArgumentError('Invalid tls.cert: the certificate has no subject CN; name the Riak user with `auth: { user }`');
  }
  // riak-admin stores user names lowercased and Riak lowercases the CN
  // before comparing, but compares the RpbAuthReq user as sent.
  return cn.slice(3).toLowerCase();
}

/** A copy of the credentials whose password does not show in logs or `util.inspect`. */
function hidePassword(auth: AuthOptions): AuthOptions {
  const copy: AuthOptions = { user: auth.user };
  Object.defineProperty(copy, 'password', { value: auth.password ?? '', enumerable: false });
  return copy;
}
