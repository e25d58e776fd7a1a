import { Buffer } from 'node:buffer';
import { unreachable } from '../../common/unreachable.js';
import { GSet } from '../datatypes/crdt/gset.js';
import { Hll } from '../datatypes/crdt/hll.js';
import type { FieldUpdate, MapChange, MapEntryValue } from '../datatypes/crdt/map-change.js';
import { OrMap } from '../datatypes/crdt/or-map.js';
import { Orswot } from '../datatypes/crdt/orswot.js';
import { PnCounter } from '../datatypes/crdt/pn-counter.js';
import type { Dot, VClock } from '../datatypes/crdt/vclock.js';
import { DatatypeValue, type DatatypeKind } from '../datatypes/datatype-value.js';

/**
 * Datatype values as the first LevelDB stores wrote them, before the CRDTs
 * could export their state: JSON of the value and the clock (the context
 * clients get) and the HLL precision. Still read, so those data dirs load:
 * the value and the context read back the same; per-element dots are
 * rebuilt from the clock (a remove with a context older than the last
 * write may then keep an element it would have removed), a counter's total
 * is credited to one stand-in actor, and an HLL is rebuilt to the same
 * count from stand-in members (re-adding a member written before counts it
 * again). The next write of the key stores the exact format
 * (datatype-codec.ts). Never written any more.
 */

/** The first byte of a legacy record: JSON's `{`. */
export const LEGACY_JSON_FORMAT = 0x7b;

interface Stored {
  readonly kind: DatatypeKind;
  readonly value: unknown;
  readonly clock?: [string, number][];
  readonly legacy?: boolean;
  readonly precision?: number;
}

/** The actor a rebuilt counter's total is credited to (a counter shows no actors). */
const RESTORED_ACTOR = 'riak-pb:restored';

export function decodeLegacyDatatype(bytes: Buffer): DatatypeValue {
  const stored = JSON.parse(bytes.toString('utf8')) as Stored;
  switch (stored.kind) {
    case 'counter':
      return DatatypeValue.of({ kind: 'counter', crdt: PnCounter.empty().apply(stored.value as number, RESTORED_ACTOR), legacy: stored.legacy === true });
    case 'gset':
      return DatatypeValue.of({ kind: 'gset', crdt: GSet.empty().add(stored.value as string[]) });
    case 'hll':
      return DatatypeValue.of({ kind: 'hll', crdt: rebuildHll(stored.precision, stored.value as number) });
    case 'set': {
      const clock: VClock = new Map(stored.clock);
      const dot = anyDot(clock);
      const set = dot === undefined ? Orswot.empty() : Orswot.empty().apply({ adds: stored.value as string[], removes: [] }, dot);
      return DatatypeValue.of({ kind: 'set', crdt: set.withParentClock(clock) });
    }
    case 'map': {
      const clock: VClock = new Map(stored.clock);
      const dot = anyDot(clock);
      const entries = stored.value as MapEntryValue[];
      const map = dot === undefined || entries.length === 0 ? OrMap.empty() : OrMap.empty().apply(mapChange(entries), dot);
      return DatatypeValue.of({ kind: 'map', crdt: map.withParentClock(clock) });
    }
    default:
      throw new RangeError(`unknown stored datatype ${String((stored as { kind: unknown }).kind)}`);
  }
}

/** An event the clock has seen, credited to every rebuilt element. */
function anyDot(clock: VClock): Dot | undefined {
  for (const [actor, counter] of clock) return [actor, counter];
  return undefined;
}

/** The map update that writes every field of `entries` (registers at timestamp 1: any later write wins). */
function mapChange(entries: readonly MapEntryValue[]): MapChange {
  const updates = entries.map((entry): FieldUpdate => {
    const field = { name: entry.field.name, type: entry.field.type };
    switch (entry.type) {
      case 'counter':
        return { field, op: { type: 'counter', increment: entry.value } };
      case 'set':
        return { field, op: { type: 'set', change: { adds: entry.value, removes: [] } } };
      case 'register':
        return { field, op: { type: 'register', value: entry.value ?? undefined, timestamp: 1 } };
      case 'flag':
        return { field, op: { type: 'flag', enable: entry.value } };
      case 'map':
        return { field, op: { type: 'map', change: mapChange(entry.value) } };
      default:
        return unreachable(entry, 'map field type');
    }
  });
  return { removes: [], updates };
}

/** Stand-in members added until the sketch counts `count`. */
function rebuildHll(precision: number | undefined, count: number): Hll {
  let hll = Hll.empty(precision);
  let next = 0;
  for (let round = 0; round < 64 && hll.value() < count; round++) {
    const missing = count - hll.value();
    const members: Buffer[] = [];
    for (let i = 0; i < missing; i++) members.push(Buffer.from(`\u0000riak-pb restored ${next++}`, 'latin1'));
    hll = hll.add(members);
  }
  return hll;
}
