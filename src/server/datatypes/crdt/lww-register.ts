export interface LwwRegisterState {
  readonly value: string | undefined;
  readonly timestamp: number;
}

/**
 * Last-write-wins register for map fields (riak_dt_lwwreg): a value and the
 * microsecond timestamp of its write. A write only lands if its timestamp is
 * later than the current one. `undefined` is Riak's `undefined` atom, what
 * an update without `register_op` stores. Immutable.
 */
export class LwwRegister {
  readonly value: string | undefined;
  readonly timestamp: number;

  private constructor(value: string | undefined, timestamp: number) {
    this.value = value;
    this.timestamp = timestamp;
  }

  /** The whole state, to store it (store/crdt-state-codec.ts); {@link importState} gives the same register back. */
  exportState(): LwwRegisterState {
    return { value: this.value, timestamp: this.timestamp };
  }

  static importState(state: LwwRegisterState): LwwRegister {
    return new LwwRegister(state.value, state.timestamp);
  }

  /** riak_dt_lwwreg:new(): `{<<>>, 0}`. */
  static empty(): LwwRegister {
    return new LwwRegister('', 0);
  }

  assign(value: string | undefined, timestamp: number): LwwRegister {
    return timestamp > this.timestamp ? new LwwRegister(value, timestamp) : this;
  }

  /** Later timestamp wins; a tie goes to the larger `{Value, TS}` term. */
  merge(other: LwwRegister): LwwRegister {
    if (this.timestamp !== other.timestamp) return this.timestamp > other.timestamp ? this : other;
    return compareValues(this.value, other.value) >= 0 ? this : other;
  }
}

// Erlang term order: the atom `undefined` sorts before every binary.
function compareValues(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  return a < b ? -1 : 1;
}
