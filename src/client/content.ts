import { Buffer } from 'node:buffer';
import type { RpbContent } from '../../generated/riak.js';
import { asBuffer } from '../common/bytes.js';
import { has } from '../common/fields.js';
import type { ContentInput, RiakContent } from './kv-types.js';
import { ReceivedContent } from './received-content.js';
import { repeatedTextAt, textAt, textCache, type TextCache } from './wire-text.js';

const EMPTY = Buffer.alloc(0);
/** The shared empty list of links, user metadata or indexes (result lists are read-only). */
export const NO_ITEMS: readonly never[] = Object.freeze([]);

/** A received bytes field exactly as sent (a view), empty when absent. */
function bytes(field: Uint8Array | null | undefined): Buffer {
  return field ? asBuffer(field) : EMPTY;
}

function text(bytes: Uint8Array | null | undefined): string | undefined {
  return bytes && bytes.length > 0 ? textAt(bytes, 0, bytes.length) : undefined;
}

const contentTypes = textCache();
const charsets = textCache();
const encodings = textCache();

function repeatedText(bytes: Uint8Array | null | undefined, cache: TextCache): string | undefined {
  return bytes && bytes.length > 0 ? repeatedTextAt(bytes, 0, bytes.length, cache) : undefined;
}

/** Converts a decoded `RpbContent` to the public {@link RiakContent}. */
export function fromRpbContent(content: RpbContent.$Properties): RiakContent {
  const withTime = typeof content.lastMod === 'number' && has(content, 'lastMod');
  return new ReceivedContent(
    asBuffer(content.value),
    repeatedText(content.contentType, contentTypes),
    repeatedText(content.charset, charsets),
    repeatedText(content.contentEncoding, encodings),
    text(content.vtag),
    !content.links?.length ? NO_ITEMS : content.links.map((link) => ({ bucket: bytes(link.bucket), key: bytes(link.key), tag: bytes(link.tag) })),
    withTime ? (content.lastMod as number) : -1,
    withTime && has(content, 'lastModUsecs') ? (content.lastModUsecs ?? 0) : 0,
    !content.usermeta?.length ? NO_ITEMS : content.usermeta.map((pair) => ({ key: bytes(pair.key), value: bytes(pair.value) })),
    !content.indexes?.length ? NO_ITEMS : content.indexes.map((pair) => ({ key: bytes(pair.key), value: bytes(pair.value) })),
    content.deleted === true,
  );
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
    content.links = input.links.map((link) =>
      link.tag !== undefined ? { bucket: link.bucket, key: link.key, tag: link.tag } : { bucket: link.bucket, key: link.key },
    );
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
