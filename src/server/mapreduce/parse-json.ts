import { Buffer } from 'node:buffer';
import { atom, ErlAtom, ErlFloat, ErlTuple, isTuple, tuple, UNDEFINED, type AnyTerm } from '../../codec/erlang/term.js';
import { decodeJson, MochiDecodeError, MochiThrow } from '../json/mochijson2-decode.js';
import { encodeJson } from '../json/mochijson2-encode.js';
import { bif, frame } from '../json/stack.js';
import { badarg, ErlangError, functionClause } from './erlang-error.js';
import { parseIndexFields } from './index-fields.js';
import { JobError, type MapRedJob } from './job.js';
import { isBinary, isInteger, isList, isProperList, items, proplistGet } from './terms.js';

/**
 * riak_kv_mapred_json:parse_request/1 (riak_kv/src/riak_kv_mapred_json.erl):
 * an `application/json` job decoded by mochijson2 (json/), then its inputs
 * and query checked. Error reasons are the iolists Riak builds, with the
 * offending JSON as mochijson2:encode/1 returns it, so they print (~p)
 * exactly as Riak's do. Riak's own crashes (binary_to_atom of a module that
 * is not a string, a bucket that is neither a string nor [Type, Bucket])
 * are thrown as {@link ErlangError}.
 */
const DEFAULT_TIMEOUT = 60000;
const bin = (text: string): Buffer => Buffer.from(text, 'latin1');
const get = (key: string, props: AnyTerm, fallback: AnyTerm = UNDEFINED): AnyTerm => proplistGet(bin(key), props, fallback);
const isUndefined = (t: AnyTerm): boolean => t instanceof ErlAtom && t.name === 'undefined';
const struct = (props: AnyTerm): AnyTerm => tuple(atom('struct'), props);

/** The frames below mochijson2:decode/1 when parse_request/1 calls it from riak_kv_pb_mapred:process/2. */
const CALLERS = [
  frame('riak_kv_mapred_json', 'parse_request', 1, 42),
  frame('riak_kv_pb_mapred', 'process', 2, 92),
  frame('riak_api_pb_server', 'process_message', 4, 402),
  frame('riak_api_pb_server', 'connected', 2, 238),
];

export function parseJsonJob(request: Buffer): MapRedJob {
  let decoded: AnyTerm;
  try {
    decoded = decodeJson(request);
  } catch (err) {
    // `case catch mochijson2:decode(Req)`: an error is {'EXIT', {Reason, Stack}}; a throw is its value.
    if (err instanceof MochiDecodeError) throw new JobError(tuple(atom('invalid_json'), tuple(err.reason, [...err.frames, ...CALLERS].slice(0, 8))));
    if (err instanceof MochiThrow) throw new JobError(atom('not_json'));
    throw err;
  }
  if (!(isTuple(decoded, 2) && decoded.items[0] instanceof ErlAtom && decoded.items[0].name === 'struct')) throw new JobError(atom('not_json'));
  const desc = decoded.items[1];
  const timeoutValue = get('timeout', desc, DEFAULT_TIMEOUT);
  const timeout =
    (isInteger(timeoutValue) || timeoutValue instanceof ErlFloat) && Number(timeoutValue instanceof ErlFloat ? timeoutValue.value : timeoutValue) > 0
      ? timeoutValue
      : DEFAULT_TIMEOUT;
  const inputs = get('inputs', desc);
  const query = get('query', desc);
  if (isUndefined(inputs) || isUndefined(query)) throw new JobError(atom('missing_field'));
  const parsedInputs = parseInputs(inputs);
  return { inputs: parsedInputs, query: parseQuery(query), timeout };
}

const INPUT_FORMATS = [
  'Valid formats are:\n',
  '\nKey List:\n',
  '  - Map/Reduce over the provided set of keys.\n',
  '  - {"inputs":[["mybucket","mykey1"], ["mybucket","mykey2"], ...]}\n',
  '\n',
  'Key List with Key Data:\n',
  '  - Map/Reduce over the provided set of keys.\n',
  '  - {"inputs":[["mybucket","mykey1", "mykeydata1"], ["mybucket","mykey2", "mykeydata1"], ...]}\n',
  '\n',
  'Index Query - Exact Match:\n',
  '  - Indexing backend must be enabled.\n',
  '  - {"inputs":{"bucket":"mybucket", "index":"myindex_bin", "key":"mykey"}}\n',
  '\n',
  'Index Query - Range Search:\n',
  '  - Indexing backend must be enabled.\n',
  '  - Use secondary indexes to generate a starting set of keys.\n',
  '  - {"inputs":{"bucket":"mybucket", "index":"myindex_bin", "start":"key1", "end":"key2"}}\n',
  '\n',
  'Search Query:\n',
  '  - Riak Search must be enabled and bucket hook installed.\n',
  '  - {"inputs":{"bucket":"mybucket", "query":"foo OR bar"}}\n',
  '\n',
  'Search Query With Filter:\n',
  '  - Riak Search must be enabled and bucket hook installed.\n',
  '  - {"inputs":{"bucket":"mybucket", "query":"field1:(foo OR bar)", "filter":"field2:baz"}}\n',
  '\n',
  'Bucket:\n',
  '  - Map/Reduce over all keys in the provided bucket.\n',
  '  - WARNING: THIS CAN BE A SLOW OPERATION!\n',
  '  - {"inputs":"mybucket"}\n\n',
  'Bucket With Key Filter:\n',
  '  - Filter keys in a bucket, then Map/Reduce.\n',
  '  - WARNING: THIS CAN BE A SLOW OPERATION!\n',
  '  - {"inputs":{"bucket":"mybucket", "key_filters":[["matches", "foo.*"]]}}\n\n',
];

/** invalid_input_error/1: the iolist, one element per string literal of riak_kv_mapred_json.erl. */
function invalidInput(invalid: AnyTerm): JobError {
  return new JobError(tuple(atom('inputs'), ['Unrecognized format of "inputs" field:', '   ', encodeJson(invalid), '\n\n', ...INPUT_FORMATS]));
}

const has = (props: AnyTerm, key: string): boolean => !isUndefined(get(key, props));

/** parse_inputs/1. */
function parseInputs(inputs: AnyTerm): AnyTerm {
  if (isProperList(inputs)) {
    const list = items(inputs);
    if (list.length === 2 && isBinary(list[0]) && isBinary(list[1])) return tuple(list[0], list[1]);
    if (list.length === 0) throw new JobError(tuple(atom('inputs'), 'No inputs were given.\n'));
    return list.map((target) => {
      const t = isProperList(target) ? items(target) : undefined;
      if (t !== undefined && isBinary(t[0]) && isBinary(t[1])) {
        if (t.length === 2) return tuple(t[0], t[1]);
        if (t.length === 4 && isBinary(t[3])) return tuple(tuple(tuple(t[3], t[0]), t[1]), t[2]);
        if (t.length === 3) return tuple(tuple(t[0], t[1]), t[2]);
      }
      throw invalidInput(target);
    });
  }
  if (isBinary(inputs)) return inputs;
  if (isTuple(inputs, 2) && inputs.items[0] instanceof ErlAtom && inputs.items[0].name === 'struct') {
    const props = inputs.items[1];
    if (has(props, 'module') && has(props, 'function') && has(props, 'arg')) return modfunInput(props);
    if ((has(props, 'bucket') || has(props, 'index')) && has(props, 'query')) {
      const bucket = get('bucket', props);
      return tuple(atom('search'), get('index', props, bucket), get('query', props), get('filter', props, []));
    }
    if (has(props, 'bucket') && has(props, 'index') && (has(props, 'key') || (has(props, 'start') && has(props, 'end')))) return indexInput(props);
    if (has(props, 'bucket') && has(props, 'key_filters')) return keyFilterInput(props);
  }
  throw invalidInput(inputs);
}

/** binary_to_atom(Module, utf8): a crash (badarg) for anything but a binary. */
function toAtom(value: AnyTerm): ErlAtom {
  if (!isBinary(value)) throw badarg(bif('binary_to_atom', [value, atom('utf8')]));
  return atom(value.toString('utf8'));
}

function modfunInput(props: AnyTerm): AnyTerm {
  // riak_kv_util:is_modfun_allowed/2 is true with security off.
  return tuple(atom('modfun'), toAtom(get('module', props)), toAtom(get('function', props)), get('arg', props));
}

/** normalize_bucket_and_type/1: a crash for anything but "bucket" or ["type", "bucket"]. */
function bucketAndType(value: AnyTerm): AnyTerm {
  if (isBinary(value)) return value;
  const list = isProperList(value) ? items(value) : undefined;
  if (list !== undefined && list.length === 2 && isBinary(list[0]) && isBinary(list[1])) return tuple(list[0], list[1]);
  throw functionClause(frame('riak_kv_mapred_json', 'normalize_bucket_and_type', [value], 250));
}

function indexInput(props: AnyTerm): AnyTerm {
  const bucket = bucketAndType(get('bucket', props));
  const index = get('index', props);
  const key = get('key', props);
  const pairs: [AnyTerm, AnyTerm][] = !isUndefined(key)
    ? [[index, key]]
    : [
        [index, get('start', props)],
        [index, get('end', props)],
      ];
  const parsed = parseIndexFields(pairs);
  if (!parsed.ok) throw new JobError(tuple(atom('inputs'), parsed.reasons));
  return tuple(atom('index'), bucket, parsed.fields[0].items[0], ...parsed.fields.map((f) => f.items[1]));
}

function keyFilterInput(props: AnyTerm): AnyTerm {
  const bucket = bucketAndType(get('bucket', props));
  const filters = get('key_filters', props);
  // length(KeyFilters) >= 1: length/1 of a non-list is a badarg crash.
  if (!isProperList(filters)) throw badarg(bif('length', [filters]));
  if (items(filters).length === 0) throw invalidInput(props);
  return tuple(bucket, filters);
}

function queryError(parts: AnyTerm[]): JobError {
  return new JobError(tuple(atom('query'), parts));
}

/** parse_query/2. */
function parseQuery(query: AnyTerm): AnyTerm {
  if (!isProperList(query)) {
    if (isList(query)) throw functionClause(frame('riak_kv_mapred_json', 'parse_query', [query, []], 301));
    throw queryError(['The value of the "query" field was not a list:\n   ', encodeJson(query), '\n']);
  }
  const phases = items(query);
  return phases.map((phase, i) => {
    const step = phaseStep(phase);
    if (step === undefined) {
      throw queryError([
        'Unrecognized format of query phase:\n   ',
        encodeJson(phase),
        '\n\nValid formats are:\n   {"map":{...spec...}}\n   {"reduce":{...spec...}}\n   {"link:{...spec}}\n',
      ]);
    }
    const { type, def } = step;
    const keep = proplistGet(bin('keep'), def, atom(i === phases.length - 1 ? 'true' : 'false'));
    if (!(keep instanceof ErlAtom && (keep.name === 'true' || keep.name === 'false'))) {
      throw queryError(['The "keep" field was not a boolean value in:\n   ', encodeJson(struct([tuple(bin(type), struct(def))])), '\n']);
    }
    if (type === 'link') {
      const bucket = proplistGet(bin('bucket'), def, bin('_'));
      const tag = proplistGet(bin('tag'), def, bin('_'));
      if (!(isBinary(bucket) && isBinary(tag))) {
        throw queryError(['Invalid link step specification:\n   ', encodeJson(struct(def)), '\n\n "bucket" and "tag" fields must have string values.\n']);
      }
      const wild = (b: Buffer): AnyTerm => (b.toString('latin1') === '_' ? atom('_') : b);
      return tuple(atom('link'), wild(bucket), wild(tag), keep);
    }
    const fun = parseStep(get('language', def), def);
    return tuple(atom(type), fun, proplistGet(bin('arg'), def, atom('none')), keep);
  });
}

/** `{struct, [{Type, {struct, StepDef}}]}` with Type map, reduce or link. */
function phaseStep(phase: AnyTerm): { type: 'map' | 'reduce' | 'link'; def: AnyTerm[] } | undefined {
  if (!(isTuple(phase, 2) && phase.items[0] instanceof ErlAtom && phase.items[0].name === 'struct' && isProperList(phase.items[1]))) return undefined;
  const props = items(phase.items[1]);
  if (props.length !== 1 || !isTuple(props[0], 2)) return undefined;
  const [name, body] = props[0].items;
  const type = isBinary(name) ? name.toString('latin1') : '';
  if (!(type === 'map' || type === 'reduce' || type === 'link')) return undefined;
  if (!(isTuple(body, 2) && body.items[0] instanceof ErlAtom && body.items[0].name === 'struct' && isProperList(body.items[1]))) return undefined;
  return { type, def: items(body.items[1]) };
}

/** parse_step/2: the phase spec of a map or reduce phase. */
function parseStep(language: AnyTerm, def: AnyTerm[]): AnyTerm {
  const lang = isBinary(language) ? language.toString('latin1') : undefined;
  if (lang === 'javascript') return javascriptStep(def);
  if (lang === 'erlang') return erlangStep(def);
  if (isUndefined(language)) throw queryError(['No "language" was specified for the phase:\n', '   ', encodeJson(struct(def)), '\n']);
  throw queryError(['Unknown language ', encodeJson(language), ' in phase:\n', '   ', encodeJson(struct(def)), '\n']);
}

function javascriptStep(def: AnyTerm[]): AnyTerm {
  const source = get('source', def);
  const name = get('name', def);
  const bucket = get('bucket', def);
  const key = get('key', def);
  if (!isUndefined(source)) return tuple(atom('jsanon'), source);
  if (!isUndefined(name)) return tuple(atom('jsfun'), name);
  if (isUndefined(bucket)) {
    throw queryError([
      'No function specified in Javascript phase:\n   ',
      encodeJson(struct(def)),
      '\n\nFunctions may be specified by:\n   - a "source" field, with source for a Javascript function\n   - a "name" field, naming a predefined Javascript function\n   - "bucket" and "key" fields, specifying a Riak object containing Javascript function source\n',
    ]);
  }
  if (isUndefined(key)) {
    throw queryError([
      'Javascript phase was missing a "key" field to match the "bucket" field, pointing to the function to evaluate in:   ',
      encodeJson(struct(def)),
      '\n',
    ]);
  }
  return tuple(atom('jsanon'), tuple(bucket, key));
}

/** extract_fun_type/1 and match_fun_type/4. */
function erlangStep(def: AnyTerm[]): AnyTerm {
  const [source, bucket, key, module, fun] = ['source', 'bucket', 'key', 'module', 'function'].map((k) => get(k, def));
  const none = (...terms: AnyTerm[]): boolean => terms.every(isUndefined);
  if (none(bucket, key, module, fun) && (isBinary(source) || isList(source))) return tuple(atom('strfun'), source);
  if (none(source, module, fun) && isBinary(bucket) && isBinary(key)) return tuple(atom('strfun'), tuple(bucket, key));
  if (none(source, bucket, key) && isBinary(module) && isBinary(fun)) {
    // bin_to_atom/1: list_to_atom/1 of more than 255 characters is a system_limit crash.
    for (const name of [module, fun])
      if (name.length > 255) throw new ErlangError('error', atom('system_limit'), [bif('list_to_atom', [name.toString('latin1')])]);
    return tuple(atom('modfun'), atom(module.toString('latin1')), atom(fun.toString('latin1')));
  }
  throw queryError([
    'No function specified in Erlang phase:\n   ',
    encodeJson(struct(def)),
    '\n\nFunctions may be specified by:\n   - a "source" field, with source for an Erlang function\n   - "module" and "function" fields, specifying an Erlang module and function\n   - "bucket" and "key" fields, specifying a Riak object containing Erlang function source\n',
  ]);
}

export { ErlTuple };
