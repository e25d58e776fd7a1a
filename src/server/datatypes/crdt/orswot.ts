import { PreconditionError } from './precondition.js';
import { EMPTY_CLOCK, clockKey, descends, dotSet, increment, mergeClocks, subtractDots, withDot, type Actor, type Dot, type VClock } from './vclock.js';

/** One SetOp: all adds are applied before the removes (riak_pb_dt_codec:decode_set_op order). */
export interface SetChange {
  readonly adds: readonly string[];
  readonly removes: readonly string[];
}

type Entries = ReadonlyMap<string, VClock>;
/** Removes whose context the set has not caught up with yet, keyed by {@link clockKey}. */
type Deferred = ReadonlyMap<string, { readonly ctx: VClock; readonly members: ReadonlySet<string> }>;

/** A set's whole state: its clock, each member's dots, the context removes ahead of its clock. */
export interface OrswotState {
  readonly clock: VClock;
  readonly entries: ReadonlyMap<string, VClock>;
  readonly deferred: readonly { readonly ctx: VClock; readonly members: readonly string[] }[];
}

/**
 * Observed-remove set without tombstones (riak_dt_orswot): each member keeps
 * the dots of the adds that wrote it; a remove drops the dots it has seen, so
 * a concurrent add (an unseen dot) survives. Members are latin1 strings.
 * Immutable: every change returns a new set.
 */
export class Orswot {
  readonly #clock: VClock;
  readonly #entries: Entries;
  readonly #deferred: Deferred;

  private constructor(clock: VClock, entries: Entries, deferred: Deferred) {
    this.#clock = clock;
    this.#entries = entries;
    this.#deferred = deferred;
  }

  static empty(): Orswot {
    return new Orswot(EMPTY_CLOCK, new Map(), new Map());
  }

  /** The whole state, to store it (store/crdt-state-codec.ts); {@link importState} gives the same set back. */
  exportState(): OrswotState {
    return { clock: this.#clock, entries: this.#entries, deferred: [...this.#deferred.values()].map(({ ctx, members }) => ({ ctx, members: [...members] })) };
  }

  static importState(state: OrswotState): Orswot {
    const entries = new Map([...state.entries].map(([member, dots]) => [member, new Map(dots)]));
    const deferred = new Map(state.deferred.map(({ ctx, members }) => [clockKey(ctx), { ctx: new Map(ctx), members: new Set(members) }]));
    return new Orswot(new Map(state.clock), entries, deferred);
  }

  /** The set's version vector; also its precondition context. */
  get clock(): VClock {
    return this.#clock;
  }

  /** Members in Erlang (byte) order. */
  value(): string[] {
    return [...this.#entries.keys()].sort(compareLatin1);
  }

  /** Pending context removes, for tests and stats. */
  get deferredCount(): number {
    return this.#deferred.size;
  }

  /** Same members under the enclosing map's clock (riak_dt_orswot:parent_clock). */
  withParentClock(clock: VClock): Orswot {
    return new Orswot(clock, this.#entries, this.#deferred);
  }

  /**
   * Applies a SetOp as `who`: an actor (top-level set, one new event per add)
   * or a dot (inside a map, all adds share the map's event). Without `ctx` a
   * remove of an absent member throws {@link PreconditionError}; with `ctx`
   * it removes what the context saw and defers the rest.
   */
  apply(change: SetChange, who: Actor | Dot, ctx?: VClock): Orswot {
    let clock = this.#clock;
    const entries = new Map(this.#entries);
    const deferred = new Map(this.#deferred);
    for (const member of change.adds) {
      if (typeof who === 'string') {
        const next = increment(clock, who);
        clock = next.clock;
        entries.set(member, dotSet(next.dot));
      } else {
        clock = withDot(clock, who);
        entries.set(member, dotSet(who));
      }
    }
    for (const member of change.removes) {
      if (ctx === undefined) {
        if (!entries.delete(member)) throw new PreconditionError({ kind: 'element', member });
      } else {
        removeWithContext(clock, entries, deferred, member, ctx);
      }
    }
    return new Orswot(clock, entries, deferred);
  }

  merge(other: Orswot): Orswot {
    const clock = mergeClocks(this.#clock, other.#clock);
    const entries = new Map<string, VClock>();
    for (const [member, dots] of this.#entries) {
      const theirs = other.#entries.get(member);
      const kept = theirs === undefined ? subtractDots(dots, other.#clock) : mergeDots(dots, this.#clock, theirs, other.#clock);
      if (kept.size > 0) entries.set(member, kept);
    }
    for (const [member, dots] of other.#entries) {
      if (this.#entries.has(member)) continue;
      const kept = subtractDots(dots, this.#clock);
      if (kept.size > 0) entries.set(member, kept);
    }
    // Replay every deferred remove against the merged state; what is still
    // ahead of the clock is deferred again.
    const deferred = new Map<string, { ctx: VClock; members: Set<string> }>();
    for (const source of [this.#deferred, other.#deferred]) {
      for (const [key, { ctx, members }] of source) {
        for (const member of members) removeWithContext(clock, entries, deferred, member, ctx, key);
      }
    }
    return new Orswot(clock, entries, deferred);
  }
}

/** riak_dt_orswot merge for a member on both sides: keep common dots and each side's dots the other has not seen. */
function mergeDots(mine: VClock, myClock: VClock, theirs: VClock, theirClock: VClock): VClock {
  const common = new Map<Actor, number>();
  const myUnique = new Map<Actor, number>();
  for (const [actor, counter] of mine) {
    if (theirs.get(actor) === counter) common.set(actor, counter);
    else myUnique.set(actor, counter);
  }
  const theirUnique = new Map<Actor, number>();
  for (const [actor, counter] of theirs) {
    if (common.get(actor) !== counter) theirUnique.set(actor, counter);
  }
  return mergeClocks(common, subtractDots(myUnique, theirClock), subtractDots(theirUnique, myClock));
}

function removeWithContext(
  clock: VClock,
  entries: Map<string, VClock>,
  deferred: Map<string, { ctx: VClock; members: ReadonlySet<string> }>,
  member: string,
  ctx: VClock,
  key = clockKey(ctx),
): void {
  if (!descends(clock, ctx)) {
    const members = new Set(deferred.get(key)?.members);
    members.add(member);
    deferred.set(key, { ctx, members });
  }
  const dots = entries.get(member);
  if (dots === undefined) return;
  const left = subtractDots(dots, ctx);
  if (left.size === 0) entries.delete(member);
  else entries.set(member, left);
}

/** Byte order for latin1 strings (each char code is one byte). */
export function compareLatin1(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
