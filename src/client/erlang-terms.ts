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
} from '../codec/erlang/term.js';
import { MAX_TERM_DEPTH } from '../codec/erlang/etf.js';
import { describe } from '../common/describe.js';
import { RiakInvalidArgumentError } from '../errors.js';
import type { JsonValue } from './mapreduce-job-types.js';

/**
 * Erlang terms as the client sends them in Erlang-term MapReduce jobs
 * (`application/x-erlang-binary`) and reads them back from their results.
 *
 * Sending ({@link ErlangValue}): a JSON value means what it means in a JSON
 * job, that is what Riak's mochijson2 decodes it to: a string is a UTF-8
 * binary, an integral number (below 1e21) an integer and any other number a
 * float, `true`/`false` the atoms, `null` the atom `null`, an array a list,
 * a plain object `{struct, [{<<"key">>, Value}, ...]}`. So a job means the
 * same in either encoding. Beyond JSON: a `Uint8Array`/`Buffer` is a binary,
 * a `bigint` an integer, {@link ErlFloat} a float even when integral, and
 * atoms, tuples, maps, improper lists, `fun M:F/A`, pids, references, ports
 * and bitstrings as the classes below. An Erlang string (a list of
 * character codes) is an array of numbers: {@link charlist}. Local funs
 * (`{qfun, Fun}` phases) cannot be sent.
 *
 * Receiving ({@link ErlangTerm}): a binary is a `Buffer`, an integer a
 * `number` (a `bigint` beyond 2^53), a float a `number`, the atoms `true`
 * and `false` booleans and other atoms {@link ErlAtom}, a list an array (an
 * Erlang string too: an array of character codes), a tuple {@link ErlTuple},
 * a map {@link ErlMap}, and the rest as their classes. Every term received,
 * funs aside, can be sent back as it is.
 * @category Streams, 2i and MapReduce
 */
export type ErlangTerm =
  | Buffer
  | number
  | bigint
  | boolean
  | ErlAtom
  | ErlTuple<ErlangTerm>
  | ErlangTerm[]
  | ErlMap<ErlangTerm>
  | ErlImproperList<ErlangTerm>
  | ErlExportFun
  | ErlFun
  | ErlPid
  | ErlRef
  | ErlPort
  | ErlBitstring;

/**
 * What an Erlang-term job may carry as a phase `arg`, key data or a modfun
 * input's argument: see {@link ErlangTerm} for the mapping.
 * @category Streams, 2i and MapReduce
 */
export type ErlangValue =
  | JsonValue
  | Uint8Array
  | bigint
  | ErlAtom
  | ErlFloat
  | ErlTuple<ErlangValue>
  | ErlangValue[]
  | ErlMap<ErlangValue>
  | ErlImproperList<ErlangValue>
  | ErlExportFun
  | ErlPid
  | ErlRef
  | ErlPort
  | ErlBitstring
  | { [key: string]: ErlangValue };

export { ErlAtom, ErlBitstring, ErlExportFun, ErlFloat, ErlFun, ErlImproperList, ErlMap, ErlPid, ErlPort, ErlRef, ErlTuple };

/**
 * The atom `name` (at most 255 characters, as Erlang allows).
 * @category Streams, 2i and MapReduce
 */
export function atom(name: string): ErlAtom {
  checkAtom('atom()', name);
  return new ErlAtom(name);
}

/**
 * The tuple `{Items...}`.
 * @category Streams, 2i and MapReduce
 */
export function tuple(...items: ErlangValue[]): ErlTuple<ErlangValue> {
  return new ErlTuple<ErlangValue>(...items);
}

/**
 * An Erlang string: the list of the character codes of `text` (what `"text"` is in Erlang).
 * @category Streams, 2i and MapReduce
 */
export function charlist(text: string): number[] {
  if (typeof text !== 'string') throw new RiakInvalidArgumentError(`charlist(): expected a string, got ${describe(text)}`);
  return charCodes(text);
}

/** Past this, JSON writes an integral number with an exponent, which mochijson2 reads as a float. */
const JSON_INTEGER_LIMIT = 1e21;
const MAX_ATOM = 255;

function checkAtom(where: string, name: unknown): void {
  if (typeof name !== 'string') throw new RiakInvalidArgumentError(`${where}: an atom name must be a string, got ${describe(name)}`);
  if ([...name].length > MAX_ATOM) throw new RiakInvalidArgumentError(`${where}: atom names have at most ${MAX_ATOM} characters, got ${[...name].length}`);
}

const isPlainObject = (value: object): boolean => {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

/**
 * The term an {@link ErlangValue} stands for. `where` names the value in
 * errors (`MapReduceJob.map(): \`arg\``); anything that is no Erlang term
 * (undefined, a function, a symbol, NaN, a class instance, a cycle, a
 * local fun) is a {@link RiakInvalidArgumentError} naming its path.
 */
export function toTerm(value: unknown, where: string): AnyTerm {
  return new Converter(where).term(value, '', 1);
}

/** A path as errors name it: `.a[1]`, shortened when a value is deep. */
const shown = (path: string): string => (path.length > 60 ? `${path.slice(0, 60)}...` : path);

/**
 * An integral number as JSON writes it: its shortest decimal digits (so
 * 1.2345678901234568e20 is 123456789012345680000, as in a JSON job), and
 * 0 for -0.
 */
const integer = (value: number): number | bigint => (Number.isSafeInteger(value) ? value + 0 : BigInt(String(value)));

class Converter {
  /** The objects being converted, root to here: a value met again is a cycle. */
  readonly #open = new Set<object>();

  constructor(readonly where: string) {}

  #fail(path: string, what: string): never {
    throw new RiakInvalidArgumentError(`${this.where}${path === '' ? '' : ` at ${shown(path)}`}: ${what}`);
  }

  /** `value` as the term `depth` levels down from the root (the root is 1): no deeper than the shared decoder (the dev server's) reads. */
  term(value: unknown, path: string, depth: number): AnyTerm {
    if (depth > MAX_TERM_DEPTH) return this.#fail(path, `nested deeper than ${MAX_TERM_DEPTH} levels`);
    switch (typeof value) {
      case 'string':
        return Buffer.from(value, 'utf8');
      case 'bigint':
        return value;
      case 'boolean':
        return new ErlAtom(String(value));
      case 'number':
        if (!Number.isFinite(value)) return this.#fail(path, `${value} is no Erlang number`);
        return Number.isInteger(value) && Math.abs(value) < JSON_INTEGER_LIMIT ? integer(value) : new ErlFloat(value);
      case 'object':
        break;
      default:
        return this.#fail(path, `${describe(value)} is no Erlang term`);
    }
    if (value === null) return new ErlAtom('null');
    if (this.#open.has(value)) return this.#fail(path, 'the value contains itself');
    this.#open.add(value);
    try {
      return this.#object(value, path, depth);
    } finally {
      this.#open.delete(value);
    }
  }

  #object(value: object, path: string, depth: number): AnyTerm {
    const inner = (item: unknown, step: string, levels = 1): AnyTerm => this.term(item, `${path}${step}`, depth + levels);
    if (Array.isArray(value)) return value.map((item, i) => inner(item, `[${i}]`));
    if (value instanceof Uint8Array) return Buffer.from(value);
    if (value instanceof ErlAtom) {
      checkAtom(this.where, value.name);
      return value;
    }
    if (value instanceof ErlFloat) {
      if (typeof value.value !== 'number' || !Number.isFinite(value.value)) return this.#fail(path, `${describe(value.value)} is no Erlang float`);
      return value;
    }
    if (value instanceof ErlTuple) return new ErlTuple<AnyTerm>(...value.items.map((item, i) => inner(item, `.items[${i}]`)));
    if (value instanceof ErlMap) return new ErlMap<AnyTerm>(value.pairs.map(([k, v], i) => [inner(k, `.pairs[${i}][0]`), inner(v, `.pairs[${i}][1]`)]));
    if (value instanceof ErlImproperList) {
      if (!Array.isArray(value.items) || value.items.length === 0) return this.#fail(path, 'an improper list needs at least one item before its tail');
      return new ErlImproperList<AnyTerm>(
        value.items.map((item, i) => inner(item, `.items[${i}]`)),
        inner(value.tail, '.tail'),
      );
    }
    if (value instanceof ErlFun) return this.#fail(path, 'local funs ({qfun, Fun}) cannot be sent: name an exported function instead');
    if (value instanceof ErlExportFun) {
      checkAtom(this.where, value.module.name);
      checkAtom(this.where, value.fun.name);
      if (!Number.isInteger(value.arity) || value.arity < 0 || value.arity > 255) return this.#fail(path, `fun arity ${describe(value.arity)} is not 0..255`);
      return value;
    }
    if (value instanceof ErlPid || value instanceof ErlRef || value instanceof ErlPort || value instanceof ErlBitstring) return value;
    if (!isPlainObject(value)) return this.#fail(path, `${describe(value)} is no Erlang term`);
    // mochijson2's {struct, [{Key, Value}]}: what a JSON object is in a JSON job (a value is three levels down).
    const props = Object.entries(value).map(([key, item]) => new ErlTuple<AnyTerm>(Buffer.from(key, 'utf8'), inner(item, `.${key}`, 3)));
    return new ErlTuple<AnyTerm>(new ErlAtom('struct'), props);
  }
}

/** The JS value of a term Riak sent (see {@link ErlangTerm}). */
export function fromTerm(term: AnyTerm): ErlangTerm {
  if (typeof term === 'string') return charCodes(term); // STRING_EXT: a list of bytes
  if (Array.isArray(term)) return term.map(fromTerm);
  if (term instanceof ErlFloat) return term.value;
  if (term instanceof ErlAtom) return term.name === 'true' ? true : term.name === 'false' ? false : term;
  if (term instanceof ErlTuple) return new ErlTuple<ErlangTerm>(...term.items.map(fromTerm));
  if (term instanceof ErlMap) return new ErlMap<ErlangTerm>(term.pairs.map(([k, v]) => [fromTerm(k), fromTerm(v)]));
  if (term instanceof ErlImproperList) return new ErlImproperList<ErlangTerm>(term.items.map(fromTerm), fromTerm(term.tail));
  return term;
}
