import { RiakConnectionError, RiakProtocolError, RiakTimeoutError } from '../errors.js';

/**
 * Errors of a connection attempt that failed before anything of a caller's
 * was written (TCP, or the check that the peer speaks Riak PB): safe to
 * retry elsewhere. Refused credentials and TLS failures are not among them.
 */
const connectFailures = new WeakSet<object>();

/** Marks `error`, thrown while connecting, as a connect failure when it is one of those kinds. */
export function noteConnectFailure(error: unknown): void {
  if (error instanceof RiakConnectionError || error instanceof RiakProtocolError || error instanceof RiakTimeoutError) connectFailures.add(error);
}

export function isConnectFailure(error: unknown): boolean {
  return typeof error === 'object' && error !== null && connectFailures.has(error);
}
