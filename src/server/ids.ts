import type { Buffer } from 'node:buffer';
import { randomBytes } from 'node:crypto';

/**
 * Riak's base-62 digits (riak_core_util:integer_to_list/2): 0-9, then A-Z,
 * then a-z.
 */
const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

function base62(bytes: Buffer): string {
  let value = BigInt(`0x${bytes.toString('hex')}`);
  if (value === 0n) return '0';
  let out = '';
  while (value > 0n) {
    out = DIGITS[Number(value % 62n)] + out;
    value /= 62n;
  }
  return out;
}

/**
 * A key for a put without one, like riak_core_util:unique_id_62/0: a 160-bit
 * random number (Riak: a SHA-1) in base 62, up to 27 characters.
 */
export function uniqueId62(): string {
  return base62(randomBytes(20));
}

/** A vtag like riak_kv_util:make_vtag/1: a 128-bit random number (Riak: an MD5) in base 62. */
export function makeVtag(): string {
  return base62(randomBytes(16));
}
