import { describe } from '../common/describe.js';
import { RiakInvalidArgumentError } from '../errors.js';

/**
 * What a key-filter step hands to the next one (riak_kv_mapred_filters):
 * - `text`: a binary, as the key itself and what `tokenize`,
 *   `intToString` and `floatToString` return;
 * - `chars`: an Erlang string (a list of characters), what `toUpper`,
 *   `toLower` and `urldecode` return. It never equals, nor orders like, a
 *   string argument (a binary), so only the text predicates follow it;
 * - `integer`, `float`: what `stringToInt` and `stringToFloat` return.
 * @category Streams, 2i and MapReduce
 */
export type KeyFilterKind = 'text' | 'chars' | 'integer' | 'float';

/**
 * One step of a filter as Riak reads it: `[name, ...args]`, e.g.
 * `["tokenize", "-", 2]`; `and`/`or`/`not` take whole filters as arguments.
 * @category Streams, 2i and MapReduce
 */
export type KeyFilterStep = [string, ...KeyFilterArgument[]];

/** @category Streams, 2i and MapReduce */
export type KeyFilterArgument = string | number | boolean | KeyFilterStep[];

declare const FROM: unique symbol;

/**
 * A complete key filter: transforms, then one predicate, applied to a value
 * of kind `From` (`text`: the key). Build one from {@link keyFilter}; pass it
 * as `keyFilters` of `MapReduceJob.bucket()`. It serialises (`toJSON()`)
 * to the list of steps Riak's `key_filters` takes.
 * @category Streams, 2i and MapReduce
 */
export class KeyFilter<From extends KeyFilterKind = 'text'> {
  declare readonly [FROM]: From;
  readonly #steps: readonly KeyFilterStep[];

  /** @internal */
  constructor(steps: readonly KeyFilterStep[]) {
    this.#steps = steps;
  }

  /** The steps, as `key_filters` takes them (a fresh copy). */
  toJSON(): KeyFilterStep[] {
    return this.#steps.map(copyStep);
  }
}

const copyStep = (step: KeyFilterStep): KeyFilterStep => step.map((arg) => (Array.isArray(arg) ? arg.map(copyStep) : arg)) as KeyFilterStep;

/**
 * A sub-filter of `and` / `or` / `not`: a filter of the current value, or a function building it from a fresh chain.
 * @category Streams, 2i and MapReduce
 */
export type KeyFilterOperand<K extends KeyFilterKind> = KeyFilter<K> | ((value: KeyFilterChain<K, K>) => KeyFilter<K>);

/**
 * The builder for a value of kind `Now`, inside a filter of a `From` value.
 * @category Streams, 2i and MapReduce
 */
export type KeyFilterChain<From extends KeyFilterKind, Now extends KeyFilterKind> = Now extends 'text'
  ? TextKeyFilter<From>
  : Now extends 'chars'
    ? CharsKeyFilter<From>
    : Now extends 'integer'
      ? IntegerKeyFilter<From>
      : FloatKeyFilter<From>;

/** The logical predicates, on a value of any kind. */
interface LogicalKeyFilter<From extends KeyFilterKind, Now extends KeyFilterKind> {
  /** `["and", F1, F2, ...]`: every filter keeps the value. */
  and(first: KeyFilterOperand<Now>, ...rest: KeyFilterOperand<Now>[]): KeyFilter<From>;
  /** `["or", F1, F2, ...]`: some filter keeps the value. */
  or(first: KeyFilterOperand<Now>, ...rest: KeyFilterOperand<Now>[]): KeyFilter<From>;
  /** `["not", F]`: the filter does not keep the value. */
  not(filter: KeyFilterOperand<Now>): KeyFilter<From>;
}

/** Transforms and predicates on a string value (a binary or an Erlang string). */
interface StringKeyFilter<From extends KeyFilterKind> {
  /** `["string_to_int"]`: the value as an integer (`list_to_integer`; a key that is not one is dropped). */
  stringToInt(): IntegerKeyFilter<From>;
  /** `["string_to_float"]`: the value as a float (`list_to_float`: digits, a dot, digits, as in `2.5`; a key that is not one is dropped). */
  stringToFloat(): FloatKeyFilter<From>;
  /** `["to_upper"]`: upper-cased, as an Erlang string. */
  toUpper(): CharsKeyFilter<From>;
  /** `["to_lower"]`: lower-cased, as an Erlang string. */
  toLower(): CharsKeyFilter<From>;
  /** `["tokenize", Separators, N]`: the `n`th (from 1) token between any of the `separators` characters (a key with fewer tokens is dropped). */
  tokenize(separators: string, n: number): TextKeyFilter<From>;
  /** `["urldecode"]`: `%XX` and `+` decoded, as an Erlang string. */
  urldecode(): CharsKeyFilter<From>;
  /** `["matches", Regex]`: the value matches the PCRE regular expression (Erlang's `re`). */
  matches(regex: string): KeyFilter<From>;
  /** `["set_member", V1, V2, ...]`: the value is one of these strings. */
  setMember(first: string, ...rest: string[]): KeyFilter<From>;
  /** `["similar_to", Text, Distance]`: the Levenshtein distance to `text` is at most `maxDistance`. */
  similarTo(text: string, maxDistance: number): KeyFilter<From>;
  /** `["starts_with", Text]`. */
  startsWith(text: string): KeyFilter<From>;
  /** `["ends_with", Text]`. */
  endsWith(text: string): KeyFilter<From>;
}

/**
 * The builder on a binary (the key, or what `tokenize`, `intToString` and
 * `floatToString` return): string transforms, byte-order comparisons with
 * strings, equality.
 * @category Streams, 2i and MapReduce
 */
export interface TextKeyFilter<From extends KeyFilterKind> extends StringKeyFilter<From>, LogicalKeyFilter<From, 'text'> {
  /** `["greater_than", Text]`, comparing bytes. */
  greaterThan(text: string): KeyFilter<From>;
  /** `["less_than", Text]`. */
  lessThan(text: string): KeyFilter<From>;
  /** `["greater_than_eq", Text]`. */
  greaterThanEq(text: string): KeyFilter<From>;
  /** `["less_than_eq", Text]`. */
  lessThanEq(text: string): KeyFilter<From>;
  /** `["between", Low, High]` (inclusive), or `["between", Low, High, false]` with `inclusive: false`. */
  between(low: string, high: string, inclusive?: boolean): KeyFilter<From>;
  /** `["eq", Text]`. */
  eq(text: string): KeyFilter<From>;
  /** `["neq", Text]`. */
  neq(text: string): KeyFilter<From>;
}

/**
 * The builder on an Erlang string (after `toUpper`, `toLower`,
 * `urldecode`): the text predicates, which compare as strings. For
 * equality use `setMember(text)`.
 * @category Streams, 2i and MapReduce
 */
export interface CharsKeyFilter<From extends KeyFilterKind> extends StringKeyFilter<From>, LogicalKeyFilter<From, 'chars'> {}

/** Comparisons with numbers (Erlang compares integers and floats by value). */
interface NumberKeyFilter<From extends KeyFilterKind> {
  /** `["greater_than", N]`. */
  greaterThan(n: number): KeyFilter<From>;
  /** `["less_than", N]`. */
  lessThan(n: number): KeyFilter<From>;
  /** `["greater_than_eq", N]`. */
  greaterThanEq(n: number): KeyFilter<From>;
  /** `["less_than_eq", N]`. */
  lessThanEq(n: number): KeyFilter<From>;
  /** `["between", Low, High]` (inclusive), or `["between", Low, High, false]` with `inclusive: false`. */
  between(low: number, high: number, inclusive?: boolean): KeyFilter<From>;
}

/**
 * The builder on an integer (after `stringToInt`).
 * @category Streams, 2i and MapReduce
 */
export interface IntegerKeyFilter<From extends KeyFilterKind> extends NumberKeyFilter<From>, LogicalKeyFilter<From, 'integer'> {
  /** `["int_to_string"]`: back to a binary, in decimal. */
  intToString(): TextKeyFilter<From>;
  /** `["eq", N]`, an integer. */
  eq(n: number): KeyFilter<From>;
  /** `["neq", N]`, an integer. */
  neq(n: number): KeyFilter<From>;
  /** `["set_member", N1, N2, ...]`: one of these integers. */
  setMember(first: number, ...rest: number[]): KeyFilter<From>;
}

/**
 * The builder on a float (after `stringToFloat`). No `eq`: JSON cannot say
 * that an integral number is a float, and a float never equals an integer
 * (`=:=`); use `between(x, x)`.
 * @category Streams, 2i and MapReduce
 */
export interface FloatKeyFilter<From extends KeyFilterKind> extends NumberKeyFilter<From>, LogicalKeyFilter<From, 'float'> {
  /** `["float_to_string"]`: a binary, as Erlang's `float_to_list/1` writes it (`2.50000000000000000000e+00`). */
  floatToString(): TextKeyFilter<From>;
}

const STRINGS: readonly KeyFilterKind[] = ['text', 'chars'];
const NUMBERS: readonly KeyFilterKind[] = ['integer', 'float'];
const ANY: readonly KeyFilterKind[] = ['text', 'chars', 'integer', 'float'];

const AFTER: Record<KeyFilterKind, string> = {
  text: 'a binary',
  chars: 'an Erlang string (after toUpper, toLower or urldecode: use setMember, matches or the other text predicates)',
  integer: 'an integer (after stringToInt)',
  float: 'a float (after stringToFloat)',
};

/**
 * One implementation behind the four views: each method checks at run time
 * what the view's type already says (plain JavaScript callers get the same
 * rules), then adds its step.
 */
class Chain {
  readonly #now: KeyFilterKind;
  readonly #steps: readonly KeyFilterStep[];

  constructor(now: KeyFilterKind, steps: readonly KeyFilterStep[]) {
    this.#now = now;
    this.#steps = steps;
  }

  #need(method: string, kinds: readonly KeyFilterKind[]): void {
    if (!kinds.includes(this.#now)) throw new RiakInvalidArgumentError(`keyFilter.${method}() does not apply to ${AFTER[this.#now]}`);
  }

  #transform(method: string, kinds: readonly KeyFilterKind[], next: KeyFilterKind, step: KeyFilterStep): Chain {
    this.#need(method, kinds);
    return new Chain(next, [...this.#steps, step]);
  }

  #predicate(method: string, kinds: readonly KeyFilterKind[], step: KeyFilterStep): KeyFilter<KeyFilterKind> {
    this.#need(method, kinds);
    return new KeyFilter([...this.#steps, step]);
  }

  /** A comparison argument of the current kind: a string for text, a finite number for numbers. */
  #operand(method: string, value: unknown): string | number {
    if (this.#now === 'text') return text(method, value);
    if (typeof value !== 'number' || !Number.isFinite(value))
      throw new RiakInvalidArgumentError(`keyFilter.${method}(): expected a finite number, got ${describe(value)}`);
    return value;
  }

  /** An equality argument: a string for text, a safe integer for integers. */
  #exact(method: string, value: unknown): string | number {
    if (this.#now === 'text' || this.#now === 'chars') return text(method, value);
    if (!Number.isSafeInteger(value)) throw new RiakInvalidArgumentError(`keyFilter.${method}(): expected an integer, got ${describe(value)}`);
    return value as number;
  }

  stringToInt(): Chain {
    return this.#transform('stringToInt', STRINGS, 'integer', ['string_to_int']);
  }
  stringToFloat(): Chain {
    return this.#transform('stringToFloat', STRINGS, 'float', ['string_to_float']);
  }
  intToString(): Chain {
    return this.#transform('intToString', ['integer'], 'text', ['int_to_string']);
  }
  floatToString(): Chain {
    return this.#transform('floatToString', ['float'], 'text', ['float_to_string']);
  }
  toUpper(): Chain {
    return this.#transform('toUpper', STRINGS, 'chars', ['to_upper']);
  }
  toLower(): Chain {
    return this.#transform('toLower', STRINGS, 'chars', ['to_lower']);
  }
  urldecode(): Chain {
    return this.#transform('urldecode', STRINGS, 'chars', ['urldecode']);
  }
  tokenize(separators: string, n: number): Chain {
    this.#need('tokenize', STRINGS);
    if (typeof separators !== 'string' || separators.length === 0) {
      throw new RiakInvalidArgumentError(`keyFilter.tokenize(): \`separators\` must be a non-empty string, got ${describe(separators)}`);
    }
    if (!Number.isSafeInteger(n) || n < 1) throw new RiakInvalidArgumentError(`keyFilter.tokenize(): \`n\` counts tokens from 1, got ${describe(n)}`);
    return this.#transform('tokenize', STRINGS, 'text', ['tokenize', separators, n]);
  }

  greaterThan(value: string | number): KeyFilter<KeyFilterKind> {
    return this.#compare('greaterThan', 'greater_than', value);
  }
  lessThan(value: string | number): KeyFilter<KeyFilterKind> {
    return this.#compare('lessThan', 'less_than', value);
  }
  greaterThanEq(value: string | number): KeyFilter<KeyFilterKind> {
    return this.#compare('greaterThanEq', 'greater_than_eq', value);
  }
  lessThanEq(value: string | number): KeyFilter<KeyFilterKind> {
    return this.#compare('lessThanEq', 'less_than_eq', value);
  }
  #compare(method: string, name: string, value: unknown): KeyFilter<KeyFilterKind> {
    this.#need(method, ['text', ...NUMBERS]);
    return this.#predicate(method, ANY, [name, this.#operand(method, value)]);
  }
  between(low: string | number, high: string | number, inclusive?: boolean): KeyFilter<KeyFilterKind> {
    this.#need('between', ['text', ...NUMBERS]);
    const step: KeyFilterStep = ['between', this.#operand('between', low), this.#operand('between', high)];
    if (inclusive !== undefined) {
      if (typeof inclusive !== 'boolean')
        throw new RiakInvalidArgumentError(`keyFilter.between(): \`inclusive\` must be true or false, got ${describe(inclusive)}`);
      step.push(inclusive);
    }
    return this.#predicate('between', ANY, step);
  }
  eq(value: string | number): KeyFilter<KeyFilterKind> {
    this.#need('eq', ['text', 'integer']);
    return this.#predicate('eq', ANY, ['eq', this.#exact('eq', value)]);
  }
  neq(value: string | number): KeyFilter<KeyFilterKind> {
    this.#need('neq', ['text', 'integer']);
    return this.#predicate('neq', ANY, ['neq', this.#exact('neq', value)]);
  }
  setMember(...values: (string | number)[]): KeyFilter<KeyFilterKind> {
    this.#need('setMember', ['text', 'chars', 'integer']);
    if (values.length === 0) throw new RiakInvalidArgumentError('keyFilter.setMember() needs at least one value');
    return this.#predicate('setMember', ANY, ['set_member', ...values.map((v) => this.#exact('setMember', v))]);
  }
  matches(regex: string): KeyFilter<KeyFilterKind> {
    return this.#predicate('matches', STRINGS, ['matches', text('matches', regex)]);
  }
  similarTo(value: string, maxDistance: number): KeyFilter<KeyFilterKind> {
    this.#need('similarTo', STRINGS);
    if (!Number.isSafeInteger(maxDistance) || maxDistance < 0) {
      throw new RiakInvalidArgumentError(`keyFilter.similarTo(): \`maxDistance\` must be a non-negative integer, got ${describe(maxDistance)}`);
    }
    return this.#predicate('similarTo', STRINGS, ['similar_to', text('similarTo', value), maxDistance]);
  }
  startsWith(value: string): KeyFilter<KeyFilterKind> {
    return this.#predicate('startsWith', STRINGS, ['starts_with', text('startsWith', value)]);
  }
  endsWith(value: string): KeyFilter<KeyFilterKind> {
    return this.#predicate('endsWith', STRINGS, ['ends_with', text('endsWith', value)]);
  }

  and(...filters: unknown[]): KeyFilter<KeyFilterKind> {
    return this.#logical('and', filters, 1);
  }
  or(...filters: unknown[]): KeyFilter<KeyFilterKind> {
    return this.#logical('or', filters, 1);
  }
  not(...filters: unknown[]): KeyFilter<KeyFilterKind> {
    if (filters.length !== 1) throw new RiakInvalidArgumentError(`keyFilter.not() takes one filter, got ${filters.length}`);
    return this.#logical('not', filters, 1);
  }

  #logical(name: string, filters: unknown[], min: number): KeyFilter<KeyFilterKind> {
    if (filters.length < min) throw new RiakInvalidArgumentError(`keyFilter.${name}() needs at least one filter`);
    const operands = filters.map((filter, i) => this.#operandFilter(name, filter, i));
    return this.#predicate(name, ANY, [name, ...operands]);
  }

  /** A sub-filter: a KeyFilter, or what a function builds from a fresh chain of the current kind. */
  #operandFilter(name: string, filter: unknown, i: number): KeyFilterStep[] {
    const built = typeof filter === 'function' ? (filter as (chain: Chain) => unknown)(new Chain(this.#now, [])) : filter;
    if (!(built instanceof KeyFilter)) {
      const what = typeof filter === 'function' ? 'the function returned' : 'got';
      throw new RiakInvalidArgumentError(
        `keyFilter.${name}(): filter ${i + 1} must be a complete KeyFilter (transforms, then a predicate); ${what} ${describe(built)}`,
      );
    }
    return built.toJSON();
  }
}

function text(method: string, value: unknown): string {
  if (typeof value !== 'string') throw new RiakInvalidArgumentError(`keyFilter.${method}(): expected a string, got ${describe(value)}`);
  return value;
}

/**
 * The start of every key filter: a builder on the key (a binary). Chain
 * transforms, end with a predicate:
 *
 * ```ts
 * // keys like "basho-20101215": invoices of December 2010
 * keyFilter.tokenize('-', 2).stringToInt().between(20101201, 20101231);
 * keyFilter.and((k) => k.startsWith('basho'), (k) => k.not((v) => v.endsWith('0603')));
 * ```
 *
 * The types follow the value through the steps (see {@link KeyFilterKind}),
 * so a filter Riak could not run (a transform at the end, `eq` after
 * `toLower`, `between` of a number and a string) does not compile.
 * @category Streams, 2i and MapReduce
 */
export const keyFilter: TextKeyFilter<'text'> = new Chain('text', []) as unknown as TextKeyFilter<'text'>;
