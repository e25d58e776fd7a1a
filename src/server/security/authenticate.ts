import { createHash, timingSafeEqual } from 'node:crypto';
import type { DevServerUser } from './options.js';

/** What the TLS layer learned about the client: riak_api_pb_server keeps the peer certificate's CN. */
export interface PeerIdentity {
  /** Subject CN of a client certificate that verified against the CA; undefined without one. */
  commonName: string | undefined;
}

/** The reasons riak_core_security:authenticate/3 gives; the client only ever sees "Authentication failed". */
export type AuthFailure = 'unknown_user' | 'bad_password' | 'no_common_name' | 'common_name_mismatch';

/**
 * riak_core_security:authenticate/3 for users with one source each: the user
 * is looked up by the bytes the client sent; `trust` always passes;
 * `password` compares the password; `certificate` compares the lowercased
 * certificate CN with the user name and ignores the password.
 */
export function authenticate(
  users: ReadonlyMap<string, DevServerUser>,
  name: string,
  password: Buffer,
  peer: PeerIdentity,
): { ok: true } | { ok: false; reason: AuthFailure } {
  const user = users.get(name);
  if (user === undefined) return { ok: false, reason: 'unknown_user' };
  switch (user.source) {
    case 'trust':
      return { ok: true };
    case 'password':
      return samePassword(password, user.password ?? '') ? { ok: true } : { ok: false, reason: 'bad_password' };
    case 'certificate':
      if (peer.commonName === undefined) return { ok: false, reason: 'no_common_name' };
      return peer.commonName.toLowerCase() === user.name ? { ok: true } : { ok: false, reason: 'common_name_mismatch' };
  }
}

/** Constant-time comparison (Riak compares PBKDF2 hashes). */
function samePassword(sent: Buffer, expected: string): boolean {
  const digest = (bytes: Buffer) => createHash('sha256').update(bytes).digest();
  return timingSafeEqual(digest(sent), digest(Buffer.from(expected, 'utf8')));
}
