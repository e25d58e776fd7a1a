import { Buffer } from 'node:buffer';
import type { VClock, VClockEntry } from '../vclock.js';
import { ByteReader, ByteWriter } from './byte-writer.js';
import { decodeDatatype, encodeDatatype } from './datatype-codec.js';
import type { DatatypeRecord, StoredEntry } from './database.js';
import type { Content, IndexEntry, Link, Pair } from './riak-object.js';

/**
 * One stored key as one compact record: what the in-memory arena and the
 * LevelDB backend keep instead of a graph of objects (a Content object,
 * its Buffers, vclock entry objects... cost about 1 KB a key). Decoded on
 * every read; byte fields of the result are views into the record.
 *
 *   Record  = Kind:8, VClock, Size, (KV: Count, Content*) | (datatype: Payload)
 *   VClock  = Count, (Actor:bytes, Counter, Timestamp)*
 *   Content = Flags:8, Vtag:latin1, LastMod, LastModUsecs, Value:bytes,
 *             then each field its flag marks, in flag order
 *
 * Numbers are varints (byte-writer.ts).
 */

const KIND_KV = 1;
const KIND_DATATYPE = 2;

const DELETED = 1;
const CONTENT_TYPE = 2;
const CHARSET = 4;
const CONTENT_ENCODING = 8;
const LINKS = 16;
const USERMETA = 32;
const INDEXES = 64;
const DOT = 128;

const INDEX_BIN = 0;
const INDEX_NUMBER = 1;
const INDEX_NEGATIVE = 2;
const INDEX_BIGINT = 3;

const scratch = new ByteWriter(4096);

/**
 * Encodes `entry`; the result is a view into a shared scratch buffer, valid
 * until the next call (copy it to keep it).
 */
export function encodeEntry(entry: StoredEntry): Buffer {
  const w = scratch;
  w.reset();
  w.byte(entry.datatype === undefined ? KIND_KV : KIND_DATATYPE);
  writeClock(w, entry.vclock);
  w.varint(entry.size);
  if (entry.datatype !== undefined) {
    w.bytes(encodeDatatype(entry.datatype.value));
    return w.view();
  }
  w.varint(entry.contents.length);
  for (const content of entry.contents) writeContent(w, content);
  return w.view();
}

export function decodeEntry(record: Buffer): StoredEntry {
  const r = new ByteReader(record);
  const kind = r.byte();
  const vclock = readClock(r);
  const size = r.varint();
  if (kind === KIND_DATATYPE) {
    const value = decodeDatatype(r.bytes());
    const datatype: DatatypeRecord = { datatype: value.kind, value };
    return { vclock, contents: [], datatype, size };
  }
  if (kind !== KIND_KV) throw new RangeError(`unknown stored record kind ${kind}`);
  const count = r.varint();
  const contents: Content[] = new Array(count);
  for (let i = 0; i < count; i++) contents[i] = readContent(r);
  return { vclock, contents, datatype: undefined, size };
}

/** True when the record is a KV object whose every sibling is a tombstone, without decoding it all. */
export function isTombstoneRecord(record: Buffer): boolean {
  const r = new ByteReader(record);
  if (r.byte() !== KIND_KV) return false;
  readClock(r);
  r.varint();
  const count = r.varint();
  if (count === 0) return false;
  for (let i = 0; i < count; i++) {
    if (!readContent(r).deleted) return false;
  }
  return true;
}

function writeClock(w: ByteWriter, clock: VClock): void {
  w.varint(clock.length);
  for (const e of clock) {
    w.bytes(e.actor);
    w.varint(e.counter);
    w.varint(e.timestamp);
  }
}

function readClock(r: ByteReader): VClock {
  const count = r.varint();
  const clock: VClockEntry[] = new Array(count);
  for (let i = 0; i < count; i++) clock[i] = { actor: r.bytes(), counter: r.varint(), timestamp: r.varint() };
  return clock;
}

function writeContent(w: ByteWriter, c: Content): void {
  let flags = c.deleted ? DELETED : 0;
  if (c.contentType !== undefined) flags |= CONTENT_TYPE;
  if (c.charset !== undefined) flags |= CHARSET;
  if (c.contentEncoding !== undefined) flags |= CONTENT_ENCODING;
  if (c.links !== undefined) flags |= LINKS;
  if (c.usermeta !== undefined) flags |= USERMETA;
  if (c.indexes !== undefined) flags |= INDEXES;
  if (c.dot !== undefined) flags |= DOT;
  w.byte(flags);
  w.latin1(c.vtag);
  w.varint(c.lastMod);
  w.varint(c.lastModUsecs);
  w.bytes(c.value);
  if (c.contentType !== undefined) w.bytes(c.contentType);
  if (c.charset !== undefined) w.bytes(c.charset);
  if (c.contentEncoding !== undefined) w.bytes(c.contentEncoding);
  if (c.links !== undefined) {
    w.varint(c.links.length);
    for (const link of c.links) {
      w.bytes(link.bucket);
      w.bytes(link.key);
      w.bytes(link.tag);
    }
  }
  if (c.usermeta !== undefined) {
    w.varint(c.usermeta.length);
    for (const pair of c.usermeta) {
      w.bytes(pair.key);
      if (pair.value === undefined) {
        w.byte(0);
      } else {
        w.byte(1);
        w.bytes(pair.value);
      }
    }
  }
  if (c.indexes !== undefined) {
    w.varint(c.indexes.length);
    for (const index of c.indexes) writeIndex(w, index);
  }
  if (c.dot !== undefined) {
    w.bytes(c.dot.actor);
    w.varint(c.dot.counter);
  }
}

function readContent(r: ByteReader): Content {
  const flags = r.byte();
  const vtag = r.latin1();
  const lastMod = r.varint();
  const lastModUsecs = r.varint();
  const value = r.bytes();
  const contentType = flags & CONTENT_TYPE ? r.bytes() : undefined;
  const charset = flags & CHARSET ? r.bytes() : undefined;
  const contentEncoding = flags & CONTENT_ENCODING ? r.bytes() : undefined;
  let links: Link[] | undefined;
  if (flags & LINKS) {
    links = new Array(r.varint());
    for (let i = 0; i < links.length; i++) links[i] = { bucket: r.bytes(), key: r.bytes(), tag: r.bytes() };
  }
  let usermeta: Pair[] | undefined;
  if (flags & USERMETA) {
    usermeta = new Array(r.varint());
    for (let i = 0; i < usermeta.length; i++) {
      const key = r.bytes();
      usermeta[i] = { key, value: r.byte() === 1 ? r.bytes() : undefined };
    }
  }
  let indexes: IndexEntry[] | undefined;
  if (flags & INDEXES) {
    indexes = new Array(r.varint());
    for (let i = 0; i < indexes.length; i++) indexes[i] = readIndex(r);
  }
  const dot = flags & DOT ? { actor: r.bytes(), counter: r.varint() } : undefined;
  return {
    value,
    contentType,
    charset,
    contentEncoding,
    links,
    usermeta,
    indexes,
    vtag,
    lastMod,
    lastModUsecs,
    deleted: (flags & DELETED) !== 0,
    dot,
  };
}

function writeIndex(w: ByteWriter, index: IndexEntry): void {
  w.latin1(index.field);
  const v = index.value;
  if (Buffer.isBuffer(v)) {
    w.byte(INDEX_BIN);
    w.bytes(v);
  } else if (typeof v === 'number') {
    w.byte(v < 0 ? INDEX_NEGATIVE : INDEX_NUMBER);
    w.varint(Math.abs(v));
  } else {
    w.byte(INDEX_BIGINT);
    w.latin1(v.toString());
  }
}

function readIndex(r: ByteReader): IndexEntry {
  const field = r.latin1();
  const tag = r.byte();
  switch (tag) {
    case INDEX_BIN:
      return { field, value: r.bytes() };
    case INDEX_NUMBER:
      return { field, value: r.varint() };
    case INDEX_NEGATIVE: {
      const magnitude = r.varint();
      return { field, value: magnitude === 0 ? 0 : -magnitude };
    }
    case INDEX_BIGINT:
      return { field, value: BigInt(r.latin1()) };
    default:
      throw new RangeError(`unknown stored index tag ${tag}`);
  }
}

/** Every distinct (field, term) of the live siblings: what a 2i query on this object can match. */
export function liveIndexes(entry: StoredEntry): IndexEntry[] {
  if (entry.datatype !== undefined) return [];
  const out: IndexEntry[] = [];
  const seen = new Set<string>();
  for (const content of entry.contents) {
    if (content.deleted || content.indexes === undefined) continue;
    for (const index of content.indexes) {
      const v = index.value;
      const id = `${index.field}\u0000${Buffer.isBuffer(v) ? `b${v.toString('latin1')}` : `i${v}`}`;
      if (seen.has(id)) continue;
      seen.add(id);
      out.push(index);
    }
  }
  return out;
}
