/**
 * A first-in first-out queue over an array with moving head and tail: O(1)
 * push and shift, no per-item allocation, and the array is kept when the
 * queue empties (a pipeline empties and refills every round trip). It is
 * compacted once its dead prefix dominates and dropped when it grew large,
 * so memory stays proportional to what is queued.
 */
export class Fifo<T> {
  #items: (T | undefined)[] = [];
  #head = 0;
  #tail = 0;

  get length(): number {
    return this.#tail - this.#head;
  }

  push(item: T): void {
    this.#items[this.#tail++] = item;
  }

  peek(): T | undefined {
    return this.#head < this.#tail ? this.#items[this.#head] : undefined;
  }

  shift(): T | undefined {
    if (this.#head >= this.#tail) return undefined;
    const item = this.#items[this.#head];
    this.#items[this.#head++] = undefined;
    if (this.#head === this.#tail) {
      this.#head = this.#tail = 0;
      if (this.#items.length > KEEP_CAPACITY) this.#items = [];
    } else if (this.#head > KEEP_CAPACITY && this.#head * 2 > this.#tail) {
      this.#items = this.#items.slice(this.#head, this.#tail);
      this.#tail -= this.#head;
      this.#head = 0;
    }
    return item;
  }

  /** Removes and returns everything, oldest first. */
  drain(): T[] {
    const rest = this.#items.slice(this.#head, this.#tail) as T[];
    this.#items = [];
    this.#head = this.#tail = 0;
    return rest;
  }

  *[Symbol.iterator](): IterableIterator<T> {
    for (let i = this.#head; i < this.#tail; i++) yield this.#items[i] as T;
  }
}

/** Slots an empty queue keeps for reuse; a queue that grew beyond this gives its array back. */
const KEEP_CAPACITY = 1024;
