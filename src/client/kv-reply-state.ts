import { textCache } from './wire-text.js';

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

/** Makes `viewOf` read from `reply` (the whole buffer a reply's range is in). */
export function readFrom(reply: Buffer): void {
  if (reply === payload) return;
  memory = reply.buffer as ArrayBuffer;
  base = reply.byteOffset;
  payload = memory.byteLength <= KEEP_MEMORY_BYTES ? reply : undefined;
}

/** Decoding is over: a buffer too large to keep is let go. */
export function doneReading(): void {
  if (payload === undefined) memory = NO_MEMORY;
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
