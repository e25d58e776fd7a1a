import { Buffer } from 'node:buffer';
import { sortedPairs } from '../erlang/format.js';
import { atom, charCodes, ErlAtom, ErlFloat, ErlMap, ErlTuple, tuple, type AnyTerm } from '../../codec/erlang/term.js';
import { mochinumDigits } from './mochinum.js';
import { frame, type StackFrame } from './stack.js';

/**
 * mochijson2:encode/1 as Riak 3.2 runs it (basho/mochiweb develop-3.2):
 * Erlang terms to JSON, returned as the iolist mochijson2 builds (its shape
 * shows in Riak's error texts, which print it with ~p; flatten it with
 * iolistToBuffer for the wire).
 *
 * - true/false/null, integers, floats (mochinum:digits), binaries and
 *   atoms as strings (non-ASCII and control characters as \uXXXX);
 * - `{struct, Props}`, `{Props}`, a list of 2-tuples, and maps as objects;
 * - other lists (Erlang strings too) as arrays;
 * - anything else exits `{json_encode, {bad_term, Term}}`.
 */
export class MochiEncodeError extends Error {
  constructor(
    readonly errorClass: 'error' | 'exit',
    readonly reason: AnyTerm,
    readonly frames: StackFrame[],
  ) {
    super('mochijson2 encode failure');
  }
}

const Q = 0x22;
const mj = (fun: string, arity: number | AnyTerm[], line: number): StackFrame => frame('mochijson2', fun, arity, line);

/** mochijson2:encode(Term): the iolist. */
export function encodeJson(term: AnyTerm): AnyTerm {
  if (term instanceof ErlAtom && (term.name === 'true' || term.name === 'false' || term.name === 'null')) return Buffer.from(term.name);
  if (typeof term === 'number' && Number.isInteger(term)) return String(term);
  if (typeof term === 'bigint') return String(term);
  if (typeof term === 'number') return mochinumDigits(term);
  if (term instanceof ErlFloat) return mochinumDigits(term.value);
  if (Buffer.isBuffer(term) || term instanceof ErlAtom) return encodeString(term);
  if (isList(term)) {
    const items = listItems(term);
    const first = items[0];
    if (first instanceof ErlTuple && first.items.length === 2 && !isTagAtom(first.items[0])) return encodeProplist(items);
    return encodeArray(items);
  }
  if (term instanceof ErlTuple) {
    const [tag, body] = term.items;
    if (term.items.length === 2 && isAtomNamed(tag, 'struct') && isList(body)) return encodeProplist(listItems(body));
    if (term.items.length === 1 && isList(tag)) return encodeProplist(listItems(tag));
    if (term.items.length === 0) return encodeProplist([]);
    if (term.items.length === 2 && isAtomNamed(tag, 'array') && isList(body)) return encodeArray(listItems(body));
    if (term.items.length === 2 && isAtomNamed(tag, 'json')) return body;
  }
  if (term instanceof ErlMap) return encodeMap(term);
  throw new MochiEncodeError('exit', tuple(atom('json_encode'), tuple(atom('bad_term'), term)), [mj('json_encode', 2, 191)]);
}

const isList = (t: AnyTerm | undefined): t is AnyTerm[] | string => Array.isArray(t) || typeof t === 'string';
const listItems = (t: AnyTerm[] | string): AnyTerm[] => (typeof t === 'string' ? charCodes(t) : t);
const isAtomNamed = (t: AnyTerm | undefined, name: string): boolean => t instanceof ErlAtom && t.name === name;
const isTagAtom = (t: AnyTerm): boolean => isAtomNamed(t, 'struct') || isAtomNamed(t, 'array') || isAtomNamed(t, 'json');

function encodeArray(items: AnyTerm[]): AnyTerm {
  if (items.length === 0) return Buffer.from('[]');
  const out: AnyTerm[] = [0x5b];
  items.forEach((item, i) => {
    if (i > 0) out.push(0x2c);
    out.push(encodeJson(item));
  });
  out.push(0x5d);
  return out;
}

function encodeProplist(props: AnyTerm[]): AnyTerm {
  if (props.length === 0) return Buffer.from('{}');
  const out: AnyTerm[] = [0x7b];
  props.forEach((prop, i) => {
    if (!(prop instanceof ErlTuple && prop.items.length === 2)) {
      throw new MochiEncodeError('error', atom('function_clause'), [mj('-json_encode_proplist/2-fun-0-', [prop, out], 207)]);
    }
    if (i > 0) out.push(0x2c);
    out.push(encodeString(prop.items[0]), 0x3a, encodeJson(prop.items[1]));
  });
  out.push(0x7d);
  return out;
}

function encodeMap(map: ErlMap): AnyTerm {
  if (map.pairs.length === 0) return Buffer.from('{}');
  const out: AnyTerm[] = [0x7b];
  sortedPairs(map).forEach(([k, v], i) => {
    if (i > 0) out.push(0x2c);
    out.push(encodeString(k), 0x3a, encodeJson(v));
  });
  out.push(0x7d);
  return out;
}

/** json_encode_string/2: a key or a string value. */
function encodeString(value: AnyTerm): AnyTerm {
  if (value instanceof ErlAtom) return encodeString(Buffer.from(value.name, 'latin1'));
  if (Buffer.isBuffer(value)) {
    if (value.every((c) => c !== Q && c !== 0x5c && c >= 0x20 && c < 0x7f)) return [Q, value, Q];
    const text = value.toString('utf8');
    if (!Buffer.from(text, 'utf8').equals(value)) {
      // unicode:characters_to_list/1 returns an error tuple, which no clause takes.
      throw new MochiEncodeError('error', atom('function_clause'), [mj('json_encode_string_unicode', 3, 297)]);
    }
    return encodeUnicode(charCodes(text));
  }
  if (typeof value === 'number' && Number.isInteger(value)) return [Q, String(value), Q];
  if (isList(value)) {
    const codes = listItems(value);
    for (const c of codes) {
      if (typeof c === 'number' && c > 0x10ffff)
        throw new MochiEncodeError('exit', tuple(atom('json_encode'), tuple(atom('bad_char'), c)), [mj('json_string_is_safe', 1, 268)]);
    }
    if (codes.every((c) => typeof c === 'number' && c !== Q && c !== 0x5c && c >= 0x20 && c < 0x7f)) return [Q, value, Q];
    return encodeUnicode(codes as number[]);
  }
  throw new MochiEncodeError('error', atom('function_clause'), [mj('json_encode_string', [value, atom('encoder')], 226)]);
}

const NAMED_ESCAPES: Record<number, number> = { 0x22: 0x22, 0x5c: 0x5c, 8: 0x62, 12: 0x66, 10: 0x6e, 13: 0x72, 9: 0x74 };

/** json_encode_string_unicode/3: escapes as their own list items, \uXXXX (lowercase hex) as nested lists. */
function encodeUnicode(codes: number[]): AnyTerm {
  const out: AnyTerm[] = [Q];
  for (const c of codes) {
    const named = NAMED_ESCAPES[c];
    if (named !== undefined) out.push(0x5c, named);
    else if (c < 0x20 || c >= 0x7f) out.push(unihex(c));
    else out.push(c);
  }
  out.push(Q);
  return out;
}

function unihex(c: number): AnyTerm {
  if (c < 0x10000)
    return [
      0x5c,
      0x75,
      ...c
        .toString(16)
        .padStart(4, '0')
        .split('')
        .map((d) => d.charCodeAt(0)),
    ];
  const n = c - 0x10000;
  return [unihex(0xd800 | ((n >> 10) & 0x3ff)), unihex(0xdc00 | (n & 0x3ff))];
}
