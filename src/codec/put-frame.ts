import { FRAME_HEADER_BYTES } from './frame-decoder.js';
import { reserveFrame, type FrameRange } from './frame-slab.js';
import { RepeatedText, byteLength, varintSize, writeBool, writeField, writeHeader, writeUint, writeVarint, type Bytes } from './wire-write.js';

/**
 * The fields of an RpbPutReq whose content has no links, user metadata or
 * indexes (most puts), checked by the caller: text or bytes, quorums already
 * Riak's wire integers. One instance is refilled for every put.
 */
export class PutFields {
  bucket: Bytes | undefined = undefined;
  key: Bytes | undefined = undefined;
  vclock: Bytes | undefined = undefined;
  value: Bytes = '';
  contentType: Bytes | undefined = undefined;
  charset: Bytes | undefined = undefined;
  contentEncoding: Bytes | undefined = undefined;
  w: number | undefined = undefined;
  dw: number | undefined = undefined;
  returnBody: boolean | undefined = undefined;
  pw: number | undefined = undefined;
  ifNotModified: boolean | undefined = undefined;
  ifNoneMatch: boolean | undefined = undefined;
  returnHead: boolean | undefined = undefined;
  timeout: number | undefined = undefined;
  asis: boolean | undefined = undefined;
  sloppyQuorum: boolean | undefined = undefined;
  nVal: number | undefined = undefined;
  type: Bytes | undefined = undefined;
  nodeConfirms: number | undefined = undefined;

  /** Forgets every field (a big value must not stay pinned here). */
  clear(): void {
    this.bucket = this.key = this.vclock = this.contentType = this.charset = this.contentEncoding = this.type = undefined;
    this.value = '';
    this.w = this.dw = this.pw = this.timeout = this.nVal = this.nodeConfirms = undefined;
    this.returnBody = this.ifNotModified = this.ifNoneMatch = this.returnHead = this.asis = this.sloppyQuorum = undefined;
  }
}

// The fields that mostly repeat from put to put, kept as bytes while they do.
const buckets = new RepeatedText();
const contentTypes = new RepeatedText();
const charsets = new RepeatedText();
const encodings = new RepeatedText();
const types = new RepeatedText();

/**
 * Encodes `fields` as an RpbPutReq frame into `out`, byte-identical to
 * protobufjs (fields in field-number order; checked by property tests),
 * with straight-line code: a put's fields are known, so none of the flat
 * encoder's per-field bookkeeping. Text is written as UTF-8 straight into
 * the frame, bytes copied once; a small frame goes to the shared slab, a
 * large one to a buffer of exactly its size.
 */
export function encodePutFrameTo(code: number, fields: PutFields, out: FrameRange): void {
  const { key, vclock, value } = fields;
  const bucket = fields.bucket === undefined ? undefined : buckets.of(fields.bucket);
  const contentType = fields.contentType === undefined ? undefined : contentTypes.of(fields.contentType);
  const charset = fields.charset === undefined ? undefined : charsets.of(fields.charset);
  const contentEncoding = fields.contentEncoding === undefined ? undefined : encodings.of(fields.contentEncoding);
  const type = fields.type === undefined ? undefined : types.of(fields.type);
  const bucketLength = bucket === undefined ? -1 : byteLength(bucket);
  const keyLength = key === undefined ? -1 : byteLength(key);
  const vclockLength = vclock === undefined ? -1 : byteLength(vclock);
  const valueLength = byteLength(value);
  const contentTypeLength = contentType === undefined ? -1 : byteLength(contentType);
  const charsetLength = charset === undefined ? -1 : byteLength(charset);
  const encodingLength = contentEncoding === undefined ? -1 : byteLength(contentEncoding);
  const typeLength = type === undefined ? -1 : byteLength(type);
  // Field sizes written out rather than through helpers: V8 inlines only so much code into one
  // function, and the writes below gain more from it (about 30 ns a put).
  const contentSize =
    (valueLength < 0x80 ? valueLength + 2 : 1 + varintSize(valueLength) + valueLength) +
    (contentTypeLength < 0 ? 0 : contentTypeLength < 0x80 ? contentTypeLength + 2 : 1 + varintSize(contentTypeLength) + contentTypeLength) +
    (charsetLength < 0 ? 0 : charsetLength < 0x80 ? charsetLength + 2 : 1 + varintSize(charsetLength) + charsetLength) +
    (encodingLength < 0 ? 0 : encodingLength < 0x80 ? encodingLength + 2 : 1 + varintSize(encodingLength) + encodingLength);
  const size =
    FRAME_HEADER_BYTES +
    (bucketLength < 0 ? 0 : bucketLength < 0x80 ? bucketLength + 2 : 1 + varintSize(bucketLength) + bucketLength) +
    (keyLength < 0 ? 0 : keyLength < 0x80 ? keyLength + 2 : 1 + varintSize(keyLength) + keyLength) +
    (vclockLength < 0 ? 0 : vclockLength < 0x80 ? vclockLength + 2 : 1 + varintSize(vclockLength) + vclockLength) +
    1 +
    varintSize(contentSize) +
    contentSize +
    (fields.w === undefined ? 0 : 1 + varintSize(fields.w)) +
    (fields.dw === undefined ? 0 : 1 + varintSize(fields.dw)) +
    (fields.returnBody === undefined ? 0 : 2) +
    (fields.pw === undefined ? 0 : 1 + varintSize(fields.pw)) +
    (fields.ifNotModified === undefined ? 0 : 2) +
    (fields.ifNoneMatch === undefined ? 0 : 2) +
    (fields.returnHead === undefined ? 0 : 2) +
    (fields.timeout === undefined ? 0 : 1 + varintSize(fields.timeout)) +
    (fields.asis === undefined ? 0 : 2) +
    (fields.sloppyQuorum === undefined ? 0 : 2) +
    (fields.nVal === undefined ? 0 : 1 + varintSize(fields.nVal)) +
    // Fields 16 and 17 have two-byte keys.
    (typeLength < 0 ? 0 : typeLength < 0x80 ? typeLength + 3 : 2 + varintSize(typeLength) + typeLength) +
    (fields.nodeConfirms === undefined ? 0 : 2 + varintSize(fields.nodeConfirms));

  const start = reserveFrame(size, out);
  const frame = out.frameBuffer;
  writeHeader(frame, start, size - 4, code);
  let offset = start + FRAME_HEADER_BYTES;
  // Keys: (field number << 3) | wire type (0 varint, 2 length-delimited).
  if (bucket !== undefined) offset = writeField(frame, offset, 0x0a, bucket, bucketLength); // 1 bucket
  if (key !== undefined) offset = writeField(frame, offset, 0x12, key, keyLength); // 2 key
  if (vclock !== undefined) offset = writeField(frame, offset, 0x1a, vclock, vclockLength); // 3 vclock
  frame[offset++] = 0x22; // 4 content: RpbContent
  offset = writeVarint(frame, offset, contentSize);
  offset = writeField(frame, offset, 0x0a, value, valueLength); // content 1 value
  if (contentType !== undefined) offset = writeField(frame, offset, 0x12, contentType, contentTypeLength); // content 2 content_type
  if (charset !== undefined) offset = writeField(frame, offset, 0x1a, charset, charsetLength); // content 3 charset
  if (contentEncoding !== undefined) offset = writeField(frame, offset, 0x22, contentEncoding, encodingLength); // content 4 content_encoding
  if (fields.w !== undefined) offset = writeUint(frame, offset, 0x28, fields.w); // 5 w
  if (fields.dw !== undefined) offset = writeUint(frame, offset, 0x30, fields.dw); // 6 dw
  if (fields.returnBody !== undefined) offset = writeBool(frame, offset, 0x38, fields.returnBody); // 7 return_body
  if (fields.pw !== undefined) offset = writeUint(frame, offset, 0x40, fields.pw); // 8 pw
  if (fields.ifNotModified !== undefined) offset = writeBool(frame, offset, 0x48, fields.ifNotModified); // 9 if_not_modified
  if (fields.ifNoneMatch !== undefined) offset = writeBool(frame, offset, 0x50, fields.ifNoneMatch); // 10 if_none_match
  if (fields.returnHead !== undefined) offset = writeBool(frame, offset, 0x58, fields.returnHead); // 11 return_head
  if (fields.timeout !== undefined) offset = writeUint(frame, offset, 0x60, fields.timeout); // 12 timeout
  if (fields.asis !== undefined) offset = writeBool(frame, offset, 0x68, fields.asis); // 13 asis
  if (fields.sloppyQuorum !== undefined) offset = writeBool(frame, offset, 0x70, fields.sloppyQuorum); // 14 sloppy_quorum
  if (fields.nVal !== undefined) offset = writeUint(frame, offset, 0x78, fields.nVal); // 15 n_val
  if (type !== undefined) {
    frame[offset++] = 0x82; // 16 type: key 130 as a varint
    offset = writeField(frame, offset, 0x01, type, typeLength);
  }
  if (fields.nodeConfirms !== undefined) {
    frame[offset++] = 0x88; // 17 node_confirms: key 136 as a varint
    offset = writeUint(frame, offset, 0x01, fields.nodeConfirms);
  }
  out.frameEnd = offset;
}
