import { Buffer } from 'node:buffer';
import { sameTerm } from '../erlang/compare.js';
import { floatToList } from '../erlang/float-format.js';
import { formatAfter } from '../erlang/pretty.js';
import { charCodes, ErlFloat, ErlImproperList, type AnyTerm } from '../../codec/erlang/term.js';
import { badarg, functionClause } from './erlang-error.js';

/**
 * The Erlang list and string functions riak_kv_mapred_filters applies to a
 * key, with their results and their crashes. An Erlang string is a list:
 * here an array of its elements (character codes, or any term a list may
 * hold). Nothing here turns a list back into a binary unless Erlang does
 * (list_to_binary/1 in int_to_string, float_to_string and tokenize).
 */
export type ErlList = AnyTerm[];

const isFloat = (t: AnyTerm): boolean => t instanceof ErlFloat || (typeof t === 'number' && !Number.isInteger(t));
const floatValue = (t: AnyTerm): number => (t instanceof ErlFloat ? t.value : (t as number));
const isIntegerTerm = (t: AnyTerm): t is number | bigint => typeof t === 'bigint' || (typeof t === 'number' && Number.isInteger(t));

/** An integer as AnyTerm holds one: a number when safe, a bigint beyond. */
function integerTerm(n: bigint): number | bigint {
  return n >= BigInt(Number.MIN_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n;
}

/**
 * riak_kv_mapred_filters:to_string/1: a binary's bytes, a list as it is,
 * an integer's or a float's digits (float_to_list/1), anything else
 * `io_lib:format("~p", [V])`, which is a deep list: `["true"]`.
 */
export function toCharList(value: AnyTerm): ErlList {
  if (Buffer.isBuffer(value)) return [...value];
  if (typeof value === 'string') return charCodes(value);
  if (Array.isArray(value)) return value;
  // An improper list is returned as it is by Riak; every function after it walks it and crashes.
  if (value instanceof ErlImproperList) throw badarg();
  if (isIntegerTerm(value)) return charCodes(String(value));
  if (isFloat(value)) return charCodes(floatToList(floatValue(value)));
  return [charCodes(formatAfter('', value))];
}

/** The text of a flat list of character codes (0..255 for bytes), or undefined if it is not one. */
function flatText(list: ErlList, maxCode = 0x10ffff): string | undefined {
  let text = '';
  for (const c of list) {
    if (typeof c !== 'number' || !Number.isInteger(c) || c < 0 || c > maxCode) return undefined;
    text += String.fromCodePoint(c);
  }
  return text;
}

/** list_to_binary/1 of a list: its elements must be bytes, binaries or such lists (iodata). */
export function listToBinary(list: ErlList): Buffer {
  const parts: Buffer[] = [];
  const walk = (items: AnyTerm[]): void => {
    for (const item of items) {
      if (typeof item === 'number' && Number.isInteger(item) && item >= 0 && item <= 255) parts.push(Buffer.from([item]));
      else if (Buffer.isBuffer(item)) parts.push(item);
      else if (Array.isArray(item)) walk(item);
      else if (typeof item === 'string') walk(charCodes(item));
      else throw badarg();
    }
  };
  walk(list);
  return Buffer.concat(parts);
}

/** `re:run/2`'s subject without the `unicode` option: a binary or iodata, as latin1 text. */
export function iodataText(value: AnyTerm): string {
  if (Buffer.isBuffer(value)) return value.toString('latin1');
  if (typeof value === 'string' || Array.isArray(value)) return listToBinary(typeof value === 'string' ? charCodes(value) : value).toString('latin1');
  throw badarg();
}

/** integer_to_list/1 → list_to_binary/1: int_to_string's transform. */
export function integerToBinary(value: AnyTerm): Buffer {
  if (!isIntegerTerm(value)) throw badarg();
  return Buffer.from(String(value), 'latin1');
}

/** float_to_list/1 → list_to_binary/1: float_to_string's transform. */
export function floatToBinary(value: AnyTerm): Buffer {
  if (!isFloat(value)) throw badarg();
  return Buffer.from(floatToList(floatValue(value)), 'latin1');
}

/** list_to_integer/1: an optional sign and decimal digits, nothing else. */
export function listToInteger(list: ErlList): number | bigint {
  const text = flatText(list, 255);
  if (text === undefined || !/^[+-]?[0-9]+$/.test(text)) throw badarg();
  return integerTerm(BigInt(text));
}

/**
 * list_to_float/1 (erts sys_chars_to_double): sign, digits, a point (or a
 * comma), digits, an optional exponent; a value beyond the doubles is a
 * badarg, one too small to hold is 0.0.
 */
export function listToFloat(list: ErlList): ErlFloat {
  const text = flatText(list, 255);
  if (text === undefined || !/^[+-]?[0-9]+[.,][0-9]+([eE][+-]?[0-9]+)?$/.test(text)) throw badarg();
  const value = Number(text.replace(',', '.'));
  if (!Number.isFinite(value)) throw badarg();
  return new ErlFloat(value);
}

/** string:to_upper/1 of a list: Latin-1 letters change case, any other element stays. */
export function toUpper(list: ErlList): ErlList {
  return list.map((c) => (typeof c === 'number' && ((c >= 0x61 && c <= 0x7a) || (c >= 0xe0 && c <= 0xf6) || (c >= 0xf8 && c <= 0xfe)) ? c - 32 : c));
}

/** string:to_lower/1 of a list. */
export function toLower(list: ErlList): ErlList {
  return list.map((c) => (typeof c === 'number' && ((c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xd6) || (c >= 0xd8 && c <= 0xde)) ? c + 32 : c));
}

/** string:tokens/2: the runs between separators (any element of `separators`), empty runs dropped. */
export function tokens(list: ErlList, separators: ErlList): ErlList[] {
  if (separators.length === 0) return list.length === 0 ? [] : [list];
  const isSeparator = (c: AnyTerm): boolean => separators.some((s) => sameTerm(s, c));
  const found: ErlList[] = [];
  let token: ErlList = [];
  for (const c of list) {
    if (isSeparator(c)) {
      if (token.length > 0) found.push(token);
      token = [];
    } else token.push(c);
  }
  if (token.length > 0) found.push(token);
  return found;
}

/** lists:nth/2: 1-based; an index that is not an integer from 1 to the length is a crash. */
export function nth<T>(n: AnyTerm, list: T[]): T {
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > list.length) throw functionClause();
  return list[n - 1];
}

const isHex = (c: AnyTerm): c is number => typeof c === 'number' && ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66));

/**
 * urldecode's `hd(mochiweb_util:parse_qs("x=" ++ Chars))`: the value of the
 * first pair, so only what comes before the first `&` or `;`, with `+` as a
 * space and each `%HH` as the byte it names; a `%` not followed by two hex
 * digits stays as it is. Bytes are not decoded as UTF-8: "%C3%A9" is the
 * two elements 195, 169.
 */
export function parseQsFirstValue(list: ErlList): ErlList {
  const end = list.findIndex((c) => c === 0x26 || c === 0x3b);
  const value = end < 0 ? list : list.slice(0, end);
  const decoded: ErlList = [];
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === 0x2b) decoded.push(0x20);
    else if (c === 0x25 && isHex(value[i + 1]) && isHex(value[i + 2])) {
      decoded.push(Number.parseInt(String.fromCharCode(value[i + 1] as number, value[i + 2] as number), 16));
      i += 2;
    } else decoded.push(c);
  }
  return decoded;
}

/** riak_kv_mapred_filters:levenshtein/2: edit distance, elements equal when exactly equal. */
export function levenshtein(a: ErlList, b: ErlList): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (sameTerm(a[i - 1], b[j - 1]) ? 0 : 1));
    previous = row;
  }
  return previous[b.length];
}

/** lists:prefix/2. */
export function isPrefix(prefix: ErlList, list: ErlList): boolean {
  return prefix.length <= list.length && prefix.every((c, i) => sameTerm(c, list[i]));
}
