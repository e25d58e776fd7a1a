import { RiakInvalidArgumentError } from '../../errors.js';
import { describe } from '../../common/describe.js';
import { checkCodec, codecReads, mediaType, type ValueCodec } from './codec.js';
import { bytes, json, text } from './codecs.js';

/**
 * A codec of any value type, as the registry holds it.
 * @category Values and conflicts
 */
export type AnyCodec = ValueCodec<unknown, never>;

/**
 * The codecs a client reads values with when a call names none: each
 * sibling is decoded by the codec for its own stored content type. JSON
 * (`application/json`, `*\/*+json`), text (`text/*`) and bytes (anything
 * else, and values with no content type) are built in; `register` adds
 * yours (`client.codecs.register(msgpack)`), later registrations first.
 * @category Values and conflicts
 */
export class CodecRegistry {
  readonly #codecs: AnyCodec[] = [];
  readonly #bytes: AnyCodec = bytes();
  readonly #text: AnyCodec = text();
  readonly #json: AnyCodec = json();

  constructor() {
    this.#codecs.push(this.#bytes, this.#text, this.#json);
  }

  /** Reads values stored with the codec's content type (and its `reads`) with it from now on. */
  register(codec: ValueCodec<unknown, never>): this {
    checkCodec('codecs.register()', codec);
    this.#codecs.push(codec);
    return this;
  }

  /** Removes a codec registered earlier (the built-ins cannot be removed, only overridden). */
  unregister(codec: ValueCodec<unknown, never>): boolean {
    const at = this.#codecs.lastIndexOf(codec);
    if (at < 3) return false;
    this.#codecs.splice(at, 1);
    return true;
  }

  /**
   * The codec for a stored content type: the latest registered whose own
   * content type it is, else the latest whose `reads` cover it; bytes for
   * none (or no content type).
   */
  codecFor(contentType: string | undefined): AnyCodec {
    if (contentType === undefined) return this.#bytes;
    if (typeof contentType !== 'string') throw new RiakInvalidArgumentError(`codecs.codecFor(): expected a content type string, got ${describe(contentType)}`);
    if (contentType.trim() === '') return this.#bytes;
    const type = mediaType(contentType);
    for (let i = this.#codecs.length - 1; i >= 0; i--) if (mediaType(this.#codecs[i].contentType) === type) return this.#codecs[i];
    for (let i = this.#codecs.length - 1; i >= 0; i--) if (codecReads(this.#codecs[i], contentType)) return this.#codecs[i];
    return this.#bytes;
  }

  /** The codec a write without one uses, by the value's JavaScript type: bytes for a Uint8Array, text for a string, JSON otherwise. */
  codecForValue(value: unknown): AnyCodec {
    if (value instanceof Uint8Array) return this.codecFor(this.#bytes.contentType);
    if (typeof value === 'string') return this.codecFor(this.#text.contentType);
    return this.codecFor(this.#json.contentType);
  }
}
