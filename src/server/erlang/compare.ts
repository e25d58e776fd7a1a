import { Buffer } from 'node:buffer';
import {
  ErlAtom,
  ErlBitstring,
  ErlExportFun,
  ErlFloat,
  ErlFun,
  ErlImproperList,
  ErlMap,
  ErlPid,
  ErlPort,
  ErlRef,
  ErlTuple,
  charCodes,
  type AnyTerm,
} from '../../codec/erlang/term.js';

/**
 * Erlang's term order (`<`, `==`) and exact equality (`=:=`):
 * number < atom < reference < fun < port < pid < tuple < map < nil < list
 * < bitstring. Integers and floats compare by value (1 == 1.0) but are not
 * exactly equal (1 =/= 1.0). A JS string is the list of its character codes.
 */
export function compareTerms(a: AnyTerm, b: AnyTerm): number {
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  switch (ra) {
    case Rank.Number:
      return compareNumbers(a as number | bigint | ErlFloat, b as number | bigint | ErlFloat);
    case Rank.Atom:
      return compareCodes(charCodes((a as ErlAtom).name), charCodes((b as ErlAtom).name));
    case Rank.Tuple: {
      const ta = (a as ErlTuple<AnyTerm>).items;
      const tb = (b as ErlTuple<AnyTerm>).items;
      return ta.length !== tb.length ? ta.length - tb.length : compareSeq(ta, tb);
    }
    case Rank.Map:
      return compareMaps(a as ErlMap, b as ErlMap);
    case Rank.List:
      return compareLists(a, b);
    case Rank.Bitstring:
      return compareBits(a as Buffer | ErlBitstring, b as Buffer | ErlBitstring);
    default:
      return compareCodes(charCodes(opaqueKey(a)), charCodes(opaqueKey(b)));
  }
}

/** `A =:= B`. */
export function sameTerm(a: AnyTerm, b: AnyTerm): boolean {
  if (isFloat(a) !== isFloat(b) && rank(a) === Rank.Number) return false;
  if (rank(a) !== rank(b) || compareTerms(a, b) !== 0) return false;
  if (a instanceof ErlTuple && b instanceof ErlTuple) return a.items.every((x, i) => sameTerm(x, b.items[i]));
  if (rank(a) === Rank.List) {
    const la = listParts(a);
    const lb = listParts(b);
    return la.items.every((x, i) => sameTerm(x, lb.items[i])) && sameTerm(la.tail, lb.tail);
  }
  return true;
}

const enum Rank {
  Number,
  Atom,
  Ref,
  Fun,
  Port,
  Pid,
  Tuple,
  Map,
  Nil,
  List,
  Bitstring,
}

function rank(t: AnyTerm): Rank {
  if (typeof t === 'number' || typeof t === 'bigint' || t instanceof ErlFloat) return Rank.Number;
  if (t instanceof ErlAtom) return Rank.Atom;
  if (t instanceof ErlRef) return Rank.Ref;
  if (t instanceof ErlFun || t instanceof ErlExportFun) return Rank.Fun;
  if (t instanceof ErlPort) return Rank.Port;
  if (t instanceof ErlPid) return Rank.Pid;
  if (t instanceof ErlTuple) return Rank.Tuple;
  if (t instanceof ErlMap) return Rank.Map;
  if (Buffer.isBuffer(t) || t instanceof ErlBitstring) return Rank.Bitstring;
  if ((typeof t === 'string' || Array.isArray(t)) && t.length === 0) return Rank.Nil;
  return Rank.List;
}

const isFloat = (t: AnyTerm): boolean => t instanceof ErlFloat || (typeof t === 'number' && !Number.isInteger(t));

function compareNumbers(a: number | bigint | ErlFloat, b: number | bigint | ErlFloat): number {
  const x = a instanceof ErlFloat ? a.value : a;
  const y = b instanceof ErlFloat ? b.value : b;
  if (typeof x === 'bigint' || typeof y === 'bigint') {
    if (typeof x === 'bigint' && typeof y === 'bigint') return x < y ? -1 : x > y ? 1 : 0;
    // A bigint is beyond 2^53: compare as doubles, exact enough at that size.
    return Number(x) < Number(y) ? -1 : Number(x) > Number(y) ? 1 : 0;
  }
  return x < y ? -1 : x > y ? 1 : 0;
}

function compareCodes(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

function compareSeq(a: AnyTerm[], b: AnyTerm[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const c = compareTerms(a[i], b[i]);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}

/** A list as its items and its tail ([] when proper). */
export function listParts(t: AnyTerm): { items: AnyTerm[]; tail: AnyTerm } {
  if (typeof t === 'string') return { items: charCodes(t), tail: [] };
  if (t instanceof ErlImproperList) return { items: t.items, tail: t.tail };
  return { items: t as AnyTerm[], tail: [] };
}

function compareLists(a: AnyTerm, b: AnyTerm): number {
  const la = listParts(a);
  const lb = listParts(b);
  const n = Math.min(la.items.length, lb.items.length);
  for (let i = 0; i < n; i++) {
    const c = compareTerms(la.items[i], lb.items[i]);
    if (c !== 0) return c;
  }
  // One list ran out of cells: what is left of each (a list, its tail, or []) decides.
  return compareTerms(la.items.length > n ? tailFrom(la, n) : la.tail, lb.items.length > n ? tailFrom(lb, n) : lb.tail);
}

function tailFrom(list: { items: AnyTerm[]; tail: AnyTerm }, n: number): AnyTerm {
  const items = list.items.slice(n);
  return Array.isArray(list.tail) && list.tail.length === 0 ? items : new ErlImproperList(items, list.tail);
}

function compareMaps(a: ErlMap, b: ErlMap): number {
  if (a.pairs.length !== b.pairs.length) return a.pairs.length - b.pairs.length;
  const sa = [...a.pairs].sort(([x], [y]) => compareTerms(x, y));
  const sb = [...b.pairs].sort(([x], [y]) => compareTerms(x, y));
  return (
    compareSeq(
      sa.map(([k]) => k),
      sb.map(([k]) => k),
    ) ||
    compareSeq(
      sa.map(([, v]) => v),
      sb.map(([, v]) => v),
    )
  );
}

function compareBits(a: Buffer | ErlBitstring, b: Buffer | ErlBitstring): number {
  const ba = Buffer.isBuffer(a) ? a : a.bytes;
  const bb = Buffer.isBuffer(b) ? b : b.bytes;
  return Buffer.compare(ba, bb) || bitLength(a) - bitLength(b);
}

const bitLength = (t: Buffer | ErlBitstring): number => (Buffer.isBuffer(t) ? t.length * 8 : (t.bytes.length - 1) * 8 + t.bits);

/** Pids, ports, references and funs have an internal order; any stable one will do here. */
function opaqueKey(t: AnyTerm): string {
  if (t instanceof ErlPid) return `${t.node.name}\0${String(t.serial).padStart(10, '0')}${String(t.id).padStart(10, '0')}`;
  if (t instanceof ErlPort) return `${t.node.name}\0${String(t.id).padStart(20, '0')}`;
  if (t instanceof ErlRef)
    return `${t.node.name}\0${t.ids
      .map((id) => String(id).padStart(10, '0'))
      .reverse()
      .join('')}`;
  if (t instanceof ErlExportFun) return `${t.module.name}\0${t.fun.name}\0${t.arity}`;
  if (t instanceof ErlFun) return `${t.module.name}\0${t.oldIndex}\0${t.oldUniq}`;
  return '';
}
