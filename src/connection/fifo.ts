/**
 * A first-in first-out queue over a ring: an array whose length is a power
 * of two, read at a moving head. O(1) push and shift, no per-item
 * allocation, and no step that runs only now and then in steady state: the
 * array grows (doubling) while the queue grows, and is replaced only when it
 * holds far fewer items than it has room for. A pipeline that never empties
 * (requests keep arriving while replies are read) cycles through the same
 * array forever. The version this replaced compacted its array once every
 * thousand items or so: the first compaction, mid-traffic, changed the
 * queue's shape for V8 and threw away the optimized code of nine hot
 * functions of the connection and the pool.
 */
export class Fifo<T> {
  #items: (T | undefined)[] = ring(MIN_CAPACITY);
  #head = 0;
  #length = 0;

  get length(): number {
    return this.#length;
  }

  push(item: T): void {
    if (this.#length === this.#items.length) this.#resize(this.#items.length * 2);
    const items = this.#items;
    items[(this.#head + this.#length) & (items.length - 1)] = item;
    this.#length++;
  }

  peek(): T | undefined {
    return this.#length > 0 ? this.#items[this.#head] : undefined;
  }

  shift(): T | undefined {
    if (this.#length === 0) return undefined;
    const items = this.#items;
    const item = items[this.#head];
    items[this.#head] = undefined;
    this.#head = (this.#head + 1) & (items.length - 1);
    this.#length--;
    // A ring that grew large gives memory back once it holds less than a quarter of its room.
    if (items.length > KEEP_CAPACITY && this.#length < items.length >> 2) this.#resize(items.length >> 1);
    return item;
  }

  /** Removes and returns everything, oldest first. */
  drain(): T[] {
    const rest = [...this];
    this.#items = ring(MIN_CAPACITY);
    this.#head = 0;
    this.#length = 0;
    return rest;
  }

  *[Symbol.iterator](): IterableIterator<T> {
    const items = this.#items;
    const mask = items.length - 1;
    for (let i = 0; i < this.#length; i++) yield items[(this.#head + i) & mask] as T;
  }

  /** Moves the items, oldest first, to a ring of `capacity` slots (a power of two, at least the length). */
  #resize(capacity: number): void {
    const next = ring<T>(capacity);
    const items = this.#items;
    const mask = items.length - 1;
    for (let i = 0; i < this.#length; i++) next[i] = items[(this.#head + i) & mask];
    this.#items = next;
    this.#head = 0;
  }
}

/** Slots of a new ring: a power of two. */
const MIN_CAPACITY = 16;
/** A ring larger than this shrinks when mostly empty; up to it, it keeps its room for reuse. */
const KEEP_CAPACITY = 1024;

/** An array of `capacity` slots, all set (no holes: V8 keeps such an array's elements compact). */
function ring<T>(capacity: number): (T | undefined)[] {
  return new Array<T | undefined>(capacity).fill(undefined);
}
