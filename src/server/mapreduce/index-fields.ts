import { Buffer } from 'node:buffer';
import { compareTerms } from '../erlang/compare.js';
import { atom, ErlTuple, tuple, type AnyTerm } from '../../codec/erlang/term.js';
import { frame } from '../json/stack.js';
import { latin1Lower, parseErlangInteger } from '../store/content-codec.js';
import { badarg, functionClause } from './erlang-error.js';
import { isBinary, isInteger, isProperList, items } from './terms.js';

/**
 * riak_index:parse_fields/1 on the index of a MapReduce index input
 * (riak_kv/src/riak_index.erl): each `{Field, Value}` parsed by the
 * field's suffix; the results (or the failure reasons) usorted. Values of
 * a type no clause takes crash (function_clause), as in Riak.
 */
export type ParsedFields = { ok: true; fields: ErlTuple<AnyTerm>[] } | { ok: false; reasons: AnyTerm[] };

function listToBinary(value: AnyTerm[] | string): Buffer {
  const codes = items(value);
  if (!codes.every((c) => typeof c === 'number' && Number.isInteger(c) && c >= 0 && c <= 255)) throw badarg();
  return Buffer.from(codes as number[]);
}

/** normalize_index_field/1: the field name lower-cased, as a binary. */
function normalizeField(field: AnyTerm): Buffer {
  if (isBinary(field)) return Buffer.from(latin1Lower(field.toString('latin1')), 'latin1');
  if (isProperList(field)) return Buffer.from(latin1Lower(listToBinary(field).toString('latin1')), 'latin1');
  throw functionClause(frame('riak_index', 'normalize_index_field', [field], 564));
}

function parseBinary(value: AnyTerm): AnyTerm {
  if (isBinary(value)) return value;
  if (isProperList(value)) return listToBinary(value);
  throw functionClause(frame('riak_index', 'parse_binary', [value], 543));
}

/** parse_integer/1: undefined when list_to_integer fails (a parse failure, not a crash). */
function parseInteger(value: AnyTerm): AnyTerm | undefined {
  if (isInteger(value)) return value;
  if (isBinary(value)) return parseErlangInteger(value.toString('latin1'));
  if (isProperList(value)) {
    const codes = items(value);
    if (!codes.every((c) => typeof c === 'number' && Number.isInteger(c) && c >= 0 && c <= 0x10ffff)) return undefined;
    return parseErlangInteger(String.fromCodePoint(...(codes as number[])));
  }
  throw functionClause(frame('riak_index', 'parse_integer', [value], 552));
}

class Failure {
  constructor(readonly reason: AnyTerm) {}
}

function parseField(field: Buffer, value: AnyTerm): AnyTerm | Failure {
  const name = field.toString('latin1');
  const failed = (): Failure => new Failure(tuple(atom('field_parsing_failed'), tuple(field, value)));
  if (name === '$bucket') {
    if (value instanceof ErlTuple && value.items.length === 2 && isBinary(value.items[0]) && isBinary(value.items[1])) return value;
    return parseBinary(value);
  }
  if (name === '$key' || (name.length > 4 && name.endsWith('_bin'))) return parseBinary(value);
  if (name.length > 4 && name.endsWith('_int')) return parseInteger(value) ?? failed();
  return new Failure(tuple(atom('unknown_field_type'), field));
}

/** lists:usort/1: sorted, equal terms once. */
function usort(terms: AnyTerm[]): AnyTerm[] {
  const sorted = [...terms].sort(compareTerms);
  return sorted.filter((t, i) => i === 0 || compareTerms(sorted[i - 1], t) !== 0);
}

export function parseIndexFields(pairs: [AnyTerm, AnyTerm][]): ParsedFields {
  const results: AnyTerm[] = [];
  const reasons: AnyTerm[] = [];
  for (const [field, value] of pairs) {
    const name = normalizeField(field);
    const parsed = parseField(name, value);
    if (parsed instanceof Failure) reasons.push(parsed.reason);
    else results.push(tuple(name, parsed));
  }
  if (reasons.length > 0) return { ok: false, reasons: usort(reasons) };
  return { ok: true, fields: usort(results) as ErlTuple<AnyTerm>[] };
}
