import { createServer, type Server, type Socket } from 'node:net';
import { DEFAULT_MAX_FRAME_BYTES } from '../codec/frame-decoder.js';
import { RiakInvalidArgumentError } from '../errors.js';
import type { PropList } from './buckets/bucket-props.js';
import { ServerConnection } from './connection.js';
import { ServerContext } from './context.js';
import { bucketTypeProps, type BucketTypeProps } from './bucket-type-options.js';
import type { DeleteMode } from './store/database.js';
import { resolveSecurity, type DevServerAuthStats, type DevServerSecurityOptions } from './security/options.js';
import { ServerSecurity } from './security/session.js';
import { openDurableStore, type BackendName } from './store/leveldb/open-durable-store.js';
import { isSeed, randomSeed, setUnorderedSeed } from './store/unordered.js';
import { setRequestClock, type RequestClock } from './request-deadline.js';
import type { BucketRegistry } from './buckets/bucket-registry.js';
import { checkRingSize, DEFAULT_RING_SIZE } from './cluster/ring.js';
import { startCluster } from './cluster/start-cluster.js';
import type { ClusterControl, DevServerNode } from './cluster/types.js';

export type { BucketTypeProps } from './bucket-type-options.js';

/** Options of {@link startDevServer}. */
export interface DevServerOptions {
  /** Interface to listen on. Default `127.0.0.1`. */
  host?: string;
  /** TCP port; 0 picks a free one (read it back from `server.port`). Default 8087, Riak's PB port. */
  port?: number;
  /**
   * Extra bucket types, by name, with Riak props as `riak-admin bucket-type
   * create` takes them (`{ datatype: 'map' }`, `{ n_val: 1, allow_mult: false }`;
   * camelCase names are accepted too). They are added to, or replace, the
   * preconfigured `maps`, `sets`, `counters`, `hlls`, `gsets` and `siblings`.
   */
  bucketTypes?: Record<string, BucketTypeProps>;
  /** Erlang node name reported by RpbGetServerInfoReq and preflists. Default `riak@127.0.0.1`. */
  nodeName?: string;
  /** Version reported by RpbGetServerInfoReq. Default `3.2.0`. */
  serverVersion?: string;
  /** Largest request frame accepted; a longer length closes the connection. Default 64 MiB. */
  maxFrameBytes?: number;
  /**
   * How long deleted keys keep their tombstone (readable with `deletedvclock`),
   * like riak_kv's `delete_mode`: milliseconds, `'keep'` or `'immediate'`.
   * Default 3000, Riak's default.
   */
  deleteMode?: DeleteMode;
  /** Keys, buckets or 2i results per streamed response frame. Default 1000. */
  streamBatchSize?: number;
  /**
   * riak_kv's `max_object_size`: a put (KV or datatype) whose stored object
   * would be larger than this many bytes is refused with Riak's
   * `{too_large,Size}` error. The size is that of the object as Riak stores
   * it (riak_object's v1 binary: value, metadata, vclock and every sibling).
   * Default 52428800 (50 MB), as Riak.
   */
  maxObjectSize?: number;
  /**
   * riak_kv's `warn_object_size`: writing or reading an object larger than
   * this logs Riak's warning through `log`. Default 5242880 (5 MB), as Riak.
   */
  warnObjectSize?: number;
  /** Receives one line per accepted connection and Riak's warnings (the CLI prints them). */
  log?: (line: string) => void;
  /** Receives unexpected handler errors (bugs); the connection gets Riak's crash reply and is closed. */
  onError?: (error: unknown) => void;
  /**
   * Riak security: every connection must STARTTLS and then authenticate as
   * one of `users` before anything else is served (see security/options.ts).
   * Off by default, like Riak.
   */
  security?: DevServerSecurityOptions;
  /**
   * Keep the data in this directory, on LevelDB, across restarts: objects,
   * 2i entries, datatypes, bucket and bucket-type props. Needs the optional
   * package `classic-level`. Without it everything is in memory.
   */
  dataDir?: string;
  /**
   * With `dataDir`, the backend of buckets whose `backend` prop is unset:
   * `'leveldb'` (default) or `'memory'`. A bucket type (or bucket) picks the
   * other with `backend: 'memory'` / `backend: 'leveldb'`, as with Riak's
   * multi backend; any other name fails its requests with `timeout`.
   */
  defaultBackend?: BackendName;
  /**
   * With `dataDir`, sync every write to disk (LevelDB `sync: true`) before
   * acknowledging it, so no acknowledged write is lost to a killed server or
   * a crashed machine. Default true. False skips the sync, for bulk loading:
   * a killed process still loses nothing acknowledged, a machine crash may.
   */
  durableWrites?: boolean;
  /**
   * Seed of the order of results Riak returns in no order (key and bucket
   * listings, 2i queries without pagination, MapReduce inputs): they come
   * back in an order that depends only on the seed and the data, never
   * sorted on purpose. An integer from 0 to 2^32 - 1. Default: a random
   * seed per start, reported by `server.seed` (`riak-pb serve` prints it),
   * so a test that fails on one order can be replayed with it.
   */
  seed?: number;
  /**
   * The millisecond clock server-side `timeout` fields (listings, 2i, CS
   * bucket folds) are measured with. Default `performance.now`. Tests pass
   * a clock that advances on every read to make a timeout happen for sure.
   */
  requestClock?: RequestClock;
  /**
   * Simulate a Riak cluster of this many nodes in the process: nodes
   * `dev1@127.0.0.1` ... `devN@127.0.0.1`, each with its own PB port
   * (`port`, `port + 1`, ...; every one a free port when `port` is 0), one
   * consistent-hashing ring, each object on its n_val preference-list
   * vnodes, requests run as Riak's get/put FSMs, faults on command through
   * `server.cluster` (docs/dev-server.md, "Simulated cluster"). From 1 to
   * 64; default 1: a one-node server, without any of that.
   */
  nodes?: number;
  /** The cluster's number of partitions (riak.conf `ring_size`): a power of 2 from 8 to 1024. Default 64, Riak's. Needs `nodes`. */
  ringSize?: number;
  /**
   * The cluster's default n_val (riak.conf `buckets.default.n_val`): the
   * default bucket type's and that of every type created without one. From
   * 1 to ringSize. Default 3, Riak's. Needs `nodes`.
   */
  nVal?: number;
}

/** A running dev server. */
export interface DevServer {
  /** The interface listened on. */
  readonly host: string;
  /** The port (a simulated cluster's first node's; every node's in `nodes`). */
  readonly port: number;
  /**
   * `riak://host:port`, for `new RiakClient(server.url)`. A server listening
   * on every interface (`0.0.0.0`, `::`) is named by its loopback address.
   * A simulated cluster's names every node (`riak://127.0.0.1:p1,127.0.0.1:p2,...`),
   * so the client balances over them as over a real cluster.
   */
  readonly url: string;
  /**
   * The seed of the order of unordered results (see {@link DevServerOptions.seed}),
   * and of every choice a simulated cluster makes.
   */
  readonly seed: number;
  /** Every node's PB listener: the only node, or the simulated cluster's `dev1` ... `devN`. */
  readonly nodes: readonly DevServerNode[];
  /** Faults and inspection of a simulated cluster (`nodes` > 1); undefined on a one-node server. */
  readonly cluster: ClusterControl | undefined;
  /** Counters of STARTTLS and authentication requests, with or without security. */
  authStats(): DevServerAuthStats;
  /** The PB connections open now (accepted and not yet closed): a test can wait for the server to have accepted its sockets. */
  connectionCount(): number;
  /** Closes the listener and every connection; resolves once all are closed. */
  close(): Promise<void>;
  /** `await using server = await startDevServer()`: closes the server (`close()`) when the scope ends. */
  [Symbol.asyncDispose](): Promise<void>;
}

/**
 * The bucket types a Riak dev cluster set up per the Riak docs has
 * (`riak-admin bucket-type create maps '{"props":{"datatype":"map"}}'`, ...).
 */
const PRECONFIGURED_TYPES: Record<string, BucketTypeProps> = {
  maps: { datatype: 'map' },
  sets: { datatype: 'set' },
  counters: { datatype: 'counter' },
  hlls: { datatype: 'hll' },
  gsets: { datatype: 'gset' },
  siblings: { allow_mult: true },
};

/** riak_kv.app.src defaults (riak.conf `object.size.maximum = 50MB`, `object.size.warning_threshold = 5MB`). */
const DEFAULT_MAX_OBJECT_SIZE = 52428800;
const DEFAULT_WARN_OBJECT_SIZE = 5242880;

function positiveInteger(value: number | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value <= 0) throw new RiakInvalidArgumentError(`Invalid ${name}: ${value} (expected a positive integer)`);
  return value;
}

function createBucketTypes(buckets: BucketRegistry, bucketTypes: Record<string, BucketTypeProps> | undefined): void {
  const types: Record<string, BucketTypeProps> = { ...PRECONFIGURED_TYPES, ...bucketTypes };
  for (const [name, props] of Object.entries(types)) {
    let list: PropList;
    try {
      list = bucketTypeProps(props);
      buckets.createType(name, list);
    } catch (err) {
      throw new RiakInvalidArgumentError(`Invalid bucketTypes.${name}: ${(err as Error).message}`, { cause: err });
    }
  }
}

/** The cluster options, validated: undefined for a one-node server. */
function clusterShape(options: DevServerOptions): { nodes: number; ringSize: number; nVal: number } | undefined {
  const nodes = options.nodes ?? 1;
  if (!Number.isInteger(nodes) || nodes < 1 || nodes > 64)
    throw new RiakInvalidArgumentError(`Invalid nodes: ${String(options.nodes)} (expected an integer from 1 to 64)`);
  if (nodes === 1) {
    if (options.ringSize !== undefined || options.nVal !== undefined)
      throw new RiakInvalidArgumentError('ringSize and nVal need nodes: a one-node server has no ring');
    return undefined;
  }
  const ringSize = options.ringSize ?? DEFAULT_RING_SIZE;
  checkRingSize(ringSize);
  const nVal = options.nVal ?? 3;
  if (!Number.isInteger(nVal) || nVal < 1 || nVal > ringSize)
    throw new RiakInvalidArgumentError(`Invalid nVal: ${String(options.nVal)} (expected an integer from 1 to ringSize, ${ringSize})`);
  if (options.nodeName !== undefined)
    throw new RiakInvalidArgumentError('nodeName names a one-node server; the nodes of a cluster are dev1@127.0.0.1 ... devN@127.0.0.1');
  if (options.dataDir !== undefined || options.defaultBackend !== undefined || options.durableWrites !== undefined) {
    throw new RiakInvalidArgumentError('dataDir, defaultBackend and durableWrites are for a one-node server: a simulated cluster keeps its vnodes in memory');
  }
  return { nodes, ringSize, nVal };
}

/**
 * Starts an in-memory server that speaks Riak's Protocol Buffers API on a
 * real TCP port and behaves like a one-node Riak KV 3.x cluster: same
 * semantics, response shapes, error texts and streaming.
 *
 * ```ts
 * const server = await startDevServer({ port: 0 });
 * const client = new RiakClient({ nodes: [`${server.host}:${server.port}`] });
 * ```
 */
export async function startDevServer(options: DevServerOptions = {}): Promise<DevServer> {
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? 8087;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new RiakInvalidArgumentError(`Invalid port: ${port}`);
  const deleteMode = options.deleteMode ?? 3000;
  if (!(deleteMode === 'keep' || deleteMode === 'immediate' || (typeof deleteMode === 'number' && deleteMode >= 0))) {
    throw new RiakInvalidArgumentError(`Invalid deleteMode: ${String(deleteMode)} (expected milliseconds, 'keep' or 'immediate')`);
  }
  const maxFrameBytes = positiveInteger(options.maxFrameBytes, 'maxFrameBytes', DEFAULT_MAX_FRAME_BYTES);
  const objectSize = {
    max: positiveInteger(options.maxObjectSize, 'maxObjectSize', DEFAULT_MAX_OBJECT_SIZE),
    warn: positiveInteger(options.warnObjectSize, 'warnObjectSize', DEFAULT_WARN_OBJECT_SIZE),
  };
  const shape = clusterShape(options);
  if (shape !== undefined) return startClusterServer(options, { host, port, deleteMode, maxFrameBytes, objectSize, ...shape });
  const context = new ServerContext({
    deleteMode,
    streamBatchSize: positiveInteger(options.streamBatchSize, 'streamBatchSize', 1000),
    nodeName: options.nodeName ?? 'riak@127.0.0.1',
    serverVersion: options.serverVersion ?? '3.2.0',
    objectSize,
    log: options.log,
  });
  if (options.seed !== undefined && !isSeed(options.seed))
    throw new RiakInvalidArgumentError(`Invalid seed: ${String(options.seed)} (expected an integer from 0 to 4294967295)`);
  if (options.requestClock !== undefined && typeof options.requestClock !== 'function')
    throw new RiakInvalidArgumentError('Invalid requestClock: expected a function returning milliseconds');
  const seed = options.seed ?? randomSeed();
  setUnorderedSeed(context, seed);
  if (options.requestClock !== undefined) setRequestClock(context, options.requestClock);
  createBucketTypes(context.buckets, options.bucketTypes);

  const security = new ServerSecurity(options.security === undefined ? undefined : resolveSecurity(options.security), options.log);
  if (options.dataDir !== undefined) {
    if (typeof options.dataDir !== 'string' || options.dataDir === '') throw new RiakInvalidArgumentError(`Invalid dataDir: ${String(options.dataDir)}`);
    if (options.defaultBackend !== undefined && options.defaultBackend !== 'leveldb' && options.defaultBackend !== 'memory') {
      throw new RiakInvalidArgumentError(`Invalid defaultBackend: ${String(options.defaultBackend)} (expected 'leveldb' or 'memory')`);
    }
    openDurableStore(context, {
      dataDir: options.dataDir,
      defaultBackend: options.defaultBackend,
      sync: options.durableWrites,
      log: options.log ?? (() => {}),
    });
  } else if (options.defaultBackend !== undefined || options.durableWrites !== undefined) {
    throw new RiakInvalidArgumentError('defaultBackend and durableWrites need dataDir: without it everything is in memory');
  }

  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    options.log?.(`connection from ${socket.remoteAddress}:${socket.remotePort}`);
    new ServerConnection(socket, context, { maxFrameBytes, onError: options.onError, security: security.session() });
  });
  server.maxConnections = 65536;
  await new Promise<void>((resolve, reject) => {
    const failed = (err: Error): void => {
      context.close(); // the store too: a data dir must not stay locked by a server that never started
      reject(err);
    };
    server.once('error', failed);
    server.listen(port, host, () => {
      server.off('error', failed);
      resolve();
    });
  });
  server.on('error', (err) => options.onError?.(err));
  const address = server.address();
  const boundPort = address !== null && typeof address === 'object' ? address.port : port;
  context.host = host;
  context.port = boundPort;

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= new Promise<void>((resolve) => {
      server.close(() => resolve());
      for (const socket of sockets) socket.destroy();
      context.close();
    });
    return closing;
  };
  const reachable = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '::1' : host;
  const urlHost = reachable.includes(':') ? `[${reachable}]` : reachable;
  const url = `riak://${urlHost}:${boundPort}`;
  return {
    host,
    port: boundPort,
    url,
    seed,
    nodes: [{ name: context.nodeName, host, port: boundPort, url }],
    cluster: undefined,
    authStats: () => ({ ...security.stats }),
    connectionCount: () => sockets.size,
    close,
    [Symbol.asyncDispose]: close,
  };
}

/** {@link startDevServer} with `nodes` > 1: the same options, validated the same way, for N virtual nodes. */
async function startClusterServer(
  options: DevServerOptions,
  resolved: {
    host: string;
    port: number;
    deleteMode: DeleteMode;
    maxFrameBytes: number;
    objectSize: { max: number; warn: number };
    nodes: number;
    ringSize: number;
    nVal: number;
  },
): Promise<DevServer> {
  if (resolved.port !== 0 && resolved.port + resolved.nodes - 1 > 65535) {
    throw new RiakInvalidArgumentError(`Invalid port: ${resolved.port} (the ${resolved.nodes} nodes listen on port ... port + ${resolved.nodes - 1})`);
  }
  if (options.seed !== undefined && !isSeed(options.seed))
    throw new RiakInvalidArgumentError(`Invalid seed: ${String(options.seed)} (expected an integer from 0 to 4294967295)`);
  if (options.requestClock !== undefined && typeof options.requestClock !== 'function')
    throw new RiakInvalidArgumentError('Invalid requestClock: expected a function returning milliseconds');
  const seed = options.seed ?? randomSeed();
  const security = new ServerSecurity(options.security === undefined ? undefined : resolveSecurity(options.security), options.log);
  const started = await startCluster({
    ...resolved,
    seed,
    streamBatchSize: positiveInteger(options.streamBatchSize, 'streamBatchSize', 1000),
    serverVersion: options.serverVersion ?? '3.2.0',
    security,
    log: options.log,
    onError: options.onError,
    requestClock: options.requestClock,
    createTypes: (buckets) => createBucketTypes(buckets, options.bucketTypes),
  });
  const first = started.nodes[0];
  return {
    host: first.host,
    port: first.port,
    url: `riak://${started.nodes.map((n) => n.url.slice('riak://'.length)).join(',')}`,
    seed,
    nodes: started.nodes,
    cluster: started.control,
    authStats: () => ({ ...security.stats }),
    connectionCount: () => started.connectionCount(),
    close: started.close,
    [Symbol.asyncDispose]: started.close,
  };
}
