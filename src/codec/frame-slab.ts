import { Buffer } from 'node:buffer';
/**
 * Small request frames are encoded one after another into a shared slab
 * instead of a Buffer each: a request then costs no Buffer object, and the
 * frames of a burst of requests sit back to back, so a connection writes the
 * whole burst as one view of the slab, without copying it into a batch.
 *
 * The slab is append-only: a reserved range is never written again, so a
 * frame stays valid for as long as anything refers to it (a retry resends
 * it), and a full slab is simply replaced; the old one is freed once no
 * frame in it is referenced.
 */

const SLAB_BYTES = 64 * 1024;

/** Frames up to this size go to the slab; larger ones get a buffer of their own. */
export const SLAB_MAX_FRAME = 4 * 1024;

class FrameSlab {
  /** The slab holding the range last reserved. */
  buffer = Buffer.alloc(0);
  #used = 0;

  constructor() {
    // The first slab comes through the replacement path, run here once so that it has type
    // feedback and V8 knows `buffer` changes. Otherwise the first full slab, a few thousand
    // requests into a process, threw away the optimized code of every encoder.
    this.reserve(1);
    this.#used = 0;
  }

  /** Reserves `size` bytes (at most SLAB_MAX_FRAME) and returns their offset in `buffer`. */
  reserve(size: number): number {
    if (this.#used + size > this.buffer.length) {
      this.buffer = Buffer.allocUnsafeSlow(SLAB_BYTES);
      this.#used = 0;
    }
    const start = this.#used;
    this.#used += size;
    return start;
  }
}

/** Encoding is synchronous: one slab serves the whole process. */
export const frameSlab = new FrameSlab();

/** Where an encoded request's frame is: `frameBuffer[frameStart, frameEnd)`. */
export interface FrameRange {
  frameBuffer: Buffer;
  frameStart: number;
  frameEnd: number;
}

/**
 * Where a frame of `size` bytes goes, set on `out`: the shared slab when it
 * is small, a buffer of exactly its size otherwise. Returns the frame's start.
 */
export function reserveFrame(size: number, out: FrameRange): number {
  if (size > SLAB_MAX_FRAME) {
    out.frameBuffer = Buffer.allocUnsafe(size);
    out.frameStart = 0;
    return 0;
  }
  const start = frameSlab.reserve(size);
  out.frameBuffer = frameSlab.buffer;
  out.frameStart = start;
  return start;
}
