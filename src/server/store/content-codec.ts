import { performance } from 'node:perf_hooks';
import { Buffer } from 'node:buffer';
import type { RpbContent, RpbLink, RpbPair } from '../../../generated/riak.js';
import { formatTerm } from '../erlang/format.js';
import { atom, tuple, type ErlTerm } from '../../codec/erlang/term.js';
import { makeVtag } from '../ids.js';
import { has } from '../protocol/decode.js';
import type { Content, IndexEntry, Link, Pair } from './riak-object.js';

const EMPTY = Buffer.alloc(0);

/**
 * Contents built from a request keep views of its frame: the store encodes
 * them into its own record before the handler returns (entry-codec.ts), so
 * nothing stored points into a frame.
 */
const copy = (bytes: Uint8Array): Buffer => (Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
const shared = copy;

/** Microseconds since the epoch, for X-Riak-Last-Modified. */
export function nowMicros(): number {
  return Math.floor((performance.timeOrigin + performance.now()) * 1000);
}

/**
 * Builds the content to store from a put's RpbContent
 * (riak_pb_kv_codec:decode_content/1, then riak_object's update of vtag and
 * last-modified).
 * Indexes must already be parsed ({@link parseIndexes}).
 */
export function contentFromPut(pb: RpbContent.$Properties, indexes: IndexEntry[] | undefined, micros: number): Content {
  const field = (name: 'contentType' | 'charset' | 'contentEncoding'): Buffer | undefined => {
    const bytes = pb[name];
    return has(pb, name) && bytes ? shared(bytes) : undefined;
  };
  return {
    value: copy(pb.value ?? EMPTY),
    contentType: field('contentType'),
    charset: field('charset'),
    contentEncoding: field('contentEncoding'),
    links: pb.links && pb.links.length > 0 ? pb.links.map(copyLink) : undefined,
    usermeta: pb.usermeta && pb.usermeta.length > 0 ? pb.usermeta.map(copyPair) : undefined,
    indexes: indexes && indexes.length > 0 ? indexes : undefined,
    vtag: makeVtag(),
    lastMod: Math.floor(micros / 1e6),
    lastModUsecs: micros % 1e6,
    deleted: pb.deleted === true,
    dot: undefined,
  };
}

/** Content the server makes itself (a tombstone, a datatype's face): no links, usermeta or indexes; a fresh vtag, last-modified `micros`. */
export function serverContent(value: Buffer, contentType: Buffer | undefined, deleted: boolean, micros: number): Content {
  return {
    value,
    contentType,
    charset: undefined,
    contentEncoding: undefined,
    links: undefined,
    usermeta: undefined,
    indexes: undefined,
    vtag: makeVtag(),
    lastMod: Math.floor(micros / 1e6),
    lastModUsecs: micros % 1e6,
    deleted,
    dot: undefined,
  };
}

/** A tombstone (riak_kv_delete:generate_tombstone/2): empty value, X-Riak-Deleted, fresh vtag and timestamp. */
export function tombstone(micros: number): Content {
  return serverContent(EMPTY, undefined, true, micros);
}

function copyLink(link: RpbLink.$Properties): Link {
  return { bucket: shared(link.bucket ?? EMPTY), key: copy(link.key ?? EMPTY), tag: shared(link.tag ?? EMPTY) };
}

function copyPair(pair: RpbPair.$Properties): Pair {
  return { key: shared(pair.key), value: pair.value ? copy(pair.value) : undefined };
}

/** riak_pb_kv_codec:encode_content/1; `head` blanks the value (RpbGetReq.head, return_head). */
export function toRpbContent(content: Content, head = false): RpbContent.$Properties {
  const pb: RpbContent.$Properties = { value: head ? EMPTY : content.value };
  if (content.contentType !== undefined) pb.contentType = content.contentType;
  if (content.charset !== undefined) pb.charset = content.charset;
  if (content.contentEncoding !== undefined) pb.contentEncoding = content.contentEncoding;
  pb.vtag = Buffer.from(content.vtag, 'latin1');
  if (content.links) pb.links = content.links;
  pb.lastMod = content.lastMod;
  pb.lastModUsecs = content.lastModUsecs;
  if (content.usermeta) pb.usermeta = content.usermeta.map((p) => (p.value === undefined ? { key: p.key } : { key: p.key, value: p.value }));
  if (content.indexes) {
    pb.indexes = content.indexes.map((e) => ({
      key: Buffer.from(e.field, 'latin1'),
      value: Buffer.isBuffer(e.value) ? e.value : Buffer.from(String(e.value), 'latin1'),
    }));
  }
  if (content.deleted) pb.deleted = true;
  return pb;
}

/** string:to_lower/1 on a latin1 byte string (A-Z and À-Þ except ×). */
export function latin1Lower(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out += (c >= 65 && c <= 90) || (c >= 192 && c <= 222 && c !== 215) ? String.fromCharCode(c + 32) : text[i];
  }
  return out;
}

/** list_to_integer/1: optional sign then decimal digits. */
export function parseErlangInteger(text: string): number | bigint | undefined {
  if (!/^[+-]?[0-9]+$/.test(text)) return undefined;
  const big = BigInt(text);
  return big >= BigInt(Number.MIN_SAFE_INTEGER) && big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(big) : big;
}

export type IndexFieldType = '$bucket' | '$key' | 'bin' | 'int';

/** riak_index:parse_field/3's suffix match on a lower-cased field name. */
export function indexFieldType(field: string): IndexFieldType | undefined {
  if (field === '$bucket') return '$bucket';
  if (field === '$key') return '$key';
  if (field.length > 4 && field.endsWith('_bin')) return 'bin';
  if (field.length > 4 && field.endsWith('_int')) return 'int';
  return undefined;
}

/** Erlang term order for index values: integers before binaries. */
export function compareIndexValues(a: Buffer | number | bigint, b: Buffer | number | bigint): number {
  const aBin = Buffer.isBuffer(a);
  const bBin = Buffer.isBuffer(b);
  if (aBin && bBin) return Buffer.compare(a, b);
  if (aBin) return 1;
  if (bBin) return -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * riak_index:parse_fields/1 (run by the put FSM's precommit hook): field
 * names lower-cased, `_int` values parsed, entries sorted and de-duplicated.
 * Throws the precommit failure text Riak sends
 * (`{precommit_fail,[{unknown_field_type,<<"x">>}]}`).
 */
export function parseIndexes(pairs: RpbPair.$Properties[] | null | undefined): IndexEntry[] | undefined {
  if (!pairs || pairs.length === 0) return undefined;
  const parsed: IndexEntry[] = [];
  const failures: ErlTerm[] = [];
  for (const pair of pairs) {
    const field = latin1Lower(Buffer.from(pair.key).toString('latin1'));
    const raw = copy(pair.value ?? EMPTY);
    const kind = indexFieldType(field);
    if (kind === undefined) {
      failures.push(tuple(atom('unknown_field_type'), Buffer.from(field, 'latin1')));
    } else if (kind === 'int') {
      const value = parseErlangInteger(raw.toString('latin1'));
      if (value === undefined) failures.push(tuple(atom('field_parsing_failed'), tuple(Buffer.from(field, 'latin1'), raw)));
      else parsed.push({ field, value });
    } else {
      parsed.push({ field, value: raw });
    }
  }
  if (failures.length > 0) {
    const texts = [...new Set(failures.map(formatTerm))].sort();
    throw new IndexParseError(`{precommit_fail,[${texts.join(',')}]}`);
  }
  parsed.sort((a, b) => (a.field < b.field ? -1 : a.field > b.field ? 1 : compareIndexValues(a.value, b.value)));
  return parsed.filter((e, i) => i === 0 || e.field !== parsed[i - 1].field || compareIndexValues(e.value, parsed[i - 1].value) !== 0);
}

export class IndexParseError extends Error {}
