import { BKeyInput, compareTerms, MrStruct, NotFound, RiakObjectValue, sameTerm, type MrValue } from './values.js';

/**
 * The Erlang functions of riak_kv_mapreduce, the MapReduce helpers every
 * Riak KV 3.x node ships, with the same results and the same failures.
 * A failure throws {@link MrCrash} with the Erlang error reason; the runner
 * reports it as Riak reports a crashed pipe fitting.
 */
export class MrCrash extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

export type MapFun = (input: RiakObjectValue | NotFound, keydata: MrValue | undefined, arg: MrValue | undefined) => MrValue[];
export type ReduceFun = (inputs: MrValue[], arg: MrValue | undefined) => MrValue[];

/** riak_object:get_value/1: exactly one sibling, or a crash. */
function objectValue(obj: RiakObjectValue): Buffer {
  const { entry } = obj;
  if (entry.datatype !== undefined) return entry.datatype.value.toBinary();
  if (entry.contents.length !== 1) throw new MrCrash('function_clause');
  return entry.contents[0].value;
}

/** notfound_map_action/3: what map_object_value does for a missing key, by phase arg. */
function notfoundAction(nf: NotFound, keydata: MrValue | undefined, arg: MrValue | undefined): MrValue[] {
  if (Buffer.isBuffer(arg)) {
    const action = arg.toString('latin1');
    if (action === 'filter_notfound') return [];
    if (action === 'include_notfound') return [nf];
    if (action === 'include_keydata') return [keydata === undefined ? null : keydata];
  }
  if (arg instanceof MrStruct && arg.pairs.length === 1 && arg.pairs[0][0].toString() === 'sub') {
    const sub = arg.pairs[0][1];
    if (!Array.isArray(sub)) throw new MrCrash('{non_list_result}');
    return sub;
  }
  throw new MrCrash('function_clause');
}

const mapIdentity: MapFun = (input) => [input];

const mapObjectValue: MapFun = (input, keydata, arg) => (input instanceof NotFound ? notfoundAction(input, keydata, arg) : [objectValue(input)]);

/** The value itself must already be a list: with JSON inputs it never is. */
const mapObjectValueList: MapFun = (input, keydata, arg) => {
  if (input instanceof NotFound) return notfoundAction(input, keydata, arg);
  objectValue(input);
  throw new MrCrash('{non_list_result}');
};

const reduceIdentity: ReduceFun = (inputs) => {
  const out: MrValue[] = [];
  for (const input of inputs) {
    if (input instanceof BKeyInput) out.unshift([input.bucket, input.key]);
    else if (Array.isArray(input) && input.length === 2) out.unshift([input[0], input[1]]);
    else throw new MrCrash('{unhandled_entry}');
  }
  return out;
};

const reduceSetUnion: ReduceFun = (inputs) => {
  const out: MrValue[] = [];
  for (const input of inputs) if (!out.some((seen) => sameTerm(seen, input))) out.push(input);
  return out;
};

/** Riak filters `{not_found, ...}` tuples before summing; JSON inputs cannot be such tuples. */
const reduceSum: ReduceFun = (inputs) => {
  let sum = 0;
  for (const input of inputs) {
    if (typeof input !== 'number') throw new MrCrash('badarith');
    sum += input;
  }
  return [sum];
};

/** Needs `{Key, Value}` tuples, which JSON cannot express: only an empty input works. */
const reducePlistSum: ReduceFun = (inputs) => {
  if (inputs.length === 0) return [];
  throw new MrCrash('function_clause');
};

const reduceSort: ReduceFun = (inputs) => [...inputs].sort(compareTerms);

const reduceCountInputs: ReduceFun = (inputs) => [inputs.reduce<number>((n, input) => n + (typeof input === 'number' && Number.isInteger(input) ? input : 1), 0)];

const reduceStringToInteger: ReduceFun = (inputs) =>
  inputs.map((input) => {
    if (typeof input === 'number' && Number.isInteger(input)) return input;
    if (Buffer.isBuffer(input) && /^[+-]?[0-9]+$/.test(input.toString('latin1'))) return Number(input.toString('latin1'));
    throw new MrCrash('badarg');
  });

/** Exported functions of riak_kv_mapreduce by name and arity (the arity-1 forms build phase specs). */
export const RIAK_KV_MAPREDUCE = {
  map: new Map<string, MapFun>([
    ['map_identity', mapIdentity],
    ['map_object_value', mapObjectValue],
    ['map_object_value_list', mapObjectValueList],
  ]),
  reduce: new Map<string, ReduceFun>([
    ['reduce_identity', reduceIdentity],
    ['reduce_set_union', reduceSetUnion],
    ['reduce_sort', reduceSort],
    ['reduce_string_to_integer', reduceStringToInteger],
    ['reduce_sum', reduceSum],
    ['reduce_plist_sum', reducePlistSum],
    ['reduce_count_inputs', reduceCountInputs],
  ]),
  arity1: new Set([
    'map_identity',
    'map_object_value',
    'map_object_value_list',
    'reduce_identity',
    'reduce_set_union',
    'reduce_sort',
    'reduce_string_to_integer',
    'reduce_sum',
    'reduce_plist_sum',
    'reduce_count_inputs',
  ]),
};
