import { Buffer } from 'node:buffer';
import { randomInt } from 'node:crypto';
import { kvgetEntry } from '../cluster/coverage-keyspace.js';
import type { ServerContext } from '../context.js';
import { isLive } from '../store/database.js';
import { formatAtom } from '../erlang/format.js';
import { atom, ErlAtom, ErlExportFun, ErlFun, isTuple, tuple, type AnyTerm } from '../../codec/erlang/term.js';
import { bif, frame } from '../json/stack.js';
import { MODULES } from './builtins.js';
import { ErlangError } from './erlang-error.js';
import { isBinary, isList, isProperList, items, proplistGet, typeOf } from './terms.js';

/**
 * riak_kv_mrc_pipe:mr2pipe_phases/1 and riak_pipe's validation of the
 * fitting specs it builds (riak_kv/src/riak_kv_mrc_pipe.erl,
 * riak_kv_mrc_map.erl, riak_kv_w_reduce.erl, riak_pipe/src/riak_pipe_v.erl):
 *
 * - a map phase is a kvget fitting `{kvget_map, I}` then `{xform_map, I}`;
 *   a link phase the same with riak_kv_mrc_map:link_phase/3; a reduce
 *   phase `{reduce, I}`; `keep` adds a tee `I` that copies to the client;
 *   a map followed by a reduce whose arg asks `do_prereduce` gets a
 *   `{prereduce, I}` fitting;
 * - the last fitting is renamed `I` (fix_final_fitting/1): so an invalid
 *   last phase is reported as "Phase 0: ..." and an earlier map as
 *   "Phase {xform_map,0}: ...";
 * - reduce_compat/1 runs while the fittings are built: a JavaScript or
 *   strfun reduce crashes there, before any validation;
 * - each fitting's argument is then validated in order; the first failure
 *   is {@link PhaseSpecError}: "Phase ~p: ~s".
 */
export type Fitting =
  | { kind: 'kvget'; name: AnyTerm; phase: number }
  | { kind: 'map'; name: AnyTerm; phase: number; spec: AnyTerm; arg: AnyTerm }
  | { kind: 'reduce'; name: AnyTerm; phase: number; fun: AnyTerm; arg: AnyTerm }
  | { kind: 'tee' | 'pass' | 'black_hole'; name: AnyTerm; phase: number };

export class PhaseSpecError extends Error {
  constructor(
    readonly fitting: AnyTerm,
    readonly text: string,
  ) {
    super(text);
  }
}

const pipe = (fun: string, arity: number | AnyTerm[], line: number): AnyTerm => frame('riak_kv_mrc_pipe', fun, arity, line);

/** The frames from mr2pipe_phases/1 down to riak_api_pb_server, for crashes while the fittings are built. */
const BUILD_FRAMES = [
  pipe('mr2pipe_phases', 1, 351),
  pipe('mapred_stream', 2, 253),
  pipe('mapred_stream_sink', 4, 292),
  frame('riak_kv_pb_mapred', 'pipe_mapreduce', 5, 207),
  frame('riak_kv_pb_mapred', 'process', 2, 107),
  frame('riak_api_pb_server', 'process_message', 4, 402),
  frame('riak_api_pb_server', 'connected', 2, 242),
];

const isAtom = (t: AnyTerm | undefined, name?: string): t is ErlAtom => t instanceof ErlAtom && (name === undefined || t.name === name);

/** A random constant hash, as random_constant_hash/0 picks a partition for reduce work: an index of the 160-bit ring. */
function constantHash(): bigint {
  return (BigInt(randomInt(0, 64)) * (1n << 154n) + (1n << 160n) - 1n) % (1n << 160n);
}

/** `[Fitting || Keep]`: a keep that is not a boolean fails the comprehension's filter. */
function kept(keep: AnyTerm, fitting: Fitting): Fitting[] {
  if (isAtom(keep, 'true')) return [fitting];
  if (isAtom(keep, 'false')) return [];
  throw new ErlangError('error', tuple(atom('bad_filter'), keep), BUILD_FRAMES);
}

/** erlang:make_fun(M, F, Arity): a badarg crash unless both are atoms. */
function makeFun(module: AnyTerm, fun: AnyTerm, arity: number, at: AnyTerm[]): ErlExportFun {
  if (!(isAtom(module) && isAtom(fun))) throw new ErlangError('error', atom('badarg'), [bif('make_fun', [module, fun, arity]), ...at]);
  return new ErlExportFun(module, fun, arity);
}

/** riak_kv_w_reduce:reduce_compat/1: the reduce function, or a crash. */
function reduceCompat(server: ServerContext, spec: AnyTerm, at: AnyTerm[]): AnyTerm {
  const here = (line: number): AnyTerm[] => [frame('riak_kv_w_reduce', 'reduce_compat', 1, line), ...at];
  if (isTuple(spec, 2) && isAtom(spec.items[0], 'qfun')) return spec.items[1];
  if (isTuple(spec, 3) && isAtom(spec.items[0], 'modfun')) return makeFun(spec.items[1], spec.items[2], 2, here(238));
  if (isTuple(spec, 2) && isAtom(spec.items[0], 'strfun')) {
    const source = spec.items[1];
    if (isTuple(source, 2) && isBinary(source.items[0]) && isBinary(source.items[1])) {
      // stored_source/2: `{ok, Object} = riak_client:get(Bucket, Key, 1, C)` (at r 1: one replica's copy on a cluster).
      const stored = kvgetEntry(server, 'default', source.items[0].toString('latin1'), source.items[1].toString('latin1'));
      // riak_client:get answers notfound for a tombstone too.
      if (stored === undefined || !isLive(stored))
        throw new ErlangError('error', tuple(atom('badmatch'), tuple(atom('error'), atom('notfound'))), [
          frame('riak_kv_w_reduce', 'stored_source', 2, 252),
          ...here(230),
        ]);
    }
    throw new ErlangError('error', tuple(atom('badmatch'), tuple(atom('allow_strfun'), atom('false'))), here(232));
  }
  throw new ErlangError('error', atom('function_clause'), [frame('riak_kv_w_reduce', 'reduce_compat', [spec], 228), ...at]);
}

/** want_prereduce_p/2: the map phase's arg asks for a prereduce (do_prereduce), as a proplist or a JSON object. */
function wantsPrereduce(arg: AnyTerm): boolean {
  let props: AnyTerm = [];
  if (isList(arg)) props = arg;
  else if (isTuple(arg, 2) && isAtom(arg.items[0], 'struct')) props = arg.items[1];
  const fallback = proplistGet(atom('do_prereduce'), props, atom('false'));
  return isAtom(proplistGet(Buffer.from('do_prereduce'), props, fallback), 'true');
}

function phaseFittings(server: ServerContext, phase: AnyTerm, i: number, hash: bigint, query: AnyTerm[]): Fitting[] {
  const here = [pipe('-mr2pipe_phases/1-lc$^0/1-0-', 2, 351), ...BUILD_FRAMES];
  if (!(isTuple(phase, 4) && (isAtom(phase.items[0], 'map') || isAtom(phase.items[0], 'reduce') || isAtom(phase.items[0], 'link')))) {
    throw new ErlangError('error', atom('function_clause'), [pipe('mr2pipe_phase', [phase, i, hash, tuple(...query)], 376), ...here]);
  }
  const [kind, a, b, keep] = phase.items as [ErlAtom, AnyTerm, AnyTerm, AnyTerm];
  const tee: Fitting = { kind: 'tee', name: i, phase: i };
  if (kind.name === 'reduce') {
    const fun = reduceCompat(server, a, [pipe('reduce2pipe', 5, 488), ...here]);
    return [{ kind: 'reduce', name: tuple(atom('reduce'), i), phase: i, fun, arg: b }, ...kept(keep, tee)];
  }
  const kvget: Fitting = { kind: 'kvget', name: tuple(atom('kvget_map'), i), phase: i };
  if (kind.name === 'link') {
    const spec = tuple(atom('modfun'), atom('riak_kv_mrc_map'), atom('link_phase'));
    return [kvget, { kind: 'map', name: tuple(atom('xform_map'), i), phase: i, spec, arg: tuple(a, b) }, ...kept(keep, tee)];
  }
  const fittings: Fitting[] = [kvget, { kind: 'map', name: tuple(atom('xform_map'), i), phase: i, spec: a, arg: safeArg(a, b) }, ...kept(keep, tee)];
  if (i + 2 <= query.length) {
    const next = query[i + 1];
    // query_type/2: element(1, element(I+2, QueryT)).
    if (!isTuple(next) || next.items.length === 0) throw new ErlangError('error', atom('badarg'), [bif('element', [1, next]), ...here]);
    if (isAtom(next.items[0], 'reduce') && wantsPrereduce(b)) {
      if (!isTuple(next, 4)) throw new ErlangError('error', tuple(atom('badmatch'), next), [pipe('map2pipe', 5, 439), ...here]);
      const fun = reduceCompat(server, next.items[1], [pipe('map2pipe', 5, 443), ...here]);
      fittings.push({ kind: 'reduce', name: tuple(atom('prereduce'), i), phase: i, fun, arg: next.items[2] });
    }
  }
  return fittings;
}

/** JavaScript map phases lose their do_prereduce args (map2pipe/5). */
function safeArg(spec: AnyTerm, arg: AnyTerm): AnyTerm {
  if (!(isTuple(spec, 2) && (isAtom(spec.items[0], 'jsfun') || isAtom(spec.items[0], 'jsanon')) && isProperList(arg))) return arg;
  return items(arg).filter((p) => !isAtom(p, 'do_prereduce') && !(isTuple(p, 2) && isAtom(p.items[0], 'do_prereduce')));
}

/** fix_final_fitting/1: the last real fitting takes the phase number as its name (and a final tee goes). */
function fixFinal(fittings: Fitting[]): void {
  const last = fittings[fittings.length - 1];
  if (last.kind === 'tee' && fittings.length > 1) {
    fittings.pop();
    fittings[fittings.length - 1].name = last.name;
  } else {
    last.name = last.phase;
  }
}

// ---- validation (riak_pipe_v, riak_kv_mrc_map:validate_arg/1, riak_kv_w_reduce:validate_arg/1)

function validateModule(module: ErlAtom): string | undefined {
  if (MODULES[module.name] !== undefined) return undefined;
  return ` must be a valid module name (failed to load ${formatAtom(module.name)}: nofile)`;
}

function validateExported(label: string, arity: number, module: ErlAtom, fun: ErlAtom): string | undefined {
  const moduleError = validateModule(module);
  if (moduleError !== undefined) return `invalid module named in ${label} function:\n${moduleError}`;
  if (MODULES[module.name].exports.has(`${fun.name}/${arity}`)) return undefined;
  return `${label} specifies ${formatAtom(module.name)}:${formatAtom(fun.name)}/${arity}, which is not exported`;
}

/** riak_pipe_v:validate_function/3. */
function validateFunction(label: string, arity: number, fun: AnyTerm): string | undefined {
  if (isTuple(fun, 2) && isAtom(fun.items[0]) && isAtom(fun.items[1])) return validateExported(label, arity, fun.items[0], fun.items[1]);
  if (fun instanceof ErlExportFun || fun instanceof ErlFun) {
    if (fun.arity !== arity) return `${label} must be of arity ${arity}, not ${fun.arity}`;
    return fun instanceof ErlExportFun ? validateExported(label, arity, fun.module, fun.fun) : undefined;
  }
  return `${label} must be a function or {Mod, Fun} (arity ${arity}), not a ${typeOf(fun)}`;
}

const PHASE_SPEC_FORMS =
  'The PhaseSpec part of the argument for riak_kv_mrc_map must be of one of the following forms:\n' +
  '   {modfun, Module :: atom(), Function :: atom()}\n   {qfun, Function :: function()}\n   {strfun, Source :: string()}\n' +
  '   {strfun, {Bucket :: binary(), Key :: binary()}}\n';

/** riak_kv_mrc_map:validate_arg/1 on `{PhaseSpec, Arg}`. */
function validateMap(spec: AnyTerm): string | undefined {
  const at = [frame('riak_kv_mrc_map', 'validate_arg', 1, 221)];
  if (isTuple(spec, 3) && isAtom(spec.items[0], 'modfun')) return validateFunction('PhaseSpec', 3, makeFun(spec.items[1], spec.items[2], 3, at));
  if (isTuple(spec, 2) && isAtom(spec.items[0], 'qfun')) return validateFunction('PhaseSpec', 3, spec.items[1]);
  if (isTuple(spec, 2) && isAtom(spec.items[0], 'strfun')) {
    const source = spec.items[1];
    if (isTuple(source, 2)) {
      const [bucket, key] = source.items;
      if (isBinary(bucket) && isBinary(key)) return undefined;
      return `riak_kv_mrc_map requires that the {Bucket,Key} of a strfun request be a {binary,binary}, not {${typeOf(bucket)},${typeOf(key)}}`;
    }
    if (isBinary(source) || isList(source)) return undefined;
    return `riak_kv_mrc_map requires that the Source of a strfun request be a binary or list, not a ${typeOf(source)}`;
  }
  return PHASE_SPEC_FORMS;
}

/** riak_kv_w_reduce:validate_arg/1 on `{rct, Fun, Arg}`. */
function validateReduce(fun: AnyTerm): string | undefined {
  if (fun instanceof ErlExportFun || fun instanceof ErlFun) return validateFunction('arg', 2, fun);
  return `riak_kv_w_reduce requires a function as argument, not a ${typeOf(fun)}`;
}

/** The pipe for `query`, validated; throws PhaseSpecError or ErlangError as riak_kv_mrc_pipe fails. */
export function planPipe(server: ServerContext, query: AnyTerm): Fitting[] {
  // count_keeps_in_query/1 folds over the query: it must be a proper list.
  if (!isProperList(query)) throw new ErlangError('error', atom('function_clause'), [frame('lists', 'foldl', 3, 0), ...BUILD_FRAMES.slice(1)]);
  const phases = items(query);
  if (phases.length === 0) return [{ kind: 'pass', name: 0, phase: 0 }];
  const hash = constantHash();
  const fittings = phases.flatMap((phase, i) => phaseFittings(server, phase, i, hash, phases));
  fixFinal(fittings);
  const last = phases[phases.length - 1] as { items: AnyTerm[] };
  if (isAtom(last.items[3], 'false')) fittings.push({ kind: 'black_hole', name: atom('black_hole'), phase: phases.length - 1 });
  for (const fitting of fittings) {
    const error = fitting.kind === 'map' ? validateMap(fitting.spec) : fitting.kind === 'reduce' ? validateReduce(fitting.fun) : undefined;
    if (error !== undefined) throw new PhaseSpecError(fitting.name, error);
  }
  return fittings;
}
