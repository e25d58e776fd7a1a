import { Buffer } from 'node:buffer';
import { deflateRawSync, inflateRawSync, inflateSync } from 'node:zlib';
import { RiakProtocolError } from '../../errors.js';
import type { RiakContent } from '../kv-types.js';
import type { ClockEntry, ReplObject } from './aae-types.js';
import { Atom, binaryToTerm, termText, Tuple, type Term } from './etf-lite.js';

/**
 * Decoding of what NextGenRepl sends (riak_object:nextgenrepl_decode/1 and
 * from_binary/3 of a v1 object):
 *
 *   <<1:4, Compressed:1, 0:3, TypeLen:32, Type, BucketLen:32, Bucket,
 *     KeyLen:32, Key, Object/binary>>     (Object zlib'd when Compressed)
 *   Object = <<53, 1, VclockLen:32, VClock, SibCount:32, Sibs>>
 *   Sib    = <<ValLen:32, ValBin, MetaLen:32, LastMod:96, VTagLen:8,
 *              VTag, Deleted:8, <<KeyLen:32, Key, ValLen:32, Val>>...>>
 *
 * where a value or metadata key/value is `<<1, Binary>>` or
 * `<<0, term_to_binary(Term)>>`.
 */

/** A vclock term `[{Actor, {Counter, Timestamp}}]` decoded; Riak's timestamps are Gregorian seconds. */
export function clockEntries(term: Term): ClockEntry[] {
  if (!Array.isArray(term)) throw new RiakProtocolError('A vclock is not a list');
  return term.map((entry) => {
    if (entry instanceof Tuple && entry.items.length === 2) {
      const [actor, stamp] = entry.items;
      if (Buffer.isBuffer(actor) && stamp instanceof Tuple && stamp.items.length === 2) {
        const [counter, timestamp] = stamp.items;
        if (typeof counter === 'number' && typeof timestamp === 'number')
          return { actor, counter, timestamp: new Date((timestamp - GREGORIAN_TO_UNIX) * 1000) };
      }
    }
    throw new RiakProtocolError('A vclock entry is not {Actor, {Counter, Timestamp}}');
  });
}

/** Seconds from year 0 to 1970, as calendar:datetime_to_gregorian_seconds/1 counts them. */
const GREGORIAN_TO_UNIX = 62167219200;

/** Riak's encoded vclock (riak_object:encode_vclock/1, zlib method) decoded to entries; [] for an empty one. */
export function decodeClock(vclock: Uint8Array): ClockEntry[] {
  if (vclock.length === 0) return [];
  const bytes = Buffer.from(vclock.buffer, vclock.byteOffset, vclock.byteLength);
  let raw: Buffer;
  try {
    // encode_zlib is zlib:zip/1, a raw deflate stream; encode_raw leaves the term as it is.
    raw = bytes[0] === 131 ? bytes : inflateRawSync(bytes);
  } catch (cause) {
    throw new RiakProtocolError('Undecodable vclock', { cause });
  }
  return clockEntries(binaryToTerm(raw));
}

class Reader {
  at = 0;
  constructor(readonly bytes: Buffer) {}
  u8(): number {
    this.#need(1);
    return this.bytes[this.at++];
  }
  u32(): number {
    this.#need(4);
    this.at += 4;
    return this.bytes.readUInt32BE(this.at - 4);
  }
  take(n: number): Buffer {
    this.#need(n);
    this.at += n;
    return this.bytes.subarray(this.at - n, this.at);
  }
  get done(): boolean {
    return this.at === this.bytes.length;
  }
  #need(n: number): void {
    if (this.at + n > this.bytes.length) throw new RiakProtocolError('Truncated replicated object');
  }
}

/** decode_maybe_binary/1. */
function maybeBinary(bin: Buffer): Term {
  if (bin.length === 0) throw new RiakProtocolError('Empty metadata field in a replicated object');
  return bin[0] === 1 ? bin.subarray(1) : binaryToTerm(bin.subarray(1));
}

const bufferOf = (t: Term): Buffer => (Buffer.isBuffer(t) ? t : Buffer.from(termText(t) ?? '', 'utf8'));

function pairs(term: Term): [Term, Term][] {
  if (!Array.isArray(term)) return [];
  return term.flatMap((t) => (t instanceof Tuple && t.items.length === 2 ? [[t.items[0], t.items[1]] as [Term, Term]] : []));
}

/** One sibling: its value and the metadata riak_pb_kv_codec would turn into an RpbContent. */
function sibling(r: Reader): RiakContent {
  const valBin = r.take(r.u32());
  const meta = new Reader(r.take(r.u32()));
  const mega = meta.u32();
  const secs = meta.u32();
  const micro = meta.u32();
  const vtag = meta.take(meta.u8()).toString('latin1');
  const deleted = meta.u8() === 1;
  // <<1, Value>> for a binary; a term value (<<0, term_to_binary>>) is left as its term_to_binary bytes.
  const content: RiakContent = { value: valBin.subarray(1), links: [], usermeta: [], indexes: [], deleted };
  if (vtag !== 'e') content.vtag = vtag;
  if (mega !== 0 || secs !== 0 || micro !== 0) {
    content.lastMod = new Date((mega * 1e6 + secs) * 1000 + Math.floor(micro / 1000));
    content.lastModUsecs = micro;
  }
  while (!meta.done) {
    const key = termText(maybeBinary(meta.take(meta.u32())));
    const value = maybeBinary(meta.take(meta.u32()));
    switch (key) {
      case 'content-type':
        content.contentType = termText(value);
        break;
      case 'charset':
        content.charset = termText(value);
        break;
      case 'content-encoding':
        content.contentEncoding = termText(value);
        break;
      case 'X-Riak-Meta':
        content.usermeta = pairs(value).map(([k, v]) => ({ key: bufferOf(k), value: v instanceof Atom ? Buffer.alloc(0) : bufferOf(v) }));
        break;
      case 'index':
        content.indexes = pairs(value).map(([k, v]) => ({
          key: bufferOf(k),
          value: typeof v === 'number' || typeof v === 'bigint' ? Buffer.from(String(v)) : bufferOf(v),
        }));
        break;
      case 'Links':
        content.links = pairs(value).flatMap(([bk, tag]) =>
          bk instanceof Tuple && bk.items.length === 2 ? [{ bucket: bufferOf(bk.items[0]), key: bufferOf(bk.items[1]), tag: bufferOf(tag) }] : [],
        );
        break;
      default:
        // dot, and anything else Riak keeps: not part of an RpbContent.
        break;
    }
  }
  return content;
}

/** riak_object:from_binary/3 of a v1 object. */
function objectV1(bytes: Buffer): { vclockTerm: Buffer; contents: RiakContent[] } {
  const r = new Reader(bytes);
  if (r.u8() !== 53 || r.u8() !== 1) throw new RiakProtocolError('Not a v1 Riak object');
  const vclockTerm = r.take(r.u32());
  const count = r.u32();
  const contents: RiakContent[] = [];
  for (let i = 0; i < count; i++) contents.push(sibling(r));
  if (!r.done) throw new RiakProtocolError('Trailing bytes after a Riak object');
  return { vclockTerm, contents };
}

/**
 * riak_object:nextgenrepl_decode/1. Throws a RiakProtocolError for bytes
 * that are not a repl_v1 object.
 */
export function decodeReplObject(encoded: Uint8Array): ReplObject {
  const r = new Reader(Buffer.from(encoded.buffer, encoded.byteOffset, encoded.byteLength));
  const version = r.u8();
  if (version >> 4 !== 1) throw new RiakProtocolError(`Unknown replication encoding version ${version >> 4}`);
  const compressed = (version & 0x08) !== 0;
  const typeLen = r.u32();
  const type = typeLen === 0 ? undefined : r.take(typeLen);
  const bucket = r.take(r.u32());
  const key = r.take(r.u32());
  let body = r.bytes.subarray(r.at);
  if (compressed) {
    try {
      body = inflateSync(body);
    } catch (cause) {
      throw new RiakProtocolError('Undecodable compressed replicated object', { cause });
    }
  }
  const { vclockTerm, contents } = objectV1(body);
  return { type, bucket, key, vclock: deflateRawSync(vclockTerm), clock: clockEntries(binaryToTerm(vclockTerm)), contents };
}
