import { EMPTY_CLOCK, mergeClocks, seesDot, withDot, type Actor, type Dot, type VClock } from './vclock.js';

export interface EmCounterEntry {
  /** The event that last wrote this actor's totals. */
  readonly event: number;
  readonly inc: number;
  readonly dec: number;
}
type Entry = EmCounterEntry;

/** An embedded counter's whole state: the parent clock it holds and each actor's entry. */
export interface EmCounterState {
  readonly clock: VClock;
  readonly entries: ReadonlyMap<Actor, EmCounterEntry>;
}

/**
 * Embedded counter for map fields (riak_dt_emcntr): a PN-counter whose
 * per-actor entries carry the map event that wrote them, so a field remove
 * (which advances the clock past those events) resets the counter.
 * Immutable.
 */
export class EmCounter {
  readonly #clock: VClock;
  readonly #entries: ReadonlyMap<Actor, Entry>;

  private constructor(clock: VClock, entries: ReadonlyMap<Actor, Entry>) {
    this.#clock = clock;
    this.#entries = entries;
  }

  static empty(): EmCounter {
    return new EmCounter(EMPTY_CLOCK, new Map());
  }

  /** The whole state, to store it (store/crdt-state-codec.ts); {@link importState} gives the same counter back. */
  exportState(): EmCounterState {
    return { clock: this.#clock, entries: this.#entries };
  }

  static importState(state: EmCounterState): EmCounter {
    return new EmCounter(new Map(state.clock), new Map(state.entries));
  }

  value(): number {
    let total = 0;
    for (const { inc, dec } of this.#entries.values()) total += inc - dec;
    return total;
  }

  withParentClock(clock: VClock): EmCounter {
    return new EmCounter(clock, this.#entries);
  }

  /** Adds `amount` at map event `dot`; the actor's previous totals carry over. */
  apply(amount: number, dot: Dot): EmCounter {
    const [actor, event] = dot;
    const { inc, dec } = this.#entries.get(actor) ?? { inc: 0, dec: 0 };
    const entries = new Map(this.#entries);
    entries.set(actor, {
      event,
      inc: amount > 0 ? inc + amount : inc,
      dec: amount < 0 ? dec - amount : dec,
    });
    return new EmCounter(withDot(this.#clock, dot), entries);
  }

  merge(other: EmCounter): EmCounter {
    const entries = new Map<Actor, Entry>();
    for (const [actor, mine] of this.#entries) {
      const theirs = other.#entries.get(actor);
      if (theirs === undefined) {
        // Only here: keep it unless the other side saw it and dropped it.
        if (!seesDot(other.#clock, [actor, mine.event])) entries.set(actor, mine);
      } else {
        entries.set(actor, theirs.event > mine.event ? theirs : mine);
      }
    }
    for (const [actor, theirs] of other.#entries) {
      if (this.#entries.has(actor)) continue;
      if (!seesDot(this.#clock, [actor, theirs.event])) entries.set(actor, theirs);
    }
    return new EmCounter(mergeClocks(this.#clock, other.#clock), entries);
  }
}
