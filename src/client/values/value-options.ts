import type { Quorum } from '../../codec/quorum.js';
import type { CallOptions } from '../../pool/call-options.js';
import { RiakInvalidArgumentError } from '../../errors.js';
import { describe } from '../../common/describe.js';
import type { ContentInput } from '../kv-types.js';
import type { ValueResolver } from './resolvers.js';

/**
 * Quorums and server-side options of a read (RpbGetReq, DtFetchReq).
 * @category Values and conflicts
 */
export interface ReadQuorumOptions {
  r?: Quorum | undefined;
  pr?: Quorum | undefined;
  basicQuorum?: boolean | undefined;
  notfoundOk?: boolean | undefined;
  nodeConfirms?: Quorum | undefined;
  /** Server-side timeout in ms (Riak's `timeout` field). */
  timeout?: number | undefined;
  sloppyQuorum?: boolean | undefined;
  nVal?: number | undefined;
}

/**
 * Quorums and server-side options of a write (RpbPutReq, DtUpdateReq).
 * @category Values and conflicts
 */
export interface WriteQuorumOptions {
  w?: Quorum | undefined;
  dw?: Quorum | undefined;
  pw?: Quorum | undefined;
  nodeConfirms?: Quorum | undefined;
  /** Server-side timeout in ms (Riak's `timeout` field). */
  timeout?: number | undefined;
  sloppyQuorum?: boolean | undefined;
  nVal?: number | undefined;
}

/**
 * Options every value call takes from its bucket handle unless the call gives its own.
 * @category Values and conflicts
 */
export interface BucketDefaults extends ReadQuorumOptions, WriteQuorumOptions {
  /** The delete quorum. */
  rw?: Quorum | undefined;
  /** Client-side deadline of each request in ms. */
  requestTimeout?: number | undefined;
  /** `false`: never retry these requests. */
  retry?: boolean | undefined;
}

/**
 * Options of a value read (RpbGetReq fields).
 * @category Values and conflicts
 */
export interface ValueReadOptions<T> extends CallOptions, ReadQuorumOptions {
  /** A vclock: Riak answers `unchanged: true` (and nothing else) if the object still has it. */
  ifModified?: Uint8Array | undefined;
  /** A deleted key's tombstone vclock comes back (not found, with `vclock`). */
  deletedvclock?: boolean | undefined;
  /** Resolves siblings for this call, over the handle's and the registry's. */
  resolve?: ValueResolver<T> | undefined;
}

/**
 * Metadata stored beside a value.
 * @category Values and conflicts
 */
export type ValueMetadata = Pick<ContentInput, 'links' | 'usermeta' | 'indexes'>;

/**
 * Options of a value write (RpbPutReq fields and metadata; the codec sets the content type).
 * @category Values and conflicts
 */
export interface ValueWriteOptions extends CallOptions, ValueMetadata, WriteQuorumOptions {
  /** The vclock of the read this write supersedes. */
  vclock?: Uint8Array | undefined;
  /** Fail with Riak's `modified` unless the stored vclock is still `vclock`. */
  ifNotModified?: boolean | undefined;
  /** Fail with Riak's `match_found` if the key exists. */
  ifNoneMatch?: boolean | undefined;
  asis?: boolean | undefined;
  contentEncoding?: string | undefined;
}

/**
 * Options of a value delete (RpbDelReq fields).
 * @category Values and conflicts
 */
export interface ValueDeleteOptions extends CallOptions {
  rw?: Quorum | undefined;
  r?: Quorum | undefined;
  w?: Quorum | undefined;
  pr?: Quorum | undefined;
  pw?: Quorum | undefined;
  dw?: Quorum | undefined;
  timeout?: number | undefined;
  sloppyQuorum?: boolean | undefined;
  nVal?: number | undefined;
  /** The vclock of the read: delete exactly what was read. */
  vclock?: Uint8Array | undefined;
}

const CALL = ['signal', 'requestTimeout', 'idempotent', 'retry'];
const READ_QUORUMS = ['r', 'pr', 'basicQuorum', 'notfoundOk', 'nodeConfirms', 'timeout', 'sloppyQuorum', 'nVal'];
const WRITE_QUORUMS = ['w', 'dw', 'pw', 'nodeConfirms', 'timeout', 'sloppyQuorum', 'nVal'];
const METADATA = ['links', 'usermeta', 'indexes'];

/**
 * What each kind of call accepts, and which of those it sends to the get, the put or the delete.
 * @category Values and conflicts
 */
export const OPTION_NAMES = {
  defaults: new Set([
    'r',
    'pr',
    'basicQuorum',
    'notfoundOk',
    'w',
    'dw',
    'pw',
    'rw',
    'nodeConfirms',
    'sloppyQuorum',
    'nVal',
    'timeout',
    'requestTimeout',
    'retry',
  ]),
  read: new Set([...READ_QUORUMS, 'ifModified', 'deletedvclock', ...CALL]),
  write: new Set([...WRITE_QUORUMS, 'vclock', 'ifNotModified', 'ifNoneMatch', 'asis', 'contentEncoding', ...METADATA, ...CALL]),
  delete: new Set(['rw', 'r', 'w', 'pr', 'pw', 'dw', 'timeout', 'sloppyQuorum', 'nVal', 'vclock', ...CALL]),
  /** An update's read and write: what it controls itself (vclock, conditions) is not an option. */
  updateRead: new Set([...READ_QUORUMS, ...CALL]),
  updateWrite: new Set([...WRITE_QUORUMS, ...METADATA, ...CALL]),
} as const;

/**
 * Checks an options object given from plain JavaScript: an object or
 * nothing, naming only options in `allowed` or `local` (the call's own, such
 * as `resolve`). The location comes from the handle and the key argument.
 * @category Values and conflicts
 */
export function checkOptions(method: string, options: unknown, allowed: Iterable<string>, local: readonly string[] = []): Record<string, unknown> {
  if (options === undefined) return {};
  if (options === null || typeof options !== 'object' || Array.isArray(options))
    throw new RiakInvalidArgumentError(`${method}: the options must be an object, got ${describe(options)}`);
  const known = new Set([...allowed, ...local]);
  for (const name of Object.keys(options)) {
    if (known.has(name)) continue;
    if (name === 'bucket' || name === 'type' || name === 'key')
      throw new RiakInvalidArgumentError(`${method}: \`${name}\` is not an option here: the handle (or the location) names the object`);
    throw new RiakInvalidArgumentError(`${method}: unknown option \`${name}\` (known options: ${[...known].join(', ')})`);
  }
  return options as Record<string, unknown>;
}

/**
 * The entries of `source` named in `names` that are set.
 * @category Values and conflicts
 */
export function pick(source: Readonly<Record<string, unknown>>, names: ReadonlySet<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name in source) if (names.has(name) && source[name] !== undefined) out[name] = source[name];
  return out;
}
