import { Buffer } from 'node:buffer';
import type { OnReadOpts } from 'node:net';

/** Bytes of each slab the socket reads into: Node's own read size. */
const SLAB_BYTES = 64 * 1024;
/** A read gets the rest of the slab while at least this much is left; then a new slab. */
const MIN_READ_BYTES = 16 * 1024;

function dropChunk(): void {}

/**
 * Reads a plain TCP socket into slabs of our own, through `net.connect`'s
 * `onread` option, and hands each read on as a view of its slab. Each read
 * lands after the one before in the slab, which is never written again, so
 * a view stays valid for as long as it is held (a value handed to the
 * caller, a piece of a split frame), as a chunk of a 'data' event would.
 *
 * Against a busy server every reply comes in a read of its own, and the
 * stream path costs per read: Node allocates a 64 KiB buffer for it and
 * shrinks it to the bytes read, then pushes the chunk through the Readable
 * machinery (a `process.nextTick` per chunk, a 'data' event). Here a read
 * costs a view of the slab. A TLS socket (STARTTLS) is read through 'data'.
 */
export class SlabReads {
  #slab = Buffer.allocUnsafeSlow(SLAB_BYTES);
  /** Where the next read lands in the slab. */
  #used = 0;
  /** Gets each chunk read; replaced by the connection that owns the socket. */
  onChunk: (chunk: Buffer) => void = dropChunk;

  /** For `net.connect({ onread })`. */
  readonly onread: OnReadOpts = {
    // Node asks for the buffer of the next read after each read (and once at the start).
    buffer: (): Uint8Array => {
      if (SLAB_BYTES - this.#used < MIN_READ_BYTES) {
        this.#slab = Buffer.allocUnsafeSlow(SLAB_BYTES);
        this.#used = 0;
      }
      return this.#slab.subarray(this.#used);
    },
    // true: read on (false would pause the socket; back-pressure pauses it with pause()).
    callback: (bytes: number): boolean => {
      // The read landed where buffer() said: the slab from #used on.
      const start = this.#used;
      this.#used = start + bytes;
      this.onChunk(this.#slab.subarray(start, start + bytes));
      return true;
    },
  };

  /** Stops handing reads on (the connection is done with the socket). */
  stop(): void {
    this.onChunk = dropChunk;
  }
}
