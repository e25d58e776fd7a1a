import { Cursor } from './proto-cursor.js';

/**
 * Decodes an `RpbErrorResp` (code 0) payload to Riak's error text and code;
 * `errmsg` is bytes on the wire, text (UTF-8) in practice. A payload that is
 * not an RpbErrorResp throws, as the generated class does ("missing required
 * 'errmsg'"...; a test compares the two on random payloads). Hand-written:
 * an error reply to a get or a put must not need the generated classes,
 * which the client loads only for calls that use them.
 */
export function decodeErrorResponse(payload: Uint8Array): { errmsg: string; errcode: number } {
  const bytes = Buffer.isBuffer(payload) ? payload : Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength);
  const cursor = new Cursor(bytes, 0, bytes.length);
  let errmsg: string | undefined;
  let errcode: number | undefined;
  while (cursor.pos < cursor.end) {
    const tag = cursor.varint();
    const field = tag >>> 3;
    const wire = tag & 7;
    // A field of another wire type is skipped, as protobufjs does; the last occurrence wins.
    if (field === 1 && wire === 2) {
      const start = cursor.delimited();
      errmsg = bytes.toString('utf8', start, cursor.pos);
    } else if (field === 2 && wire === 0) {
      errcode = cursor.uint32();
    } else {
      cursor.skip(wire);
    }
  }
  if (errmsg === undefined) throw new Error("missing required 'errmsg'");
  if (errcode === undefined) throw new Error("missing required 'errcode'");
  return { errmsg, errcode };
}
