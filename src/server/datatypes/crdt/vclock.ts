/**
 * Version vectors and dots, after riak_dt_vclock. A clock maps an actor to
 * the highest event it has seen from that actor; a set of dots ("the events
 * that wrote this element") has the same shape, so both use {@link VClock}.
 *
 * Actors are binaries in Riak; here they are latin1 strings (one char per
 * byte) so they can key a Map and sort in Erlang's byte order.
 */

/** An actor id: one latin1 char per byte of the Riak actor binary. */
export type Actor = string;
/** One event: `[actor, counter]`. */
export type Dot = readonly [Actor, number];
/** Actor → highest counter seen. Treat as immutable. */
export type VClock = ReadonlyMap<Actor, number>;

export const EMPTY_CLOCK: VClock = new Map();

export function counterOf(clock: VClock, actor: Actor): number {
  return clock.get(actor) ?? 0;
}

/** The clock with one more event from `actor`, and that event's dot. */
export function increment(clock: VClock, actor: Actor): { clock: VClock; dot: Dot } {
  const next = new Map(clock);
  const counter = counterOf(clock, actor) + 1;
  next.set(actor, counter);
  return { clock: next, dot: [actor, counter] };
}

/** Least upper bound: the per-actor maximum. */
export function mergeClocks(...clocks: VClock[]): VClock {
  const out = new Map<Actor, number>();
  for (const clock of clocks) {
    for (const [actor, counter] of clock) {
      if (counter > (out.get(actor) ?? 0)) out.set(actor, counter);
    }
  }
  return out;
}

/** `clock` with `dot` merged in. */
export function withDot(clock: VClock, dot: Dot): VClock {
  return mergeClocks(clock, new Map([dot]));
}

/** A single dot as a dot set. */
export function dotSet(dot: Dot): VClock {
  return new Map([dot]);
}

/** True when `a` has seen every event in `b` (a clock descends itself). */
export function descends(a: VClock, b: VClock): boolean {
  for (const [actor, counter] of b) {
    if (!a.has(actor) || counterOf(a, actor) < counter) return false;
  }
  return true;
}

/** True when `clock` has seen `dot`. */
export function seesDot(clock: VClock, dot: Dot): boolean {
  return counterOf(clock, dot[0]) >= dot[1];
}

/** The dots of `dots` that `clock` has not seen (riak_dt_vclock:subtract_dots). */
export function subtractDots(dots: VClock, clock: VClock): VClock {
  const out = new Map<Actor, number>();
  for (const [actor, counter] of dots) {
    if (counterOf(clock, actor) < counter) out.set(actor, counter);
  }
  return out;
}

/** Greatest lower bound: events seen by both clocks. */
export function glb(a: VClock, b: VClock): VClock {
  const out = new Map<Actor, number>();
  for (const [actor, counter] of a) {
    if (b.has(actor)) out.set(actor, Math.min(counter, counterOf(b, actor)));
  }
  return out;
}

/** Entries sorted by actor, the order riak_dt_vclock:to_binary writes. */
export function sortedEntries(clock: VClock): Array<[Actor, number]> {
  return [...clock].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** A stable string key for a clock (used to key deferred removes by context). */
export function clockKey(clock: VClock): string {
  return JSON.stringify(sortedEntries(clock));
}

/** A stable string key for a dot. */
export function dotKey(dot: Dot): string {
  return JSON.stringify(dot);
}
