import type { RpbContent } from '../../generated/riak.js';
import type { Bytes, ContentInput, ConflictResolver, RiakContent } from './kv-types.js';

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
const NONE: readonly never[] = Object.freeze([]);

function text(bytes: Uint8Array | null | undefined): string | undefined {
  if (!bytes || bytes.length === 0) return undefined;
  // Metadata (content types, vtags, index names) is short ASCII: decoding it
  // in JS avoids a call into the C++ UTF-8 decoder per field.
  if (bytes.length <= 48) {
    let out = '';
    for (let i = 0; i < bytes.length; i++) {
      const c = bytes[i];
      if (c >= 0x80) return asBuffer(bytes).toString('utf8');
      out += String.fromCharCode(c);
    }
    return out;
  }
  return asBuffer(bytes).toString('utf8');
}
/** The last text decoded for a metadata field, reused while the bytes repeat (content types nearly always do). */
interface TextCache {
  bytes: Uint8Array;
  text: string;
}
const contentTypes: TextCache = { bytes: EMPTY_BYTES, text: '' };
const charsets: TextCache = { bytes: EMPTY_BYTES, text: '' };
const encodings: TextCache = { bytes: EMPTY_BYTES, text: '' };

function repeatedText(bytes: Uint8Array | null | undefined, cache: TextCache): string | undefined {
  if (!bytes || bytes.length === 0) return undefined;
  const last = cache.bytes;
  if (last.length === bytes.length) {
    let i = 0;
    while (i < bytes.length && bytes[i] === last[i]) i++;
    if (i === bytes.length) return cache.text;
  }
  const decoded = text(bytes) as string;
  // Keep a copy: the bytes are a view into a receive buffer we must not pin.
  cache.bytes = Uint8Array.from(bytes);
  cache.text = decoded;
  return decoded;
}

function has(message: object, field: string): boolean {
  return Object.hasOwn(message, field);
}

/** Converts a decoded `RpbContent` to the public {@link RiakContent}. */
export function fromRpbContent(content: RpbContent.$Properties): RiakContent {
  const out: RiakContent = {
    value: asBuffer(content.value),
    links: !content.links?.length ? NONE : content.links.map((link) => ({ bucket: text(link.bucket) ?? '', key: text(link.key) ?? '', tag: text(link.tag) ?? '' })),
    usermeta: !content.usermeta?.length ? NONE : content.usermeta.map((pair) => ({ key: text(pair.key) ?? '', value: asBuffer(pair.value ?? EMPTY_BYTES) })),
    indexes: !content.indexes?.length ? NONE : content.indexes.map((pair) => ({ key: text(pair.key) ?? '', value: text(pair.value) ?? '' })),
    deleted: content.deleted === true,
  };
  const contentType = repeatedText(content.contentType, contentTypes);
  if (contentType !== undefined) out.contentType = contentType;
  const charset = repeatedText(content.charset, charsets);
  if (charset !== undefined) out.charset = charset;
  const encoding = repeatedText(content.contentEncoding, encodings);
  if (encoding !== undefined) out.contentEncoding = encoding;
  const vtag = text(content.vtag);
  if (vtag !== undefined) out.vtag = vtag;
  if (typeof content.lastMod === 'number' && has(content, 'lastMod')) {
    const usecs = has(content, 'lastModUsecs') ? (content.lastModUsecs ?? 0) : 0;
    out.lastMod = new Date(content.lastMod * 1000 + Math.floor(usecs / 1000));
    out.lastModUsecs = usecs;
  }
  return out;
}

/** Builds the `RpbContent` to send from a value and its metadata. */
export function toRpbContent(input: ContentInput): RpbContent.$Properties {
  const content: RpbContent.$Properties = { value: toBytes(input.value) };
  if (input.contentType !== undefined) content.contentType = toBytes(input.contentType);
  if (input.charset !== undefined) content.charset = toBytes(input.charset);
  if (input.contentEncoding !== undefined) content.contentEncoding = toBytes(input.contentEncoding);
  if (input.links?.length) {
    content.links = input.links.map((link) => ({
      bucket: toBytes(link.bucket),
      key: toBytes(link.key),
      ...(link.tag !== undefined ? { tag: toBytes(link.tag) } : {}),
    }));
  }
  if (input.usermeta?.length) content.usermeta = input.usermeta.map((pair) => ({ key: toBytes(pair.key), value: toBytes(pair.value) }));
  if (input.indexes?.length) {
    content.indexes = input.indexes.map((pair) => ({
      key: toBytes(pair.key),
      value: toBytes(typeof pair.value === 'number' || typeof pair.value === 'bigint' ? String(pair.value) : pair.value),
    }));
  }
  return content;
}

/** The single content among siblings: the only one, the resolver's pick, or undefined. */
export function pickContent(siblings: RiakContent[], resolve: ConflictResolver | undefined): RiakContent | undefined {
  if (siblings.length === 1) return siblings[0];
  if (siblings.length > 1 && resolve) return resolve(siblings);
  return undefined;
}
