import { Buffer } from 'node:buffer';
import type { ResolvedProps } from '../buckets/bucket-registry.js';
import { descends, descendsDot, dotOf, increment, mergeClocks, type Dot, type VClock } from '../vclock.js';

export interface Link {
  bucket: Buffer;
  key: Buffer;
  tag: Buffer;
}

export interface Pair {
  key: Buffer;
  value: Buffer | undefined;
}

/**
 * A parsed secondary index entry (riak_index:parse_fields/1): the field
 * lower-cased, `_int` values as integers (numbers while exact, else bigint),
 * `_bin` values as bytes.
 */
export interface IndexEntry {
  field: string;
  value: Buffer | number | bigint;
}

/**
 * One sibling: a value plus its metadata, as stored. Every field is always
 * assigned (undefined when absent) so all contents share one object shape.
 */
export interface Content {
  value: Buffer;
  contentType: Buffer | undefined;
  charset: Buffer | undefined;
  contentEncoding: Buffer | undefined;
  links: Link[] | undefined;
  usermeta: Pair[] | undefined;
  indexes: IndexEntry[] | undefined;
  vtag: string;
  /** Seconds and microseconds since the epoch (X-Riak-Last-Modified). */
  lastMod: number;
  lastModUsecs: number;
  deleted: boolean;
  /** The event that wrote this sibling, on DVV buckets. */
  dot: Dot | undefined;
}

/** A stored key: its causal context and its siblings (one unless allow_mult). */
export interface RiakObject {
  vclock: VClock;
  contents: Content[];
}

/** Riak's compare/2 ordering for siblings: by value bytes, then by metadata. */
export function compareContents(a: Content, b: Content): number {
  const byValue = Buffer.compare(a.value, b.value);
  if (byValue !== 0) return byValue;
  return a.lastMod - b.lastMod || a.lastModUsecs - b.lastModUsecs || (a.vtag < b.vtag ? -1 : a.vtag > b.vtag ? 1 : 0);
}

function sameDot(a: Dot | undefined, b: Dot | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.counter === b.counter && a.actor.equals(b.actor));
}

/** Contents are decoded afresh on every read, so equal siblings are equal by value, not identity. */
export function sameContent(a: Content, b: Content): boolean {
  return a === b || (compareContents(a, b) === 0 && a.deleted === b.deleted && sameDot(a.dot, b.dot));
}

/** lists:usort(fun compare/2, ...): sorted, duplicates dropped. */
export function usort(contents: Content[]): Content[] {
  const sorted = [...contents].sort(compareContents);
  return sorted.filter((c, i) => i === 0 || !sameContent(sorted[i - 1], c));
}

function newer(a: Content, b: Content): boolean {
  return a.lastMod > b.lastMod || (a.lastMod === b.lastMod && a.lastModUsecs > b.lastModUsecs);
}

/**
 * riak_kv_vnode:enforce_allow_mult/3: with allow_mult false only the most
 * recently modified sibling is stored. `incoming` wins ties.
 */
function enforceAllowMult(contents: Content[], allowMult: boolean, incoming: Content): Content[] {
  if (allowMult || contents.length <= 1) return contents;
  let best = incoming;
  for (const content of contents) if (newer(content, best)) best = content;
  return [best];
}

/**
 * The coordinating vnode's put (riak_kv_vnode:put_merge/6 with
 * riak_object:update/5), for a single-node cluster whose vnodes share one
 * actor id:
 * - new key, last_write_wins, or an incoming vclock that descends the stored
 *   one: the incoming value replaces everything, its clock incremented;
 * - otherwise the clocks merge and the value joins the stored siblings: on
 *   DVV buckets siblings whose dot the incoming clock has seen are dropped
 *   (a read-modify-write replaces what it read); without DVV every distinct
 *   sibling is kept;
 * - then allow_mult=false keeps only the newest sibling.
 */
export function coordinatePut(
  stored: RiakObject | undefined,
  incomingClock: VClock,
  incoming: Content,
  props: ResolvedProps,
  actor: Buffer,
  timestamp: number,
): RiakObject {
  if (stored === undefined || props.lastWriteWins || props.writeOnce || descends(incomingClock, stored.vclock)) {
    const vclock = increment(incomingClock, actor, timestamp);
    incoming.dot = props.dvvEnabled ? dotOf(vclock, actor) : undefined;
    return { vclock, contents: [incoming] };
  }
  const frontier = increment(mergeClocks([incomingClock, stored.vclock]), actor, timestamp);
  incoming.dot = props.dvvEnabled ? dotOf(frontier, actor) : undefined;
  const kept = props.dvvEnabled ? stored.contents.filter((c) => c.dot === undefined || !descendsDot(incomingClock, c.dot)) : stored.contents;
  const contents = enforceAllowMult(usort([...kept, incoming]), props.allowMult, incoming);
  return { vclock: frontier, contents };
}

/** True when every sibling is a tombstone (riak_kv_util:is_x_deleted/1). */
export function isDeleted(object: RiakObject): boolean {
  return object.contents.length > 0 && object.contents.every((c) => c.deleted);
}
