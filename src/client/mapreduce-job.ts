import { Buffer } from 'node:buffer';
import { termToBinary } from '../codec/erlang/etf.js';
import { RiakInvalidArgumentError } from '../errors.js';
import { type ErlangValue, toTerm } from './erlang-terms.js';
import { describe } from '../common/describe.js';
import { KeyFilter } from './key-filters.js';
import {
  type BucketRef,
  type Bytes,
  type FunModel,
  type InputModel,
  inputsJson,
  type JobModel,
  jobTerm,
  phaseJson,
  type PhaseModel,
} from './mapreduce-job-render.js';

import type {
  JsonValue,
  MapReduceEncoding,
  MapReduceArg,
  MapReduceName,
  PhaseFunction,
  PhaseOptions,
  KeyInput,
  IndexInput,
  InputOptions,
  BucketInputOptions,
  MapReduceSpec,
  EncodedMapReduceJob,
} from './mapreduce-job-types.js';

declare const ENCODING: unique symbol;

/**
 * A typed MapReduce job. Start from an input, add phases, pass it to
 * `client.mapReduce()`:
 *
 * ```ts
 * const job = MapReduceJob.bucket('orders', { type: 'default' })
 *   .map({ module: 'riak_kv_mapreduce', function: 'map_object_value' })
 *   .reduce({ module: 'riak_kv_mapreduce', function: 'reduce_count_inputs' });
 * ```
 *
 * A job is sent as JSON unless it is an Erlang-term job (`E` is `'erlang'`:
 * `{ encoding: 'erlang' }` on its input, or `.encoding('erlang')`), which
 * is sent as `term_to_binary` of riakc's proplist and may carry what JSON
 * cannot: Erlang terms as phase args and key data (atoms, tuples, ...),
 * names as raw bytes. Its results come back as Erlang terms.
 *
 * The builder is immutable: each call returns a new job.
 * @category Streams, 2i and MapReduce
 */
export class MapReduceJob<E extends MapReduceEncoding = 'json'> {
  declare readonly [ENCODING]: E;
  readonly #encoding: MapReduceEncoding;
  readonly #model: JobModel;

  private constructor(encoding: MapReduceEncoding, model: JobModel) {
    this.#encoding = encoding;
    this.#model = model;
  }

  /** Every object of a bucket (a full bucket scan), optionally through key filters. */
  static bucket(bucket: string, options?: BucketInputOptions<'json'>): MapReduceJob<'json'>;
  static bucket(bucket: MapReduceName<'erlang'>, options: BucketInputOptions<'erlang'> & { encoding: 'erlang' }): MapReduceJob<'erlang'>;
  static bucket(bucket: MapReduceName<'erlang'>, options: BucketInputOptions<MapReduceEncoding> = {}): MapReduceJob<MapReduceEncoding> {
    fields('bucket', 'options', options);
    const encoding = encodingOption('bucket', options.encoding);
    const at = bucketRef('bucket', encoding, bucket, options.type);
    const keyFilters = options.keyFilters === undefined ? undefined : checkKeyFilters(options.keyFilters);
    return MapReduceJob.#start(encoding, { kind: 'bucket', at, keyFilters });
  }

  /** An explicit list of objects. */
  static keys(inputs: readonly KeyInput<'json'>[], options?: InputOptions<'json'>): MapReduceJob<'json'>;
  static keys(inputs: readonly KeyInput<'erlang'>[], options: InputOptions<'erlang'> & { encoding: 'erlang' }): MapReduceJob<'erlang'>;
  static keys(inputs: readonly KeyInput<MapReduceEncoding>[], options: InputOptions<MapReduceEncoding> = {}): MapReduceJob<MapReduceEncoding> {
    fields('keys', 'options', options);
    const encoding = encodingOption('keys', options.encoding);
    if (!Array.isArray(inputs) || inputs.length === 0) throw new RiakInvalidArgumentError('MapReduceJob.keys() needs a non-empty array of { bucket, key }');
    const keys = inputs.map((input, i) => {
      fields('keys', `inputs[${i}]`, input);
      const at = bucketRef('keys', encoding, input.bucket, input.type, `inputs[${i}].`);
      const key = name('keys', encoding, `inputs[${i}].key`, input.key);
      const keyData = input.keyData === undefined ? undefined : { value: argument('keys', encoding, `inputs[${i}].keyData`, input.keyData) };
      return { at, key, keyData };
    });
    return MapReduceJob.#start(encoding, { kind: 'keys', keys });
  }

  /** The objects a secondary-index query matches. */
  static index(input: IndexInput<'json'>, options?: InputOptions<'json'>): MapReduceJob<'json'>;
  static index(input: IndexInput<'erlang'>, options: InputOptions<'erlang'> & { encoding: 'erlang' }): MapReduceJob<'erlang'>;
  static index(input: IndexInput<MapReduceEncoding>, options: InputOptions<MapReduceEncoding> = {}): MapReduceJob<MapReduceEncoding> {
    fields('index', 'input', input);
    fields('index', 'options', options);
    const encoding = encodingOption('index', options.encoding);
    const at = bucketRef('index', encoding, input.bucket, input.type);
    const index = text('index', input.index);
    if ((input.key === undefined) === (input.range === undefined)) throw new RiakInvalidArgumentError('MapReduceJob.index() needs either `key` or `range`');
    let terms: unknown[];
    if (input.key !== undefined) terms = [indexTerm(encoding, 'key', input.key)];
    else {
      const range = input.range as readonly unknown[];
      if (!Array.isArray(range) || range.length !== 2)
        throw new RiakInvalidArgumentError('MapReduceJob.index(): invalid option `range`: expected [start, end]');
      terms = [indexTerm(encoding, 'range[0]', range[0]), indexTerm(encoding, 'range[1]', range[1])];
    }
    return MapReduceJob.#start(encoding, { kind: 'index', at, index, terms });
  }

  /** Inputs produced by an Erlang function `Module:Function(Pipe, Arg, Timeout)` on the Riak code path. */
  static modfun(input: { module: string; function: string; arg: JsonValue }, options?: InputOptions<'json'>): MapReduceJob<'json'>;
  static modfun(
    input: { module: string; function: string; arg: ErlangValue },
    options: InputOptions<'erlang'> & { encoding: 'erlang' },
  ): MapReduceJob<'erlang'>;
  static modfun(input: { module: string; function: string; arg: unknown }, options: InputOptions<MapReduceEncoding> = {}): MapReduceJob<MapReduceEncoding> {
    fields('modfun', 'input', input);
    fields('modfun', 'options', options);
    const encoding = encodingOption('modfun', options.encoding);
    const arg = argument('modfun', encoding, 'arg', input.arg);
    return MapReduceJob.#start(encoding, { kind: 'modfun', module: text('module', input.module), fun: text('function', input.function), arg });
  }

  /**
   * The objects a Riak Search (Yokozuna) query finds: Yokozuna's
   * `yokozuna:mapred_search(Pipe, [Index, Query | Filter], Timeout)` input,
   * as Riak's search docs write it (`{"module": "yokozuna", "function":
   * "mapred_search", "arg": [Index, Query]}`). `filter` is a Solr filter
   * query (`fq`). Each input carries the document's score fields as key data.
   * Search must be enabled on the cluster.
   */
  static search(index: string, query: string, options?: InputOptions<'json'> & { filter?: string }): MapReduceJob<'json'>;
  static search(index: string, query: string, options: InputOptions<'erlang'> & { encoding: 'erlang'; filter?: string }): MapReduceJob<'erlang'>;
  static search(index: string, query: string, options: InputOptions<MapReduceEncoding> & { filter?: string } = {}): MapReduceJob<MapReduceEncoding> {
    fields('search', 'options', options);
    const encoding = encodingOption('search', options.encoding);
    const arg = [text('index', index), text('query', query)];
    if (options.filter !== undefined) arg.push(text('filter', options.filter));
    return MapReduceJob.#start(encoding, { kind: 'modfun', module: 'yokozuna', fun: 'mapred_search', arg });
  }

  static #start(encoding: MapReduceEncoding, inputs: InputModel): MapReduceJob<MapReduceEncoding> {
    return new MapReduceJob(encoding, { inputs, phases: [], timeout: undefined });
  }

  /** Adds a map phase. */
  map(fn: PhaseFunction, options: PhaseOptions<MapReduceArg<E>> = {}): MapReduceJob<E> {
    return this.#add(this.#phase('map', fn, options));
  }

  /** Adds a reduce phase. */
  reduce(fn: PhaseFunction, options: PhaseOptions<MapReduceArg<E>> = {}): MapReduceJob<E> {
    return this.#add(this.#phase('reduce', fn, options));
  }

  /** Adds a link-walking phase; `bucket` and `tag` default to any (`_`). */
  link(options: { bucket?: string; tag?: string; keep?: boolean } = {}): MapReduceJob<E> {
    fields('link', 'options', options);
    return this.#add({
      kind: 'link',
      bucket: options.bucket === undefined ? undefined : text('bucket', options.bucket),
      tag: options.tag === undefined ? undefined : text('tag', options.tag),
      keep: options.keep === undefined ? undefined : bool('keep', options.keep),
    });
  }

  /** Server-side job timeout in ms (Riak's default is 60 000). */
  timeout(ms: number): MapReduceJob<E> {
    if (!Number.isInteger(ms) || ms <= 0) throw new RiakInvalidArgumentError(`MapReduceJob.timeout(): expected a positive integer of ms, got ${describe(ms)}`);
    return new MapReduceJob(this.#encoding, { ...this.#model, timeout: ms });
  }

  /**
   * The same job sent the other way: `'erlang'` makes an Erlang-term job
   * of any job; `'json'` works for a job JSON can express (no raw-byte
   * names, no Erlang terms), and throws otherwise.
   */
  encoding<T extends MapReduceEncoding>(encoding: T): MapReduceJob<T> {
    const to = encodingOption('encoding', encoding);
    if (to === 'json') this.toJSON(); // throws, naming what JSON cannot carry
    return new MapReduceJob(to, this.#model);
  }

  /** The job as the JSON document Riak parses; throws for an Erlang-term job JSON cannot express. */
  toJSON(): MapReduceSpec {
    const { inputs, phases, timeout } = this.#model;
    for (const phase of phases) if (phase.kind !== 'link' && phase.arg !== undefined) jsonArgument(`MapReduceJob.${phase.kind}(): \`arg\``, phase.arg.value);
    if (inputs.kind === 'keys') for (const { keyData } of inputs.keys) if (keyData !== undefined) jsonArgument('MapReduceJob.keys(): `keyData`', keyData.value);
    if (inputs.kind === 'modfun') jsonArgument('MapReduceJob.modfun(): `arg`', inputs.arg);
    if (inputs.kind === 'index') for (const term of inputs.terms) jsonArgument('MapReduceJob.index()', term);
    const spec: MapReduceSpec = { inputs: inputsJson(inputs), query: phases.map(phaseJson) };
    if (timeout !== undefined) spec.timeout = timeout;
    return spec;
  }

  /** The job as `RpbMapRedReq` sends it: JSON text, or `term_to_binary` of riakc's `[{inputs, I}, {query, Q}, {timeout, T}]`. */
  encode(): EncodedMapReduceJob {
    if (this.#encoding === 'erlang') return { contentType: 'application/x-erlang-binary', request: termToBinary(jobTerm(this.#model)) };
    return { contentType: 'application/json', request: jsonBytes('mapReduce', this.toJSON()) };
  }

  #phase(kind: 'map' | 'reduce', fn: PhaseFunction, options: PhaseOptions<unknown>): PhaseModel {
    fields(kind, 'options', options);
    for (const key of Object.keys(options)) {
      if (key !== 'keep' && key !== 'arg')
        throw new RiakInvalidArgumentError(`MapReduceJob.${kind}(): unknown option \`${key}\` (known options: \`keep\`, \`arg\`)`);
    }
    return {
      kind,
      fn: phaseFunction(kind, fn),
      arg: options.arg === undefined ? undefined : { value: argument(kind, this.#encoding, 'arg', options.arg) },
      keep: options.keep === undefined ? undefined : bool('keep', options.keep),
    };
  }

  #add(phase: PhaseModel): MapReduceJob<E> {
    return new MapReduceJob(this.#encoding, { ...this.#model, phases: [...this.#model.phases, phase] });
  }
}

/** The job as JSON text; a value JSON cannot hold (a bigint, a cycle) is the caller's error. */
export function jsonBytes(method: string, job: unknown): Buffer {
  try {
    return Buffer.from(JSON.stringify(job), 'utf8');
  } catch (cause) {
    if (cause instanceof RiakInvalidArgumentError) throw cause;
    throw new RiakInvalidArgumentError(`${method}(): the job is not JSON-serialisable: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

function encodingOption(method: string, encoding: unknown): MapReduceEncoding {
  if (encoding === undefined || encoding === 'json') return 'json';
  if (encoding === 'erlang') return 'erlang';
  throw new RiakInvalidArgumentError(`MapReduceJob.${method}(): invalid \`encoding\` ${describe(encoding)} (expected 'json' or 'erlang')`);
}

/** A bucket, key or type: text, or (Erlang-term jobs) raw bytes. */
function name(method: string, encoding: MapReduceEncoding, what: string, value: unknown): Bytes {
  if (typeof value === 'string') return value;
  if (value instanceof Uint8Array) {
    if (encoding === 'erlang') return Buffer.from(value);
    throw new RiakInvalidArgumentError(`MapReduceJob.${method}(): \`${what}\` is raw bytes, which JSON cannot carry: pass { encoding: 'erlang' }`);
  }
  throw new RiakInvalidArgumentError(`MapReduceJob: invalid \`${what}\`: expected a string${encoding === 'erlang' ? ' or bytes' : ''}, got ${describe(value)}`);
}

/** The default type is no type: Riak's inputs name it by leaving it out. */
function bucketRef(method: string, encoding: MapReduceEncoding, bucket: unknown, type: unknown, prefix = ''): BucketRef {
  const b = name(method, encoding, `${prefix}bucket`, bucket);
  if (type === undefined || type === 'default') return { bucket: b, type: undefined };
  const t = name(method, encoding, `${prefix}type`, type);
  return { bucket: b, type: Buffer.isBuffer(t) && t.toString('latin1') === 'default' ? undefined : t };
}

/** A phase arg, key data or modfun arg: checked as JSON in a JSON job, as an Erlang term in an Erlang-term job. */
function argument(method: string, encoding: MapReduceEncoding, what: string, value: unknown): unknown {
  const where = `MapReduceJob.${method}(): \`${what}\``;
  if (encoding === 'erlang') toTerm(value, where);
  else jsonArgument(where, value);
  return value;
}

/** Throws unless `value` is plain JSON data (what JSON.stringify writes back as it is). */
function jsonArgument(where: string, value: unknown): void {
  const why = notJson(value, new Set());
  if (why !== undefined)
    throw new RiakInvalidArgumentError(`${where}: ${why}, which JSON cannot carry: an Erlang term needs an Erlang-term job ({ encoding: 'erlang' })`);
}

function notJson(value: unknown, open: Set<object>): string | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : `${value} is not a JSON number`;
  if (typeof value !== 'object') return `${describe(value)} is not JSON`;
  if (open.has(value)) return 'the value contains itself';
  const proto = Object.getPrototypeOf(value);
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) return `${describe(value)} is not JSON`;
  open.add(value);
  try {
    for (const item of Object.values(value)) {
      const why = notJson(item, open);
      if (why !== undefined) return why;
    }
    return undefined;
  } finally {
    open.delete(value);
  }
}

function indexTerm(encoding: MapReduceEncoding, what: string, value: unknown): unknown {
  if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) return value;
  if (encoding === 'erlang' && (typeof value === 'bigint' || value instanceof Uint8Array)) return typeof value === 'bigint' ? value : Buffer.from(value);
  const expected = encoding === 'erlang' ? 'a string, a number, a bigint or bytes' : 'a string or a number';
  throw new RiakInvalidArgumentError(`MapReduceJob.index(): invalid \`${what}\`: expected ${expected}, got ${describe(value)}`);
}

function checkKeyFilters(filters: unknown): readonly unknown[] {
  if (filters instanceof KeyFilter) return filters.toJSON();
  if (!Array.isArray(filters) || filters.length === 0) {
    throw new RiakInvalidArgumentError('MapReduceJob.bucket(): invalid option `keyFilters`: expected a KeyFilter or a non-empty array of filters');
  }
  jsonArgument('MapReduceJob.bucket(): `keyFilters`', filters);
  return filters;
}

function phaseFunction(phase: string, fn: PhaseFunction): FunModel {
  if (fn === null || typeof fn !== 'object')
    throw new RiakInvalidArgumentError(`MapReduceJob.${phase}(): expected a phase function object, got ${describe(fn)}`);
  if ('module' in fn) return { kind: 'modfun', module: text('module', fn.module), fun: text('function', fn.function) };
  if ('name' in fn) return { kind: 'jsfun', name: text('name', fn.name) };
  if ('source' in fn) {
    const language = fn.language ?? 'javascript';
    if (language !== 'javascript' && language !== 'erlang')
      throw new RiakInvalidArgumentError(`MapReduceJob.${phase}(): invalid \`language\` ${describe(language)}`);
    return { kind: 'source', language, source: text('source', fn.source) };
  }
  if ('bucket' in fn && 'key' in fn) return { kind: 'stored', bucket: text('bucket', fn.bucket), key: text('key', fn.key) };
  throw new RiakInvalidArgumentError(`MapReduceJob.${phase}(): a phase function needs { module, function }, { name }, { source } or { bucket, key }`);
}

/** Checks that an argument is an options object (plain JavaScript may pass anything). */
function fields(method: string, name: string, value: unknown): void {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new RiakInvalidArgumentError(`MapReduceJob.${method}(): \`${name}\` must be an object, got ${describe(value)}`);
  }
}

function text(name: string, value: unknown): string {
  if (typeof value !== 'string') throw new RiakInvalidArgumentError(`MapReduceJob: invalid \`${name}\`: expected a string, got ${describe(value)}`);
  return value;
}

function bool(name: string, value: unknown): boolean {
  if (typeof value !== 'boolean') throw new RiakInvalidArgumentError(`MapReduceJob: invalid \`${name}\`: expected true or false, got ${describe(value)}`);
  return value;
}
