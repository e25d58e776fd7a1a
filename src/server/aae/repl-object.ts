import { Buffer } from 'node:buffer';
import { termToBinary } from '../../codec/erlang/etf.js';
import { ErlImproperList, ErlTuple, type AnyTerm } from '../../codec/erlang/term.js';
import { objectTerm } from '../mapreduce/riak-object-term.js';
import type { StoredEntry } from '../store/database.js';
import { clockTerm } from './keystore.js';

/**
 * riak_object:nextgenrepl_encode(repl_v1, RObj, false), what RpbFetchResp
 * carries in `replencoded_object`:
 *
 *   <<1:4, Compressed:1, 0:3, TypeLen:32, Type, BucketLen:32, Bucket,
 *     KeyLen:32, Key, ObjectV1/binary>>      (TypeLen 0 in the default type)
 *
 * and ObjectV1 is riak_object:to_binary(v1, RObj) (new_v1/2):
 *
 *   <<53, 1, VclockLen:32, term_to_binary(VClock), SibCount:32, Sibs>>
 *   Sib  = <<ValLen:32, 1, Value, MetaLen:32, LastMod:96, VTagLen:8, VTag,
 *            Deleted:8, Entries>>
 *   Entry = <<KeyLen:32, KeyBin, ValLen:32, ValBin>>   (encode_maybe_binary:
 *            a binary is <<1, Bin>>, any other term <<0, term_to_binary>>)
 *
 * The metadata entries come in dict:fold/3 order of the sibling's metadata
 * dict (the dict the dev server builds for MapReduce, riak-object-term.ts).
 */

const u32 = (n: number): Buffer => {
  const b = Buffer.allocUnsafe(4);
  b.writeUInt32BE(n >>> 0, 0);
  return b;
};

/** encode_maybe_binary/1. */
function maybeBinary(term: AnyTerm): Buffer {
  return Buffer.isBuffer(term) ? Buffer.concat([Buffer.from([1]), term]) : Buffer.concat([Buffer.from([0]), termToBinary(term)]);
}

/** A dict's `[Key | Value]` cells in dict:fold/3 order: slots last to first, each slot first to last. */
function dictFold(dict: ErlTuple<AnyTerm>): [AnyTerm, AnyTerm][] {
  const segment = (dict.items[8] as ErlTuple<AnyTerm>).items[0] as ErlTuple<AnyTerm>;
  const out: [AnyTerm, AnyTerm][] = [];
  for (let slot = segment.items.length - 1; slot >= 0; slot--) {
    for (const cell of segment.items[slot] as AnyTerm[]) {
      if (cell instanceof ErlImproperList) out.push([cell.items[0], cell.items.length === 1 ? cell.tail : new ErlImproperList(cell.items.slice(1), cell.tail)]);
      else if (Array.isArray(cell)) out.push([cell[0], cell.slice(1)]);
    }
  }
  return out;
}

const isKey = (term: AnyTerm, name: string): boolean => Buffer.isBuffer(term) && term.toString('latin1') === name;

/** meta_bin/1 of one sibling's metadata dict. */
function metaBin(dict: ErlTuple<AnyTerm>): Buffer {
  let vtag = Buffer.from('e');
  let lastMod = Buffer.alloc(12);
  let deleted = 0;
  const rest: Buffer[] = [];
  for (const [key, value] of dictFold(dict)) {
    if (isKey(key, 'X-Riak-VTag')) {
      vtag = Buffer.from(typeof value === 'string' ? value : (value as number[]).map((c) => String.fromCharCode(c)).join(''), 'latin1');
    } else if (isKey(key, 'X-Riak-Last-Modified') && value instanceof ErlTuple) {
      lastMod = Buffer.concat((value.items as number[]).map(u32));
    } else if (isKey(key, 'X-Riak-Deleted')) {
      deleted = 1;
    } else {
      const keyBin = maybeBinary(key);
      const valueBin = maybeBinary(value);
      rest.push(u32(keyBin.length), keyBin, u32(valueBin.length), valueBin);
    }
  }
  return Buffer.concat([lastMod, Buffer.from([vtag.length]), vtag, Buffer.from([deleted]), ...rest]);
}

/** riak_object:to_binary(v1, RObj) of a stored entry. */
export function objectV1(bucket: Buffer, key: Buffer, type: Buffer | undefined, entry: StoredEntry): Buffer {
  const term = objectTerm(type === undefined ? bucket : new ErlTuple<AnyTerm>(type, bucket), key, entry);
  const contents = term.items[3] as ErlTuple<AnyTerm>[];
  const vclock = termToBinary(clockTerm(entry.vclock));
  const parts: Buffer[] = [Buffer.from([53, 1]), u32(vclock.length), vclock, u32(contents.length)];
  for (const content of contents) {
    const value = maybeBinary(content.items[2]);
    const meta = metaBin(content.items[1] as ErlTuple<AnyTerm>);
    parts.push(u32(value.length), value, u32(meta.length), meta);
  }
  return Buffer.concat(parts);
}

/** riak_object:nextgenrepl_encode(repl_v1, RObj, false). */
export function replEncode(bucket: Buffer, key: Buffer, type: Buffer | undefined, entry: StoredEntry): Buffer {
  const head = type === undefined ? [u32(0)] : [u32(type.length), type];
  return Buffer.concat([Buffer.from([0x10]), ...head, u32(bucket.length), bucket, u32(key.length), key, objectV1(bucket, key, type, entry)]);
}
