import { RiakProtocolError } from '../errors.js';

/** Riak's frame header: a 4-byte big-endian length, then the 1-byte message code. */
export const FRAME_HEADER_BYTES = 5;

/** Largest frame accepted by default: 64 MiB, above Riak's 50 MiB object limit. */
export const DEFAULT_MAX_FRAME_BYTES = 64 * 1024 * 1024;

export type FrameHandler = (code: number, payload: Buffer) => void;
/** Gets the payload as `buffer[start, end)`: no view object per frame (see {@link FrameDecoder.ranges}). */
export type FrameRangeHandler = (code: number, buffer: Buffer, start: number, end: number) => void;

const EMPTY = Buffer.alloc(0);

/**
 * Incremental decoder of Riak PB frames: `<length:u32 BE><code:u8><payload>`.
 * `length` counts the code byte plus the payload and never itself, so the
 * smallest valid frame is length 1 (`00 00 00 01 02` is RpbPingResp).
 *
 * Payloads are handed out as views (`subarray`) of the received chunk when a
 * frame lies inside one chunk; a frame split across chunks is copied once into
 * a buffer sized for the whole frame (its length is known from the header), so
 * a large value arriving in many chunks is copied exactly once. The decoder
 * never writes over bytes it has handed out, so a payload view stays valid,
 * and keeps its chunk alive, for as long as the caller holds it.
 */
export class FrameDecoder {
  readonly #maxFrameBytes: number;
  #onFrame: FrameRangeHandler;
  /** Received bytes not yet consumed live in #buffer[#start, #end). */
  #buffer: Buffer = EMPTY;
  #start = 0;
  #end = 0;
  /** True while #buffer is our own allocation (its tail past #end is free); false for a borrowed chunk. */
  #owned = false;
  #failed: RiakProtocolError | undefined;
  #stopped = false;

  /** Calls `onFrame` with each payload as a view of the received bytes. */
  constructor(onFrame: FrameHandler, maxFrameBytes = DEFAULT_MAX_FRAME_BYTES) {
    this.#onFrame = (code, buffer, start, end) => onFrame(code, buffer.subarray(start, end));
    this.#maxFrameBytes = maxFrameBytes;
  }

  /**
   * A decoder that hands each payload over as a range of the buffer holding
   * it (views of it stay valid, as with the constructor's): for a consumer
   * that decodes at once (the client connection), saving a Buffer view per frame.
   */
  static ranges(onFrame: FrameRangeHandler, maxFrameBytes = DEFAULT_MAX_FRAME_BYTES): FrameDecoder {
    const decoder = new FrameDecoder(noop, maxFrameBytes);
    decoder.#onFrame = onFrame;
    return decoder;
  }

  /** Bytes received but not yet part of a complete frame. */
  get bufferedBytes(): number {
    return this.#end - this.#start;
  }

  /**
   * Feeds received bytes; calls the frame handler for every complete frame, in
   * order. Throws a {@link RiakProtocolError} on an invalid length (and keeps
   * throwing it on later calls): the caller must close the connection.
   */
  push(chunk: Buffer): void {
    if (this.#failed) throw this.#failed;
    if (this.#stopped || chunk.length === 0) return;
    if (this.#start === this.#end) {
      this.#buffer = chunk;
      this.#start = 0;
      this.#end = chunk.length;
      this.#owned = false;
    } else {
      this.#append(chunk);
    }
    this.#drain();
  }

  /** Stops delivering frames (the rest of the current chunk is dropped); used when the connection is torn down. */
  stop(): void {
    this.#stopped = true;
    this.#release();
  }

  #drain(): void {
    const buffer = this.#buffer;
    let start = this.#start;
    const end = this.#end;
    while (end - start >= 4 && !this.#stopped) {
      const length = buffer.readUInt32BE(start);
      if (length === 0 || length > this.#maxFrameBytes) {
        this.#fail(length);
      }
      const frameEnd = start + 4 + length;
      if (frameEnd > end) break;
      const code = buffer[start + 4];
      const payloadStart = start + FRAME_HEADER_BYTES;
      start = frameEnd;
      this.#start = start;
      this.#onFrame(code, buffer, payloadStart, frameEnd);
    }
    if (this.#stopped) return;
    this.#start = start;
    if (start === end) this.#release();
  }

  #append(chunk: Buffer): void {
    const leftover = this.#end - this.#start;
    if (this.#owned && this.#buffer.length - this.#end >= chunk.length) {
      chunk.copy(this.#buffer, this.#end);
      this.#end += chunk.length;
      return;
    }
    // Size the new buffer for the whole pending frame when its header is in,
    // so the rest of a large frame is copied straight into place.
    let size = leftover + chunk.length;
    if (leftover >= 4) {
      const length = this.#buffer.readUInt32BE(this.#start);
      if (length === 0 || length > this.#maxFrameBytes) this.#fail(length);
      size = Math.max(size, 4 + length);
    }
    const grown = Buffer.allocUnsafe(size);
    this.#buffer.copy(grown, 0, this.#start, this.#end);
    chunk.copy(grown, leftover);
    this.#buffer = grown;
    this.#start = 0;
    this.#end = leftover + chunk.length;
    this.#owned = true;
  }

  #release(): void {
    this.#buffer = EMPTY;
    this.#start = 0;
    this.#end = 0;
    this.#owned = false;
  }

  #fail(length: number): never {
    const reason = length === 0 ? 'a zero length (no message code)' : `length ${length} above the ${this.#maxFrameBytes}-byte limit`;
    this.#failed = new RiakProtocolError(`Invalid Riak frame: ${reason}`);
    this.#release();
    throw this.#failed;
  }
}

function noop(): void {}
