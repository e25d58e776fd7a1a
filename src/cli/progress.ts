import type { Writable } from 'node:stream';

const CLEAR_LINE = '\r\u001b[K';

/**
 * A live "1234 keys…" count on stderr while a scan prints to the same
 * terminal: erased before each printed line, redrawn once output has paused
 * for `delayMs`, and replaced by the final count at the end.
 */
export class Progress {
  readonly #stderr: Writable;
  readonly #noun: readonly [one: string, many: string];
  readonly #delayMs: number;
  #count = 0;
  #shown = false;
  #timer: NodeJS.Timeout | undefined;

  constructor(stderr: Writable, noun: readonly [one: string, many: string], delayMs = 100) {
    this.#stderr = stderr;
    this.#noun = noun;
    this.#delayMs = delayMs;
    this.#schedule();
  }

  /** Erases the count so a line can be printed. */
  clear(): void {
    if (this.#shown) this.#stderr.write(CLEAR_LINE);
    this.#shown = false;
  }

  /** Records the new count; it is drawn if nothing else is printed meanwhile. */
  update(count: number): void {
    this.#count = count;
    this.#schedule();
  }

  /** Stops redrawing and leaves the final count on its own line. */
  end(): void {
    this.stop();
    this.#stderr.write(`${this.#text()}\n`);
  }

  /** Stops redrawing and erases the count (on errors). */
  stop(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.clear();
  }

  /** "1 key", "2 keys". */
  #text(): string {
    return `${this.#count} ${this.#noun[this.#count === 1 ? 0 : 1]}`;
  }

  #schedule(): void {
    if (this.#shown || this.#timer) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#stderr.write(`${CLEAR_LINE}${this.#text()}…`);
      this.#shown = true;
    }, this.#delayMs);
    this.#timer.unref();
  }
}
