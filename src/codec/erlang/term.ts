import type { Buffer } from 'node:buffer';

/**
 * A small model of Erlang terms, shared by the client and the dev server:
 * enough to encode what Riak puts on the wire inside opaque fields
 * (vclocks, 2i continuations, preflist hashes) with `term_to_binary`, and
 * the Erlang-term MapReduce jobs (`application/x-erlang-binary`) and their
 * results. The dev server also formats error texts from it (`~p`,
 * server/erlang/format.ts).
 *
 * Mapping: Buffer = binary, number/bigint = integer, JS array = list,
 * string = Erlang string (a list of character codes, printed "..."),
 * {@link ErlAtom} = atom, {@link ErlTuple} = tuple.
 *
 * {@link AnyTerm} widens this to every term `binary_to_term` can produce
 * (floats kept apart from integers, funs, pids, references, ports, maps,
 * improper lists, bitstrings): what an Erlang-term MapReduce job or its
 * results may hold (etf-decode.ts).
 */
export type ErlTerm = Buffer | number | bigint | string | ErlAtom | ErlTuple | ErlTerm[];

export type AnyTerm =
  | Buffer
  | number
  | bigint
  | string
  | ErlAtom
  | ErlTuple<AnyTerm>
  | AnyTerm[]
  | ErlFloat
  | ErlPid
  | ErlRef
  | ErlPort
  | ErlFun
  | ErlExportFun
  | ErlMap
  | ErlImproperList
  | ErlBitstring;

/**
 * An Erlang atom.
 * @category Streams, 2i and MapReduce
 */
export class ErlAtom {
  constructor(readonly name: string) {}
}

/**
 * An Erlang tuple `{Items...}`.
 * @category Streams, 2i and MapReduce
 */
export class ErlTuple<T = ErlTerm> {
  readonly items: T[];
  constructor(...items: T[]) {
    this.items = items;
  }
}

/**
 * A float, kept apart from integers (a JS number in {@link AnyTerm} is always an integer).
 * @category Streams, 2i and MapReduce
 */
export class ErlFloat {
  constructor(readonly value: number) {}
}

/**
 * An Erlang process id.
 * @category Streams, 2i and MapReduce
 */
export class ErlPid {
  constructor(
    readonly node: ErlAtom,
    readonly id: number,
    readonly serial: number,
    readonly creation: number,
  ) {}
}

/**
 * An Erlang reference.
 * @category Streams, 2i and MapReduce
 */
export class ErlRef {
  constructor(
    readonly node: ErlAtom,
    readonly creation: number,
    readonly ids: number[],
  ) {}
}

/**
 * An Erlang port.
 * @category Streams, 2i and MapReduce
 */
export class ErlPort {
  constructor(
    readonly node: ErlAtom,
    readonly id: bigint,
    readonly creation: number,
  ) {}
}

/**
 * A local fun (NEW_FUN_EXT): code of `module`, which the receiving node must have to call it.
 * @category Streams, 2i and MapReduce
 */
export class ErlFun {
  constructor(
    readonly arity: number,
    readonly uniq: Buffer,
    readonly index: number,
    readonly module: ErlAtom,
    readonly oldIndex: number,
    readonly oldUniq: number,
    readonly pid: ErlPid,
    readonly free: AnyTerm[],
  ) {}
}

/**
 * `fun Module:Function/Arity` (EXPORT_EXT).
 * @category Streams, 2i and MapReduce
 */
export class ErlExportFun {
  constructor(
    readonly module: ErlAtom,
    readonly fun: ErlAtom,
    readonly arity: number,
  ) {}
}

/**
 * A map, its pairs in the order they were decoded.
 * @category Streams, 2i and MapReduce
 */
export class ErlMap<T = AnyTerm> {
  // NoInfer: `new ErlMap([[atom('a'), 1]])` is a map of any terms, not of atoms.
  constructor(readonly pairs: [NoInfer<T>, NoInfer<T>][]) {}
}

/**
 * `[A, B | Tail]` with a tail that is not a list.
 * @category Streams, 2i and MapReduce
 */
export class ErlImproperList<T = AnyTerm> {
  constructor(
    readonly items: NoInfer<T>[],
    readonly tail: NoInfer<T>,
  ) {}
}

/**
 * A bitstring whose size is not a whole number of bytes: `bits` (1..7) of the last byte are used.
 * @category Streams, 2i and MapReduce
 */
export class ErlBitstring {
  constructor(
    readonly bytes: Buffer,
    readonly bits: number,
  ) {}
}

/** Shorthands: `atom('undefined')`, `tuple(a, b)`. */
export const atom = (name: string): ErlAtom => new ErlAtom(name);
export function tuple(...items: ErlTerm[]): ErlTuple;
export function tuple(...items: AnyTerm[]): ErlTuple<AnyTerm>;
export function tuple(...items: AnyTerm[]): ErlTuple<AnyTerm> {
  return new ErlTuple(...items);
}

export const UNDEFINED = atom('undefined');
export const TRUE = atom('true');
export const NULL = atom('null');

/** `[Items | Tail]`: a proper list when the tail is one, else an {@link ErlImproperList}. */
export function cons(items: AnyTerm[], tail: AnyTerm): AnyTerm {
  if (typeof tail === 'string') return [...items, ...charCodes(tail)];
  if (Array.isArray(tail)) return [...items, ...tail];
  if (tail instanceof ErlImproperList) return new ErlImproperList([...items, ...tail.items], tail.tail);
  return items.length === 0 ? tail : new ErlImproperList(items, tail);
}

/** `is_atom(T) andalso T =:= Name`. */
export const isAtom = (term: unknown, name?: string): term is ErlAtom => term instanceof ErlAtom && (name === undefined || term.name === name);

/** A tuple of `size` items (any size when omitted). */
export const isTuple = (term: unknown, size?: number): term is ErlTuple<AnyTerm> =>
  term instanceof ErlTuple && (size === undefined || term.items.length === size);

/** The character codes of an Erlang string held as a JS string. */
export const charCodes = (value: string): number[] => [...value].map((ch) => ch.codePointAt(0) as number);
