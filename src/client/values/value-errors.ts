import { withRequestContext } from '../../error-context.js';
import { RiakError, RiakInvalidArgumentError } from '../../errors.js';
import type { ValueLocation } from './value-location.js';

/** Names the request and the object in an error's fields (`bucketType`, `bucket`, `key`) and message, as request errors do. */
function located<E extends RiakError>(error: E, request: string, where: ValueLocation): E {
  return withRequestContext(error, { owner: error, request, message: where }) as E;
}

/**
 * A stored value could not be decoded: its bytes are not valid for the codec
 * (bad JSON, text invalid in its charset, a failed `validate`), or its
 * content type is one the codec does not read. Nothing half-decoded is
 * returned. `cause` holds what the codec threw; `bucketType`, `bucket`,
 * `key` and `contentType` say which value.
 * @category Errors
 */
export class RiakValueDecodeError extends RiakError {
  override readonly code: 'RIAK_VALUE_DECODE_ERROR' = 'RIAK_VALUE_DECODE_ERROR';
  /** The stored content type (undefined when the value has none). */
  readonly contentType: string | undefined;
  /** The stored charset, if any. */
  readonly charset: string | undefined;

  /** @internal */
  constructor(message: string, contentType: string | undefined, charset: string | undefined, options: { cause?: unknown }) {
    super(message, options);
    this.contentType = contentType;
    this.charset = charset;
  }

  /** @internal */
  static at(where: ValueLocation, request: string, contentType: string | undefined, charset: string | undefined, cause: unknown): RiakValueDecodeError {
    const why = cause instanceof Error ? cause.message : String(cause);
    const as = contentType === undefined ? 'with no content type' : `as ${contentType}${charset === undefined ? '' : ` (${charset})`}`;
    return located(new RiakValueDecodeError(`Cannot decode the value stored ${as}: ${why}`, contentType, charset, { cause }), request, where);
  }
}

/**
 * A value could not be encoded by its codec (e.g. JSON given a bigint, text outside its charset). Nothing was sent.
 * @category Errors
 */
export class RiakValueEncodeError extends RiakInvalidArgumentError {
  override readonly code: 'RIAK_VALUE_ENCODE_ERROR' = 'RIAK_VALUE_ENCODE_ERROR';
  /** The content type of the codec that refused the value. */
  readonly contentType: string;

  /** @internal */
  constructor(method: string, where: ValueLocation, contentType: string, cause: unknown) {
    super(`${method}: cannot encode the value as ${contentType}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.contentType = contentType;
    located(this, 'RpbPutReq', where);
  }
}

/**
 * A read found several siblings and no resolver picked one, where a single value is needed (`get()`, `update()`).
 * @category Errors
 */
export class RiakSiblingsError extends RiakError {
  override readonly code: 'RIAK_UNRESOLVED_SIBLINGS' = 'RIAK_UNRESOLVED_SIBLINGS';
  /** How many siblings the object has. */
  readonly siblings: number;

  /** @internal */
  constructor(method: string, where: ValueLocation, siblings: number) {
    super(
      `${method}: the object has ${siblings} siblings and no resolver picked one; register one (client.resolvers) or pass \`resolve\`, or read them all with fetch()`,
    );
    this.siblings = siblings;
    located(this, 'RpbGetReq', where);
  }
}

/**
 * An optimistic `update()` found the object changed by another writer
 * between its read and its write on every attempt. `cause` is Riak's last
 * answer (`modified`, `match_found` or `notfound`).
 * @category Errors
 */
export class RiakUpdateConflictError extends RiakError {
  override readonly code: 'RIAK_UPDATE_CONFLICT' = 'RIAK_UPDATE_CONFLICT';
  /** How many read-modify-write cycles were tried. */
  readonly attempts: number;

  /** @internal */
  constructor(method: string, where: ValueLocation, attempts: number, cause: unknown) {
    super(`${method}: the object was changed concurrently on each of ${attempts} attempts`, { cause });
    this.attempts = attempts;
    located(this, 'RpbPutReq', where);
  }
}
