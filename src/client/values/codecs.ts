import type { Buffer } from 'node:buffer';
import { RiakInvalidArgumentError } from '../../errors.js';
import { describe } from '../../common/describe.js';
import type { Bytes } from '../kv-types.js';
import { decodeText, encodeText, unencodable, writableCharset, WRITABLE_CHARSETS } from './charsets.js';
import { charsetParameter, type ValueCodec } from './codec.js';

/**
 * Options of {@link json}: check what a read parsed, so `T` is a fact rather than a hope.
 * @category Values and conflicts
 */
export interface JsonCodecOptions<T> {
  /** A type guard: a parsed value it rejects fails the read with a `RiakValueDecodeError`. */
  validate?: ((value: unknown) => value is T) | undefined;
  /** Turns the parsed value into a `T` (e.g. a schema's `parse`); what it throws fails the read. */
  parse?: ((value: unknown) => T) | undefined;
}

/**
 * JSON values (`application/json`, also reading `*\/*+json`), UTF-8 on the
 * wire. `T` is what you store: `json<User>()`. Without `validate` or
 * `parse`, reads trust the stored JSON to be a `T`.
 * @category Values and conflicts
 */
export function json<T = unknown>(options: JsonCodecOptions<T> = {}): ValueCodec<T> {
  if (options === null || typeof options !== 'object') throw new RiakInvalidArgumentError(`json(): expected an options object, got ${describe(options)}`);
  const { validate, parse } = options;
  if (validate !== undefined && typeof validate !== 'function')
    throw new RiakInvalidArgumentError(`json(): \`validate\` must be a function, got ${describe(validate)}`);
  if (parse !== undefined && typeof parse !== 'function') throw new RiakInvalidArgumentError(`json(): \`parse\` must be a function, got ${describe(parse)}`);
  return {
    contentType: 'application/json',
    reads: ['application/*+json'],
    encode(value) {
      // undefined, functions and symbols have no JSON text; bigints throw a TypeError.
      const text: unknown = JSON.stringify(value);
      if (typeof text !== 'string') throw new Error(`JSON cannot represent ${describe(value)}`);
      return text;
    },
    decode(bytes, content) {
      // RFC 8259 lets a parser ignore a byte order mark; JSON.parse does not.
      const parsed: unknown = JSON.parse(decodeText(bytes, content.charset ?? charsetParameter(content.contentType)).replace(/^\uFEFF/, ''));
      if (validate !== undefined && !validate(parsed)) throw new Error('the stored JSON failed `validate`');
      return parse !== undefined ? parse(parsed) : (parsed as T);
    },
  };
}

/**
 * Options of {@link text}.
 * @category Values and conflicts
 */
export interface TextCodecOptions {
  /** The charset writes use: `UTF-8` (default), `ISO-8859-1`, `US-ASCII` or `UTF-16LE`. Reads use each value's stored charset. */
  charset?: string | undefined;
  /** The content type writes store; default `text/plain`. */
  contentType?: string | undefined;
}

/**
 * Strings (`text/plain`, reading any `text/*`). Writes store the charset;
 * a string the charset cannot hold exactly is refused, never mangled. Reads
 * decode each value in its own stored charset (UTF-8 when none), and reject
 * bytes that are not valid text in it.
 * @category Values and conflicts
 */
export function text(options: TextCodecOptions = {}): ValueCodec<string> {
  if (options === null || typeof options !== 'object') throw new RiakInvalidArgumentError(`text(): expected an options object, got ${describe(options)}`);
  const label = options.charset ?? 'UTF-8';
  const charset = typeof label === 'string' ? writableCharset(label) : undefined;
  if (charset === undefined) throw new RiakInvalidArgumentError(`text(): cannot write charset ${describe(label)} exactly; use one of ${WRITABLE_CHARSETS}`);
  const contentType = options.contentType ?? 'text/plain';
  if (typeof contentType !== 'string' || contentType.trim() === '')
    throw new RiakInvalidArgumentError(`text(): \`contentType\` must be a non-empty string, got ${describe(contentType)}`);
  return {
    contentType,
    charset,
    reads: ['text/*'],
    encode(value) {
      if (typeof value !== 'string') throw new Error(`expected a string, got ${describe(value)}`);
      const why = unencodable(value, charset);
      if (why !== undefined) throw new Error(`the string cannot be stored as ${charset}: ${why}`);
      return encodeText(value, charset);
    },
    decode: (bytes, content) => decodeText(bytes, content.charset ?? charsetParameter(content.contentType)),
  };
}

/**
 * Options of {@link bytes}.
 * @category Values and conflicts
 */
export interface BytesCodecOptions {
  /** The content type writes store; default `application/octet-stream`. */
  contentType?: string | undefined;
}

/**
 * Raw bytes (`application/octet-stream`), the codec of last resort: it reads
 * any content type. Reads give the received `Buffer` view itself (no copy);
 * writes take a `Uint8Array` as is, or a string as UTF-8.
 * @category Values and conflicts
 */
export function bytes(options: BytesCodecOptions = {}): ValueCodec<Buffer, Bytes> {
  if (options === null || typeof options !== 'object') throw new RiakInvalidArgumentError(`bytes(): expected an options object, got ${describe(options)}`);
  const contentType = options.contentType ?? 'application/octet-stream';
  if (typeof contentType !== 'string' || contentType.trim() === '')
    throw new RiakInvalidArgumentError(`bytes(): \`contentType\` must be a non-empty string, got ${describe(contentType)}`);
  return {
    contentType,
    reads: ['*/*'],
    encode(value) {
      if (typeof value !== 'string' && !(value instanceof Uint8Array)) throw new Error(`expected a string or a Uint8Array, got ${describe(value)}`);
      return value;
    },
    decode: (stored) => stored,
  };
}
