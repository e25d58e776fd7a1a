import type { Buffer } from 'node:buffer';

/**
 * One request as the codec hands it over: the encoded frame, the response
 * code that answers it, and how to decode that response. The message table
 * (`encodeRequest` in `message-table.ts`) builds them; whatever sends them
 * (the connection's `Operation` is this type) needs nothing of protobuf.
 * @category Requests
 */
export interface EncodedRequest<T> {
  /**
   * The complete request frame (header and payload) is
   * `frameBuffer[frameStart, frameEnd)`: small frames share a slab (see
   * `frame-slab.ts`) and must not be modified.
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
   * Present for streaming requests only: true for the frame that ends the
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
 * Decodes `buffer[start, end)`, all of `buffer` by default.
 * @category Requests
 */
export type RangeDecoder<T> = (buffer: Buffer, start?: number, end?: number) => T;
