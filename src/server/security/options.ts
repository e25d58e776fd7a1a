import { createSecureContext, type SecureVersion } from 'node:tls';
import { RiakInvalidArgumentError } from '../../errors.js';

/**
 * How a user proves who they are (riak-admin `security add-source`):
 * - `password`: the RpbAuthReq password must match.
 * - `certificate`: the TLS client certificate must verify against `tls.ca`
 *   and its subject CN must equal the user name; the password is ignored.
 * - `trust`: any password is accepted.
 */
export type DevServerSecuritySource = 'password' | 'certificate' | 'trust';

/** A Riak user with one security source (for every client address, like a `0.0.0.0/0` source). */
export interface DevServerUser {
  /**
   * Stored lowercased, as `riak-admin security add-user` does; a client must
   * send the lowercased name in RpbAuthReq (Riak compares the bytes as sent).
   */
  name: string;
  /** Required with the `password` source; ignored by the others. */
  password?: string;
  source: DevServerSecuritySource;
}

/** PEM contents (not paths) of the dev server's certificate, key and CA. */
export interface DevServerTlsOptions {
  cert: string | Buffer;
  key: string | Buffer;
  /** CA certificates that client certificates must chain to. Required for `certificate` users. */
  ca?: string | Buffer | Array<string | Buffer>;
  /** Default `TLSv1.2`, riak_api's `tls_protocols` default. */
  minVersion?: SecureVersion;
  /** Default `TLSv1.2`. */
  maxVersion?: SecureVersion;
}

/** Turns on Riak security: STARTTLS, then authentication, before any other request. */
export interface DevServerSecurityOptions {
  users: DevServerUser[];
  tls: DevServerTlsOptions;
  /**
   * How long a failed authentication waits before "Authentication failed" is
   * sent, in ms. Riak sleeps 5 s to slow brute-force attempts. Default 5000.
   */
  authFailureDelayMs?: number;
}

/** Counters of the security handshake, kept in every mode (a server without security counts the requests it refused). */
export interface DevServerAuthStats {
  /** RpbStartTls requests received. */
  startTls: number;
  /** RpbAuthReq requests received. */
  authRequests: number;
  authSuccesses: number;
  authFailures: number;
}

export interface ResolvedSecurity {
  /** By stored (lowercased) name. */
  users: ReadonlyMap<string, DevServerUser>;
  /** Options for the per-upgrade `tls.Server`. */
  tls: DevServerTlsOptions & { minVersion: SecureVersion; maxVersion: SecureVersion };
  authFailureDelayMs: number;
}

const SOURCES: readonly string[] = ['password', 'certificate', 'trust'];

/** Names riak_core_security refuses for users and groups. */
const RESERVED = new Set(['all', 'on', 'to', 'from', 'any']);

/** riak_core_security's ?ILLEGAL name characters: controls, space to comma, `:` to `?`, DEL to `¿`. */
function illegalNameChar(name: string): string | undefined {
  for (const char of name) {
    const code = char.codePointAt(0) as number;
    if (code <= 44 || (code >= 58 && code <= 63) || (code >= 127 && code <= 191)) return char;
  }
  return undefined;
}

/** Validates `security` the way riak-admin would refuse a bad user, and loads the certificates once. */
export function resolveSecurity(options: DevServerSecurityOptions): ResolvedSecurity {
  if (options === null || typeof options !== 'object') throw new RiakInvalidArgumentError('Invalid security: expected { users, tls }');
  const { tls } = options;
  if (tls === null || typeof tls !== 'object' || tls.cert === undefined || tls.key === undefined) {
    throw new RiakInvalidArgumentError('Invalid security.tls: the server certificate and key (`cert`, `key`, PEM) are required');
  }
  const resolvedTls = { ...tls, minVersion: tls.minVersion ?? 'TLSv1.2', maxVersion: tls.maxVersion ?? 'TLSv1.2' } as const;
  try {
    createSecureContext(resolvedTls);
  } catch (err) {
    throw new RiakInvalidArgumentError(`Invalid security.tls: ${(err as Error).message}`, { cause: err });
  }
  if (!Array.isArray(options.users)) throw new RiakInvalidArgumentError('Invalid security.users: expected an array of { name, password?, source }');
  const users = new Map<string, DevServerUser>();
  for (const user of options.users) {
    const name: unknown = user?.name;
    if (typeof name !== 'string' || name === '') throw new RiakInvalidArgumentError('Invalid security.users: every user needs a non-empty `name`');
    const where = `security.users ${JSON.stringify(name)}`;
    // riak_core_security's name2bin lowercases names given as text.
    const stored = name.toLowerCase();
    if (RESERVED.has(stored)) throw new RiakInvalidArgumentError(`Invalid ${where}: the name is reserved by Riak`);
    const bad = illegalNameChar(name);
    if (bad !== undefined) throw new RiakInvalidArgumentError(`Invalid ${where}: Riak does not allow ${JSON.stringify(bad)} in user names`);
    if (users.has(stored)) throw new RiakInvalidArgumentError(`Invalid ${where}: duplicate user`);
    if (!SOURCES.includes(user.source)) {
      throw new RiakInvalidArgumentError(`Invalid ${where}: source ${JSON.stringify(user.source)} (expected 'password', 'certificate' or 'trust')`);
    }
    if (user.source === 'password' && typeof user.password !== 'string') {
      throw new RiakInvalidArgumentError(`Invalid ${where}: the password source needs a \`password\``);
    }
    if (user.source === 'certificate' && tls.ca === undefined) {
      throw new RiakInvalidArgumentError(`Invalid ${where}: the certificate source needs security.tls.ca to verify client certificates`);
    }
    users.set(stored, { ...user, name: stored });
  }
  const delay = options.authFailureDelayMs ?? 5000;
  if (!Number.isInteger(delay) || delay < 0) throw new RiakInvalidArgumentError(`Invalid security.authFailureDelayMs: ${String(delay)} (expected an integer >= 0)`);
  return { users, tls: resolvedTls, authFailureDelayMs: delay };
}
