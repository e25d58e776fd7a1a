import { Buffer } from 'node:buffer';
import { RiakProtocolError } from '../errors.js';

/** Riak's frame header: a 4-byte big-endian length, then the 1-byte message code. */
export const FRAME_HEADER_BYTES = 5;

/** Largest frame accepted by default: 64 MiB, above Riak's 50 MiB object limit. */
export const DEFAULT_MAX_FRAME_BYTES = 64 * 1024 * 1024;

export type FrameHandler = (code: number, payload: Buffer) => void;
/** Gets the payload as `buffer[start, end)`: no view object per frame (see {@link FrameDecoder.ranges}). */
export type FrameRangeHandler = (code: number, buffer: Buffer, start: number, end: number) => void;

const EMPTY = Buffer.alloc(0);

/** A piece of a split frame at least this long is kept as a view of its chunk (no copy). */
const VIEW_MIN_BYTES = 1024;
/** Shorter pieces are gathered into buffers of our own, at most this large (see #keep). */
const GATHER_MAX_BYTES = 4096;

/**
 * Incremental decoder of Riak PB frames: `<length:u32 BE><code:u8><payload>`.
 * `length` counts the code byte plus the payload and never itself, so the
 * smallest valid frame is length 1 (`00 00 00 01 02` is RpbPingResp).
 *
 * A frame inside one chunk is handed out as a range (or view) of that chunk:
 * no copy. A frame split across chunks is kept as the list of its received
 * pieces, and copied once, when its last byte arrives, into a buffer of
 * exactly its size: memory follows the bytes received, never the length a
 * header announces (a peer announcing 64 MiB and sending 3 bytes costs 8
 * bytes, not 64 MiB), and a large value arriving in many chunks is copied
 * exactly once. Pieces under 1 KiB (a trickle of tiny reads, or a chunk's
 * tail) are copied into small buffers of our own instead (at most 4 KiB,
 * growing with the frame), so a tiny tail never pins a whole 64 KiB chunk
 * and a trickle cannot pile up one object per byte; {@link heldBytes} stays
 * below twice {@link bufferedBytes}, and below it plus 4 KiB.
 *
 * The decoder never writes over bytes it has handed out, so a payload view
 * stays valid, and keeps its buffer alive, for as long as the caller holds it.
 */
export class FrameDecoder {
  readonly #maxFrameBytes: number;
  #onFrame: FrameRangeHandler;
  /** The chunk being decoded, consumed up to #start. Empty between pushes unless a handler threw: then its rest waits here. */
  #chunk: Buffer = EMPTY;
  #start = 0;
  /** The incomplete frame's bytes so far, in order: #pieces, then #gather[0, #gathered). */
  #pieces: Buffer[] = [];
  #gather: Buffer = EMPTY;
  #gathered = 0;
  /** How many bytes of the incomplete frame have arrived. */
  #pendingBytes = 0;
  /** Its length field, folded in as its 4 bytes arrive (complete once #pendingBytes >= 4). */
  #length = 0;
  /** Bytes the pieces and gather buffers of the incomplete frame take. */
  #held = 0;
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

  /** Bytes received but not yet part of a delivered frame. */
  get bufferedBytes(): number {
    return this.#chunk.length - this.#start + this.#pendingBytes;
  }

  /**
   * Memory the decoder keeps for those bytes: the pieces of an incomplete
   * frame (a view counts its own length; it keeps the buffer under its chunk
   * alive: a client connection's 64 KiB read slab, or a 'data' chunk as long
   * as its read) plus the full size of
   * the small buffers it gathered tiny pieces into. It follows the bytes
   * received, not the announced frame length: at most twice
   * {@link bufferedBytes} and at most 4 KiB above it.
   */
  get heldBytes(): number {
    return this.#chunk.length - this.#start + this.#held;
  }

  /**
   * Feeds received bytes; calls the frame handler for every complete frame, in
   * order. Throws a {@link RiakProtocolError} on an invalid length (and keeps
   * throwing it on later calls): the caller must close the connection. If the
   * handler throws, the exception propagates and the bytes after that frame
   * stay buffered: the next push resumes with them.
   */
  push(chunk: Buffer): void {
    if (this.#failed) throw this.#failed;
    if (this.#stopped || chunk.length === 0) return;
    if (this.#start < this.#chunk.length) {
      // A handler threw mid-chunk: its rest comes first (a rare path, so one copy is fine).
      chunk = Buffer.concat([this.#chunk.subarray(this.#start), chunk]);
    }
    let start = 0;
    if (this.#pendingBytes > 0) {
      start = this.#continueFrame(chunk);
      if (this.#stopped) return;
    }
    this.#drain(chunk, start);
  }

  /** Stops delivering frames (the rest of the current chunk is dropped); used when the connection is torn down. */
  stop(): void {
    this.#stopped = true;
    this.#release();
  }

  /** Delivers every frame lying whole in `chunk` from `start` on, as ranges of it; keeps the tail. */
  #drain(chunk: Buffer, start: number): void {
    const end = chunk.length;
    this.#chunk = chunk;
    while (end - start >= 4) {
      // Not chunk.readUInt32BE(): a Buffer method is a generic property load in optimized code (about 5 ns a frame).
      const length = chunk[start] * 0x1000000 + ((chunk[start + 1] << 16) | (chunk[start + 2] << 8) | chunk[start + 3]);
      if (length === 0 || length > this.#maxFrameBytes) this.#fail(length);
      const frameEnd = start + 4 + length;
      if (frameEnd > end) break;
      const payloadStart = start + FRAME_HEADER_BYTES;
      start = frameEnd;
      this.#start = start;
      this.#onFrame(chunk[payloadStart - 1], chunk, payloadStart, frameEnd);
      if (this.#stopped) return;
    }
    this.#chunk = EMPTY;
    this.#start = 0;
    if (start < end) {
      // The start of a split frame (its length, when in, was checked above).
      let length = 0;
      for (let i = start; i < end && i < start + 4; i++) length = length * 256 + chunk[i];
      this.#length = length;
      this.#keep(start === 0 ? chunk : chunk.subarray(start));
    }
  }

  /**
   * Adds `chunk` to the incomplete frame. Returns where the frame ended in the
   * chunk, once it is complete and delivered, or the chunk's length if all of
   * it was kept.
   */
  #continueFrame(chunk: Buffer): number {
    const pending = this.#pendingBytes;
    if (pending < 4) {
      const take = Math.min(4 - pending, chunk.length);
      let length = this.#length;
      for (let i = 0; i < take; i++) length = length * 256 + chunk[i];
      this.#length = length;
      if (pending + take < 4) {
        this.#keep(chunk);
        return chunk.length;
      }
      // The bound is checked before anything more is kept.
      if (length === 0 || length > this.#maxFrameBytes) this.#fail(length);
    }
    const frameBytes = 4 + this.#length;
    const missing = frameBytes - pending;
    if (chunk.length < missing) {
      this.#keep(chunk);
      return chunk.length;
    }
    // Complete: the one copy, into a buffer of exactly the frame's size.
    const frame = Buffer.allocUnsafe(frameBytes);
    let at = 0;
    for (const piece of this.#pieces) {
      frame.set(piece, at);
      at += piece.length;
    }
    if (this.#gathered > 0) frame.set(this.#gather.subarray(0, this.#gathered), at);
    chunk.copy(frame, pending, 0, missing);
    this.#dropPending();
    // Bytes after the frame wait in #chunk should the handler throw.
    this.#chunk = chunk;
    this.#start = missing;
    this.#onFrame(frame[4], frame, FRAME_HEADER_BYTES, frameBytes);
    return missing;
  }

  /**
   * Keeps `piece` (bytes of the incomplete frame, not completing it). Long
   * pieces are kept as views; short ones first fill the current gather
   * buffer, then go to a new one sized for them and at most as large as
   * what has arrived so far (so gather buffers double up to 4 KiB) and
   * never larger than what the frame still misses. A gather buffer is
   * filled before anything is put after it, so only the last one has room
   * left.
   */
  #keep(piece: Buffer): void {
    let from = 0;
    const room = this.#gather.length - this.#gathered;
    if (room > 0) {
      from = Math.min(room, piece.length);
      this.#gather.set(from === piece.length ? piece : piece.subarray(0, from), this.#gathered);
      this.#gathered += from;
      this.#pendingBytes += from;
    }
    const rest = piece.length - from;
    if (rest === 0) return;
    if (this.#gathered > 0) this.#pieces.push(this.#gather); // full
    const part = from === 0 ? piece : piece.subarray(from);
    if (rest >= VIEW_MIN_BYTES) {
      this.#gather = EMPTY;
      this.#gathered = 0;
      this.#pieces.push(part);
      this.#held += rest;
    } else {
      const pending = this.#pendingBytes;
      const missing = pending + rest >= 4 ? 4 + this.#length - pending : rest;
      const size = Math.min(missing, Math.max(rest, Math.min(pending, GATHER_MAX_BYTES)));
      this.#gather = Buffer.allocUnsafe(size);
      this.#gather.set(part);
      this.#gathered = rest;
      this.#held += size;
    }
    this.#pendingBytes += rest;
  }

  #dropPending(): void {
    this.#pieces = [];
    this.#gather = EMPTY;
    this.#gathered = 0;
    this.#pendingBytes = 0;
    this.#length = 0;
    this.#held = 0;
  }

  #release(): void {
    this.#chunk = EMPTY;
    this.#start = 0;
    this.#dropPending();
  }

  #fail(length: number): never {
    const reason = length === 0 ? 'a zero length (no message code)' : `length ${length} above the ${this.#maxFrameBytes}-byte limit`;
    this.#failed = new RiakProtocolError(`Invalid Riak frame: ${reason}`);
    this.#release();
    throw this.#failed;
  }
}

function noop(): void {}
