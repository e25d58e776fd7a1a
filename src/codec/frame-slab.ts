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

/**
 * The first slab's size. Each next one is twice the last, up to SLAB_BYTES:
 * the replacement then runs a few times among a process's first few hundred
 * requests, while V8 still interprets the encoders and records what it sees,
 * so their optimized code has the replacement in it. With 64 KiB from the
 * start, the first replacement came a few thousand requests in, after V8 had
 * optimized the encoders without it, and threw their optimized code away.
 */
const FIRST_SLAB_BYTES = SLAB_MAX_FRAME;

class FrameSlab {
  /** The slab holding the range last reserved (none before the first reservation). */
  buffer = Buffer.alloc(0);
  #used = 0;
  #nextBytes = FIRST_SLAB_BYTES;

  /** Reserves `size` bytes (at most SLAB_MAX_FRAME) and returns their offset in `buffer`. */
  reserve(size: number): number {
    if (this.#used + size > this.buffer.length) {
      this.buffer = Buffer.allocUnsafeSlow(this.#nextBytes);
      this.#nextBytes = Math.min(SLAB_BYTES, this.#nextBytes * 2);
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
