import type { Buffer } from 'node:buffer';
import { RiakInvalidArgumentError } from '../../errors.js';
import { describe } from '../../common/describe.js';
import type { RiakContent } from '../kv-types.js';
import type { Resolution, Sibling, ValueResolver } from './resolvers.js';
import type { ValueCoder } from './value-coder.js';
import type { ValueLocation } from './value-location.js';

/**
 * A read through a codec: the decoded value (`data`) beside the raw result
 * (`content`, `value` the bytes view, as `get()` returns them).
 * @category Values and conflicts
 */
export interface ValueResult<T> {
  /** False when the key holds nothing (or only tombstones). */
  found: boolean;
  /** The object's causal context: a write with it supersedes every sibling read. */
  vclock: Buffer | undefined;
  /** Every live sibling, decoded (tombstones are left out; the vclock still covers them). */
  siblings: Sibling<T>[];
  /** The value: the only sibling's, or the resolver's; undefined when not found or siblings stay unresolved. */
  data: T | undefined;
  /** The stored content of `data`; undefined when not found, unresolved, or a resolver merged. */
  content: RiakContent | undefined;
  /** `content.value`: the stored bytes (a view into the received frame). */
  value: Buffer | undefined;
  /** True when `ifModified` was given and the object has not changed (nothing else is returned then). */
  unchanged: boolean;
}

/** What {@link decodeResult} reads: a get or put result. */
interface RawResult {
  vclock: Buffer | undefined;
  siblings: RiakContent[];
  unchanged?: boolean;
}

/**
 * Decodes every live sibling of a raw result (all or nothing: the first
 * failure throws a `RiakValueDecodeError`), then, when there are several,
 * asks the resolver `pick()` returns (called only then). `resolved` tells
 * whether the result holds one value (none found, one sibling, or a resolution).
 * @category Values and conflicts
 */
export function decodeResult<T>(
  raw: RawResult,
  coder: ValueCoder<T, never>,
  where: ValueLocation,
  request: string,
  pick: () => ValueResolver<T> | undefined,
): { result: ValueResult<T>; resolved: boolean } {
  const siblings: Sibling<T>[] = [];
  for (const content of raw.siblings) {
    if (!content.deleted) siblings.push({ data: coder.decode(content, where, request), content });
  }
  let chosen: Resolution<T> | undefined = siblings.length === 1 ? siblings[0] : undefined;
  if (siblings.length > 1) {
    const resolver = pick();
    if (resolver !== undefined) chosen = checkResolution(resolver(siblings, where));
  }
  const content = chosen?.content;
  const result: ValueResult<T> = {
    found: siblings.length > 0,
    vclock: raw.vclock,
    siblings,
    data: chosen?.data,
    content,
    value: content?.value,
    unchanged: raw.unchanged === true,
  };
  return { result, resolved: siblings.length < 2 || chosen !== undefined };
}

function checkResolution<T>(resolution: unknown): Resolution<T> | undefined {
  if (resolution === undefined) return undefined;
  if (resolution === null || typeof resolution !== 'object' || !('data' in resolution)) {
    throw new RiakInvalidArgumentError(`resolve: a resolver returns one of the siblings, { data }, or undefined; got ${describe(resolution)}`);
  }
  return resolution as Resolution<T>;
}
