import { RpbErrorResp } from '../../generated/riak.js';

/** Decodes an `RpbErrorResp` (code 0) payload; `errmsg` is bytes on the wire, text in practice. */
export function decodeErrorResponse(payload: Uint8Array): { errmsg: string; errcode: number } {
  const decoded = RpbErrorResp.decode(payload);
  return { errmsg: Buffer.from(decoded.errmsg).toString('utf8'), errcode: decoded.errcode };
}
