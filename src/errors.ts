/**
 * The `code` of each error class riak-pb throws, offered by editors in a
 * `switch (err.code)` on a {@link RiakError}; each class's own `code` is typed
 * as its literal.
 * @category Errors
 */
export type RiakErrorCode =
  | 'RIAK_ERROR'
  | 'RIAK_SERVER_ERROR'
  | 'RIAK_CONNECTION_ERROR'
  | 'RIAK_TIMEOUT'
  | 'RIAK_ABORTED'
  | 'RIAK_PROTOCOL_ERROR'
  | 'RIAK_INVALID_ARGUMENT'
  | 'RIAK_CLOSED'
  | 'RIAK_QUEUE_FULL'
  | 'RIAK_AUTH_ERROR'
  | 'RIAK_TLS_ERROR'
  // The value API's errors (client/values/value-errors.ts).
  | 'RIAK_VALUE_DECODE_ERROR'
  | 'RIAK_VALUE_ENCODE_ERROR'
  | 'RIAK_UNRESOLVED_SIBLINGS'
  | 'RIAK_UPDATE_CONFLICT';

/**
 * Every error riak-pb throws or rejects with is a {@link RiakError}. Each class
 * has a stable `code` string to branch on (`err.code === 'RIAK_SERVER_ERROR'`,
 * or `switch (err.code)`: see {@link RiakErrorCode}), and wraps what caused it
 * in `cause`.
 * @category Errors
 */
export class RiakError extends Error {
  /** Stable machine-readable identifier of the error class: one of {@link RiakErrorCode}. */
  readonly code: RiakErrorCode = 'RIAK_ERROR';
  /** `host:port` of the node the request was sent to (or was to be), when one was chosen. */
  declare readonly node?: string;
  /** The request's message name, e.g. `RpbGetReq`, when the error answers a request. */
  declare readonly request?: string;
  /**
   * Bucket type, bucket and key of the request, for calls that name them (KV,
   * datatypes, 2i, listings, bucket props). Bytes that are not UTF-8 text are
   * shown as `0x` and hex.
   */
  declare readonly bucketType?: string;
  declare readonly bucket?: string;
  declare readonly key?: string;
  /**
   * Set on errors of a request that failed after it was written to the
   * socket without Riak answering it (a timeout, an abort, a lost
   * connection, a reply that did not decode): `true` means Riak may or may
   * not have applied it. A write's outcome must then be read, not assumed.
   */
  declare readonly outcomeUnknown?: boolean;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/**
 * Riak answered the request with `RpbErrorResp` (code 0). Only the request it
 * answers fails; the connection stays usable.
 * @category Errors
 */
export class RiakServerError extends RiakError {
  override readonly code: 'RIAK_SERVER_ERROR' = 'RIAK_SERVER_ERROR';
  /** `errmsg` as text, exactly as Riak sent it (e.g. `"modified"`, `"match_found"`, `"overload"`). */
  readonly errmsg: string;
  /** `errcode`: always 0 from Riak KV services; 1001-1027 from Riak TS. */
  readonly errcode: number;

  constructor(errmsg: string, errcode: number, options?: { cause?: unknown }) {
    super(`Riak error: ${errmsg}`, options);
    this.errmsg = errmsg;
    this.errcode = errcode;
  }
}

/**
 * The connection to a node failed, was refused, or was lost with the request unanswered.
 * @category Errors
 */
export class RiakConnectionError extends RiakError {
  override readonly code: 'RIAK_CONNECTION_ERROR' = 'RIAK_CONNECTION_ERROR';
  /** `host:port` of the node. */
  declare readonly node: string;
  /**
   * True when the request had been written to the socket before the connection
   * was lost: Riak may or may not have applied it.
   */
  declare readonly outcomeUnknown: boolean;

  constructor(message: string, node: string, options?: { cause?: unknown; outcomeUnknown?: boolean }) {
    super(message, options);
    this.node = node;
    Object.defineProperty(this, 'outcomeUnknown', { value: options?.outcomeUnknown ?? false, enumerable: true, writable: false, configurable: true });
  }
}

/**
 * A client-side deadline passed: the request timed out (queued or on the wire), or connecting took too long.
 * @category Errors
 */
export class RiakTimeoutError extends RiakError {
  override readonly code: 'RIAK_TIMEOUT' = 'RIAK_TIMEOUT';
  /** The deadline that expired, in milliseconds. */
  readonly timeoutMs: number;

  constructor(message: string, timeoutMs: number, options?: { cause?: unknown }) {
    super(message, options);
    this.timeoutMs = timeoutMs;
  }
}

/**
 * The request was cancelled through its `AbortSignal`; `cause` holds `signal.reason`.
 * @category Errors
 */
export class RiakAbortError extends RiakError {
  override readonly code: 'RIAK_ABORTED' = 'RIAK_ABORTED';
}

/**
 * The peer broke the framing protocol: a zero or oversized frame length, a
 * payload that does not decode, or a response code that does not answer the
 * request at the head of the pipeline. The connection is closed.
 * @category Errors
 */
export class RiakProtocolError extends RiakError {
  override readonly code: 'RIAK_PROTOCOL_ERROR' = 'RIAK_PROTOCOL_ERROR';
}

/**
 * A caller passed an option or argument riak-pb cannot use. Thrown before anything is sent.
 * @category Errors
 */
export class RiakInvalidArgumentError extends RiakError {
  /** `RIAK_INVALID_ARGUMENT`; a subclass has its own (`RiakValueEncodeError`: `RIAK_VALUE_ENCODE_ERROR`). */
  override readonly code: 'RIAK_INVALID_ARGUMENT' | 'RIAK_VALUE_ENCODE_ERROR' = 'RIAK_INVALID_ARGUMENT';
}

/**
 * The client or pool was closed; no new requests are accepted.
 * @category Errors
 */
export class RiakClosedError extends RiakError {
  override readonly code: 'RIAK_CLOSED' = 'RIAK_CLOSED';
}

/**
 * Every connection is busy and the wait queue is at `maxQueue`.
 * @category Errors
 */
export class RiakQueueFullError extends RiakError {
  override readonly code: 'RIAK_QUEUE_FULL' = 'RIAK_QUEUE_FULL';
}

/**
 * The name {@link RiakQueueFullError} had before every error class took the
 * `Riak` prefix: the same class (`instanceof` either name matches), kept so
 * code written against it goes on working.
 * @deprecated Use {@link RiakQueueFullError}.
 * @category Errors
 */
export const QueueFullError = RiakQueueFullError;
/** @deprecated Use {@link RiakQueueFullError}. */
export type QueueFullError = RiakQueueFullError;

/**
 * STARTTLS or authentication was refused, or credentials were rejected.
 * @category Errors
 */
export class RiakAuthError extends RiakError {
  override readonly code: 'RIAK_AUTH_ERROR' = 'RIAK_AUTH_ERROR';
}

/**
 * The TLS upgrade failed (untrusted certificate, host name mismatch, handshake error).
 * @category Errors
 */
export class RiakTlsError extends RiakError {
  override readonly code: 'RIAK_TLS_ERROR' = 'RIAK_TLS_ERROR';
}
