import type { Buffer } from 'node:buffer';
import { createSecureContext, type SecureVersion } from 'node:tls';
import { RiakInvalidArgumentError } from '../../errors.js';
import { resolveRoles, type ResolvedRoles } from './roles.js';

/**
 * How a user proves who they are (riak-admin `security add-source`):
 * - `password`: the RpbAuthReq password must match.
 * - `certificate`: the TLS client certificate must verify against `tls.ca`
 *   and its subject CN must equal the user name; the password is ignored.
 * - `trust`: any password is accepted.
 */
export type DevServerSecuritySource = 'password' | 'certificate' | 'trust';

/**
 * A Riak user (riak-admin `security add-user NAME [password=...] [groups=...]`).
 * `source` is a short form of a source of this user for every client
 * address (`add-source NAME 0.0.0.0/0 SOURCE`); users without one need an
 * entry in {@link DevServerSecurityOptions.sources}.
 */
export interface DevServerUser {
  /**
   * Stored lowercased, as `riak-admin security add-user` does; a client must
   * send the lowercased name in RpbAuthReq (Riak compares the bytes as sent).
   */
  name: string;
  /** The password the `password` source checks (required with `source: 'password'`). */
  password?: string;
  source?: DevServerSecuritySource;
  /** Groups whose grants the user gets (`groups=a,b`); `all` is implied. */
  groups?: string[];
}

/** A group (`security add-group NAME [groups=...]`): grants given to it reach its members. */
export interface DevServerGroup {
  name: string;
  /** Groups this group belongs to. */
  groups?: string[];
}

/**
 * `security grant PERMISSIONS on (any | TYPE [BUCKET]) to (all | ROLES)`.
 * Permissions are riak_kv's `get`, `put`, `delete`, `list_keys`,
 * `list_buckets`, `mapreduce`, `index`, `get_preflist` and riak_core's
 * `get_bucket`, `set_bucket`, `get_bucket_type`, `set_bucket_type`
 * (as `riak_kv.get`, ...).
 */
export interface DevServerGrant {
  /** An array, or riak-admin's comma-separated list. */
  permissions: string[] | string;
  /** `'any'`, a bucket type name, or `[type, bucket]`. */
  on: string | [string, string];
  /** `'all'`, or user and group names (`user/NAME`, `group/NAME` when a name is both). */
  to: 'all' | string[] | string;
}

/** `security add-source (all | USERS) CIDR SOURCE`. */
export interface DevServerSource {
  users: 'all' | string[] | string;
  /** `127.0.0.1/32`, `10.0.0.0/8`, `::1/128`, `0.0.0.0/0`... */
  cidr: string;
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

/**
 * Turns on Riak security: STARTTLS, then authentication (a source matching
 * the client's address and user), then a permission check on every request.
 */
export interface DevServerSecurityOptions {
  users: DevServerUser[];
  groups?: DevServerGroup[];
  /**
   * What users may do. Without `grants` every authenticated user may do
   * everything (as if all permissions were granted to `all` on `any`);
   * with them (even `[]`), requests are checked as Riak checks them and
   * refused with "Permission denied: User 'u' does not have 'p' on T/B".
   */
  grants?: DevServerGrant[];
  /** Which users may authenticate from where, and how (besides the users' own `source`). */
  sources?: DevServerSource[];
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

export interface ResolvedSecurity extends ResolvedRoles {
  /** Options for the per-upgrade `tls.Server`. */
  tls: DevServerTlsOptions & { minVersion: SecureVersion; maxVersion: SecureVersion };
  authFailureDelayMs: number;
}

/** Validates `security` the way riak-admin would refuse it, and loads the certificates once. */
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
  const roles = resolveRoles(options, tls.ca !== undefined);
  const delay = options.authFailureDelayMs ?? 5000;
  if (!Number.isInteger(delay) || delay < 0)
    throw new RiakInvalidArgumentError(`Invalid security.authFailureDelayMs: ${String(delay)} (expected an integer >= 0)`);
  return { ...roles, tls: resolvedTls, authFailureDelayMs: delay };
}
