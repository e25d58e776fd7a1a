import { QUORUM_SENTINELS, quorumWire } from '../codec/quorum.js';
import { isUint32 } from '../common/fields.js';
import type { CallOptions } from '../pool/call-options.js';
import { RiakInvalidArgumentError } from '../errors.js';
import { describe } from '../common/describe.js';
import { toBytes } from '../common/bytes.js';

/**
 * How one option is checked and converted to its protobuf field:
 * - `bytes`: text (sent as UTF-8) or a `Uint8Array`
 * - `uint`: an integer in 0..2^32-1 (Riak's uint32 fields: timeouts, n_val...)
 * - `count`: an integer in 1..2^32-1 (`maxResults`, `minPartitions`...)
 * - `bool`
 * - `quorum`: a count or `one` / `quorum` / `all` / `default`, sent as Riak's sentinel
 * - `bytesList`: an array of `bytes`
 * - `custom`: allowed here, checked and converted by the caller
 *
 * A trailing `!` marks the option required.
 */
type Kind = 'bytes' | 'uint' | 'count' | 'bool' | 'quorum' | 'bytesList' | 'custom';
export type OptionSchema = Readonly<Record<string, Kind | `${Kind}!`>>;

/** Options every call accepts: see {@link CallOptions}. */
const CALL_SCHEMA: OptionSchema = {
  signal: 'custom',
  requestTimeout: 'custom',
  retry: 'custom',
  streamIdleTimeout: 'custom',
  idempotent: 'custom',
  node: 'custom',
};

/** Options shared by the KV-style reads (r, pr, ...), for reuse in schemas. */
export const READ_QUORUM_SCHEMA = {
  r: 'quorum',
  pr: 'quorum',
  basicQuorum: 'bool',
  notfoundOk: 'bool',
  nodeConfirms: 'quorum',
  sloppyQuorum: 'bool',
  nVal: 'uint',
  timeout: 'uint',
} as const satisfies OptionSchema;

/** Options shared by writes (w, dw, pw, ...), for reuse in schemas. */
export const WRITE_QUORUM_SCHEMA = {
  w: 'quorum',
  dw: 'quorum',
  pw: 'quorum',
  nodeConfirms: 'quorum',
  sloppyQuorum: 'bool',
  nVal: 'uint',
  timeout: 'uint',
} as const satisfies OptionSchema;

/** The result of {@link readOptions}: converted protobuf fields, the call options, and the raw params. */
export interface ReadOptions {
  /** Every present non-`custom` option, converted for the wire, under its own (protobuf camelCase) name. */
  fields: Record<string, unknown>;
  call: CallOptions;
  params: Record<string, unknown>;
}

/** Throws the standard invalid-option error: `method(): invalid option \`name\`: why`. */
export function invalidOption(method: string, name: string, why: string): RiakInvalidArgumentError {
  return new RiakInvalidArgumentError(`${method}(): invalid option \`${name}\`: ${why}`);
}

/**
 * Validates an options object against `schema` at call time, before anything
 * is sent: unknown options (typos), missing required ones and ill-typed values
 * throw a `RiakInvalidArgumentError` naming the option.
 */
export function readOptions(method: string, params: unknown, schema: OptionSchema): ReadOptions {
  if (params === null || typeof params !== 'object' || Array.isArray(params)) {
    throw new RiakInvalidArgumentError(`${method}() needs an options object, got ${describe(params)}`);
  }
  const input = params as Record<string, unknown>;
  for (const name of Object.keys(input)) {
    if (!Object.hasOwn(schema, name) && !Object.hasOwn(CALL_SCHEMA, name)) {
      const known = Object.keys(schema)
        .map((k) => `\`${k}\``)
        .join(', ');
      throw new RiakInvalidArgumentError(
        `${method}(): unknown option \`${name}\` (known options: ${known}, \`signal\`, \`requestTimeout\`, \`retry\`, \`idempotent\`, \`streamIdleTimeout\`, \`node\`)`,
      );
    }
  }
  const fields: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(schema)) {
    const required = spec.endsWith('!');
    const kind = (required ? spec.slice(0, -1) : spec) as Kind;
    const value = input[name];
    if (value === undefined) {
      if (required) throw new RiakInvalidArgumentError(`${method}(): \`${name}\` is required`);
      continue;
    }
    if (kind === 'custom') continue;
    fields[name] = convert(method, name, kind, value);
  }
  return { fields, call: readCallOptions(method, input), params: input };
}

function convert(method: string, name: string, kind: Kind, value: unknown): unknown {
  switch (kind) {
    case 'bytes':
      return bytesOption(method, name, value);
    case 'uint':
    case 'count': {
      const min = kind === 'count' ? 1 : 0;
      if (!isUint32(value) || value < min) {
        throw invalidOption(method, name, `expected an integer from ${min} to 4294967295, got ${describe(value)}`);
      }
      return value;
    }
    case 'bool':
      if (typeof value !== 'boolean') throw invalidOption(method, name, `expected true or false, got ${describe(value)}`);
      return value;
    case 'quorum':
      return quorumOption(method, name, value);
    case 'bytesList':
      if (!Array.isArray(value)) throw invalidOption(method, name, `expected an array of strings or byte arrays, got ${describe(value)}`);
      return value.map((item, i) => bytesOption(method, `${name}[${i}]`, item));
    default:
      return value;
  }
}

/** A text-or-bytes option as bytes. */
export function bytesOption(method: string, name: string, value: unknown): Uint8Array {
  if (typeof value === 'string' || value instanceof Uint8Array) return toBytes(value);
  throw invalidOption(method, name, `expected a string or a Uint8Array, got ${describe(value)}`);
}

/** A quorum option as its wire integer. */
export function quorumOption(method: string, name: string, value: unknown): number {
  const wire = quorumWire(value);
  if (wire !== undefined) return wire;
  throw invalidOption(method, name, `expected a node count or one of ${Object.keys(QUORUM_SENTINELS).join(', ')}, got ${describe(value)}`);
}

/** Checks the call options (`signal`, `requestTimeout`, `retry`, `idempotent`, `streamIdleTimeout`); returns only them. */
export function readCallOptions(method: string, input: Record<string, unknown>): CallOptions {
  const { signal, requestTimeout, retry, streamIdleTimeout, idempotent, node } = input;
  if (signal !== undefined && !(signal instanceof AbortSignal)) throw invalidOption(method, 'signal', `expected an AbortSignal, got ${describe(signal)}`);
  const call: CallOptions = {};
  if (signal !== undefined) call.signal = signal;
  if (requestTimeout !== undefined) call.requestTimeout = milliseconds(method, 'requestTimeout', requestTimeout);
  if (streamIdleTimeout !== undefined) call.streamIdleTimeout = milliseconds(method, 'streamIdleTimeout', streamIdleTimeout);
  if (retry !== undefined) {
    if (typeof retry !== 'boolean') throw invalidOption(method, 'retry', `expected true or false, got ${describe(retry)}`);
    call.retry = retry;
  }
  if (idempotent !== undefined) {
    if (typeof idempotent !== 'boolean') throw invalidOption(method, 'idempotent', `expected true or false, got ${describe(idempotent)}`);
    call.idempotent = idempotent;
  }
  if (node !== undefined) {
    // Whether the pool has this node is the pool's to say, when the call is placed.
    if (typeof node !== 'string' || node === '') throw invalidOption(method, 'node', `expected a node's host:port, got ${describe(node)}`);
    call.node = node;
  }
  return call;
}

function milliseconds(method: string, name: string, value: unknown): number {
  if (typeof value !== 'number' || !(value >= 0) || !Number.isFinite(value)) {
    throw invalidOption(method, name, `expected a non-negative number of milliseconds, got ${describe(value)}`);
  }
  return value;
}

/** Validates a bare `CallOptions` argument (for calls that take positional arguments). */
export function callOptionsOnly(method: string, options: unknown): CallOptions {
  if (options === undefined) return {};
  return readOptions(method, options, {}).call;
}
