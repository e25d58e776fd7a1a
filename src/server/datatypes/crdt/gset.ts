import { compareLatin1 } from './orswot.js';

/** Grow-only set (riak_dt_gset): adds only, merge is union. Immutable. */
export class GSet {
  readonly #members: ReadonlySet<string>;

  private constructor(members: ReadonlySet<string>) {
    this.#members = members;
  }

  static empty(): GSet {
    return new GSet(new Set());
  }

  /** Members in Erlang (byte) order. */
  value(): string[] {
    return [...this.#members].sort(compareLatin1);
  }

  add(members: readonly string[]): GSet {
    return new GSet(new Set([...this.#members, ...members]));
  }

  merge(other: GSet): GSet {
    return this.add([...other.#members]);
  }
}
