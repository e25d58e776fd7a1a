import type { Buffer } from 'node:buffer';
import { RiakInvalidArgumentError } from '../../errors.js';
import { describe } from '../../common/describe.js';
import type { RiakContent } from '../kv-types.js';

/**
 * How values of one kind become stored bytes and back: JSON, text, bytes, or
 * your own (MessagePack, protobuf...). A codec is a plain object:
 *
 * ```ts
 * const point: ValueCodec<{ x: number; y: number }> = {
 *   contentType: 'application/x-point',
 *   encode: ({ x, y }) => Buffer.from(`${x},${y}`),
 *   decode: (bytes) => { const [x, y] = bytes.toString().split(',').map(Number); return { x: x ?? 0, y: y ?? 0 }; },
 * };
 * ```
 *
 * `T` is what `decode` returns (what reads yield); `Input` is what `encode`
 * takes (what writes accept), the same type unless the codec accepts more on
 * write than it returns on read (bytes: `string | Uint8Array` in, `Buffer` out).
 * @category Values and conflicts
 */
export interface ValueCodec<T, Input = T> {
  /** The content type every write stores, and the one reads expect (matched without parameters, case-insensitively). */
  readonly contentType: string;
  /** The `charset` every write stores (text codecs). */
  readonly charset?: string | undefined;
  /** Other stored content types this codec reads: media types, wildcards (`text/*`, `application/*+json`), or `*\/*` for any. */
  readonly reads?: readonly string[] | undefined;
  /** The bytes to store for `value`; a string is stored as UTF-8. Throw to refuse a value. */
  readonly encode: (value: Input) => Uint8Array | string;
  /**
   * The value of stored bytes. `bytes` is a view into the received frame
   * (copy what you keep); `content` is the stored sibling (its
   * `contentType`, `charset`, metadata). Throw to reject bytes that are not a
   * valid value: the read fails with a `RiakValueDecodeError`.
   */
  readonly decode: (bytes: Buffer, content: RiakContent) => T;
}

/**
 * The media type of a content type, lower-cased and without parameters: `Text/Plain; charset=x` → `text/plain`.
 * @category Values and conflicts
 */
export function mediaType(contentType: string): string {
  const semicolon = contentType.indexOf(';');
  return (semicolon < 0 ? contentType : contentType.slice(0, semicolon)).trim().toLowerCase();
}

/**
 * A `charset=` parameter inside a content type (`text/plain; charset=latin1`), if any.
 * @category Values and conflicts
 */
export function charsetParameter(contentType: string | undefined): string | undefined {
  const match = contentType === undefined ? null : /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType);
  return match?.[1];
}

/** Whether `pattern` (a media type; `*` as the whole type or subtype, or a subtype's start: `*+json`) matches the media type `type`. */
function matches(pattern: string, type: string): boolean {
  const [wantedType = '', wantedSub = ''] = mediaType(pattern).split('/');
  const [actualType = '', actualSub = ''] = type.split('/');
  if (wantedType !== '*' && wantedType !== actualType) return false;
  return wantedSub === '*' || wantedSub === actualSub || (wantedSub.startsWith('*') && actualSub.endsWith(wantedSub.slice(1)));
}

/**
 * Whether `codec` reads a sibling stored with `contentType`: its own type,
 * one of its `reads`, or no content type at all (the caller named the codec:
 * that is the declaration of what the bucket holds).
 * @category Values and conflicts
 */
export function codecReads(codec: ValueCodec<unknown, never>, contentType: string | undefined): boolean {
  if (contentType === undefined || contentType.trim() === '') return true;
  const type = mediaType(contentType);
  return matches(codec.contentType, type) || (codec.reads ?? []).some((pattern) => matches(pattern, type));
}

/**
 * Checks a codec given from plain JavaScript: a clear error instead of a TypeError at the first read.
 * @category Values and conflicts
 */
export function checkCodec(method: string, codec: unknown): void {
  const bad = (why: string) => new RiakInvalidArgumentError(`${method}: invalid option \`codec\`: ${why}`);
  if (codec === null || typeof codec !== 'object') throw bad(`expected a codec object ({ contentType, encode, decode }), got ${describe(codec)}`);
  const { contentType, charset, reads, encode, decode } = codec as Record<string, unknown>;
  if (typeof contentType !== 'string' || contentType.trim() === '') throw bad(`\`contentType\` must be a non-empty string, got ${describe(contentType)}`);
  if (charset !== undefined && typeof charset !== 'string') throw bad(`\`charset\` must be a string, got ${describe(charset)}`);
  if (reads !== undefined && (!Array.isArray(reads) || reads.some((type) => typeof type !== 'string')))
    throw bad(`\`reads\` must be an array of content types, got ${describe(reads)}`);
  if (typeof encode !== 'function') throw bad(`\`encode\` must be a function, got ${describe(encode)}`);
  if (typeof decode !== 'function') throw bad(`\`decode\` must be a function, got ${describe(decode)}`);
}
