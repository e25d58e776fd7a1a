/**
 * One reusable working object for code that runs synchronously (an encoder):
 * every call borrows the same instance and clears it after, so nothing is
 * allocated per call and no caller's value stays pinned. A call made while
 * the instance is lent (a getter on a message that encodes another one)
 * gets a fresh one.
 */
export class Scratch<S extends { clear(): void }> {
  readonly #instance: S;
  #lent = false;

  constructor(readonly create: () => S) {
    this.#instance = create();
  }

  acquire(): S {
    if (this.#lent) return this.create();
    this.#lent = true;
    return this.#instance;
  }

  /** Takes back what {@link acquire} gave, cleared. */
  release(scratch: S): void {
    scratch.clear();
    if (scratch === this.#instance) this.#lent = false;
  }
}
