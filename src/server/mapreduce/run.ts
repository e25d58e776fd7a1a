import { Buffer } from 'node:buffer';
import { DEFAULT_BUCKET_TYPE } from '../../common/bucket-type.js';
import { kvgetEntry } from '../cluster/coverage-keyspace.js';
import type { ServerContext } from '../context.js';
import { compareTerms } from '../erlang/compare.js';
import { formatAfter } from '../erlang/pretty.js';
import { atom, ErlAtom, ErlExportFun, ErlFun, type ErlTuple, isTuple, NULL, tuple, UNDEFINED, type AnyTerm } from '../../codec/erlang/term.js';
import { frame } from '../json/stack.js';
import { MODULES, type MapFun, type ReduceFun } from './builtins.js';
import { ErlangError } from './erlang-error.js';
import type { Fitting } from './plan.js';
import type { PipeTimer } from './pipe-timer.js';
import { objectTerm } from './riak-object-term.js';
import { isBinary, isList, isProperList, items, proplistGet } from './terms.js';

/**
 * Runs a planned pipe (plan.ts) the way riak_pipe runs it on one node:
 * kvget fittings fetch each input's object (riak_kv_pipe_get), map
 * fittings call the phase function (riak_kv_mrc_map), reduce fittings
 * accumulate and re-reduce every `reduce_phase_batch_size` inputs, and once
 * at the end (riak_kv_w_reduce), tees copy to the client. The client gets
 * what tees copy and what the last fitting outputs, by phase number.
 *
 * A failing worker stops the job with {@link PipeFailure}: the error as
 * riak_kv_mapred_json:jsonify_pipe_error/2 reports it. The job's timer is
 * asked before each fitting and at every input a fitting handles: when the
 * time is up the job stops there (PipeTimeout, pipe-timer.ts).
 */
export interface PhaseResults {
  phase: number;
  results: AnyTerm[];
}

export class PipeFailure extends Error {
  /** `{struct, Fields}`, which riak_kv_pb_mapred sends as mochijson2 JSON. */
  constructor(readonly json: AnyTerm) {
    super('MapReduce phase failed');
  }
}

/** jsonify_pipe_error/2's trunc_print/1: `io_lib:format("~p", [T], [{chars_limit, 500}])`, cut at 500 characters here. */
function truncPrint(term: AnyTerm): Buffer {
  const text = formatAfter('', term);
  return Buffer.from(text.length <= 500 ? text : `${text.slice(0, 497)}...`, 'latin1');
}

const worker = (fun: string, arity: number, line: number): AnyTerm => frame('riak_pipe_vnode_worker', fun, arity, line);

/** erlang:process_info(self(), [current_stacktrace]) inside processing_error/7. */
const WORKER_STACK = [
  tuple(atom('current_stacktrace'), [worker('processing_error', 7, 480), worker('process_input', 3, 464), worker('wait_for_input', 2, 382)]),
];

/** A worker's process/3 crashed (riak_pipe_vnode_worker:processing_error/7); `phase` is the fitting's name. */
function processingError(phase: AnyTerm, type: AnyTerm, reason: AnyTerm, input: AnyTerm): PipeFailure {
  return new PipeFailure(
    tuple(atom('struct'), [
      tuple(atom('phase'), phase),
      tuple(atom('error'), truncPrint(reason)),
      tuple(atom('input'), truncPrint(input)),
      tuple(atom('type'), type),
      tuple(atom('stack'), truncPrint(WORKER_STACK)),
    ]),
  );
}

/**
 * The listkeys fitting of a bucket or key-filter input failed: a key filter
 * crashed in a vnode's key fold, the vnode worker pool answered the fold's
 * request with `{error, {worker_crash, Reason, Work}}`, and
 * riak_kv_pipe_listkeys:keysend_loop/3 took that for `{Bucket, Keys}`, so
 * keysend/4 had no clause for it. `input` is what the fitting was given:
 * `{cover, FilterVNodes, {Bucket, Filters}}`.
 */
export function listkeysFailure(input: AnyTerm): PipeFailure {
  return processingError(atom('listkeys'), atom('error'), atom('function_clause'), input);
}

/** A worker exited outside process/3, in done/1 (riak_pipe_vnode:worker_error/3): only the exit reason is known. */
function workerError(phase: number, reason: AnyTerm): PipeFailure {
  return new PipeFailure(
    tuple(atom('struct'), [
      tuple(atom('phase'), phase),
      tuple(atom('error'), truncPrint(reason)),
      tuple(atom('input'), NULL),
      tuple(atom('type'), NULL),
      tuple(atom('stack'), NULL),
    ]),
  );
}

/** A map function returned something that is not a list: `{Error, Input}` info, three fields. */
function nonListResult(phase: number, input: AnyTerm): PipeFailure {
  return new PipeFailure(
    tuple(atom('struct'), [tuple(atom('phase'), phase), tuple(atom('error'), truncPrint(atom('non_list_result'))), tuple(atom('input'), truncPrint(input))]),
  );
}

/** The exit reason of a process that crashed with an error: `{Reason, Stack}`; exits and throws as they are. */
const exitReason = (err: ErlangError): AnyTerm =>
  err.errorClass === 'error' ? tuple(err.reason, err.frames) : err.errorClass === 'throw' ? tuple(atom('nocatch'), err.reason) : err.reason;

/** riak_kv_pipe_get:bkey/1 and keydata/1. */
function bkeyOf(input: AnyTerm): { bkey: AnyTerm; keydata: AnyTerm } | undefined {
  if (isTuple(input, 2)) {
    if (isTuple(input.items[0], 2)) return { bkey: input.items[0], keydata: input.items[1] };
    return { bkey: input, keydata: UNDEFINED };
  }
  if (isProperList(input)) {
    const l = items(input);
    const orUndefined = (t: AnyTerm): AnyTerm => (t instanceof ErlAtom && t.name === 'null' ? UNDEFINED : t);
    if (l.length === 2) return { bkey: tuple(l[0], l[1]), keydata: UNDEFINED };
    if (l.length === 3) return { bkey: tuple(l[0], l[1]), keydata: orUndefined(l[2]) };
    if (l.length === 4) return { bkey: tuple(tuple(l[3], l[0]), l[1]), keydata: orUndefined(l[2]) };
  }
  return undefined;
}

/**
 * The kvget fitting: `{ok, Object, KeyData}` or `{{error, notfound}, BKey, KeyData}`.
 * A tombstone not yet reaped is an object: the vnode's get answers it
 * (riak_kv_pipe_get sends any `{ok, Obj}` on), so the map phase gets it,
 * one empty value marked X-Riak-Deleted (measured on Riak KV 3.2.3).
 */
function fetch(server: ServerContext, input: AnyTerm): AnyTerm {
  const { bkey, keydata } = bkeyOf(input) ?? { bkey: input, keydata: UNDEFINED };
  const [bucket, key] = (bkey as ErlTuple<AnyTerm>).items;
  let type: string | undefined;
  let name: string | undefined;
  if (isBinary(bucket)) [type, name] = [DEFAULT_BUCKET_TYPE, bucket.toString('latin1')];
  else if (isTuple(bucket, 2) && isBinary(bucket.items[0]) && isBinary(bucket.items[1]))
    [type, name] = [bucket.items[0].toString('latin1'), bucket.items[1].toString('latin1')];
  const entry = type !== undefined && name !== undefined && isBinary(key) ? kvgetEntry(server, type, name, key.toString('latin1')) : undefined;
  if (entry === undefined) return tuple(tuple(atom('error'), atom('notfound')), bkey, keydata);
  return tuple(atom('ok'), objectTerm(bucket, key as Buffer, entry), keydata);
}

/** Calls a phase function: built-ins by module and name; a local fun's code is not on this node (undef). */
function callFunction(fun: AnyTerm, arity: 2 | 3, args: AnyTerm[]): AnyTerm {
  if (fun instanceof ErlFun) throw new ErlangError('error', atom('undef'), [tuple(fun, args, [])]);
  if (!(fun instanceof ErlExportFun)) throw new ErlangError('error', tuple(atom('badfun'), fun));
  const module = MODULES[fun.module.name];
  const impl: MapFun | ReduceFun | undefined = arity === 3 ? module?.map.get(fun.fun.name) : module?.reduce.get(fun.fun.name);
  // Exported but not a phase function (riak_kv_mrc_map:process/3 and the like): its clauses do not take these arguments.
  if (impl === undefined) throw new ErlangError('error', atom('function_clause'), [frame(fun.module.name, fun.fun.name, args, 0)]);
  return arity === 3 ? (impl as MapFun)(args[0], args[1], args[2]) : (impl as ReduceFun)(args[0] as AnyTerm[], args[1]);
}

/** The function a map phase spec names ({modfun, M, F} or {qfun, Fun}). */
function mapFunction(spec: AnyTerm): AnyTerm | 'strfun' {
  const [tag, a, b] = (spec as ErlTuple<AnyTerm>).items;
  if ((tag as ErlAtom).name === 'modfun') return new ErlExportFun(a as ErlAtom, b as ErlAtom, 3);
  if ((tag as ErlAtom).name === 'qfun')
    return isTuple(a, 2) && a.items.every((x) => x instanceof ErlAtom) ? new ErlExportFun(a.items[0] as ErlAtom, a.items[1] as ErlAtom, 3) : a;
  return 'strfun';
}

function runMap(fitting: Extract<Fitting, { kind: 'map' }>, inputs: AnyTerm[], nextIsKvget: boolean, timer: PipeTimer): AnyTerm[] {
  const fun = mapFunction(fitting.spec);
  const out: AnyTerm[] = [];
  for (const input of inputs) {
    timer.check();
    const [status, value, keydata] = (input as ErlTuple<AnyTerm>).items;
    const object = status instanceof ErlAtom && status.name === 'ok' ? value : status;
    // A strfun never starts: its worker's init/2 fails ({strfun, not_allowed}), so the kvget fitting cannot hand it inputs.
    if (fun === 'strfun') throw processingError(fitting.phase, atom('result'), atom('worker_startup_failed'), input);
    let results: AnyTerm;
    try {
      results = callFunction(fun, 3, [object, keydata, fitting.arg]);
    } catch (err) {
      if (err instanceof ErlangError) throw processingError(fitting.phase, atom(err.errorClass), err.reason, input);
      throw err;
    }
    if (!isList(results)) throw nonListResult(fitting.phase, input);
    if (!isProperList(results)) throw processingError(fitting.phase, atom('error'), atom('function_clause'), input);
    for (const result of items(results)) {
      // Sending to a kvget fitting hashes the output's bucket/key (bkey_chash/1) in this worker.
      if (nextIsKvget && bkeyOf(result) === undefined) throw processingError(fitting.phase, atom('error'), atom('function_clause'), input);
      out.push(result);
    }
  }
  return out;
}

/** calc_delay_max/1: inputs between re-reductions (`reduce_phase_batch_size`, default 20; `reduce_phase_only_1`: never). */
function delayMax(arg: AnyTerm): AnyTerm {
  let props: AnyTerm[] = [];
  try {
    if (isProperList(arg)) props = items(arg);
    else if (isTuple(arg, 2) && arg.items[0] instanceof ErlAtom && arg.items[0].name === 'struct' && isProperList(arg.items[1])) {
      // delay_props_from_json/1: the two keys, as atoms.
      for (const name of ['reduce_phase_only_1', 'reduce_phase_batch_size']) {
        const pair = items(arg.items[1]).find((p) => isTuple(p, 2) && isBinary(p.items[0]) && p.items[0].toString('latin1') === name) as
          | ErlTuple<AnyTerm>
          | undefined;
        if (pair !== undefined) props.push(tuple(atom(name), pair.items[1]));
      }
    }
    const only1 = proplistGet(atom('reduce_phase_only_1'), props, UNDEFINED);
    if (only1 instanceof ErlAtom && only1.name === 'true') return atom('an_atom_is_always_bigger_than_an_integer_so_make_1_huge_batch');
    return proplistGet(atom('reduce_phase_batch_size'), props, 20);
  } catch {
    return 20;
  }
}

function reduceOnce(fitting: Extract<Fitting, { kind: 'reduce' }>, inputs: AnyTerm[]): AnyTerm[] {
  const result = callFunction(fitting.fun, 2, [inputs, fitting.arg]);
  if (!isProperList(result)) throw new ErlangError('exit', atom('non_list_result'));
  return items(result);
}

function runReduce(fitting: Extract<Fitting, { kind: 'reduce' }>, inputs: AnyTerm[], timer: PipeTimer): AnyTerm[] {
  const max = delayMax(fitting.arg);
  let acc: AnyTerm[] = [];
  if (inputs.length === 0) {
    // No input at all: the fitting still runs the reduce once (no_input_run_reduce_once/0).
    try {
      return reduceOnce(fitting, []);
    } catch (err) {
      if (err instanceof ErlangError) throw workerError(fitting.phase, exitReason(err));
      throw err;
    }
  }
  let pending: AnyTerm[] = [];
  for (const input of inputs) {
    timer.check();
    pending.push(input);
    if (compareTerms(pending.length, max) >= 0) {
      try {
        acc = reduceOnce(fitting, [...acc, ...pending]);
      } catch (err) {
        if (err instanceof ErlangError) throw processingError(fitting.phase, atom(err.errorClass), err.reason, input);
        throw err;
      }
      pending = [];
    }
  }
  if (pending.length > 0) {
    // done/1 reduces what is left, outside process/3: a crash there kills the worker.
    try {
      acc = reduceOnce(fitting, [...acc, ...pending]);
    } catch (err) {
      if (err instanceof ErlangError) throw workerError(fitting.phase, exitReason(err));
      throw err;
    }
  }
  return acc;
}

/** Runs the pipe over `inputs`; results by phase number, in phase order. */
export function runPipe(server: ServerContext, fittings: Fitting[], inputs: AnyTerm[], timer: PipeTimer): PhaseResults[] {
  const kept = new Map<number, AnyTerm[]>();
  const keep = (phase: AnyTerm, results: AnyTerm[]): void => {
    if (typeof phase !== 'number' || results.length === 0) return;
    kept.set(phase, [...(kept.get(phase) ?? []), ...results]);
  };
  let current = inputs;
  fittings.forEach((fitting, i) => {
    const next = fittings[i + 1];
    timer.check();
    switch (fitting.kind) {
      case 'kvget':
        current = current.map((input) => {
          timer.check();
          return fetch(server, input);
        });
        break;
      case 'map':
        current = runMap(fitting, current, next?.kind === 'kvget', timer);
        break;
      case 'reduce':
        current = runReduce(fitting, current, timer);
        break;
      case 'tee':
        keep(fitting.name, current);
        break;
      case 'black_hole':
        current = [];
        break;
      case 'pass':
        break;
    }
    // The last fitting sends to the client, under its name.
    if (next === undefined) keep(fitting.name, current);
  });
  return [...kept.entries()].sort(([a], [b]) => a - b).map(([phase, results]) => ({ phase, results }));
}
