import type { RpbContent } from '../../generated/riak.js';
import type { Bytes, ContentInput, RiakContent } from './kv-types.js';
import { repeatedTextAt, textAt, textCache, type TextCache } from './wire-text.js';

/** Strings become UTF-8 bytes; byte arrays pass through without a copy. */
export function toBytes(value: Bytes): Uint8Array {
  return typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
}

/** A received bytes field as a Buffer view (no copy). */
export function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

const EMPTY_BYTES = new Uint8Array(0);
/** The shared empty list of links, user metadata or indexes (result lists are read-only). */
export const NO_ITEMS: readonly never[] = Object.freeze([]);

function text(bytes: Uint8Array | null | undefined): string | undefined {
  return bytes && bytes.length > 0 ? textAt(bytes, 0, bytes.length) : undefined;
}

const contentTypes = textCache();
const charsets = textCache();
const encodings = textCache();

function repeatedText(bytes: Uint8Array | null | undefined, cache: TextCache): string | undefined {
  return bytes && bytes.length > 0 ? repeatedTextAt(bytes, 0, bytes.length, cache) : undefined;
}

function has(message: object, field: string): boolean {
  return Object.hasOwn(message, field);
}

/** Riak's last-modified seconds and microseconds as a Date (millisecond precision). */
export function lastModDate(seconds: number, usecs: number): Date {
  return new Date(seconds * 1000 + Math.floor(usecs / 1000));
}

/**
 * Converts a decoded `RpbContent` to the public {@link RiakContent}. Every
 * field is present (undefined when Riak sent none): one object shape for all.
 */
export function fromRpbContent(content: RpbContent.$Properties): RiakContent {
  const withTime = typeof content.lastMod === 'number' && has(content, 'lastMod');
  const usecs = withTime && has(content, 'lastModUsecs') ? (content.lastModUsecs ?? 0) : 0;
  return {
    value: asBuffer(content.value),
    contentType: repeatedText(content.contentType, contentTypes),
    charset: repeatedText(content.charset, charsets),
    contentEncoding: repeatedText(content.contentEncoding, encodings),
    vtag: text(content.vtag),
    links: !content.links?.length ? NO_ITEMS : content.links.map((link) => ({ bucket: text(link.bucket) ?? '', key: text(link.key) ?? '', tag: text(link.tag) ?? '' })),
    lastMod: withTime ? lastModDate(content.lastMod as number, usecs) : undefined,
    lastModUsecs: withTime ? usecs : undefined,
    usermeta: !content.usermeta?.length ? NO_ITEMS : content.usermeta.map((pair) => ({ key: text(pair.key) ?? '', value: asBuffer(pair.value ?? EMPTY_BYTES) })),
    indexes: !content.indexes?.length ? NO_ITEMS : content.indexes.map((pair) => ({ key: text(pair.key) ?? '', value: text(pair.value) ?? '' })),
    deleted: content.deleted === true,
  };
}

/**
 * Builds the RpbContent of a put for the flat encoder, which writes text
 * straight into the frame as UTF-8: strings stay strings (no intermediate
 * buffer), bytes are copied once, into the frame.
 */
export function toPutContent(input: ContentInput): Record<string, unknown> {
  const content: Record<string, unknown> = { value: input.value };
  if (input.contentType !== undefined) content.contentType = input.contentType;
  if (input.charset !== undefined) content.charset = input.charset;
  if (input.contentEncoding !== undefined) content.contentEncoding = input.contentEncoding;
  if (input.links?.length) {
    content.links = input.links.map((link) => (link.tag !== undefined ? { bucket: link.bucket, key: link.key, tag: link.tag } : { bucket: link.bucket, key: link.key }));
  }
  if (input.usermeta?.length) content.usermeta = input.usermeta.map((pair) => ({ key: pair.key, value: pair.value }));
  if (input.indexes?.length) {
    content.indexes = input.indexes.map((pair) => ({
      key: pair.key,
      value: typeof pair.value === 'number' || typeof pair.value === 'bigint' ? String(pair.value) : pair.value,
    }));
  }
  return content;
}
