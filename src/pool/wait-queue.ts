import PQueue from 'p-queue';

/**
 * Requests waiting for a connection with room, in arrival order: one waiter
 * at a time is served (it waits for capacity, takes a connection, and hands
 * its request over), the next one only after it. p-queue (concurrency 1)
 * behind this interface: only `add` with a signal is used, not its per-task
 * timeout, which changed meaning between majors.
 */
export class WaitQueue {
  readonly #queue = new PQueue({ concurrency: 1 });
  /** Wakes the waiter being served when capacity may have freed up. */
  #capacityWaiter: (() => void) | undefined;

  /** Requests waiting, the one being served included. */
  get length(): number {
    return this.#queue.size + this.#queue.pending;
  }

  /** Runs `serve` once every earlier waiter has been served; an abort of `signal` takes it out of the queue. */
  add<T>(serve: () => Promise<T>, signal: AbortSignal | undefined): Promise<T> {
    return this.#queue.add(serve, { signal });
  }

  /** Resolves when capacity may have freed up, or when `signal` aborts (the caller checks which). */
  capacity(signal: AbortSignal | undefined): Promise<void> {
    return new Promise<void>((resolve) => {
      const done = () => {
        signal?.removeEventListener('abort', done);
        if (this.#capacityWaiter === done) this.#capacityWaiter = undefined;
        resolve();
      };
      this.#capacityWaiter = done;
      signal?.addEventListener('abort', done, { once: true });
    });
  }

  /** Capacity may have freed up (or the pool closed): wakes the waiter being served. */
  notifyCapacity(): void {
    const waiter = this.#capacityWaiter;
    if (waiter) {
      this.#capacityWaiter = undefined;
      waiter();
    }
  }
}
