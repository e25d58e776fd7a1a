import { DEFAULT_TYPE, type ServerContext } from '../context.js';
import { atom, tuple } from '../erlang/term.js';
import { runIndexQuery, type Term } from '../handlers/secondary-index.js';
import { FatalRequestError, riakError } from '../protocol/replies.js';
import { indexFieldType, latin1Lower, parseErlangInteger } from '../store/content-codec.js';
import { isDeleted } from '../store/riak-object.js';
import { MrCrash, RIAK_KV_MAPREDUCE, type MapFun, type ReduceFun } from './builtins.js';
import { compose, MatchPending, RegexAnswers } from './key-filters.js';
import { JobError, type FunSpec, type Job, type JobInputs } from './parse.js';
import { BKeyInput, describe, NotFound, PhaseError, RiakObjectValue, type MrValue } from './values.js';

/**
 * Runs a MapReduce job the way riak_kv_mrc_pipe does on one node: the
 * phases become pipe fittings that are validated up front ("Phase
 * {xform_map,0}: ..." errors), inputs are fetched for map and link phases,
 * reduce phases re-reduce in batches of 20, and the results of every phase
 * with `keep` are returned by phase index.
 */
export interface PhaseResults {
  phase: number;
  results: MrValue[];
}

const MODULE = 'riak_kv_mapreduce';
const REDUCE_BATCH = 20;

function moduleError(label: string, module: string): string {
  return `invalid module named in ${label} function:\n must be a valid module name (failed to load ${module}: nofile)`;
}

/** riak_pipe's fitting validation (riak_kv_mrc_map / riak_kv_w_reduce validate_arg), in fitting order. */
function validatePhases(job: Job): void {
  // reduce_compat/1 runs while the fittings are built: it crashes on what it cannot compile.
  for (const phase of job.phases) {
    if (phase.kind !== 'reduce') continue;
    if (phase.fun.kind === 'javascript') {
      throw new FatalRequestError(`Error processing incoming message: error:function_clause:[{riak_kv_w_reduce,reduce_compat,[{jsanon,${describe(phase.fun.spec)}}],[]}]`);
    }
    if (phase.fun.kind === 'strfun') {
      throw new FatalRequestError('Error processing incoming message: error:{badmatch,{allow_strfun,false}}:[{riak_kv_w_reduce,reduce_compat,1,[]}]');
    }
  }
  job.phases.forEach((phase, i) => {
    if (phase.kind === 'map') {
      const fun = phase.fun;
      if (fun.kind === 'javascript') {
        throw riakError(
          `Phase {xform_map,${i}}: The PhaseSpec part of the argument for riak_kv_mrc_map must be of one of the following forms:\n` +
            '   {modfun, Module :: atom(), Function :: atom()}\n   {qfun, Function :: function()}\n   {strfun, Source :: string()}\n' +
            '   {strfun, {Bucket :: binary(), Key :: binary()}}\n',
        );
      }
      if (fun.kind === 'modfun') {
        if (fun.module !== MODULE) throw riakError(`Phase {xform_map,${i}}: ${moduleError('PhaseSpec', fun.module)}`);
        if (!RIAK_KV_MAPREDUCE.map.has(fun.fun)) throw riakError(`Phase {xform_map,${i}}: PhaseSpec specifies ${MODULE}:${fun.fun}/3, which is not exported`);
      }
    } else if (phase.kind === 'reduce' && phase.fun.kind === 'modfun') {
      const fun = phase.fun;
      if (fun.module !== MODULE) throw riakError(`Phase {reduce,${i}}: ${moduleError('arg', fun.module)}`);
      if (!RIAK_KV_MAPREDUCE.reduce.has(fun.fun)) throw riakError(`Phase {reduce,${i}}: arg specifies ${MODULE}:${fun.fun}/2, which is not exported`);
    }
  });
}

const typeName = (type: Buffer | undefined): string => (type === undefined ? DEFAULT_TYPE : type.toString('latin1'));

function bucketKeys(server: ServerContext, type: Buffer | undefined, bucket: Buffer): Buffer[] {
  const keys: Buffer[] = [];
  for (const [key] of server.db.entries(typeName(type), bucket.toString('latin1'))) keys.push(Buffer.from(key, 'latin1'));
  return keys.sort(Buffer.compare);
}

/** riak_index:parse_fields/1 on an index input's bound. */
function indexBound(kind: string, field: string, value: MrValue | undefined): Term | undefined {
  if (value === undefined) return undefined;
  if (kind === 'int') {
    if (typeof value === 'number' && Number.isInteger(value)) return value;
    const parsed = Buffer.isBuffer(value) ? parseErlangInteger(value.toString('latin1')) : undefined;
    if (parsed === undefined) throw new JobError(tuple(atom('inputs'), [tuple(atom('field_parsing_failed'), tuple(Buffer.from(field, 'latin1'), Buffer.isBuffer(value) ? value : Buffer.from(String(value))))]));
    return parsed;
  }
  if (!Buffer.isBuffer(value)) throw new JobError(tuple(atom('inputs'), [tuple(atom('field_parsing_failed'), tuple(Buffer.from(field, 'latin1'), Buffer.from(String(value))))]));
  return value;
}

/**
 * The keys a key filter keeps (riak_kv_mapred_filters). A key whose filter
 * crashes (badarg on a transform) is dropped, as the vnode's fold skips it.
 * `matches` answers come from the regex workers, in rounds (see
 * RegexAnswers): keys waiting for an answer are evaluated again once it is in.
 */
async function filterKeys(server: ServerContext, filters: MrValue[], keys: Buffer[]): Promise<Buffer[]> {
  const answers = new RegexAnswers();
  const keep = compose(filters, answers);
  const kept = new Set<Buffer>();
  let undecided = keys;
  while (undecided.length > 0) {
    const waiting: Buffer[] = [];
    for (const key of undecided) {
      try {
        if (keep(key) === true) kept.add(key);
      } catch (err) {
        if (err instanceof MatchPending) waiting.push(key);
      }
    }
    if (waiting.length > 0) await answers.resolve((regex, subjects) => server.regex.matchAll(regex, subjects));
    undecided = waiting;
  }
  return keys.filter((key) => kept.has(key));
}

function resolveInputs(server: ServerContext, inputs: JobInputs): BKeyInput[] | Promise<BKeyInput[]> {
  switch (inputs.kind) {
    case 'keys':
      return inputs.keys;
    case 'bucket':
      return bucketKeys(server, inputs.type, inputs.bucket).map((key) => new BKeyInput(inputs.type, inputs.bucket, key, undefined));
    case 'keyfilter':
      return filterKeys(server, inputs.filters, bucketKeys(server, inputs.type, inputs.bucket)).then((keys) =>
        keys.map((key) => new BKeyInput(inputs.type, inputs.bucket, key, undefined)),
      );
    case 'index': {
      const field = latin1Lower(inputs.index.toString('latin1'));
      const kind = indexFieldType(field);
      if (kind === undefined) throw new JobError(tuple(atom('inputs'), [tuple(atom('unknown_field_type'), Buffer.from(field, 'latin1'))]));
      const bucketQuery = kind === '$bucket';
      const start = bucketQuery ? undefined : indexBound(kind, field, inputs.key ?? inputs.start);
      const end = bucketQuery ? undefined : indexBound(kind, field, inputs.key ?? inputs.end);
      const results = runIndexQuery(server, typeName(inputs.type), inputs.bucket.toString('latin1'), { bucketQuery, kind, field, start, end });
      const seen = new Set<string>();
      return results
        .filter((r) => !seen.has(r.key.toString('latin1')) && seen.add(r.key.toString('latin1')) !== undefined)
        .map((r) => new BKeyInput(inputs.type, inputs.bucket, r.key, undefined));
    }
    case 'modfun':
      throw riakError(`Error sending inputs: {undef,[{${inputs.module},${inputs.fun},3,[]}]}`);
    case 'search':
      throw riakError('Error sending inputs: {undef,[{yokozuna,mapred_search,3,[]}]}');
  }
}

/** riak_kv_pipe_get:bkey/1 and keydata/1: what a map or link phase accepts as input. */
function asBKey(input: MrValue): BKeyInput | undefined {
  if (input instanceof BKeyInput) return input;
  if (Array.isArray(input) && input.length >= 2 && input.length <= 4 && Buffer.isBuffer(input[0]) && Buffer.isBuffer(input[1])) {
    const keydata = input.length >= 3 && input[2] !== null ? input[2] : undefined;
    const type = input.length === 4 && Buffer.isBuffer(input[3]) ? input[3] : undefined;
    return new BKeyInput(type, input[0], input[1], keydata);
  }
  return undefined;
}

function fetch(server: ServerContext, input: BKeyInput): RiakObjectValue | NotFound {
  const entry = server.db.get(typeName(input.type), input.bucket.toString('latin1'), input.key.toString('latin1'));
  if (entry === undefined || (entry.datatype === undefined && isDeleted(entry))) return new NotFound(input);
  return new RiakObjectValue(input, entry);
}

function mapFunction(fun: FunSpec): MapFun | 'strfun' {
  if (fun.kind === 'modfun') return RIAK_KV_MAPREDUCE.map.get(fun.fun) as MapFun;
  return 'strfun';
}

/** riak_kv_w_reduce: re-reduce every 20 inputs (or once, with `reduce_phase_only_1`); run once on no input. */
function reduceAll(fn: ReduceFun, inputs: MrValue[], arg: MrValue | undefined): MrValue[] {
  if (inputs.length === 0) return fn([], arg);
  let batch = REDUCE_BATCH;
  const args = Array.isArray(arg) ? arg : [];
  for (const item of args) {
    if (Array.isArray(item) && Buffer.isBuffer(item[0])) {
      const name = item[0].toString('latin1');
      if (name === 'reduce_phase_batch_size' && typeof item[1] === 'number' && item[1] > 0) batch = item[1];
    } else if (Buffer.isBuffer(item) && item.toString('latin1') === 'reduce_phase_only_1') {
      batch = Infinity;
    }
  }
  let acc: MrValue[] = [];
  for (let i = 0; i < inputs.length; i += batch === Infinity ? inputs.length : batch) {
    acc = fn([...acc, ...inputs.slice(i, batch === Infinity ? inputs.length : i + batch)], arg);
  }
  return acc;
}

/** Runs the job; rejects with RiakServerError / FatalRequestError / PhaseError / JobError as Riak fails. */
export async function runJob(server: ServerContext, job: Job): Promise<PhaseResults[]> {
  validatePhases(job);
  const inputs = await resolveInputs(server, job.inputs);
  if (job.phases.length === 0) {
    // No query: the inputs are the results (riak_kv_mapred_json:jsonify_bkeys/2).
    const results = inputs.map((i): MrValue => {
      if (i.type !== undefined) return [i.bucket, i.key, i.keydata ?? null, i.type];
      return i.keydata === undefined ? [i.bucket, i.key] : [i.bucket, i.key, i.keydata];
    });
    return results.length > 0 ? [{ phase: 0, results }] : [];
  }
  const kept: PhaseResults[] = [];
  let current: MrValue[] = inputs;
  job.phases.forEach((phase, i) => {
    const out: MrValue[] = [];
    if (phase.kind === 'map') {
      const fn = mapFunction(phase.fun);
      for (const input of current) {
        const bkey = asBKey(input);
        if (bkey === undefined) throw new PhaseError(i, 'function_clause', describe(input));
        const object = fetch(server, bkey);
        if (fn === 'strfun') throw new PhaseError(i, '{strfun,not_allowed}', describe(bkey));
        try {
          out.push(...fn(object, bkey.keydata, phase.arg));
        } catch (err) {
          if (err instanceof MrCrash) throw new PhaseError(i, err.reason, describe(object instanceof NotFound ? object : bkey));
          throw err;
        }
      }
    } else if (phase.kind === 'reduce') {
      const fn = RIAK_KV_MAPREDUCE.reduce.get((phase.fun as { fun: string }).fun) as ReduceFun;
      try {
        out.push(...reduceAll(fn, current, phase.arg));
      } catch (err) {
        if (err instanceof MrCrash) throw new PhaseError(i, err.reason, describe(current));
        throw err;
      }
    } else if (phase.kind === 'link') {
      for (const input of current) {
        const bkey = asBKey(input);
        if (bkey === undefined) throw new PhaseError(i, 'function_clause', describe(input));
        const object = fetch(server, bkey);
        if (object instanceof NotFound) continue;
        for (const content of object.entry.contents) {
          if (content.deleted) continue;
          for (const link of content.links ?? []) {
            if (phase.bucket !== undefined && !link.bucket.equals(phase.bucket)) continue;
            if (phase.tag !== undefined && !link.tag.equals(phase.tag)) continue;
            out.push([link.bucket, link.key, link.tag]);
          }
        }
      }
    }
    if (phase.keep && out.length > 0) kept.push({ phase: i, results: out });
    current = out;
  });
  return kept;
}
