import { Buffer } from 'node:buffer';
import { DatatypeValue } from '../datatypes/datatype-value.js';
import { nowMicros, serverContent } from '../store/content-codec.js';
import type { DatatypeRecord } from '../store/database.js';
import { compareContents, type Content, type RiakObject } from '../store/riak-object.js';
import { mergeClocks } from '../vclock.js';

/**
 * A datatype (CRDT) replica on a vnode: a riak_object whose CRDT sibling
 * is kept decoded in `datatype`, with its KV face (riak_kv_crdt's content:
 * the CRDT binary, `application/riak_<type>`, last-modified and vtag) as
 * the FIRST of its contents; any other contents are non-CRDT siblings (a
 * tombstone or a KV value written beside it). The get and put FSMs,
 * handoff and anti-entropy move it as any object; riak_object:merge of two
 * of them merges their CRDTs ({@link mergeDatatypeReplicas}). Objects are
 * never mutated.
 */
export interface DatatypeReplica extends RiakObject {
  readonly datatype: DatatypeRecord;
}

/** The CRDT an object holds, if it is a datatype replica. */
export function datatypeOf(object: RiakObject): DatatypeRecord | undefined {
  return (object as Partial<DatatypeReplica>).datatype;
}

/** A datatype replica: `value` with its KV face first, then `others`. */
export function datatypeReplica(vclock: RiakObject['vclock'], value: DatatypeValue, face: Content, others: readonly Content[]): DatatypeReplica {
  return { vclock, contents: [face, ...others], datatype: { datatype: value.kind, value } };
}

/** A new KV face for `value` (riak_kv_crdt:meta/2 of a new CRDT: last-modified now, a fresh vtag). */
export function newFace(value: DatatypeValue, micros = nowMicros()): Content {
  return serverContent(value.toBinary(), Buffer.from(value.contentType, 'latin1'), false, micros);
}

/** The contents of an object beside its CRDT's face. */
export function otherContents(object: RiakObject): Content[] {
  return datatypeOf(object) === undefined ? object.contents : object.contents.slice(1);
}

/**
 * riak_object:merge/2 of two concurrent objects when either holds a CRDT
 * (merge_contents/3 with riak_kv_crdt:merge_value/2): the CRDTs merge into
 * one value (the datatype's own merge), the face keeps the metadata of the
 * later-modified one (merge_meta/3), the other contents merge as
 * `mergeContents` does (DVV or not), and the clocks merge. CRDTs of two
 * kinds cannot merge (a bucket type's datatype never changes): the later
 * one stays the CRDT, the other's face stays as a plain sibling.
 */
export function mergeDatatypeReplicas(a: RiakObject, b: RiakObject, mergeContents: (a: RiakObject, b: RiakObject) => Content[]): DatatypeReplica {
  const others = mergeContents({ vclock: a.vclock, contents: otherContents(a) }, { vclock: b.vclock, contents: otherContents(b) });
  const vclock = mergeClocks([a.vclock, b.vclock]);
  const x = datatypeOf(a);
  const y = datatypeOf(b);
  if (x === undefined || y === undefined) {
    const holder = x === undefined ? b : a;
    return datatypeReplica(vclock, (x ?? (y as DatatypeRecord)).value, holder.contents[0], others);
  }
  const later = laterFace(a.contents[0], b.contents[0]);
  const merged = mergeValues(x.value, y.value);
  if (merged !== undefined) return datatypeReplica(vclock, merged, { ...later, value: merged.toBinary() }, others);
  const [kept, dropped] = later === a.contents[0] ? [x, b.contents[0]] : [y, a.contents[0]];
  return datatypeReplica(vclock, kept.value, later, [...others, dropped]);
}

/** merge_meta/3: the face modified later (ties: Riak's content order, so the merge is the same either way round). */
function laterFace(a: Content, b: Content): Content {
  const byDate = a.lastMod - b.lastMod || a.lastModUsecs - b.lastModUsecs;
  if (byDate !== 0) return byDate > 0 ? a : b;
  return compareContents(a, b) >= 0 ? a : b;
}

/** riak_kv_crdt:merge_value/2 of two values: Mod:merge/2 when both are of one datatype; undefined when they cannot merge. */
export function mergeValues(a: DatatypeValue, b: DatatypeValue): DatatypeValue | undefined {
  const x = a.state;
  const y = b.state;
  if (x.kind === 'counter' && y.kind === 'counter') return DatatypeValue.of({ kind: 'counter', crdt: x.crdt.merge(y.crdt), legacy: x.legacy || y.legacy });
  if (x.kind === 'set' && y.kind === 'set') return DatatypeValue.of({ kind: 'set', crdt: x.crdt.merge(y.crdt) });
  if (x.kind === 'map' && y.kind === 'map') return DatatypeValue.of({ kind: 'map', crdt: x.crdt.merge(y.crdt) });
  if (x.kind === 'gset' && y.kind === 'gset') return DatatypeValue.of({ kind: 'gset', crdt: x.crdt.merge(y.crdt) });
  // HLLs of two precisions (hll_precision lowered on the type) would need riak_kv_hll's reduction first: not modelled.
  if (x.kind === 'hll' && y.kind === 'hll' && x.crdt.precision === y.crdt.precision) return DatatypeValue.of({ kind: 'hll', crdt: x.crdt.merge(y.crdt) });
  return undefined;
}
