import type { Buffer } from 'node:buffer';
import type { ErlangValue } from './erlang-terms.js';
import type { KeyFilter } from './key-filters.js';

/* The types of MapReduce jobs: their inputs, phases and encodings (the builder is mapreduce-job.ts). */

/**
 * Any JSON value: what MapReduce phases of a JSON job take as `arg` and return.
 * @category Streams, 2i and MapReduce
 */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/**
 * How a job goes to Riak: `json` (`application/json`, the default; results
 * are JSON) or `erlang` (`application/x-erlang-binary`, as riakc sends jobs:
 * phase args and key data may be any Erlang term, names raw bytes; results
 * are Erlang terms, see {@link ErlangTerm}).
 * @category Streams, 2i and MapReduce
 */
export type MapReduceEncoding = 'json' | 'erlang';

/**
 * What a job of encoding `E` takes as an argument or key data.
 * @category Streams, 2i and MapReduce
 */
export type MapReduceArg<E extends MapReduceEncoding> = E extends 'erlang' ? ErlangValue : JsonValue;

/**
 * What a job of encoding `E` takes as a bucket, bucket type or key: text, or raw bytes in an Erlang-term job.
 * @category Streams, 2i and MapReduce
 */
export type MapReduceName<E extends MapReduceEncoding> = E extends 'erlang' ? string | Uint8Array : string;

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
export interface PhaseOptions<A = JsonValue> {
  /** Return this phase's results to the client. Riak's default: only the last phase is kept. */
  keep?: boolean;
  /** Static argument handed to the function: any JSON, or any Erlang term in an Erlang-term job. */
  arg?: A;
}

/**
 * One input object for a key-list job. `keyData` is passed to map functions along with the object.
 * @category Streams, 2i and MapReduce
 */
export interface KeyInput<E extends MapReduceEncoding = 'json'> {
  bucket: MapReduceName<E>;
  key: MapReduceName<E>;
  type?: MapReduceName<E>;
  keyData?: MapReduceArg<E>;
}

/**
 * A secondary-index input: `key` for an exact match or `range` for an inclusive range.
 * @category Streams, 2i and MapReduce
 */
export interface IndexInput<E extends MapReduceEncoding = 'json'> {
  bucket: MapReduceName<E>;
  type?: MapReduceName<E>;
  index: string;
  key?: MapReduceIndexTerm<E>;
  range?: readonly [MapReduceIndexTerm<E>, MapReduceIndexTerm<E>];
}

/**
 * A 2i term: a string or a number; in an Erlang-term job also raw bytes or a bigint.
 * @category Streams, 2i and MapReduce
 */
export type MapReduceIndexTerm<E extends MapReduceEncoding = 'json'> = E extends 'erlang' ? string | number | bigint | Uint8Array : string | number;

/**
 * The options of an input: `encoding: 'erlang'` makes an Erlang-term job
 * (the only way to pass raw-byte names or Erlang-term arguments).
 * @category Streams, 2i and MapReduce
 */
export interface InputOptions<E extends MapReduceEncoding = 'json'> {
  encoding?: E;
}

/**
 * A bucket input's options: its type and key filters (built with
 * {@link keyFilter}, or raw `[["starts_with", "a"]]` lists).
 * @category Streams, 2i and MapReduce
 */
export interface BucketInputOptions<E extends MapReduceEncoding = 'json'> extends InputOptions<E> {
  type?: MapReduceName<E>;
  keyFilters?: KeyFilter<'text'> | JsonValue[];
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

/**
 * A job as `RpbMapRedReq` carries it.
 * @category Streams, 2i and MapReduce
 */
export interface EncodedMapReduceJob {
  contentType: 'application/json' | 'application/x-erlang-binary';
  request: Buffer;
}
