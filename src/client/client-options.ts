import { RiakInvalidArgumentError } from '../errors.js';
import { parseRiakUrl, redactUrl } from '../pool/connection-url.js';
import type { NodeOptions, PoolConfig, PoolOptions } from '../pool/pool.js';
import { resolvePoolOptions } from '../pool/pool-options.js';

/**
 * Client options: the pool's (`nodes`, sizing, timeouts, retries, TLS, ...),
 * with the nodes given either as `nodes` or inside a `riak://` `url`.
 */
export interface RiakClientOptions extends Omit<PoolOptions, 'nodes'> {
  /**
   * Riak nodes as `host:port` (or `riak://host:port`; the port defaults to
   * 8087), or with options of their own: `{ node: 'host:port', weight: 2,
   * maxConnections: 4, servername: 'riak1.example.com' }` (see `NodeOptions`).
   * Required unless `url` is given.
   */
  nodes?: (string | NodeOptions)[];
  /**
   * A connection string, `riak://[user[:password]@]host[:port][,host[:port]...][/][?tls=true&ca=...]`
   * (see `parseRiakUrl`). Options given beside it win over its parameters;
   * `tls` objects are merged. Not together with `nodes`.
   */
  url?: string;
}

/**
 * Checks client options as `new RiakClient(options)` does, without creating
 * a client or connecting: throws the `RiakInvalidArgumentError` the
 * constructor would throw, naming the option (a bad node address, an unknown
 * option, credentials without TLS, a certificate that does not parse...).
 *
 * ```ts
 * checkClientOptions({ nodes: ['10.0.0.5:8087'], requestTimeout: 5000 }); // fine
 * checkClientOptions({ nodes: ['10.0.0.5:port'] }); // throws: Invalid node address "10.0.0.5:port" (expected host:port)
 * ```
 * @category Client
 */
export function checkClientOptions(options: RiakClientOptions | string): void {
  // Node addresses and their options are checked there too.
  resolvePoolOptions(poolOptionsOf(options));
}

/** The pool options of `new RiakClient(urlOrOptions)`: a URL parsed, merged with the options given beside it. */
export function poolOptionsOf(input: RiakClientOptions | string): PoolConfig {
  if (typeof input === 'string') return withCredentialsChecked(parseRiakUrl(input), input);
  if (input === null || typeof input !== 'object') {
    throw new RiakInvalidArgumentError('RiakClient needs a riak:// URL or an options object with `nodes` or `url`');
  }
  const { url, ...rest } = input;
  if (url === undefined) {
    if (rest.nodes === undefined) throw new RiakInvalidArgumentError('Invalid nodes: give at least one "host:port" string (or a riak:// `url`)');
    return rest as PoolConfig;
  }
  if (typeof url !== 'string') throw new RiakInvalidArgumentError(`Invalid url: expected a riak:// connection string, got ${typeof url}`);
  if (rest.nodes !== undefined) throw new RiakInvalidArgumentError('Give the nodes either as `nodes` or in `url`, not both');
  const merged: PoolOptions = parseRiakUrl(url);
  const fromUrl = { tls: merged.tls };
  for (const [name, value] of Object.entries(rest)) {
    if (value !== undefined) (merged as unknown as Record<string, unknown>)[name] = value;
  }
  if (fromUrl.tls !== undefined && rest.tls !== undefined && rest.tls !== null && typeof rest.tls === 'object') merged.tls = { ...fromUrl.tls, ...rest.tls };
  return withCredentialsChecked(merged, url);
}

/** Credentials from a URL need TLS: say so in the URL's terms (the pool's own check names the `tls` option). */
function withCredentialsChecked(options: PoolOptions, url: string): PoolOptions {
  if (options.auth !== undefined && options.tls === undefined) {
    throw new RiakInvalidArgumentError(
      `Invalid url ${JSON.stringify(redactUrl(url))}: Riak credentials are only sent over TLS: add tls=true (with ca=/path/to/ca.pem unless the system CAs trust the nodes)`,
    );
  }
  return options;
}
