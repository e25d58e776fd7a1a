import { Buffer } from 'node:buffer';
import { Cursor, readTag, skipField } from './proto-cursor.js';

/**
 * Decodes an `RpbErrorResp` (code 0) payload to Riak's error text and code;
 * `errmsg` is bytes on the wire, text (UTF-8) in practice. Hand-written, so
 * that an error reply to a get or a put needs no generated classes (the
 * client loads them only for calls that use them), and reading what the
 * generated class reads (the cursor's protobufjs rules: varints, fields of
 * another wire type and groups skipped, field number 0 refused, the last
 * occurrence of a field kept); what it rejects throws here too ("missing
 * required 'errmsg'", a truncated field...; a property test compares the two
 * on random payloads).
 */
export function decodeErrorResponse(payload: Uint8Array): { errmsg: string; errcode: number } {
  const bytes = Buffer.isBuffer(payload) ? payload : Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength);
  const cursor = new Cursor(bytes, 0, bytes.length);
  let errmsg: string | undefined;
  let errcode: number | undefined;
  while (cursor.pos < cursor.end) {
    const tag = readTag(cursor);
    if (tag === 0x0a) {
      const start = cursor.delimited();
      errmsg = bytes.toString('utf8', start, cursor.pos);
    } else if (tag === 0x10) {
      errcode = cursor.uint32();
    } else {
      skipField(cursor, tag, 0);
    }
  }
  if (errmsg === undefined) throw new Error("missing required 'errmsg'");
  if (errcode === undefined) throw new Error("missing required 'errcode'");
  return { errmsg, errcode };
}
