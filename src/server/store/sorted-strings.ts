/**
 * A sorted set of byte strings (latin1 text, one char per byte, so `<`
 * compares them as bytes), kept as a list of sorted blocks: a one-level
 * B-tree. Adding or deleting costs a binary search and a splice within one
 * block; reading an ordered range from any bound costs a binary search.
 * What the in-memory backend orders its keys, bucket names and 2i entries
 * with, so its listings and 2i queries are range scans as LevelDB's are.
 */

/** A block splits in two above this many strings. */
const MAX_BLOCK = 1024;

export class SortedStrings {
  readonly #blocks: string[][] = [];
  #size = 0;

  get size(): number {
    return this.#size;
  }

  /** Adds `text`; false when it is already there. */
  add(text: string): boolean {
    if (this.#blocks.length === 0) {
      this.#blocks.push([text]);
      this.#size = 1;
      return true;
    }
    // The block whose range takes it: the first ending at or after it, else the last.
    const b = Math.min(this.#blockFor(text), this.#blocks.length - 1);
    const block = this.#blocks[b];
    const i = lowerBound(block, text);
    if (block[i] === text) return false;
    block.splice(i, 0, text);
    this.#size++;
    if (block.length > MAX_BLOCK) this.#blocks.splice(b + 1, 0, block.splice(block.length >> 1));
    return true;
  }

  /** Deletes `text`; false when it was not there. */
  delete(text: string): boolean {
    const b = this.#blockFor(text);
    const block = this.#blocks[b];
    if (block === undefined) return false;
    const i = lowerBound(block, text);
    if (block[i] !== text) return false;
    block.splice(i, 1);
    this.#size--;
    if (block.length === 0) this.#blocks.splice(b, 1);
    return true;
  }

  /** Up to `limit` strings from `gte` (included) up to `lt` (excluded; no bound when undefined), in order. */
  range(gte: string, lt: string | undefined, limit: number): string[] {
    const out: string[] = [];
    let b = this.#blockFor(gte);
    let j = b < this.#blocks.length ? lowerBound(this.#blocks[b], gte) : 0;
    for (; b < this.#blocks.length; b++, j = 0) {
      const block = this.#blocks[b];
      for (; j < block.length; j++) {
        if (out.length >= limit || (lt !== undefined && block[j] >= lt)) return out;
        out.push(block[j]);
      }
    }
    return out;
  }

  /** The index of the first block whose last string is at or after `text` (the block count when none is). */
  #blockFor(text: string): number {
    let lo = 0;
    let hi = this.#blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const block = this.#blocks[mid];
      if (block[block.length - 1] < text) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** The index of the first string in `sorted` at or after `text`. */
function lowerBound(sorted: readonly string[], text: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < text) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
