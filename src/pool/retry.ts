import type { RetryOptions } from './pool-options.js';
import { RiakAuthError, RiakConnectionError, RiakProtocolError } from '../errors.js';

/**
 * Whether a failed attempt may be sent again. Riak errors are answers, never
 * retried. A connection lost before the request was written is always safe to
 * retry; after it was written, only idempotent requests are. Refused
 * credentials never are: Riak delays each refusal by 5 s to slow brute force.
 */
export function isRetryable(error: unknown, idempotent: boolean): boolean {
  if (error instanceof RiakAuthError) return false;
  if (error instanceof RiakConnectionError) return idempotent || !error.outcomeUnknown;
  // A broken peer or a dropped stalled socket: the connection is replaced.
  if (error instanceof RiakProtocolError) return idempotent;
  return false;
}

/** Full-jitter exponential backoff for retry `n` (1-based). */
export function backoffDelay(n: number, options: Required<RetryOptions>): number {
  const ceiling = Math.min(options.maxBackoffMs, options.backoffMs * 2 ** (n - 1));
  return Math.floor(Math.random() * ceiling);
}
