import { Buffer } from 'node:buffer';
import { sameTerm } from '../erlang/compare.js';
import {
  charCodes,
  ErlAtom,
  ErlBitstring,
  ErlExportFun,
  ErlFloat,
  ErlFun,
  ErlImproperList,
  ErlPid,
  ErlPort,
  ErlRef,
  ErlTuple,
  TRUE,
  type AnyTerm,
} from '../../codec/erlang/term.js';
import { frameWithoutLocation } from '../json/stack.js';
import { functionClause } from './erlang-error.js';

/** Term helpers with Erlang's semantics, for the MapReduce code that mirrors riak_kv's. */

export const isBinary = (t: AnyTerm | undefined): t is Buffer => Buffer.isBuffer(t);

/** `is_list(T)`: a proper or improper list, or a string. */
export const isList = (t: AnyTerm | undefined): t is AnyTerm[] | string | ErlImproperList =>
  Array.isArray(t) || typeof t === 'string' || t instanceof ErlImproperList;

/** A proper list's items ([] for an improper one is not given: check with isProperList). */
export const isProperList = (t: AnyTerm | undefined): t is AnyTerm[] | string => Array.isArray(t) || typeof t === 'string';

export const items = (t: AnyTerm[] | string): AnyTerm[] => (typeof t === 'string' ? charCodes(t) : t);

export const isInteger = (t: AnyTerm | undefined): t is number | bigint => (typeof t === 'number' && Number.isInteger(t)) || typeof t === 'bigint';

export const isNumber = (t: AnyTerm | undefined): boolean => isInteger(t) || t instanceof ErlFloat || (typeof t === 'number' && !Number.isInteger(t));

export const isFunction = (t: AnyTerm | undefined): t is ErlFun | ErlExportFun => t instanceof ErlFun || t instanceof ErlExportFun;

/** `is_boolean(T)`. */
export const isBoolean = (t: AnyTerm | undefined): boolean => t instanceof ErlAtom && (t.name === 'true' || t.name === 'false');

/**
 * proplists:get_value(Key, List, Default): the first `Key` atom (true) or
 * tuple tagged `Key` (its second element if it is a pair, else Default).
 * A list that is not one, or an improper tail, is a function_clause.
 */
export function proplistGet(key: AnyTerm, list: AnyTerm, fallback: AnyTerm): AnyTerm {
  let entries: AnyTerm[];
  let tail: AnyTerm = [];
  if (isProperList(list)) entries = items(list);
  else if (list instanceof ErlImproperList) [entries, tail] = [list.items, list.tail];
  else throw functionClause(frameWithoutLocation('proplists', 'get_value', [key, list, fallback]));
  for (const entry of entries) {
    if (entry instanceof ErlAtom && sameTerm(entry, key)) return TRUE;
    if (entry instanceof ErlTuple && entry.items.length >= 1 && sameTerm(entry.items[0], key)) return entry.items.length === 2 ? entry.items[1] : fallback;
  }
  if (!(Array.isArray(tail) && tail.length === 0)) throw functionClause(frameWithoutLocation('proplists', 'get_value', [key, tail, fallback]));
  return fallback;
}

/** riak_pipe_v:type_of/1. */
export function typeOf(t: AnyTerm): string {
  if (t instanceof ErlPid) return 'pid';
  if (t instanceof ErlRef) return 'reference';
  if (isList(t)) return 'list';
  if (t instanceof ErlTuple) return 'tuple';
  if (t instanceof ErlAtom) return 'atom';
  if (isNumber(t)) return 'number';
  if (Buffer.isBuffer(t)) return 'binary';
  if (isFunction(t)) return 'function';
  if (t instanceof ErlPort || t instanceof ErlBitstring) return 'unidentified';
  return 'unidentified';
}
