import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import type { ResolvedProps } from '../buckets/bucket-registry.js';
import { encodeEntry } from '../store/entry-codec.js';
import { compareContents, sameContent, usort, type Content, type RiakObject } from '../store/riak-object.js';
import { descendsDot, dominates, mergeClocks, sameClock, type Dot, type VClock } from '../vclock.js';
import { datatypeOf, mergeDatatypeReplicas } from './datatype-replica.js';

/**
 * riak_object's merges between replicas: what a non-coordinating vnode does
 * with the object the coordinator sends it (syntactic_merge), what a get
 * does with the replies of several vnodes (reconcile), what read repair
 * and handoff store. Objects are never mutated: every result is new.
 */

/** riak_object:strict_descendant/2: `a`'s clock dominates `b`'s. */
export function strictDescendant(a: RiakObject, b: RiakObject): boolean {
  return dominates(a.vclock, b.vclock);
}

/** riak_object:equal/2 for the parts a replica holds: the same clock and the same siblings. */
export function sameObject(a: RiakObject, b: RiakObject): boolean {
  if (!sameClock(a.vclock, b.vclock) || a.contents.length !== b.contents.length) return false;
  const x = usort(a.contents);
  const y = usort(b.contents);
  return x.length === y.length && x.every((c, i) => sameContent(c, y[i]));
}

function sameDot(a: Dot, b: Dot): boolean {
  return a.counter === b.counter && a.actor.equals(b.actor);
}

/**
 * riak_object:merge_contents/3 with DVV: a sibling whose dot the other
 * object's clock has seen was superseded there and goes, unless the other
 * object holds that same dot too (the same event on both sides stays, once);
 * siblings without a dot (legacy writes) always stay.
 */
function dvvMerge(older: RiakObject, newer: RiakObject): Content[] {
  const keep: Content[] = [];
  const dropped: Content[] = [];
  const fold = (contents: readonly Content[], clock: VClock): void => {
    for (const content of contents) {
      const dot = content.dot;
      if (dot === undefined || !descendsDot(clock, dot)) {
        keep.push(content);
        continue;
      }
      const twin = dropped.find((d) => d.dot !== undefined && sameDot(d.dot, dot));
      if (twin === undefined) dropped.push(content);
      else keep.push(content, twin);
    }
  };
  fold(older.contents, newer.vclock);
  fold(newer.contents, older.vclock);
  return usort(keep);
}

/** riak_object:merge_write_once/2: the object whose stored form hashes lower wins, whole. */
function writeOnceMerge(a: RiakObject, b: RiakObject): RiakObject {
  const hash = (o: RiakObject): Buffer =>
    createHash('sha1')
      .update(encodeEntry({ ...o, datatype: undefined, size: 0 }))
      .digest();
  return Buffer.compare(hash(a), hash(b)) <= 0 ? a : b;
}

/** riak_object:merge/2 of two concurrent objects: their siblings together, their clocks merged. */
function merge(a: RiakObject, b: RiakObject, props: ResolvedProps): RiakObject {
  if (props.writeOnce) return writeOnceMerge(a, b);
  const contents = (x: RiakObject, y: RiakObject): Content[] => (props.dvvEnabled ? dvvMerge(x, y) : usort([...y.contents, ...x.contents]));
  // Also a semantic merge: CRDT siblings merge into one value (datatype-replica.ts).
  if (datatypeOf(a) !== undefined || datatypeOf(b) !== undefined) return mergeDatatypeReplicas(a, b, contents);
  return { vclock: mergeClocks([a.vclock, b.vclock]), contents: contents(a, b) };
}

/**
 * riak_object:syntactic_merge/2: if one object's clock dominates the
 * other's, that object; otherwise both merged (concurrent writes become
 * siblings, identical ones stay one).
 */
export function syntacticMerge(current: RiakObject, incoming: RiakObject, props: ResolvedProps): RiakObject {
  if (dominates(current.vclock, incoming.vclock)) return current;
  if (dominates(incoming.vclock, current.vclock)) return incoming;
  return merge(current, incoming, props);
}

/**
 * riak_object:most_recent_content/1: the sibling modified last; on equal
 * dates a live value beats a tombstone, then Riak's term order decides.
 */
export function mostRecentContent(contents: readonly Content[]): Content {
  let best = contents[0];
  for (const c of contents.slice(1)) {
    const byDate = c.lastMod - best.lastMod || c.lastModUsecs - best.lastModUsecs;
    if (byDate > 0) best = c;
    else if (byDate === 0) {
      if (best.deleted && !c.deleted) best = c;
      else if (best.deleted === c.deleted && compareContents(c, best) < 0) best = c;
    }
  }
  return best;
}

/**
 * riak_object:reconcile/2: drop every object another one dominates, merge
 * the rest; without allow_mult keep only the most recent sibling.
 */
export function reconcile(objects: readonly RiakObject[], allowMult: boolean, props: ResolvedProps): RiakObject {
  const frontier = objects.filter((o) => !objects.some((other) => other !== o && strictDescendant(other, o)));
  let merged = frontier[0];
  for (const o of frontier.slice(1)) merged = syntacticMerge(o, merged, props);
  if (allowMult || merged.contents.length <= 1) return merged;
  return { vclock: merged.vclock, contents: [mostRecentContent(merged.contents)] };
}

/**
 * riak_kv_vnode:enforce_allow_mult/3: with allow_mult false a vnode stores
 * only the newest sibling (select_newest_content: by last-modified date).
 */
export function enforceAllowMult(object: RiakObject, props: ResolvedProps): RiakObject {
  if (props.allowMult || object.contents.length <= 1) return object;
  return { vclock: object.vclock, contents: [mostRecentContent(object.contents)] };
}
