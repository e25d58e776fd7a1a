import { Buffer } from 'node:buffer';
import { compareTerms, sameTerm } from '../erlang/compare.js';
import { dictFind, dictFromList, dictToList, setsUnion } from '../erlang/otp-dict.js';
import { atom, ErlAtom, ErlFloat, ErlTuple, isTuple, tuple, type AnyTerm } from '../../codec/erlang/term.js';
import { bif, frame, frameWithoutLocation } from '../json/stack.js';
import { ErlangError, functionClause } from './erlang-error.js';
import { objectContents, isObjectTerm } from './riak-object-term.js';
import { isBinary, isInteger, isProperList, items } from './terms.js';

/**
 * The functions MapReduce phases can name here: riak_kv_mapreduce (the
 * helpers every Riak KV node ships, riak_kv/src/riak_kv_mapreduce.erl) and
 * riak_kv_mrc_map:link_phase/3, with riak_kv's results and failures. A
 * failure throws {@link ErlangError} with the Erlang reason; the pipe
 * reports it as riak_pipe reports a crashed worker.
 */
export type MapFun = (input: AnyTerm, keydata: AnyTerm, arg: AnyTerm) => AnyTerm;
export type ReduceFun = (inputs: AnyTerm[], arg: AnyTerm) => AnyTerm;

const mr = (fun: string, args: number | AnyTerm[], line: number): AnyTerm => frame('riak_kv_mapreduce', fun, args, line);
const isNotFound = (t: AnyTerm): boolean => isTuple(t, 2) && isAtom(t.items[0], 'error') && isAtom(t.items[1], 'notfound');
const isAtom = (t: AnyTerm | undefined, name: string): boolean => t instanceof ErlAtom && t.name === name;
const binText = (t: AnyTerm): string | undefined => (isBinary(t) ? t.toString('latin1') : undefined);

/** riak_object:get_value/1: `[{_M, Value}] = get_contents(Obj)`, a badmatch for siblings. */
function objectValue(object: AnyTerm): AnyTerm {
  if (!isObjectTerm(object)) throw functionClause(frame('riak_object', 'get_value', [object], 836));
  const contents = objectContents(object);
  if (contents.length !== 1)
    throw new ErlangError(
      'error',
      tuple(
        atom('badmatch'),
        contents.map((c) => tuple(c.items[1], c.items[2])),
      ),
    );
  return contents[0].items[2];
}

/** notfound_map_action/3. */
function notfoundAction(nf: AnyTerm, keydata: AnyTerm, action: AnyTerm): AnyTerm {
  const name = binText(action);
  if (name === 'filter_notfound') return [];
  if (name === 'include_notfound') return [nf];
  if (name === 'include_keydata') return [keydata];
  if (isTuple(action, 2) && isAtom(action.items[0], 'struct') && isProperList(action.items[1])) {
    const props = items(action.items[1]);
    if (props.length === 1 && isTuple(props[0], 2) && binText(props[0].items[0]) === 'sub') return props[0].items[1];
  }
  throw functionClause(mr('notfound_map_action', [nf, keydata, action], 122));
}

const mapIdentity: MapFun = (input) => [input];

const mapObjectValue: MapFun = (input, keydata, arg) => (isNotFound(input) ? notfoundAction(input, keydata, arg) : [objectValue(input)]);

/** The value itself is the list of results. */
const mapObjectValueList: MapFun = (input, keydata, arg) => (isNotFound(input) ? notfoundAction(input, keydata, arg) : objectValue(input));

/** riak_kv_mrc_map:link_phase/3 with riak_kv_wm_link_walker:mapreduce_linkfun/3: the object's links as [B, K, Tag], sorted, filtered. */
const linkPhase: MapFun = (input, keydata, arg) => {
  if (isNotFound(input)) return [];
  if (!isTuple(arg, 2)) throw functionClause(frame('riak_kv_mrc_map', 'link_phase', [input, keydata, arg], 179));
  if (!isObjectTerm(input)) throw functionClause(frame('riak_object', 'bucket', [input], 752));
  const [bucket, tag] = arg.items;
  const links: AnyTerm[] = [];
  for (const content of objectContents(input)) {
    const found = dictFind(content.items[1], Buffer.from('Links'));
    if (found === undefined || !isProperList(found)) continue;
    for (const link of items(found)) {
      if (isTuple(link, 2) && isTuple(link.items[0], 2)) links.push([link.items[0].items[0], link.items[0].items[1], link.items[1]]);
    }
  }
  // lists:umerge of each sibling's sorted links: sorted, each once.
  const sorted = links.sort(compareTerms).filter((l, i, all) => i === 0 || compareTerms(all[i - 1], l) !== 0);
  const matches = (want: AnyTerm, have: AnyTerm): boolean => isAtom(want, '_') || compareTerms(want, have) === 0;
  return sorted.filter((l) => matches(bucket, (l as AnyTerm[])[0]) && matches(tag, (l as AnyTerm[])[2]));
};

/** `{not_found, ...}` tuples are not data to the sum and the conversions. */
const notFoundFilter = (inputs: AnyTerm[]): AnyTerm[] =>
  inputs.filter((v) => !(v instanceof ErlTuple && (v.items.length === 2 || v.items.length === 3) && isAtom(v.items[0], 'not_found')));

/** erlang:'+'/2. */
export function add(a: AnyTerm, b: AnyTerm): AnyTerm {
  const num = (t: AnyTerm): number | bigint | undefined => (isInteger(t) ? t : t instanceof ErlFloat ? t.value : undefined);
  const x = num(a);
  const y = num(b);
  if (x === undefined || y === undefined) throw new ErlangError('error', atom('badarith'), [bif('+', [a, b])]);
  if (a instanceof ErlFloat || b instanceof ErlFloat) return new ErlFloat(Number(x) + Number(y));
  const sum = BigInt(x) + BigInt(y);
  return sum >= BigInt(Number.MIN_SAFE_INTEGER) && sum <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(sum) : sum;
}

const reduceIdentity: ReduceFun = (inputs) => {
  const out: AnyTerm[] = [];
  for (const input of inputs) {
    if (isTuple(input, 2) && isTuple(input.items[0], 2)) out.unshift([input.items[0].items[0], input.items[0].items[1]]);
    else if (isTuple(input, 2)) out.unshift([input.items[0], input.items[1]]);
    else if (isProperList(input) && items(input).length === 2) out.unshift(items(input));
    else throw new ErlangError('throw', tuple(atom('unhandled_entry'), input));
  }
  return out;
};

const reduceSetUnion: ReduceFun = (inputs) => setsUnion(inputs);

const reduceSum: ReduceFun = (inputs) => {
  try {
    return [notFoundFilter(inputs).reduce<AnyTerm>((acc, v) => add(v, acc), 0)];
  } catch (err) {
    if (err instanceof ErlangError)
      throw new ErlangError(err.errorClass, err.reason, [...err.frames, frameWithoutLocation('lists', 'foldl', 3), mr('reduce_sum', 2, 182)]);
    throw err;
  }
};

const reducePlistSum: ReduceFun = (inputs) => {
  if (inputs.length === 0) return [];
  const plist = inputs[0] instanceof ErlTuple ? inputs : flatten(inputs);
  const sums: [AnyTerm, AnyTerm][] = [];
  for (const pair of plist) {
    if (!isTuple(pair, 2)) throw functionClause(mr('-reduce_plist_sum/2-fun-1-', [pair, dictFromList(sums)], 199));
    const [k, v] = pair.items;
    const at = sums.findIndex(([seen]) => sameTerm(seen, k));
    if (at >= 0) sums[at] = [k, add(v, sums[at][1])];
    else sums.push([k, v]);
  }
  return dictToList(sums);
};

/** lists:flatten/1. */
function flatten(list: AnyTerm[]): AnyTerm[] {
  return list.flatMap((t) => (isProperList(t) ? flatten(items(t)) : [t]));
}

const reduceSort: ReduceFun = (inputs) => [...inputs].sort(compareTerms);

const reduceCountInputs: ReduceFun = (inputs) => [inputs.reduce<AnyTerm>((n, input) => (isInteger(input) ? add(input, n) : add(1, n)), 0)];

const reduceStringToInteger: ReduceFun = (inputs) =>
  notFoundFilter(inputs).map((v) => {
    if (isInteger(v)) return v;
    const text = isBinary(v)
      ? v.toString('latin1')
      : isProperList(v) && items(v).every((c) => typeof c === 'number')
        ? String.fromCharCode(...(items(v) as number[]))
        : undefined;
    if (text === undefined) throw functionClause(mr('value_to_integer', [v], 259));
    // list_to_integer/1 (a BIF) inside value_to_integer/1, called by the list comprehension: an empty value (a tombstone's) too.
    if (!/^[+-]?[0-9]+$/.test(text))
      throw new ErlangError('error', atom('badarg'), [
        bif('list_to_integer', [text]),
        mr('value_to_integer', 1, 260),
        mr('-reduce_string_to_integer/2-lc$^0/1-0-', 1, 257),
      ]);
    const big = BigInt(text);
    return big >= BigInt(Number.MIN_SAFE_INTEGER) && big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(big) : big;
  });

/** Exported functions by module, `name/arity`: what riak_pipe_v:validate_function/3 finds. */
export const MODULES: Record<string, { exports: Set<string>; map: Map<string, MapFun>; reduce: Map<string, ReduceFun> }> = {
  riak_kv_mapreduce: {
    exports: new Set([
      ...['map_identity', 'map_object_value', 'map_object_value_list'].flatMap((f) => [`${f}/1`, `${f}/3`]),
      ...['reduce_identity', 'reduce_set_union', 'reduce_sort', 'reduce_string_to_integer', 'reduce_sum', 'reduce_plist_sum', 'reduce_count_inputs'].flatMap(
        (f) => [`${f}/1`, `${f}/2`],
      ),
      'module_info/0',
      'module_info/1',
    ]),
    map: new Map([
      ['map_identity', mapIdentity],
      ['map_object_value', mapObjectValue],
      ['map_object_value_list', mapObjectValueList],
    ]),
    reduce: new Map([
      ['reduce_identity', reduceIdentity],
      ['reduce_set_union', reduceSetUnion],
      ['reduce_sort', reduceSort],
      ['reduce_string_to_integer', reduceStringToInteger],
      ['reduce_sum', reduceSum],
      ['reduce_plist_sum', reducePlistSum],
      ['reduce_count_inputs', reduceCountInputs],
    ]),
  },
  riak_kv_mrc_map: {
    exports: new Set(['init/2', 'process/3', 'done/1', 'link_phase/3', 'validate_arg/1', 'module_info/0', 'module_info/1']),
    map: new Map([['link_phase', linkPhase]]),
    reduce: new Map(),
  },
};
