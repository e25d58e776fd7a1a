import { compareLatin1 } from './orswot.js';

export interface GSetState {
  readonly members: readonly string[];
}

/** Grow-only set (riak_dt_gset): adds only, merge is union. Immutable. */
export class GSet {
  readonly #members: ReadonlySet<string>;

  private constructor(members: ReadonlySet<string>) {
    this.#members = members;
  }

  static empty(): GSet {
    return new GSet(new Set());
  }

  /** The whole state, to store it (store/crdt-state-codec.ts); {@link importState} gives the same set back. */
  exportState(): GSetState {
    return { members: [...this.#members] };
  }

  static importState(state: GSetState): GSet {
    return new GSet(new Set(state.members));
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
