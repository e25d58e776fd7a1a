import { sameTerm } from './compare.js';
import { phash } from './phash.js';
import { atom, cons, ErlImproperList, ErlTuple, tuple, type AnyTerm } from '../../codec/erlang/term.js';

/**
 * OTP's `dict` and `sets` (v1, the default up to OTP 27) as far as riak_kv
 * uses them: their layout and their fold order. Both hash entries into 16
 * slots with erlang:phash/2 while they hold at most 80 entries (bigger ones
 * split slots; the order given here for those is an approximation).
 */
const SLOTS = 16;

function slots<T>(entries: T[], key: (entry: T) => AnyTerm, prepend: boolean): T[][] {
  const buckets: T[][] = Array.from({ length: SLOTS }, () => []);
  for (const entry of entries) {
    const bucket = buckets[phash(key(entry), SLOTS) - 1];
    if (prepend) bucket.unshift(entry);
    else bucket.push(entry);
  }
  return buckets;
}

/** dict:from_list(Pairs) (later keys replace earlier ones in place): `{dict, Size, 16, 16, 8, 80, 48, Empty, {Segment}}`. */
export function dictFromList(pairs: [AnyTerm, AnyTerm][]): ErlTuple<AnyTerm> {
  const unique: [AnyTerm, AnyTerm][] = [];
  for (const [k, v] of pairs) {
    const at = unique.findIndex(([u]) => sameTerm(u, k));
    if (at >= 0) unique[at] = [k, v];
    else unique.push([k, v]);
  }
  const buckets = slots(unique, ([k]) => k, false);
  const empty = tuple(...Array.from({ length: SLOTS }, (): AnyTerm => []));
  const segment = tuple(...buckets.map((b): AnyTerm => b.map(([k, v]) => cons([k], v))));
  return tuple(atom('dict'), unique.length, SLOTS, SLOTS, SLOTS / 2, SLOTS * 5, SLOTS * 3, empty, tuple(segment));
}

/** dict:to_list/1 of the dict built by storing `pairs` in order: slot by slot, each slot's entries last stored first. */
export function dictToList(pairs: [AnyTerm, AnyTerm][]): ErlTuple<AnyTerm>[] {
  return slots(pairs, ([k]) => k, false).flatMap((bucket) => [...bucket].reverse().map(([k, v]) => tuple(k, v)));
}

/** dict:find(Key, Dict) on a dict term: the value, or undefined. */
export function dictFind(dict: AnyTerm, key: AnyTerm): AnyTerm | undefined {
  if (!(dict instanceof ErlTuple) || dict.items.length !== 9) return undefined;
  const segments = dict.items[8];
  if (!(segments instanceof ErlTuple)) return undefined;
  for (const segment of segments.items) {
    if (!(segment instanceof ErlTuple)) continue;
    for (const bucket of segment.items) {
      if (!Array.isArray(bucket)) continue;
      for (const cell of bucket) {
        // A [Key | Value] cell; a list value makes it a proper list.
        if (cell instanceof ErlImproperList && sameTerm(cell.items[0], key)) return cell.tail;
        if (Array.isArray(cell) && cell.length > 0 && sameTerm(cell[0], key)) return cell.slice(1);
      }
    }
  }
  return undefined;
}

/** sets:to_list(sets:from_list(List)): each distinct term once (=:=), slot by slot, first seen first. */
export function setsUnion(list: AnyTerm[]): AnyTerm[] {
  const distinct: AnyTerm[] = [];
  for (const term of list) if (!distinct.some((seen) => sameTerm(seen, term))) distinct.push(term);
  // add_element/2 prepends to its slot; the fold reverses each slot back.
  return slots(distinct, (t) => t, true).flatMap((bucket) => [...bucket].reverse());
}
