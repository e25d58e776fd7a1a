import type { EncodedRequest } from '../codec/encoded-request.js';

/**
 * One request as the connection sees it: an encoded frame, the response
 * code that answers it, and how to decode that response (see
 * {@link EncodedRequest}: the codec's `encodeRequest` builds them, tests
 * build them by hand); the connection knows nothing of protobuf.
 * @category Requests
 */
export type Operation<T> = EncodedRequest<T>;

/**
 * Per-call options every request accepts.
 * @category Requests
 */
export interface CallOptions {
  /** Cancels the call: rejected with a `RiakAbortError` whose `cause` is `signal.reason`. */
  signal?: AbortSignal;
  /**
   * Client-side deadline in milliseconds for this call, from the moment it is
   * made: queueing, writing and waiting for the reply. Distinct from the
   * `timeout` field some Riak requests carry, which the server enforces.
   */
  requestTimeout?: number;
  /**
   * Marks a write as safe to replay (e.g. it sets an absolute value) so the
   * pool may retry it on another connection after a failure on the wire.
   * Requests that cannot change state are retried without it. Default false.
   */
  idempotent?: boolean;
  /**
   * `false` turns every retry off for this call, reads included: the first
   * failure is the answer. Default true (retries as the pool's `retry`
   * options and the retry rules allow).
   */
  retry?: boolean;
  /**
   * Streams only: the longest silence in milliseconds allowed between two
   * frames of a streamed reply (while the consumer keeps up) before the
   * stream fails with a `RiakTimeoutError` and its connection is closed.
   * 0 = none. Default: the pool's `streamIdleTimeout` (75000).
   */
  streamIdleTimeout?: number;
}
