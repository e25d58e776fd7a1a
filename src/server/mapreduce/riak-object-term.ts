import { Buffer } from 'node:buffer';
import { dictFromList } from '../erlang/otp-dict.js';
import { atom, ErlAtom, ErlTuple, tuple, UNDEFINED, type AnyTerm } from '../../codec/erlang/term.js';
import type { StoredEntry } from '../store/database.js';
import type { Content } from '../store/riak-object.js';

/**
 * A stored object as the Erlang term a MapReduce map function receives
 * (riak_object:from_binary/3 of what the vnode read):
 *
 *   {r_object, Bucket, Key, [{r_content, MetaDict, Value}], VClock,
 *    UpdateMetaDict, undefined}
 *
 * with the metadata in a real `dict` (erlang/otp-dict.ts), so an Erlang client that
 * receives it (an `application/x-erlang-binary` job, map_identity) can use
 * dict:find/2 and riak_object's functions on it.
 */

const bin = (text: string): Buffer => Buffer.from(text, 'latin1');
const str = (bytes: Buffer): string => bytes.toString('latin1');

/**
 * A sibling's metadata pairs in the order sib_of_binary/1 lists them: the
 * user entries (riak_pb_kv_codec:decode_content/1 keys), then the vtag,
 * the last-modified stamp and the deleted flag.
 */
function metadata(content: Content, dot: AnyTerm | undefined): [Buffer, AnyTerm][] {
  const pairs: [Buffer, AnyTerm][] = [];
  if (dot !== undefined) pairs.push([bin('dot'), dot]);
  if (content.indexes !== undefined) pairs.push([bin('index'), content.indexes.map((i) => tuple(bin(i.field), i.value))]);
  if (content.usermeta !== undefined) pairs.push([bin('X-Riak-Meta'), content.usermeta.map((p) => tuple(p.key, p.value ?? UNDEFINED))]);
  if (content.links !== undefined) pairs.push([bin('Links'), content.links.map((l) => tuple(tuple(l.bucket, l.key), l.tag))]);
  if (content.contentEncoding !== undefined) pairs.push([bin('content-encoding'), str(content.contentEncoding)]);
  if (content.charset !== undefined) pairs.push([bin('charset'), str(content.charset)]);
  if (content.contentType !== undefined) pairs.push([bin('content-type'), str(content.contentType)]);
  if (content.vtag !== '') pairs.push([bin('X-Riak-VTag'), content.vtag]);
  const mega = Math.floor(content.lastMod / 1e6);
  pairs.push([bin('X-Riak-Last-Modified'), tuple(mega, content.lastMod - mega * 1e6, content.lastModUsecs)]);
  if (content.deleted) pairs.push([bin('X-Riak-Deleted'), 'true']);
  return pairs;
}

/** The bucket as riak_object holds it: a binary, or `{Type, Bucket}` outside the default type. */
export function objectTerm(bucket: AnyTerm, key: Buffer, entry: StoredEntry): ErlTuple<AnyTerm> {
  const vclock = entry.vclock.map((e) => tuple(e.actor, tuple(e.counter, e.timestamp)));
  let contents: AnyTerm[];
  if (entry.datatype !== undefined) {
    // A datatype key holds one content: the CRDT binary (riak_kv_crdt:to_binary/1).
    const type = `application/riak_${entry.datatype.datatype}`;
    contents = [tuple(atom('r_content'), dictFromList([[bin('content-type'), type]]), entry.datatype.value.toBinary())];
  } else {
    contents = entry.contents.map((c) => {
      const dot =
        c.dot === undefined ? undefined : tuple(c.dot.actor, tuple(c.dot.counter, entry.vclock.find((e) => e.actor.equals(c.dot!.actor))?.timestamp ?? 0));
      return tuple(atom('r_content'), dictFromList(metadata(c, dot)), c.value);
    });
  }
  const updateMetadata = dictFromList([[atom('clean'), atom('true')]]);
  return tuple(atom('r_object'), bucket, key, contents, vclock, updateMetadata, UNDEFINED);
}

/** riak_object:get_value/1 on such a term: the one value, or a badmatch for siblings. */
export function objectContents(object: ErlTuple<AnyTerm>): ErlTuple<AnyTerm>[] {
  return object.items[3] as ErlTuple<AnyTerm>[];
}

/** riak_object:bucket/1. */
export const objectBucket = (object: ErlTuple<AnyTerm>): AnyTerm => object.items[1];

/** Whether `term` is an r_object record. */
export const isObjectTerm = (term: AnyTerm): term is ErlTuple<AnyTerm> =>
  term instanceof ErlTuple && term.items.length === 7 && term.items[0] instanceof ErlAtom && term.items[0].name === 'r_object';
