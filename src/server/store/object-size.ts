import { Buffer } from 'node:buffer';
import { termToBinarySize } from '../erlang/term-size.js';
import { atom, tuple, type ErlTerm } from '../../codec/erlang/term.js';
import type { VClock } from '../vclock.js';
import type { Content } from './riak-object.js';

/**
 * The size riak_kv's object size limits measure: the byte size of
 * `riak_object:to_binary(v1, Obj)`, the stored form (riak_kv_vnode
 * encode_and_put_no_sib_check/8 compares it with `max_object_size` and
 * `warn_object_size`). Computed without building it:
 *
 *   <<53, 1, VclockLen:32, term_to_binary(VClock), SibCount:32, Sibs>>
 *   Sib  = <<ValLen:32, 1, Value, MetaLen:32, Meta>>
 *   Meta = <<Mega:32, Secs:32, Micro:32, VTagLen:8, VTag, Deleted:8, Entries>>
 *   Entry = <<KeyLen:32, 1, Key, ValLen:32, 0, term_to_binary(Val)>>
 *
 * The entries are the other metadata a PB put leaves (riak_pb_kv_codec:
 * decode_content/1): content-type, charset and content-encoding as strings,
 * Links, X-Riak-Meta, the parsed index fields, and the DVV dot.
 */
export function storedObjectSize(vclock: VClock, contents: readonly Content[]): number {
  const clockTerm: ErlTerm = vclock.map((e) => tuple(e.actor, tuple(e.counter, e.timestamp)));
  let size = 2 + 4 + termToBinarySize(clockTerm) + 4;
  for (const content of contents) size += 4 + 1 + content.value.length + 4 + metadataSize(content, vclock);
  return size;
}

/** The v1 size of a datatype object: one content, the CRDT binary, its content type (riak_kv_crdt:new/3). */
export function storedDatatypeSize(vclock: VClock, body: Buffer, contentType: string): number {
  const clockTerm: ErlTerm = vclock.map((e) => tuple(e.actor, tuple(e.counter, e.timestamp)));
  const meta = FIXED_META + VTAG_LENGTH + entrySize('content-type', contentType);
  return 2 + 4 + termToBinarySize(clockTerm) + 4 + 4 + 1 + body.length + 4 + meta;
}

/** Last-modified (12), vtag length (1), deleted flag (1). */
const FIXED_META = 14;
/** A vtag is 128 bits in base 62: 22 characters but for the rare leading zeros. */
const VTAG_LENGTH = 22;

/** One metadata entry: a binary key (type tag 1) and a term value (type tag 0). */
function entrySize(key: string, value: ErlTerm): number {
  return 4 + 1 + key.length + 4 + 1 + termToBinarySize(value);
}

const text = (bytes: Buffer): string => bytes.toString('latin1');

function metadataSize(content: Content, vclock: VClock): number {
  let size = FIXED_META + Buffer.byteLength(content.vtag, 'latin1');
  if (content.contentType !== undefined) size += entrySize('content-type', text(content.contentType));
  if (content.charset !== undefined) size += entrySize('charset', text(content.charset));
  if (content.contentEncoding !== undefined) size += entrySize('content-encoding', text(content.contentEncoding));
  if (content.links !== undefined)
    size += entrySize(
      'Links',
      content.links.map((l) => tuple(tuple(l.bucket, l.key), l.tag)),
    );
  if (content.usermeta !== undefined)
    size += entrySize(
      'X-Riak-Meta',
      content.usermeta.map((p) => tuple(p.key, p.value ?? atom('undefined'))),
    );
  if (content.indexes !== undefined)
    size += entrySize(
      'index',
      content.indexes.map((i) => tuple(Buffer.from(i.field, 'latin1'), i.value)),
    );
  if (content.dot !== undefined) {
    const { actor, counter } = content.dot;
    // A dot is {Actor, {Counter, Timestamp}}; the timestamp is its clock entry's (same size either way).
    const stamp = vclock.find((e) => e.actor.equals(actor))?.timestamp ?? 0;
    size += entrySize('dot', tuple(actor, tuple(counter, stamp)));
  }
  return size;
}
