import { Buffer } from 'node:buffer';
import { createHash, timingSafeEqual } from 'node:crypto';
import { cidrMatches, parseAddress } from './cidr.js';
import type { ResolvedRoles, ResolvedSource } from './roles.js';

/** What the connection knows about the client: its address, and the CN riak_api_pb_server keeps from its certificate. */
export interface PeerIdentity {
  /** Subject CN of a client certificate that verified against the CA; undefined without one. */
  commonName: string | undefined;
  /** The client's IP address as Node reports it (`127.0.0.1`, `::1`, `::ffff:10.0.0.1`). */
  address: string | undefined;
}

/** The reasons riak_core_security:authenticate/3 gives; the client only ever sees "Authentication failed". */
export type AuthFailure = 'unknown_user' | 'no_matching_sources' | 'missing_password' | 'bad_password' | 'no_common_name' | 'common_name_mismatch';

export type AuthResult =
  | { ok: true; user: string }
  | { ok: false; reason: AuthFailure }
  /** A source's mask is longer than the client's address: Riak's connection process crashes (no reply, closed). */
  | { ok: false; reason: 'crash' };

/**
 * riak_core_security:authenticate/3: the user is looked up by the bytes
 * the client sent; the first source (most specific CIDR first, the user's
 * own before `all`'s) whose CIDR holds the client's address decides:
 * `trust` passes, `password` compares the password, `certificate` compares
 * the lowercased certificate CN with the user name and ignores the password.
 */
export function authenticate(roles: ResolvedRoles, name: string, password: Buffer, peer: PeerIdentity): AuthResult {
  const user = roles.users.get(name);
  if (user === undefined) return { ok: false, reason: 'unknown_user' };
  const match = matchSource(roles.sources, name, peer.address);
  if (match === 'crash') return { ok: false, reason: 'crash' };
  if (match === undefined) return { ok: false, reason: 'no_matching_sources' };
  switch (match.source) {
    case 'trust':
      return { ok: true, user: name };
    case 'password':
      if (user.password === undefined) return { ok: false, reason: 'missing_password' };
      return samePassword(password, user.password) ? { ok: true, user: name } : { ok: false, reason: 'bad_password' };
    case 'certificate':
      if (peer.commonName === undefined) return { ok: false, reason: 'no_common_name' };
      return Buffer.from(peer.commonName.toLowerCase(), 'utf8').toString('latin1') === name
        ? { ok: true, user: name }
        : { ok: false, reason: 'common_name_mismatch' };
  }
}

/** match_source/3 over the sorted sources. */
function matchSource(sources: readonly ResolvedSource[], user: string, address: string | undefined): ResolvedSource | 'crash' | undefined {
  const peer = address === undefined ? undefined : parseAddress(address);
  if (peer === undefined) return undefined;
  for (const source of sources) {
    if (source.user !== undefined && source.user !== user) continue;
    const matches = cidrMatches(source.cidr, peer);
    if (matches === undefined) return 'crash';
    if (matches) return source;
  }
  return undefined;
}

/** Constant-time comparison (Riak compares PBKDF2 hashes). */
function samePassword(sent: Buffer, expected: string): boolean {
  const digest = (bytes: Buffer) => createHash('sha256').update(bytes).digest();
  return timingSafeEqual(digest(sent), digest(Buffer.from(expected, 'utf8')));
}
