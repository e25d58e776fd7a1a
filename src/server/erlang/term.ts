/**
 * A small model of Erlang terms: just enough to encode what Riak puts on the
 * wire inside opaque fields (vclocks, 2i continuations, preflist hashes) with
 * `term_to_binary`, and to format error texts the way `io_lib:format("~p")`
 * does.
 *
 * Mapping: Buffer = binary, number/bigint = integer, JS array = list,
 * string = Erlang string (a list of character codes, printed "..."),
 * {@link ErlAtom} = atom, {@link ErlTuple} = tuple.
 */
export type ErlTerm = Buffer | number | bigint | string | ErlAtom | ErlTuple | ErlTerm[];

export class ErlAtom {
  constructor(readonly name: string) {}
}

export class ErlTuple {
  readonly items: ErlTerm[];
  constructor(...items: ErlTerm[]) {
    this.items = items;
  }
}

/** Shorthands: `atom('undefined')`, `tuple(a, b)`. */
export const atom = (name: string): ErlAtom => new ErlAtom(name);
export const tuple = (...items: ErlTerm[]): ErlTuple => new ErlTuple(...items);

export const UNDEFINED = atom('undefined');
export const TRUE = atom('true');
export const FALSE = atom('false');
export const NULL = atom('null');
