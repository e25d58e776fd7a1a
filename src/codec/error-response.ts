import { RpbErrorResp } from '../../generated/riak.js';

/**
 * Decodes an `RpbErrorResp` (code 0) payload to Riak's error text and code;
 * `errmsg` is bytes on the wire, text (UTF-8) in practice. A payload that is
 * not an RpbErrorResp throws protobufjs's error.
 */
export function decodeErrorResponse(payload: Uint8Array): { errmsg: string; errcode: number } {
  const decoded = RpbErrorResp.decode(payload);
  return { errmsg: Buffer.from(decoded.errmsg).toString('utf8'), errcode: decoded.errcode };
}
