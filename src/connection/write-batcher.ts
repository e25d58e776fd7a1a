import { nextTick } from 'node:process';
import { Buffer } from 'node:buffer';
import type { Socket } from 'node:net';

/** Pieces up to this size are copied into one write chunk; larger ones are written as they are. */
const COALESCE_MAX_FRAME = 16 * 1024;
/** A write chunk is sent once it holds this many bytes. */
const COALESCE_MAX_CHUNK = 64 * 1024;

/**
 * Batches a connection's writes: requests made in one tick leave in one
 * flush, run from `process.nextTick` (after the promise callbacks that made
 * them), or in two when the connection flushes the first half of a large
 * burst early ({@link flushNow}, see RequestPipeline). A flush asks its
 * connection (`fill`) for the frames it may write now, handed over one by
 * one with {@link add}, and writes them with as few writes and copies as
 * it can: frames that lie back to back in one buffer (a burst of requests in
 * the frame slab) go out as one view of it; separate small pieces are copied
 * into one chunk (one `write`, cheaper than a `writev` of many tiny
 * buffers); a large piece (a big value) goes out as is, never copied, and
 * several writes are corked into one `writev`. When the socket asks to wait
 * for `drain`, the flush stops and the next one starts on `drain`.
 */
export class WriteBatcher {
  #socket: Socket;
  /** Hands this flush's frames to {@link add}, while {@link writable}. */
  readonly #fill: () => void;
  #scheduled = false;
  /** A nextTick callback is queued (it flushes if a flush is still due when it runs). */
  #tickQueued = false;
  #waitingForDrain = false;
  // The flush in progress: whether the socket still takes writes, and how many it got.
  #ok = true;
  #writes = 0;
  /** Small pieces gathered into the next write chunk. */
  readonly #pieces: Buffer[] = [];
  #pieceBytes = 0;
  /** The run of back-to-back frames being gathered: #runBuffer[#runStart, #runEnd). */
  #runBuffer: Buffer | undefined;
  #runStart = 0;
  #runEnd = 0;

  constructor(socket: Socket, fill: () => void) {
    this.#socket = socket;
    this.#fill = fill;
  }

  /** The socket written to; replaced when the connection is upgraded to TLS. */
  set socket(socket: Socket) {
    this.#socket = socket;
  }

  /** False once the socket asked to wait for `drain`: the flush in progress takes nothing more. */
  get writable(): boolean {
    return this.#ok;
  }

  /** A flush will run on the next tick (false while the socket asks to wait for `drain`). */
  get flushDue(): boolean {
    return this.#scheduled;
  }

  /** Flushes on the next tick, unless a flush is already due or the socket is draining. */
  schedule(): void {
    if (this.#scheduled || this.#waitingForDrain) return;
    this.#scheduled = true;
    if (this.#tickQueued) return;
    this.#tickQueued = true;
    nextTick(this.#onTick);
  }

  /**
   * Runs the flush that is due now rather than at the end of the tick: the
   * first requests of a burst leave while the rest are being made (see
   * EARLY_FLUSH_MIN in request-pipeline.ts).
   */
  flushNow(): void {
    if (this.#scheduled) this.#flush();
  }

  /** Adds the frame `buffer[start, end)` to the flush in progress (called from `fill`). */
  add(buffer: Buffer, start: number, end: number): void {
    if (buffer === this.#runBuffer && start === this.#runEnd && this.#runEnd - this.#runStart < COALESCE_MAX_CHUNK) {
      this.#runEnd = end;
      return;
    }
    this.#closeRun();
    this.#runBuffer = buffer;
    this.#runStart = start;
    this.#runEnd = end;
  }

  #onTick = (): void => {
    this.#tickQueued = false;
    if (this.#scheduled) this.#flush();
  };

  #flush(): void {
    this.#scheduled = false;
    this.#ok = true;
    this.#writes = 0;
    this.#fill();
    this.#closeRun();
    this.#emit();
    if (this.#writes > 1) this.#socket.uncork();
    if (!this.#ok) {
      this.#waitingForDrain = true;
      this.#socket.once('drain', () => {
        this.#waitingForDrain = false;
        this.schedule();
      });
    }
  }

  #closeRun(): void {
    const buffer = this.#runBuffer;
    if (buffer === undefined) return;
    const piece = this.#runStart === 0 && this.#runEnd === buffer.length ? buffer : buffer.subarray(this.#runStart, this.#runEnd);
    this.#runBuffer = undefined;
    if (piece.length > COALESCE_MAX_FRAME) {
      this.#emit();
      this.#write(piece);
    } else {
      this.#pieces.push(piece);
      this.#pieceBytes += piece.length;
      if (this.#pieceBytes >= COALESCE_MAX_CHUNK) this.#emit();
    }
  }

  /** Writes the gathered small pieces as one chunk. */
  #emit(): void {
    const pieces = this.#pieces;
    if (pieces.length === 0) return;
    const chunk = pieces.length === 1 ? pieces[0] : Buffer.concat(pieces, this.#pieceBytes);
    pieces.length = 0;
    this.#pieceBytes = 0;
    this.#write(chunk);
  }

  #write(chunk: Buffer): void {
    // The first write goes out at once; from the second on (a big value
    // between small frames) the socket is corked, so the rest leave in one writev.
    if (this.#writes++ === 1) this.#socket.cork();
    this.#ok = this.#socket.write(chunk) && this.#ok;
  }
}
