import type { Bytes, RiakContent } from '../kv-types.js';
import { codecReads, type ValueCodec } from './codec.js';
import type { AnyCodec, CodecRegistry } from './codec-registry.js';
import { RiakValueDecodeError, RiakValueEncodeError } from './value-errors.js';
import type { ValueLocation } from './value-location.js';

/**
 * A value ready for `put()`: its bytes and the content type (and charset) its codec stores.
 * @category Values and conflicts
 */
export interface EncodedValue {
  value: Bytes;
  contentType: string;
  charset?: string;
}

/**
 * The codec choice of one call, made once: the codec the call (or its
 * handle) names, or, when none, the client's registry (reads by each
 * sibling's content type, writes by the value's JavaScript type).
 * @category Values and conflicts
 */
export interface ValueCoder<T, Input> {
  /** Decodes one stored sibling; a failure is a {@link RiakValueDecodeError} naming it. */
  decode(content: RiakContent, where: ValueLocation, request: string): T;
  /** Encodes a value to store; a failure is a {@link RiakValueEncodeError}. */
  encode(value: Input, where: ValueLocation, method: string): EncodedValue;
}

/**
 * The coder for `codec`, or the registry's by content type when `codec` is undefined.
 * @category Values and conflicts
 */
export function valueCoder<T, Input>(codec: ValueCodec<T, Input> | undefined, registry: CodecRegistry): ValueCoder<T, Input> {
  if (codec === undefined) {
    // No codec named: T and Input are `unknown` here (the overloads say so).
    return {
      decode: (content, where, request) => decodeWith(registry.codecFor(content.contentType), content, where, request) as T,
      encode: (value, where, method) => encodeWith(registry.codecForValue(value), value, where, method),
    };
  }
  const named = codec as unknown as AnyCodec;
  return {
    decode(content, where, request) {
      if (!codecReads(named, content.contentType)) {
        const cause = new Error(
          `the codec reads ${named.contentType}${named.reads?.length ? ` (and ${named.reads.join(', ')})` : ''}, not ${content.contentType}`,
        );
        throw RiakValueDecodeError.at(where, request, content.contentType, content.charset, cause);
      }
      return decodeWith(named, content, where, request) as T;
    },
    encode: (value, where, method) => encodeWith(named, value, where, method),
  };
}

function decodeWith(codec: AnyCodec, content: RiakContent, where: ValueLocation, request: string): unknown {
  try {
    return codec.decode(content.value, content);
  } catch (cause) {
    throw RiakValueDecodeError.at(where, request, content.contentType, content.charset, cause);
  }
}

function encodeWith(codec: AnyCodec, value: unknown, where: ValueLocation, method: string): EncodedValue {
  let bytes: unknown;
  try {
    bytes = (codec.encode as (value: unknown) => unknown)(value);
  } catch (cause) {
    throw new RiakValueEncodeError(method, where, codec.contentType, cause);
  }
  if (typeof bytes !== 'string' && !(bytes instanceof Uint8Array)) {
    throw new RiakValueEncodeError(method, where, codec.contentType, new Error('the codec’s encode() returned neither a string nor a Uint8Array'));
  }
  const encoded: EncodedValue = { value: bytes, contentType: codec.contentType };
  if (codec.charset !== undefined) encoded.charset = codec.charset;
  return encoded;
}
