import { Buffer } from 'node:buffer';
import { atom, tuple, UNDEFINED, type AnyTerm } from '../codec/erlang/term.js';
import { RiakInvalidArgumentError } from '../errors.js';
import { toTerm } from './erlang-terms.js';
import type { JsonValue } from './mapreduce-job-types.js';

/**
 * A MapReduce job as the builder holds it, and the two documents Riak
 * parses from it: the JSON of riak_kv_mapred_json and the Erlang term
 * (`[{inputs, I}, {query, Q}, {timeout, T}]`) of riak_kv_mapred_term, as
 * riakc_pb_socket sends it. Both say the same thing: the term of a JSON-
 * expressible job is the term riak_kv_mapred_json would have parsed.
 */

/** A name on the wire: text (sent as UTF-8) or raw bytes (Erlang-term jobs only). */
export type Bytes = string | Buffer;

/** A bucket: `type` undefined for the default type. */
export interface BucketRef {
  bucket: Bytes;
  type: Bytes | undefined;
}

export type InputModel =
  | { kind: 'bucket'; at: BucketRef; keyFilters: readonly unknown[] | undefined }
  | { kind: 'keys'; keys: readonly { at: BucketRef; key: Bytes; keyData: { value: unknown } | undefined }[] }
  | { kind: 'index'; at: BucketRef; index: string; terms: readonly unknown[] }
  | { kind: 'modfun'; module: string; fun: string; arg: unknown };

/** A phase function, checked: one of Riak's four kinds. */
export type FunModel =
  | { kind: 'modfun'; module: string; fun: string }
  | { kind: 'jsfun'; name: string }
  | { kind: 'source'; language: 'javascript' | 'erlang'; source: string }
  | { kind: 'stored'; bucket: string; key: string };

export type PhaseModel =
  | { kind: 'map' | 'reduce'; fn: FunModel; arg: { value: unknown } | undefined; keep: boolean | undefined }
  | { kind: 'link'; bucket: string | undefined; tag: string | undefined; keep: boolean | undefined };

export interface JobModel {
  inputs: InputModel;
  phases: readonly PhaseModel[];
  timeout: number | undefined;
}

// ---- JSON (riak_kv_mapred_json)

/** The JSON of a name; raw bytes have none (the builder only lets them into Erlang-term jobs). */
function jsonText(value: Bytes, what: string): string {
  if (typeof value === 'string') return value;
  throw new RiakInvalidArgumentError(`MapReduceJob: ${what} is raw bytes, which JSON cannot carry: send the job as an Erlang term (encoding: 'erlang')`);
}

const jsonBucket = (at: BucketRef): JsonValue =>
  at.type === undefined ? jsonText(at.bucket, 'a bucket') : [jsonText(at.type, 'a bucket type'), jsonText(at.bucket, 'a bucket')];

export function inputsJson(inputs: InputModel): JsonValue {
  switch (inputs.kind) {
    case 'bucket':
      return inputs.keyFilters === undefined ? jsonBucket(inputs.at) : { bucket: jsonBucket(inputs.at), key_filters: inputs.keyFilters as JsonValue[] };
    case 'keys':
      return inputs.keys.map(({ at, key, keyData }) => {
        const entry: JsonValue[] = [jsonText(at.bucket, 'a bucket'), jsonText(key, 'a key')];
        // Riak reads [Bucket, Key, KeyData, Type]: a typed input needs the key data slot filled.
        if (keyData !== undefined || at.type !== undefined) entry.push((keyData?.value ?? null) as JsonValue);
        if (at.type !== undefined) entry.push(jsonText(at.type, 'a bucket type'));
        return entry;
      });
    case 'index': {
      const out: { [key: string]: JsonValue } = { bucket: jsonBucket(inputs.at), index: inputs.index };
      const [first, second] = inputs.terms as JsonValue[];
      if (inputs.terms.length === 1) out.key = first;
      else Object.assign(out, { start: first, end: second });
      return out;
    }
    case 'modfun':
      return { module: inputs.module, function: inputs.fun, arg: inputs.arg as JsonValue };
  }
}

function funJson(fn: FunModel): { [key: string]: JsonValue } {
  switch (fn.kind) {
    case 'modfun':
      return { language: 'erlang', module: fn.module, function: fn.fun };
    case 'jsfun':
      return { language: 'javascript', name: fn.name };
    case 'source':
      return { language: fn.language, source: fn.source };
    case 'stored':
      return { language: 'javascript', bucket: fn.bucket, key: fn.key };
  }
}

export function phaseJson(phase: PhaseModel): { [phase: string]: { [field: string]: JsonValue } } {
  const step: { [key: string]: JsonValue } = {};
  if (phase.kind === 'link') {
    if (phase.bucket !== undefined) step.bucket = phase.bucket;
    if (phase.tag !== undefined) step.tag = phase.tag;
  } else {
    Object.assign(step, funJson(phase.fn));
  }
  if (phase.keep !== undefined) step.keep = phase.keep;
  if (phase.kind !== 'link' && phase.arg !== undefined) step.arg = phase.arg.value as JsonValue;
  return { [phase.kind]: step };
}

// ---- Erlang terms (riak_kv_mapred_term, riakc_pb_socket)

/** A module or function name as an atom: Erlang's binary_to_term refuses atoms of more than 255 characters. */
function nameAtom(name: string, what: string): AnyTerm {
  if ([...name].length > 255)
    throw new RiakInvalidArgumentError(`MapReduceJob: ${what} ${JSON.stringify(name.slice(0, 20))}... is longer than an Erlang atom may be (255 characters)`);
  return atom(name);
}

const binary = (value: Bytes): Buffer => (typeof value === 'string' ? Buffer.from(value, 'utf8') : value);

/** `Bucket` or `{Type, Bucket}`. */
const termBucket = (at: BucketRef): AnyTerm => (at.type === undefined ? binary(at.bucket) : tuple(binary(at.type), binary(at.bucket)));

function inputsTerm(inputs: InputModel): AnyTerm {
  switch (inputs.kind) {
    case 'bucket':
      return inputs.keyFilters === undefined ? termBucket(inputs.at) : tuple(termBucket(inputs.at), toTerm(inputs.keyFilters, 'MapReduceJob: `keyFilters`'));
    case 'keys':
      // {B, K}, {{B, K}, KeyData}, {{{T, B}, K}, KeyData}: riak_kv_mapred_term:valid_input_targets/1.
      return inputs.keys.map(({ at, key, keyData }) => {
        const data = keyData === undefined ? UNDEFINED : toTerm(keyData.value, 'MapReduceJob: `keyData`');
        if (at.type !== undefined) return tuple(tuple(termBucket(at), binary(key)), data);
        return keyData === undefined ? tuple(binary(at.bucket), binary(key)) : tuple(tuple(binary(at.bucket), binary(key)), data);
      });
    case 'index':
      return tuple(atom('index'), termBucket(inputs.at), binary(inputs.index), ...inputs.terms.map((t) => toTerm(t, 'MapReduceJob.index()')));
    case 'modfun':
      return tuple(atom('modfun'), nameAtom(inputs.module, 'module'), nameAtom(inputs.fun, 'function'), toTerm(inputs.arg, 'MapReduceJob: `arg`'));
  }
}

function funTerm(fn: FunModel): AnyTerm {
  switch (fn.kind) {
    case 'modfun':
      return tuple(atom('modfun'), nameAtom(fn.module, 'module'), nameAtom(fn.fun, 'function'));
    case 'jsfun':
      return tuple(atom('jsfun'), binary(fn.name));
    case 'source':
      return tuple(atom(fn.language === 'erlang' ? 'strfun' : 'jsanon'), binary(fn.source));
    case 'stored':
      return tuple(atom('jsanon'), tuple(binary(fn.bucket), binary(fn.key)));
  }
}

/** `{map | reduce, Fun, Arg, Keep}` or `{link, Bucket, Tag, Keep}`; Riak keeps the last phase by default, and `none` is the arg of none. */
function phaseTerm(phase: PhaseModel, last: boolean): AnyTerm {
  const keep = atom(String(phase.keep ?? last));
  if (phase.kind === 'link') {
    const wild = (value: string | undefined): AnyTerm => (value === undefined || value === '_' ? atom('_') : binary(value));
    return tuple(atom('link'), wild(phase.bucket), wild(phase.tag), keep);
  }
  const arg = phase.arg === undefined ? atom('none') : toTerm(phase.arg.value, `MapReduceJob.${phase.kind}(): \`arg\``);
  return tuple(atom(phase.kind), funTerm(phase.fn), arg, keep);
}

/** The job as the proplist riakc_pb_socket:mapred sends with `term_to_binary`. */
export function jobTerm(job: JobModel): AnyTerm {
  const query = job.phases.map((phase, i) => phaseTerm(phase, i === job.phases.length - 1));
  const props: AnyTerm[] = [tuple(atom('inputs'), inputsTerm(job.inputs)), tuple(atom('query'), query)];
  if (job.timeout !== undefined) props.push(tuple(atom('timeout'), job.timeout));
  return props;
}
