import type { Actor } from './vclock.js';

export interface Tally {
  readonly inc: number;
  readonly dec: number;
}

/** A counter's whole state: each actor's totals. */
export interface PnCounterState {
  readonly tallies: ReadonlyMap<Actor, Tally>;
}

/**
 * Top-level PN-counter (riak_dt_pncounter, and the 1.4 counter): each actor
 * keeps its own grow-only increment and decrement totals; merge takes the
 * per-actor maximum of each. Immutable.
 */
export class PnCounter {
  readonly #tallies: ReadonlyMap<Actor, Tally>;

  private constructor(tallies: ReadonlyMap<Actor, Tally>) {
    this.#tallies = tallies;
  }

  static empty(): PnCounter {
    return new PnCounter(new Map());
  }

  /** The whole state, to store it (store/crdt-state-codec.ts); {@link importState} gives the same counter back. */
  exportState(): PnCounterState {
    return { tallies: this.#tallies };
  }

  static importState(state: PnCounterState): PnCounter {
    return new PnCounter(new Map(state.tallies));
  }

  value(): number {
    let total = 0;
    for (const { inc, dec } of this.#tallies.values()) total += inc - dec;
    return total;
  }

  /** Adds `amount` (negative decrements) as `actor`. */
  apply(amount: number, actor: Actor): PnCounter {
    if (amount === 0) return this;
    const tallies = new Map(this.#tallies);
    const { inc, dec } = tallies.get(actor) ?? { inc: 0, dec: 0 };
    tallies.set(actor, amount > 0 ? { inc: inc + amount, dec } : { inc, dec: dec - amount });
    return new PnCounter(tallies);
  }

  merge(other: PnCounter): PnCounter {
    const tallies = new Map(this.#tallies);
    for (const [actor, theirs] of other.#tallies) {
      const mine = tallies.get(actor) ?? { inc: 0, dec: 0 };
      tallies.set(actor, { inc: Math.max(mine.inc, theirs.inc), dec: Math.max(mine.dec, theirs.dec) });
    }
    return new PnCounter(tallies);
  }
}
