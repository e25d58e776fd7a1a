import type { Buffer } from 'node:buffer';
import { binaryToAnyTerm, EtfDecodeError } from '../../codec/erlang/etf.js';
import { atom, ErlAtom, ErlImproperList, ErlTuple, isTuple, tuple, UNDEFINED, type AnyTerm } from '../../codec/erlang/term.js';
import { ErlangError } from './erlang-error.js';
import { parseIndexFields } from './index-fields.js';
import { JobError, type MapRedJob } from './job.js';
import { isBinary, isList, isProperList, items, proplistGet } from './terms.js';

/**
 * riak_kv_mapred_term:parse_request/1 (riak_kv/src/riak_kv_mapred_term.erl):
 * an `application/x-erlang-binary` job is `term_to_binary` of a proplist
 * `[{inputs, Inputs}, {query, Query}, {timeout, Timeout}]`. Only the inputs
 * are checked here; the query must be a list, its phases are checked when
 * the pipe is built (plan.ts). Everything runs inside `try ... catch
 * _:Error -> {error, Error}`: a crash is the error, without its stack.
 */
const DEFAULT_TIMEOUT = 60000;

export function parseTermJob(request: Buffer): MapRedJob {
  try {
    const req = binaryToAnyTerm(request);
    const timeout = proplistGet(atom('timeout'), req, DEFAULT_TIMEOUT);
    const inputs = proplistGet(atom('inputs'), req, UNDEFINED);
    const query = proplistGet(atom('query'), req, UNDEFINED);
    const inputError = checkInputs(inputs);
    if (inputError !== undefined) throw new JobError(tuple(atom('inputs'), inputError));
    const queryError = checkQuery(query);
    if (queryError !== undefined) throw new JobError(tuple(atom('query'), queryError));
    return { inputs: parsedInputs(inputs), query, timeout };
  } catch (err) {
    if (err instanceof EtfDecodeError) throw new JobError(atom('badarg'));
    if (err instanceof ErlangError) throw new JobError(err.reason);
    throw err;
  }
}

const INVALID_INPUTS = 'Inputs must be a binary bucket, a tuple of bucket and key-filters, a list of target tuples, or a search, index, or modfun tuple:';
const INVALID_TARGETS = 'Inputs target tuples must be {B,K} or {{B,K},KeyData}:';

const isPairOf = (t: AnyTerm, test: (x: AnyTerm) => boolean): t is ErlTuple<AnyTerm> => isTuple(t, 2) && test(t.items[0]) && test(t.items[1]);

/** valid_input_targets/1: undefined when every target is valid, else the rest of the list from the first bad one. */
function invalidTargets(targets: AnyTerm): AnyTerm | undefined {
  const list = isProperList(targets) ? items(targets) : (targets as ErlImproperList).items;
  for (let i = 0; i < list.length; i++) {
    const t = list[i];
    const valid =
      isPairOf(t, isBinary) ||
      (isTuple(t, 2) && isTuple(t.items[0], 2) && isBinary(t.items[0].items[1]) && (isBinary(t.items[0].items[0]) || isPairOf(t.items[0].items[0], isBinary)));
    if (!valid) return targets instanceof ErlImproperList ? new ErlImproperList(list.slice(i), targets.tail) : list.slice(i);
  }
  return targets instanceof ErlImproperList ? targets.tail : undefined;
}

/** parse_inputs/1: the error reason, or undefined. */
function checkInputs(inputs: AnyTerm): AnyTerm | undefined {
  if (isBinary(inputs) || isPairOf(inputs, isBinary)) return undefined;
  if (isList(inputs)) {
    const bad = invalidTargets(inputs);
    return bad === undefined ? undefined : tuple(INVALID_TARGETS, bad);
  }
  if (inputs instanceof ErlTuple) {
    const [tag, a, b] = inputs.items;
    const size = inputs.items.length;
    // {modfun, M, F, Options}: riak_kv_util:is_modfun_allowed/2 is true with security off.
    if (size === 4 && isAtomNamed(tag, 'modfun') && a instanceof ErlAtom && b instanceof ErlAtom) return undefined;
    if ((size === 4 || size === 5) && isAtomNamed(tag, 'index')) {
      const fields: [AnyTerm, AnyTerm][] =
        size === 4
          ? [[b, inputs.items[3]]]
          : [
              [b, inputs.items[3]],
              [b, inputs.items[4]],
            ];
      const parsed = parseIndexFields(fields);
      return parsed.ok ? undefined : parsed.reasons;
    }
    if ((size === 3 || size === 4) && isAtomNamed(tag, 'search')) return undefined;
    if (size === 2 && isList(a) && (isBinary(tag) || isPairOf(tag, isBinary))) return undefined;
  }
  return tuple(INVALID_INPUTS, inputs);
}

/** The inputs as parse_inputs/1 returns them: index fields normalized (lower-cased, parsed, range in order). */
function parsedInputs(inputs: AnyTerm): AnyTerm {
  if (!(inputs instanceof ErlTuple) || !isAtomNamed(inputs.items[0], 'index')) return inputs;
  const [, bucket, index] = inputs.items;
  const parsed = parseIndexFields(inputs.items.slice(3).map((v): [AnyTerm, AnyTerm] => [index, v]));
  if (!parsed.ok) return inputs;
  return tuple(atom('index'), bucket, parsed.fields[0].items[0], ...parsed.fields.map((f) => f.items[1]));
}

/** parse_query/1 with check_phases/1 (modfuns are all allowed with security off). */
function checkQuery(query: AnyTerm): AnyTerm | undefined {
  if (!isList(query)) return tuple('Query takes a list of step tuples', query);
  // check_phases/1 walks the list: an improper tail is a function_clause, caught as the error.
  if (query instanceof ErlImproperList) throw new ErlangError('error', atom('function_clause'));
  return undefined;
}

const isAtomNamed = (t: AnyTerm | undefined, name: string): boolean => t instanceof ErlAtom && t.name === name;
