import type { Buffer } from 'node:buffer';
import { readFileSync } from 'node:fs';
import type { ConnectionOptions as TlsOptions } from 'node:tls';
import type { AuthOptions } from '../connection/handshake.js';
import { RiakInvalidArgumentError } from '../errors.js';
import { nodeKey, type NodeAddress } from '../common/node-address.js';
import type { PoolOptions } from './pool-options.js';

/*
 * riak://[user[:password]@]host1[:port][,host2[:port]...][/][?name=value&...]
 *
 * As in pg and MongoDB connection strings: the user and password are
 * percent-decoded (write `@`, `:`, `/`, `?`, `#` and `%` in them as %40, %3A,
 * ...), an IPv6 host is bracketed (`[::1]:8087`), and the port defaults to
 * Riak's PB port, 8087.
 */
const SCHEME = 'riak://';

/**
 * A node as `host:port`, `host` or `[v6]:port`, or as a URL naming only that
 * (`riak://host:port`, what the dev server's `url` is); the port defaults to
 * Riak's 8087. Credentials and parameters belong in the client's `url`.
 * @category Client
 */
export function parseNode(spec: string): NodeAddress {
  const text = typeof spec === 'string' ? spec.trim() : '';
  const isUrl = text.toLowerCase().startsWith(SCHEME);
  const bare = isUrl ? text.slice(SCHEME.length).replace(/\/$/, '') : text;
  const match = /^(?:\[([^\]]+)\]|([^:\s/?#@,]+))(?::(\d+))?$/.exec(bare);
  const shown = JSON.stringify(redactUrl(text));
  if (!match) {
    const hint = isUrl ? ": a node URL names one host[:port]; give credentials, parameters and several hosts as the client's `url`" : ' (expected host:port)';
    throw new RiakInvalidArgumentError(`Invalid node address ${shown}${hint}`);
  }
  const host = match[1] ?? match[2];
  const port = match[3] === undefined ? 8087 : Number(match[3]);
  if (!(port > 0 && port < 65536)) throw new RiakInvalidArgumentError(`Invalid port in node address ${shown}`);
  return { host, port };
}

/** The query parameters a URL may carry, and how each is read. */
const PARAMETERS = {
  tls: 'boolean',
  ca: 'file',
  cert: 'file',
  key: 'file',
  servername: 'text',
  rejectUnauthorized: 'boolean',
  connectTimeout: 'integer',
  requestTimeout: 'integer',
  maxConnections: 'integer',
  minConnections: 'integer',
} as const;
type Parameter = keyof typeof PARAMETERS;

/** Parameters that configure the TLS upgrade: they turn it on unless `tls=false`, which they contradict. */
const TLS_PARAMETERS = ['ca', 'cert', 'key', 'servername', 'rejectUnauthorized'] as const;

/**
 * The URL with its password replaced by `***`: the only form of a URL that
 * appears in an error, a log line or an event. Everything between the
 * user's `:` and the last `@` is hidden, so a password that was not
 * percent-encoded (an `@` or `/` in it) is hidden whole too.
 * @category Client
 */
export function redactUrl(url: string): string {
  const at = url.lastIndexOf('@');
  if (at === -1) return url;
  const start = url.toLowerCase().startsWith(SCHEME) ? SCHEME.length : 0;
  const colon = url.indexOf(':', start);
  if (colon === -1 || colon > at) return url;
  return `${url.slice(0, colon + 1)}***${url.slice(at)}`;
}

/**
 * Client options from a `riak://` connection string: `nodes`, and `auth`,
 * `tls` and the timeouts and sizes its parameters set. The password is not
 * enumerable, so logging or inspecting the result does not show it. Bad
 * input throws a `RiakInvalidArgumentError` that names the part at fault
 * and shows the URL with its password redacted.
 *
 * ```ts
 * parseRiakUrl('riak://ada:s%40cret@10.0.0.1,10.0.0.2:8087/?tls=true&ca=/etc/riak/ca.pem');
 * // { nodes: ['10.0.0.1:8087', '10.0.0.2:8087'], tls: { ca: <Buffer ...> }, auth: { user: 'ada' } }
 * ```
 * @category Client
 */
export function parseRiakUrl(url: string): PoolOptions {
  if (typeof url !== 'string') throw new RiakInvalidArgumentError(`Invalid url: expected a riak:// connection string, got ${typeof url}`);
  const fail = (why: string): RiakInvalidArgumentError => new RiakInvalidArgumentError(`Invalid url ${JSON.stringify(redactUrl(url))}: ${why}`);
  if (!url.toLowerCase().startsWith(SCHEME)) {
    throw fail('expected riak://[user[:password]@]host[:port][,host[:port]...][/][?option=value&...]');
  }
  // The authority ends at the first `/`, `?` or `#`; the user part before its last `@`.
  const rest = url.slice(SCHEME.length);
  const authorityEnd = searchFrom(rest, /[/?#]/);
  // An `@` past the authority: a user or password with an unencoded `/`, `?` or `#`. Nothing past this
  // point may be echoed then (it could be a piece of the password), so stop here.
  if (rest.lastIndexOf('@') > authorityEnd) {
    throw fail('an `@` after the host: percent-encode `/ ? # @` in the user name and password (%2F %3F %23 %40), and `@` in parameter values (%40)');
  }
  const authority = rest.slice(0, authorityEnd);
  let tail = rest.slice(authorityEnd);
  if (tail.includes('#')) throw fail('a fragment (#...) is not allowed; percent-encode # in a password as %23');
  const queryAt = tail.indexOf('?');
  const query = queryAt === -1 ? '' : tail.slice(queryAt + 1);
  tail = queryAt === -1 ? tail : tail.slice(0, queryAt);
  if (tail !== '' && tail !== '/')
    throw fail(`a path (${JSON.stringify(tail)}) is not allowed: Riak has no databases to name; percent-encode / in a password as %2F`);

  const at = authority.lastIndexOf('@');
  const hosts = authority.slice(at + 1);
  const options: PoolOptions = { nodes: hostList(hosts, fail) };
  const auth = at === -1 ? undefined : credentials(authority.slice(0, at), fail);
  applyParameters(options, query, fail);
  // Credentials without TLS are refused by the client (`new RiakClient`), which may add `tls` itself.
  if (auth !== undefined) options.auth = auth;
  return options;
}

function searchFrom(text: string, pattern: RegExp): number {
  const index = text.search(pattern);
  return index === -1 ? text.length : index;
}

function hostList(hosts: string, fail: (why: string) => RiakInvalidArgumentError): string[] {
  if (hosts === '') throw fail('no host: expected riak://host[:port]');
  return hosts.split(',').map((spec) => {
    if (spec === '') throw fail('an empty host in the list (two commas, or a trailing one)');
    try {
      return nodeKey(parseNode(spec));
    } catch {
      throw fail(`${JSON.stringify(spec)} is not host[:port] (an IPv6 address goes in brackets: [::1]:8087; ports are 1 to 65535)`);
    }
  });
}

function credentials(userinfo: string, fail: (why: string) => RiakInvalidArgumentError): AuthOptions {
  const colon = userinfo.indexOf(':');
  const user = decode(colon === -1 ? userinfo : userinfo.slice(0, colon), 'user name', fail);
  if (user === '') throw fail('an empty user name before the @');
  if (colon === -1) return { user };
  const auth: AuthOptions = { user };
  // Not enumerable: console.log, util.inspect and JSON.stringify of the options leave it out.
  Object.defineProperty(auth, 'password', { value: decode(userinfo.slice(colon + 1), 'password', fail), enumerable: false });
  return auth;
}

function decode(text: string, what: string, fail: (why: string) => RiakInvalidArgumentError): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw fail(`the ${what} has a bad percent-escape (write % itself as %25)`);
  }
}

function applyParameters(options: PoolOptions, query: string, fail: (why: string) => RiakInvalidArgumentError): void {
  const values = new Map<Parameter, string>();
  for (const [name, value] of new URLSearchParams(query)) {
    if (!Object.hasOwn(PARAMETERS, name)) {
      throw fail(`unknown parameter \`${name}\` (known: ${Object.keys(PARAMETERS).join(', ')})`);
    }
    if (values.has(name as Parameter)) throw fail(`parameter \`${name}\` is given twice`);
    values.set(name as Parameter, value);
  }
  const read = <P extends Parameter>(name: P): ParameterValue<(typeof PARAMETERS)[P]> | undefined => {
    const value = values.get(name);
    return value === undefined ? undefined : (readParameter(name, PARAMETERS[name], value, fail) as ParameterValue<(typeof PARAMETERS)[P]>);
  };

  const tlsFlag = read('tls');
  const tlsGiven = TLS_PARAMETERS.filter((name) => values.has(name));
  if (tlsFlag === false && tlsGiven.length > 0) throw fail(`\`${tlsGiven[0]}\` configures TLS, which tls=false turns off`);
  if (tlsFlag === true || tlsGiven.length > 0) {
    if (values.has('cert') !== values.has('key')) throw fail('`cert` and `key` go together (a client certificate and its key)');
    const tls: TlsOptions = {};
    const ca = read('ca');
    const cert = read('cert');
    const key = read('key');
    const servername = read('servername');
    const rejectUnauthorized = read('rejectUnauthorized');
    if (ca !== undefined) tls.ca = ca;
    if (cert !== undefined) tls.cert = cert;
    if (key !== undefined) tls.key = key;
    if (servername !== undefined) tls.servername = servername;
    if (rejectUnauthorized !== undefined) tls.rejectUnauthorized = rejectUnauthorized;
    options.tls = tls;
  }
  for (const name of ['connectTimeout', 'requestTimeout', 'maxConnections', 'minConnections'] as const) {
    const value = read(name);
    if (value !== undefined) options[name] = value;
  }
}

type ParameterValue<K> = K extends 'boolean' ? boolean : K extends 'integer' ? number : K extends 'file' ? Buffer : string;

function readParameter(name: string, kind: (typeof PARAMETERS)[Parameter], value: string, fail: (why: string) => RiakInvalidArgumentError): unknown {
  switch (kind) {
    case 'boolean':
      if (value === 'true' || value === '1') return true;
      if (value === 'false' || value === '0') return false;
      throw fail(`\`${name}\` expects true or false, got ${JSON.stringify(value)}`);
    case 'integer':
      if (!/^\d{1,15}$/.test(value)) throw fail(`\`${name}\` expects a whole number, got ${JSON.stringify(value)}`);
      return Number(value);
    case 'file':
      if (value === '') throw fail(`\`${name}\` expects the path of a PEM file`);
      try {
        return readFileSync(value);
      } catch (error) {
        throw fail(`\`${name}\`: cannot read ${value}: ${(error as Error).message}`);
      }
    default:
      if (value === '') throw fail(`\`${name}\` expects a value`);
      return value;
  }
}
