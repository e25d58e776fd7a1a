import { EMPTY_CLOCK, clockKey, descends, mergeClocks, subtractDots, withDot, type Actor, type Dot, type VClock } from './vclock.js';

/** A flag's whole state: its clock, the dots of the enables it holds, the disables ahead of its clock. */
export interface OdFlagState {
  readonly clock: VClock;
  readonly dots: VClock;
  readonly deferred: readonly VClock[];
}

/**
 * Observed-disable flag for map fields (riak_dt_od_flag): enable adds a dot,
 * disable drops the dots it has seen, so a concurrent enable wins. Disable
 * never fails; a disable whose context is ahead of the flag is deferred.
 * Immutable.
 */
export class OdFlag {
  readonly #clock: VClock;
  readonly #dots: VClock;
  readonly #deferred: ReadonlyMap<string, VClock>;

  private constructor(clock: VClock, dots: VClock, deferred: ReadonlyMap<string, VClock>) {
    this.#clock = clock;
    this.#dots = dots;
    this.#deferred = deferred;
  }

  static empty(): OdFlag {
    return new OdFlag(EMPTY_CLOCK, EMPTY_CLOCK, new Map());
  }

  /** The whole state, to store it (store/crdt-state-codec.ts); {@link importState} gives the same flag back. */
  exportState(): OdFlagState {
    return { clock: this.#clock, dots: this.#dots, deferred: [...this.#deferred.values()] };
  }

  static importState(state: OdFlagState): OdFlag {
    return new OdFlag(new Map(state.clock), new Map(state.dots), new Map(state.deferred.map((ctx) => [clockKey(ctx), new Map(ctx)])));
  }

  value(): boolean {
    return this.#dots.size > 0;
  }

  withParentClock(clock: VClock): OdFlag {
    return new OdFlag(clock, this.#dots, this.#deferred);
  }

  enable(dot: Dot): OdFlag {
    return new OdFlag(withDot(this.#clock, dot), withDot(this.#dots, dot), this.#deferred);
  }

  /** Without `ctx` clears every dot; with it, only the dots the context saw. */
  disable(ctx?: VClock): OdFlag {
    if (ctx === undefined) return new OdFlag(this.#clock, EMPTY_CLOCK, this.#deferred);
    const deferred = new Map(this.#deferred);
    if (!descends(this.#clock, ctx)) deferred.set(clockKey(ctx), ctx);
    return new OdFlag(this.#clock, subtractDots(this.#dots, ctx), deferred);
  }

  merge(other: OdFlag): OdFlag {
    const common = new Map<Actor, number>();
    const mine = new Map<Actor, number>();
    for (const [actor, counter] of this.#dots) {
      if (other.#dots.get(actor) === counter) common.set(actor, counter);
      else mine.set(actor, counter);
    }
    const theirs = new Map<Actor, number>();
    for (const [actor, counter] of other.#dots) {
      if (common.get(actor) !== counter) theirs.set(actor, counter);
    }
    const dots = mergeClocks(common, subtractDots(mine, other.#clock), subtractDots(theirs, this.#clock));
    let merged = new OdFlag(mergeClocks(this.#clock, other.#clock), dots, new Map());
    for (const ctx of [...this.#deferred.values(), ...other.#deferred.values()]) merged = merged.disable(ctx);
    return merged;
  }
}
