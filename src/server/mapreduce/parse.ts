import { atom, tuple, type ErlTerm } from '../erlang/term.js';
import { BKeyInput, fromJson, MrStruct, type MrValue } from './values.js';

/**
 * riak_kv_mapred_json:parse_request/1: the JSON MapReduce job format, with
 * its error reasons. Reasons Riak builds as iolists are given here as flat
 * strings of the same text.
 */

export type JobInputs =
  | { kind: 'bucket'; type: Buffer | undefined; bucket: Buffer }
  | { kind: 'keys'; keys: BKeyInput[] }
  | { kind: 'index'; type: Buffer | undefined; bucket: Buffer; index: Buffer; key?: MrValue; start?: MrValue; end?: MrValue }
  | { kind: 'keyfilter'; type: Buffer | undefined; bucket: Buffer; filters: MrValue[] }
  | { kind: 'modfun'; module: string; fun: string }
  | { kind: 'search' };

export type FunSpec = { kind: 'modfun'; module: string; fun: string } | { kind: 'javascript'; spec: MrStruct } | { kind: 'strfun' };

export type JobPhase =
  | { kind: 'map' | 'reduce'; fun: FunSpec; arg: MrValue | undefined; keep: boolean }
  | { kind: 'link'; bucket: Buffer | undefined; tag: Buffer | undefined; keep: boolean };

export interface Job {
  inputs: JobInputs;
  phases: JobPhase[];
}

/** A parse failure; `reason` is the Erlang term Riak formats with "~p". */
export class JobError extends Error {
  constructor(readonly reason: ErlTerm) {
    super('invalid MapReduce job');
  }
}

const isBin = (v: MrValue | undefined): v is Buffer => Buffer.isBuffer(v);
const field = (s: MrStruct, name: string): MrValue | undefined => s.pairs.find(([k]) => k.toString('latin1') === name)?.[1];
const has = (s: MrStruct, name: string): boolean => field(s, name) !== undefined && field(s, name) !== null;

function encode(value: MrValue): string {
  try {
    return JSON.stringify(plain(value));
  } catch {
    return String(value);
  }
}

function plain(value: MrValue): unknown {
  if (Buffer.isBuffer(value)) return value.toString('utf8');
  if (Array.isArray(value)) return value.map(plain);
  if (value instanceof MrStruct) return Object.fromEntries(value.pairs.map(([k, v]) => [k.toString('utf8'), plain(v)]));
  return value;
}

const INPUT_FORMATS = [
  'Valid formats are:\n',
  '\n',
  'Key List:\n',
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
  '  - {"inputs":"mybucket"}\n',
  '\n',
  'Bucket With Key Filter:\n',
  '  - Filter keys in a bucket, then Map/Reduce.\n',
  '  - WARNING: THIS CAN BE A SLOW OPERATION!\n',
  '  - {"inputs":{"bucket":"mybucket", "key_filters":[["matches", "foo.*"]]}}\n\n',
].join('');

function invalidInput(value: MrValue): JobError {
  return new JobError(tuple(atom('inputs'), `Unrecognized format of "inputs" field:   ${encode(value)}\n\n${INPUT_FORMATS}`));
}

/** A bucket given as "bucket" or ["type", "bucket"] (normalize_bucket_and_type/1). */
function bucketAndType(value: MrValue | undefined, whole: MrValue): { type: Buffer | undefined; bucket: Buffer } {
  if (isBin(value)) return { type: undefined, bucket: value };
  if (Array.isArray(value) && value.length === 2 && isBin(value[0]) && isBin(value[1])) return { type: value[0], bucket: value[1] };
  throw invalidInput(whole);
}

function parseInputs(value: MrValue): JobInputs {
  if (Array.isArray(value) && value.length === 2 && isBin(value[0]) && isBin(value[1])) {
    return { kind: 'bucket', type: value[0], bucket: value[1] };
  }
  if (isBin(value)) return { kind: 'bucket', type: undefined, bucket: value };
  if (Array.isArray(value)) {
    if (value.length === 0) throw new JobError(tuple(atom('inputs'), 'No inputs were given.\n'));
    const keys = value.map((item) => {
      if (Array.isArray(item) && isBin(item[0]) && isBin(item[1])) {
        if (item.length === 2) return new BKeyInput(undefined, item[0], item[1], undefined);
        if (item.length === 4 && isBin(item[3])) return new BKeyInput(item[3], item[0], item[1], item[2] ?? undefined);
        if (item.length === 3) return new BKeyInput(undefined, item[0], item[1], item[2] === null ? undefined : item[2]);
      }
      throw invalidInput(item);
    });
    return { kind: 'keys', keys };
  }
  if (value instanceof MrStruct) {
    if (has(value, 'module') && has(value, 'function') && has(value, 'arg')) {
      const m = field(value, 'module');
      const f = field(value, 'function');
      return { kind: 'modfun', module: isBin(m) ? m.toString('latin1') : '', fun: isBin(f) ? f.toString('latin1') : '' };
    }
    if ((has(value, 'bucket') || has(value, 'index')) && has(value, 'query')) return { kind: 'search' };
    if (has(value, 'bucket') && has(value, 'index') && (has(value, 'key') || (has(value, 'start') && has(value, 'end')))) {
      const { type, bucket } = bucketAndType(field(value, 'bucket'), value);
      const index = field(value, 'index');
      if (!isBin(index)) throw invalidInput(value);
      if (has(value, 'key')) return { kind: 'index', type, bucket, index, key: field(value, 'key') };
      return { kind: 'index', type, bucket, index, start: field(value, 'start'), end: field(value, 'end') };
    }
    if (has(value, 'bucket') && has(value, 'key_filters')) {
      const { type, bucket } = bucketAndType(field(value, 'bucket'), value);
      const filters = field(value, 'key_filters');
      if (!Array.isArray(filters) || filters.length === 0) throw invalidInput(value);
      return { kind: 'keyfilter', type, bucket, filters };
    }
  }
  throw invalidInput(value);
}

function stepError(text: string): JobError {
  return new JobError(tuple(atom('query'), text));
}

function parseStep(language: MrValue | undefined, step: MrStruct): FunSpec {
  if (language === undefined) throw stepError(`No "language" was specified for the phase:\n   ${encode(step)}\n`);
  const lang = isBin(language) ? language.toString('latin1') : undefined;
  if (lang === 'javascript') {
    if (!has(step, 'source') && !has(step, 'name')) {
      if (!has(step, 'bucket')) {
        throw stepError(
          `No function specified in Javascript phase:\n   ${encode(step)}\n\nFunctions may be specified by:\n` +
            '   - a "source" field, with source for a Javascript function\n' +
            '   - a "name" field, naming a predefined Javascript function\n' +
            '   - "bucket" and "key" fields, specifying a Riak object containing Javascript function source\n',
        );
      }
      if (!has(step, 'key')) {
        throw stepError(`Javascript phase was missing a "key" field to match the "bucket" field, pointing to the function to evaluate in:   ${encode(step)}\n`);
      }
    }
    return { kind: 'javascript', spec: step };
  }
  if (lang === 'erlang') {
    const source = field(step, 'source');
    const bucket = field(step, 'bucket');
    const key = field(step, 'key');
    const module = field(step, 'module');
    const fun = field(step, 'function');
    if (source !== undefined && bucket === undefined && key === undefined && module === undefined && fun === undefined && (isBin(source) || Array.isArray(source))) {
      return { kind: 'strfun' };
    }
    if (source === undefined && isBin(bucket) && isBin(key) && module === undefined && fun === undefined) return { kind: 'strfun' };
    if (source === undefined && bucket === undefined && key === undefined && isBin(module) && isBin(fun)) {
      return { kind: 'modfun', module: module.toString('latin1'), fun: fun.toString('latin1') };
    }
    throw stepError(
      `No function specified in Erlang phase:\n   ${encode(step)}\n\nFunctions may be specified by:\n` +
        '   - a "source" field, with source for an Erlang function\n' +
        '   - "module" and "function" fields, specifying an Erlang module and function\n' +
        '   - "bucket" and "key" fields, specifying a Riak object containing Erlang function source\n',
    );
  }
  throw stepError(`Unknown language ${encode(language)} in phase:\n   ${encode(step)}\n`);
}

function parseQuery(value: MrValue): JobPhase[] {
  if (!Array.isArray(value)) throw stepError(`The value of the "query" field was not a list:\n   ${encode(value)}\n`);
  return value.map((phase, i) => {
    const last = i === value.length - 1;
    if (phase instanceof MrStruct && phase.pairs.length === 1 && phase.pairs[0][1] instanceof MrStruct) {
      const kind = phase.pairs[0][0].toString('latin1');
      const step = phase.pairs[0][1];
      if (kind === 'map' || kind === 'reduce' || kind === 'link') {
        const keepValue = field(step, 'keep');
        const keep = keepValue === undefined ? last : keepValue;
        if (keep !== true && keep !== false) {
          throw stepError(`The "keep" field was not a boolean value in:\n   ${encode(phase)}\n`);
        }
        if (kind === 'link') {
          const bucket = field(step, 'bucket') ?? Buffer.from('_');
          const tag = field(step, 'tag') ?? Buffer.from('_');
          if (!isBin(bucket) || !isBin(tag)) {
            throw stepError(`Invalid link step specification:\n   ${encode(step)}\n\n "bucket" and "tag" fields must have string values.\n`);
          }
          return { kind: 'link', bucket: bucket.toString() === '_' ? undefined : bucket, tag: tag.toString() === '_' ? undefined : tag, keep };
        }
        const arg = field(step, 'arg');
        return { kind, fun: parseStep(field(step, 'language'), step), arg, keep };
      }
    }
    throw stepError(
      `Unrecognized format of query phase:\n   ${encode(phase)}\n\nValid formats are:\n   {"map":{...spec...}}\n   {"reduce":{...spec...}}\n   {"link:{...spec}}\n`,
    );
  });
}

/** Parses an `application/json` RpbMapRedReq body. */
export function parseJsonJob(request: Buffer): Job {
  let json: unknown;
  try {
    json = JSON.parse(request.toString('utf8'));
  } catch (err) {
    throw new JobError(tuple(atom('invalid_json'), (err as Error).message));
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) throw new JobError(atom('not_json'));
  const job = fromJson(json) as MrStruct;
  const inputs = field(job, 'inputs');
  const query = field(job, 'query');
  if (inputs === undefined || query === undefined) throw new JobError(atom('missing_field'));
  const parsedInputs = parseInputs(inputs);
  return { inputs: parsedInputs, phases: parseQuery(query) };
}
