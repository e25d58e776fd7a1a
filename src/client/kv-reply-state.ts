import { Buffer } from 'node:buffer';
import { rememberText, textCache, type TextCache } from './wire-text.js';

/*
 * What the get/put reply decoders share (kv-result-decoder.ts and its fast
 * path, common-get-reply.ts): the memory of the reply being decoded, which
 * values and vclocks are views of, and the texts decoded last. Decoding is
 * synchronous and never re-enters, so one copy serves every call.
 */

/** The last content type, charset and content encoding decoded (each nearly always repeats). */
export const contentTypes = textCache();
export const charsets = textCache();
export const contentEncodings = textCache();

const NO_MEMORY = new ArrayBuffer(0);
/**
 * A receive buffer (a socket read holds many replies) whose memory is at
 * most this large stays remembered after its replies are decoded, so its
 * next reply skips the read of `buffer.buffer` (a call into the runtime).
 * A larger one is let go at once, not to pin it.
 */
const KEEP_MEMORY_BYTES = 256 * 1024;

let payload: Buffer | undefined;
let memory: ArrayBuffer = NO_MEMORY;
let base = 0;
/** `memory` as a DataView, made at its first text compare. */
let words: DataView | undefined;

/** Makes `viewOf` read from `reply` (the whole buffer a reply's range is in). */
export function readFrom(reply: Buffer): void {
  if (reply === payload) return;
  memory = reply.buffer as ArrayBuffer;
  base = reply.byteOffset;
  words = undefined;
  payload = memory.byteLength <= KEEP_MEMORY_BYTES ? reply : undefined;
}

/** Decoding is over: a buffer too large to keep is let go. */
export function doneReading(): void {
  if (payload === undefined) {
    memory = NO_MEMORY;
    words = undefined;
  }
}

/**
 * `reply[start, end)` as a view of it: `Buffer.from(memory, offset, length)`
 * makes the view `subarray()` makes, without its own read of `buffer.buffer`.
 */
export function viewOf(start: number, end: number): Buffer {
  return Buffer.from(memory, base + start, end - start);
}

/** Where `viewOf`'s offsets lie in the memory (for bytes decoded later, such as the vtag). */
export function replyMemory(): ArrayBuffer {
  return memory;
}

export function replyBase(): number {
  return base;
}

/**
 * `reply[start, end)` as text, from `cache` when the bytes are those it
 * decoded last (as wire-text.ts's `repeatedTextAt`), compared four bytes at
 * a time through DataViews: a 24-byte content type costs about 20 ns instead
 * of 40. Bytes that differ are decoded and remembered without a second compare.
 */
export function repeatedTextIn(reply: Buffer, start: number, end: number, cache: TextCache): string {
  const length = end - start;
  const last = cache.bytes;
  if (last.length === length) {
    words ??= new DataView(memory);
    const lastWords = cache.words;
    const at = base + start;
    let i = 0;
    while (i + 4 <= length && words.getUint32(at + i) === lastWords.getUint32(i)) i += 4;
    // The tail (or the word that differed) byte by byte.
    while (i < length && reply[start + i] === last[i]) i++;
    if (i === length) return cache.text;
  }
  return rememberText(reply, start, end, cache);
}
