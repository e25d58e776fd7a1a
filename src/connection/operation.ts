/**
 * One request as the connection sees it: the encoded frame, the response code
 * that answers it, and how to decode that response. Built by the message table
 * (`src/codec/message-table.ts`); the connection knows nothing of protobuf.
 * @category Requests
 */
export interface Operation<T> {
  /**
   * The complete request frame (header and payload) is
   * `frameBuffer[frameStart, frameEnd)`: small frames share a slab (see
   * `src/codec/frame-slab.ts`) and must not be modified.
   */
  readonly frameBuffer: Buffer;
  readonly frameStart: number;
  readonly frameEnd: number;
  /** The message code of a successful response. */
  readonly responseCode: number;
  /** Decodes one response payload; throwing marks the peer as broken. */
  decode(payload: Buffer): T;
  /** When present, used instead of `decode`: the payload is `buffer[start, end)`, no view needed. */
  readonly decodeAt?: (buffer: Buffer, start: number, end: number) => T;
  /**
   * Present for streaming operations only: true for the frame that ends the
   * stream (its `done` flag). A streaming request holds its connection alone.
   */
  readonly isLast?: (response: T) => boolean;
  /**
   * Safe to send again after a failure whose outcome is unknown: requests
   * that cannot change state (reads, pings, listings, datatype fetches).
   */
  readonly idempotent?: boolean;
  /** The request's message name (e.g. `RpbGetReq`), named in errors. */
  readonly name?: string;
  /** The request message as given, read only when an error names its type/bucket/key. */
  readonly message?: unknown;
}

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
