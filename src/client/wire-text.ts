/*
 * Text fields of replies (content types, vtags, link and index names) are
 * mostly short ASCII. Up to about 8 characters, decoding in JS beats the call
 * into the native UTF-8 decoder; longer text goes to it (string concatenation
 * costs ~5 ns a character, the native call ~40 ns in all).
 */
import { Buffer } from 'node:buffer';

/** Longest text decoded character by character. */
const SHORT_TEXT = 8;

/** `bytes[start, end)` as text. */
export function textAt(bytes: Uint8Array, start: number, end: number): string {
  if (end - start <= SHORT_TEXT) {
    let out = '';
    for (let i = start; i < end; i++) {
      const c = bytes[i];
      if (c >= 0x80) return utf8(bytes, start, end);
      out += String.fromCharCode(c);
    }
    return out;
  }
  return utf8(bytes, start, end);
}

function utf8(bytes: Uint8Array, start: number, end: number): string {
  return Buffer.isBuffer(bytes) ? bytes.toString('utf8', start, end) : Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('utf8');
}

/** The last text decoded for one metadata field, reused while its bytes repeat (content types nearly always do). */
export interface TextCache {
  bytes: Uint8Array;
  /** `bytes` as a DataView, for comparing four bytes at a time (kv-reply-state.ts). */
  words: DataView;
  text: string;
}

export function textCache(): TextCache {
  const bytes = new Uint8Array(0);
  return { bytes, words: new DataView(bytes.buffer), text: '' };
}

/** `bytes[start, end)` as text, from `cache` when the bytes are those decoded last time. */
export function repeatedTextAt(bytes: Uint8Array, start: number, end: number, cache: TextCache): string {
  const last = cache.bytes;
  const length = end - start;
  if (last.length === length) {
    let i = 0;
    while (i < length && bytes[start + i] === last[i]) i++;
    if (i === length) return cache.text;
  }
  return rememberText(bytes, start, end, cache);
}

/** `bytes[start, end)` decoded, and kept in `cache` as the text it decoded last (the bytes differ from those it holds). */
export function rememberText(bytes: Uint8Array, start: number, end: number, cache: TextCache): string {
  const decoded = textAt(bytes, start, end);
  // A copy (Buffer#slice would be a view): the bytes are in a receive buffer the cache must neither pin nor see reused.
  cache.bytes = new Uint8Array(bytes.subarray(start, end));
  cache.words = new DataView(cache.bytes.buffer);
  cache.text = decoded;
  return decoded;
}
