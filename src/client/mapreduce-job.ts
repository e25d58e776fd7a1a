import { RiakInvalidArgumentError } from '../errors.js';
import { describe } from './int64.js';

/**
 * Any JSON value: what MapReduce phases take as `arg` and return.
 * @category Streams, 2i and MapReduce
 */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/**
 * A phase function:
 * - `{ module, function }`: an Erlang function `Module:Function` on the Riak code path (the only kind Riak 3.x runs);
 * - `{ name }`: a named built-in JavaScript function such as `Riak.mapValuesJson` (Riak < 3.0);
 * - `{ source, language? }`: anonymous source, JavaScript by default (Erlang needs `allow_strfun`);
 * - `{ bucket, key }`: JavaScript source stored in a Riak object (Riak < 3.0).
 * @category Streams, 2i and MapReduce
 */
export type PhaseFunction =
  | { module: string; function: string }
  | { name: string }
  | { source: string; language?: 'javascript' | 'erlang' }
  | { bucket: string; key: string };

/**
 * Options of a map or reduce phase.
 * @category Streams, 2i and MapReduce
 */
export interface PhaseOptions {
  /** Return this phase's results to the client. Riak's default: only the last phase is kept. */
  keep?: boolean;
  /** Static argument handed to the function (any JSON). */
  arg?: JsonValue;
}

/**
 * One input object for a key-list job. `keyData` is passed to map functions along with the object.
 * @category Streams, 2i and MapReduce
 */
export interface KeyInput {
  bucket: string;
  key: string;
  type?: string;
  keyData?: JsonValue;
}

/**
 * A secondary-index input: `key` for an exact match or `range` for an inclusive range.
 * @category Streams, 2i and MapReduce
 */
export interface IndexInput {
  bucket: string;
  type?: string;
  index: string;
  key?: string | number;
  range?: readonly [string | number, string | number];
}

/**
 * The JSON document Riak parses (`riak_kv_mapred_json`).
 * @category Streams, 2i and MapReduce
 */
export interface MapReduceSpec {
  inputs: JsonValue;
  query: { [phase: string]: { [field: string]: JsonValue } }[];
  timeout?: number;
}

type Phase = { [phase: string]: { [field: string]: JsonValue } };

/**
 * A typed MapReduce job, serialised to the JSON Riak's PB MapReduce
 * (`content_type: application/json`) understands. Start from an input,
 * add phases, pass it to `client.mapReduce()`:
 *
 * ```ts
 * const job = MapReduceJob.bucket('orders', { type: 'default' })
 *   .map({ module: 'riak_kv_mapreduce', function: 'map_object_value' })
 *   .reduce({ module: 'riak_kv_mapreduce', function: 'reduce_count_inputs' });
 * ```
 *
 * The builder is immutable: each call returns a new job.
 * @category Streams, 2i and MapReduce
 */
export class MapReduceJob {
  readonly #inputs: JsonValue;
  readonly #phases: readonly Phase[];
  readonly #timeout: number | undefined;

  private constructor(inputs: JsonValue, phases: readonly Phase[] = [], timeout?: number) {
    this.#inputs = inputs;
    this.#phases = phases;
    this.#timeout = timeout;
  }

  /** Every object of a bucket (a full bucket scan), optionally through Riak key filters (`[["starts_with", "a"]]`). */
  static bucket(bucket: string, options: { type?: string; keyFilters?: JsonValue[] } = {}): MapReduceJob {
    text('bucket', bucket);
    fields('bucket', 'options', options);
    const target: JsonValue = options.type !== undefined && options.type !== 'default' ? [text('type', options.type), bucket] : bucket;
    if (options.keyFilters === undefined) return new MapReduceJob(target);
    if (!Array.isArray(options.keyFilters) || options.keyFilters.length === 0) {
      throw new RiakInvalidArgumentError(`MapReduceJob.bucket(): invalid option \`keyFilters\`: expected a non-empty array of filters`);
    }
    return new MapReduceJob({ bucket: target, key_filters: options.keyFilters });
  }

  /** An explicit list of objects. */
  static keys(inputs: readonly KeyInput[]): MapReduceJob {
    if (!Array.isArray(inputs) || inputs.length === 0) throw new RiakInvalidArgumentError('MapReduceJob.keys() needs a non-empty array of { bucket, key }');
    return new MapReduceJob(
      inputs.map((input, i) => {
        fields('keys', `inputs[${i}]`, input);
        const entry: JsonValue[] = [text(`inputs[${i}].bucket`, input.bucket), text(`inputs[${i}].key`, input.key)];
        // Riak reads [Bucket, Key, KeyData, Type]; a typed input needs the key data slot filled.
        const typed = input.type !== undefined && input.type !== 'default';
        if (input.keyData !== undefined || typed) entry.push(input.keyData ?? null);
        if (typed) entry.push(text(`inputs[${i}].type`, input.type as string));
        return entry;
      }),
    );
  }

  /** The objects a secondary-index query matches. */
  static index(input: IndexInput): MapReduceJob {
    fields('index', 'input', input);
    text('bucket', input.bucket);
    text('index', input.index);
    const bucket: JsonValue = input.type !== undefined && input.type !== 'default' ? [text('type', input.type), input.bucket] : input.bucket;
    const out: { [key: string]: JsonValue } = { bucket, index: input.index };
    if ((input.key === undefined) === (input.range === undefined)) throw new RiakInvalidArgumentError('MapReduceJob.index() needs either `key` or `range`');
    if (input.key !== undefined) out.key = term('key', input.key);
    else {
      const range = input.range as readonly [string | number, string | number];
      if (!Array.isArray(range) || range.length !== 2) throw new RiakInvalidArgumentError('MapReduceJob.index(): invalid option `range`: expected [start, end]');
      out.start = term('range[0]', range[0]);
      out.end = term('range[1]', range[1]);
    }
    return new MapReduceJob(out);
  }

  /** Inputs produced by an Erlang function: `{ module, function, arg }` (e.g. Yokozuna's `yokozuna:mapred_search`). */
  static modfun(input: { module: string; function: string; arg: JsonValue }): MapReduceJob {
    fields('modfun', 'input', input);
    return new MapReduceJob({ module: text('module', input.module), function: text('function', input.function), arg: input.arg });
  }

  /** Adds a map phase. */
  map(fn: PhaseFunction, options: PhaseOptions = {}): MapReduceJob {
    return this.#add({ map: { ...phaseFunction('map', fn), ...phaseOptions('map', options) } });
  }

  /** Adds a reduce phase. */
  reduce(fn: PhaseFunction, options: PhaseOptions = {}): MapReduceJob {
    return this.#add({ reduce: { ...phaseFunction('reduce', fn), ...phaseOptions('reduce', options) } });
  }

  /** Adds a link-walking phase; `bucket` and `tag` default to any (`_`). */
  link(options: { bucket?: string; tag?: string; keep?: boolean } = {}): MapReduceJob {
    fields('link', 'options', options);
    const step: { [key: string]: JsonValue } = {};
    if (options.bucket !== undefined) step.bucket = text('bucket', options.bucket);
    if (options.tag !== undefined) step.tag = text('tag', options.tag);
    if (options.keep !== undefined) step.keep = bool('keep', options.keep);
    return this.#add({ link: step });
  }

  /** Server-side job timeout in ms (Riak's default is 60 000). */
  timeout(ms: number): MapReduceJob {
    if (!Number.isInteger(ms) || ms <= 0) throw new RiakInvalidArgumentError(`MapReduceJob.timeout(): expected a positive integer of ms, got ${describe(ms)}`);
    return new MapReduceJob(this.#inputs, this.#phases, ms);
  }

  /** The job as the JSON document Riak parses. */
  toJSON(): MapReduceSpec {
    const spec: MapReduceSpec = { inputs: this.#inputs, query: [...this.#phases] };
    if (this.#timeout !== undefined) spec.timeout = this.#timeout;
    return spec;
  }

  #add(phase: Phase): MapReduceJob {
    return new MapReduceJob(this.#inputs, [...this.#phases, phase], this.#timeout);
  }
}

function phaseFunction(phase: string, fn: PhaseFunction): { [key: string]: JsonValue } {
  if (fn === null || typeof fn !== 'object') throw new RiakInvalidArgumentError(`MapReduceJob.${phase}(): expected a phase function object, got ${describe(fn)}`);
  if ('module' in fn) return { language: 'erlang', module: text('module', fn.module), function: text('function', fn.function) };
  if ('name' in fn) return { language: 'javascript', name: text('name', fn.name) };
  if ('source' in fn) {
    const language = fn.language ?? 'javascript';
    if (language !== 'javascript' && language !== 'erlang') throw new RiakInvalidArgumentError(`MapReduceJob.${phase}(): invalid \`language\` ${describe(language)}`);
    return { language, source: text('source', fn.source) };
  }
  if ('bucket' in fn && 'key' in fn) return { language: 'javascript', bucket: text('bucket', fn.bucket), key: text('key', fn.key) };
  throw new RiakInvalidArgumentError(`MapReduceJob.${phase}(): a phase function needs { module, function }, { name }, { source } or { bucket, key }`);
}

function phaseOptions(phase: string, options: PhaseOptions): { [key: string]: JsonValue } {
  fields(phase, 'options', options);
  const out: { [key: string]: JsonValue } = {};
  for (const key of Object.keys(options)) {
    if (key !== 'keep' && key !== 'arg') throw new RiakInvalidArgumentError(`MapReduceJob.${phase}(): unknown option \`${key}\` (known options: \`keep\`, \`arg\`)`);
  }
  if (options.keep !== undefined) out.keep = bool('keep', options.keep);
  if (options.arg !== undefined) out.arg = options.arg;
  return out;
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

function term(name: string, value: unknown): string | number {
  if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) return value;
  throw new RiakInvalidArgumentError(`MapReduceJob.index(): invalid \`${name}\`: expected a string or a number, got ${describe(value)}`);
}
