import { FRAME_HEADER_BYTES } from './frame-decoder.js';
import { reserveFrame, type FrameRange } from './frame-slab.js';
import { RepeatedText, byteLength, varintSize, writeBool, writeField, writeHeader, writeUint, type Bytes } from './wire-write.js';

/**
 * The fields of an RpbGetReq, checked by the caller: text or bytes, quorums
 * already Riak's wire integers. One instance is refilled for every get.
 */
export class GetFields {
  bucket: Bytes = '';
  key: Bytes = '';
  r: number | undefined = undefined;
  pr: number | undefined = undefined;
  basicQuorum: boolean | undefined = undefined;
  notfoundOk: boolean | undefined = undefined;
  ifModified: Bytes | undefined = undefined;
  head: boolean | undefined = undefined;
  deletedvclock: boolean | undefined = undefined;
  timeout: number | undefined = undefined;
  sloppyQuorum: boolean | undefined = undefined;
  nVal: number | undefined = undefined;
  type: Bytes | undefined = undefined;
  nodeConfirms: number | undefined = undefined;

  /** Forgets every field. */
  clear(): void {
    this.bucket = this.key = '';
    this.ifModified = this.type = undefined;
    this.r = this.pr = this.timeout = this.nVal = this.nodeConfirms = undefined;
    this.basicQuorum = this.notfoundOk = this.head = this.deletedvclock = this.sloppyQuorum = undefined;
  }
}

// The fields that mostly repeat from get to get, kept as bytes while they do.
const buckets = new RepeatedText();
const types = new RepeatedText();

/**
 * Encodes `fields` as an RpbGetReq frame into `out`, byte-identical to
 * protobufjs (fields in field-number order; checked by property tests), in
 * straight-line code like the put's (put-frame.ts).
 */
export function encodeGetFrameTo(code: number, fields: GetFields, out: FrameRange): void {
  const { key, ifModified } = fields;
  const bucket = buckets.of(fields.bucket);
  const type = fields.type === undefined ? undefined : types.of(fields.type);
  const bucketLength = byteLength(bucket);
  const keyLength = byteLength(key);
  const ifModifiedLength = ifModified === undefined ? -1 : byteLength(ifModified);
  const typeLength = type === undefined ? -1 : byteLength(type);
  // Field sizes written out rather than through helpers: V8 inlines only so much code into one
  // function, and the writes below gain more from it (as in put-frame.ts).
  const size =
    FRAME_HEADER_BYTES +
    (bucketLength < 0x80 ? bucketLength + 2 : 1 + varintSize(bucketLength) + bucketLength) +
    (keyLength < 0x80 ? keyLength + 2 : 1 + varintSize(keyLength) + keyLength) +
    (fields.r === undefined ? 0 : 1 + varintSize(fields.r)) +
    (fields.pr === undefined ? 0 : 1 + varintSize(fields.pr)) +
    (fields.basicQuorum === undefined ? 0 : 2) +
    (fields.notfoundOk === undefined ? 0 : 2) +
    (ifModifiedLength < 0 ? 0 : ifModifiedLength < 0x80 ? ifModifiedLength + 2 : 1 + varintSize(ifModifiedLength) + ifModifiedLength) +
    (fields.head === undefined ? 0 : 2) +
    (fields.deletedvclock === undefined ? 0 : 2) +
    (fields.timeout === undefined ? 0 : 1 + varintSize(fields.timeout)) +
    (fields.sloppyQuorum === undefined ? 0 : 2) +
    (fields.nVal === undefined ? 0 : 1 + varintSize(fields.nVal)) +
    (typeLength < 0 ? 0 : typeLength < 0x80 ? typeLength + 2 : 1 + varintSize(typeLength) + typeLength) +
    (fields.nodeConfirms === undefined ? 0 : 1 + varintSize(fields.nodeConfirms));
  const start = reserveFrame(size, out);
  const frame = out.frameBuffer;
  writeHeader(frame, start, size - 4, code);
  // Keys: (field number << 3) | wire type (0 varint, 2 length-delimited).
  let offset = writeField(frame, start + FRAME_HEADER_BYTES, 0x0a, bucket, bucketLength); // 1 bucket
  offset = writeField(frame, offset, 0x12, key, keyLength); // 2 key
  if (fields.r !== undefined) offset = writeUint(frame, offset, 0x18, fields.r); // 3 r
  if (fields.pr !== undefined) offset = writeUint(frame, offset, 0x20, fields.pr); // 4 pr
  if (fields.basicQuorum !== undefined) offset = writeBool(frame, offset, 0x28, fields.basicQuorum); // 5 basic_quorum
  if (fields.notfoundOk !== undefined) offset = writeBool(frame, offset, 0x30, fields.notfoundOk); // 6 notfound_ok
  if (ifModified !== undefined) offset = writeField(frame, offset, 0x3a, ifModified, ifModifiedLength); // 7 if_modified
  if (fields.head !== undefined) offset = writeBool(frame, offset, 0x40, fields.head); // 8 head
  if (fields.deletedvclock !== undefined) offset = writeBool(frame, offset, 0x48, fields.deletedvclock); // 9 deletedvclock
  if (fields.timeout !== undefined) offset = writeUint(frame, offset, 0x50, fields.timeout); // 10 timeout
  if (fields.sloppyQuorum !== undefined) offset = writeBool(frame, offset, 0x58, fields.sloppyQuorum); // 11 sloppy_quorum
  if (fields.nVal !== undefined) offset = writeUint(frame, offset, 0x60, fields.nVal); // 12 n_val
  if (type !== undefined) offset = writeField(frame, offset, 0x6a, type, typeLength); // 13 type
  if (fields.nodeConfirms !== undefined) offset = writeUint(frame, offset, 0x70, fields.nodeConfirms); // 14 node_confirms
  out.frameEnd = offset;
}
