import { isUint32 } from '../common/fields.js';
import { describe } from '../common/describe.js';
import { RiakInvalidArgumentError } from '../errors.js';

/**
 * Riak's symbolic quorum values, sent as sentinel integers near 2^32
 * (riak_pb `riak_pb_kv_codec.hrl`): `one`, `quorum`, `all`, `default`.
 * @category Requests
 */
export const QUORUM_SENTINELS = {
  one: 4294967294,
  quorum: 4294967293,
  all: 4294967292,
  default: 4294967291,
} as const;

/** @category Requests */
export type QuorumName = keyof typeof QUORUM_SENTINELS;
/**
 * A quorum: a node count, or one of Riak's symbolic names.
 * @category Requests
 */
export type Quorum = number | QuorumName;

/** Field names (protobufjs camelCase) that carry a quorum, in requests and in bucket props. */
const QUORUM_FIELDS = new Set(['r', 'pr', 'w', 'dw', 'pw', 'rw', 'nodeConfirms', 'node_confirms']);
type QuorumField = 'r' | 'pr' | 'w' | 'dw' | 'pw' | 'rw' | 'nodeConfirms';

/**
 * `T` with every quorum field also accepting a {@link QuorumName}, recursively into `props`.
 * @category Requests
 */
export type WithQuorumNames<T> = {
  // `$unknowns` is protobufjs bookkeeping, not a field. An optional field
  // also takes `undefined` (absent), so a result's `vclock: Buffer | undefined`
  // can be passed back under `exactOptionalPropertyTypes`.
  [K in keyof T as K extends '$unknowns' ? never : K]:
    | (K extends QuorumField ? T[K] | QuorumName : K extends 'props' ? WithQuorumNames<NonNullable<T[K]>> | Extract<T[K], null | undefined> : T[K])
    | ({} extends Pick<T, K> ? undefined : never);
};

/**
 * The wire integer of a quorum given from plain JavaScript: a count (an
 * integer from 0 to 2^32 - 1) or one of Riak's own names (not an inherited
 * one such as `toString`; an object is never looked up). Undefined when it is
 * neither.
 */
export function quorumWire(value: unknown): number | undefined {
  if (typeof value === 'number') return isUint32(value) ? value : undefined;
  return typeof value === 'string' && Object.hasOwn(QUORUM_SENTINELS, value) ? QUORUM_SENTINELS[value as QuorumName] : undefined;
}

/**
 * The wire integer of a quorum value.
 * @category Requests
 */
export function quorumValue(value: Quorum, field = 'quorum'): number {
  const wire = quorumWire(value);
  if (wire !== undefined) return wire;
  const names = Object.keys(QUORUM_SENTINELS).join(', ');
  if (typeof value === 'number') throw new RiakInvalidArgumentError(`Invalid ${field}: ${value} (expected a non-negative integer or one of ${names})`);
  throw new RiakInvalidArgumentError(`Invalid ${field}: ${describe(value)} (expected a number or one of ${names})`);
}

/**
 * The symbolic name of a wire quorum value, or the number itself.
 * @category Requests
 */
export function quorumName(value: number): Quorum {
  for (const [name, sentinel] of Object.entries(QUORUM_SENTINELS)) if (sentinel === value) return name as QuorumName;
  return value;
}

/**
 * Replaces symbolic quorums with their sentinels in a request (and its
 * `props`), copying only when something changes.
 * @category Requests
 */
export function encodeQuorumFields<T extends object>(message: T): T {
  const fields = message as Record<string, unknown>;
  let out: Record<string, unknown> | undefined;
  for (const key in fields) {
    const value = fields[key];
    if (typeof value === 'string' && QUORUM_FIELDS.has(key)) {
      out ??= { ...fields };
      out[key] = quorumValue(value as QuorumName, key);
    } else if (key === 'props' && value !== null && typeof value === 'object' && !(value instanceof Uint8Array)) {
      const props = encodeQuorumFields(value);
      if (props !== value) {
        out ??= { ...fields };
        out[key] = props;
      }
    }
  }
  return (out ?? message) as T;
}
