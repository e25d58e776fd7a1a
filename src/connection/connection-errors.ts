import type { Buffer } from 'node:buffer';
import { decodeErrorResponse } from '../codec/error-response.js';
import { foreignProtocol, printableBytes } from '../codec/foreign-peer.js';
import { RiakConnectionError, RiakProtocolError, type RiakError } from '../errors.js';
import { serverErrorFor } from './security-replies.js';

/** An `RpbErrorResp` payload as the error its request fails with; one that does not decode is the peer's fault. */
export function serverError(node: string, payload: Buffer): RiakError {
  let decoded: { errmsg: string; errcode: number };
  try {
    decoded = decodeErrorResponse(payload);
  } catch (cause) {
    throw new RiakProtocolError(`Undecodable RpbErrorResp from ${node}`, { cause });
  }
  return serverErrorFor(node, decoded.errmsg, decoded.errcode);
}

/**
 * The error of a request still waiting when its connection ends with `error`
 * (undefined: a clean close): whether it was `written` decides whether its
 * outcome is unknown.
 */
export function lostError(node: string, error: RiakError | undefined, written: boolean): RiakError {
  // Protocol errors and read deadlines reach every request as they are.
  if (error !== undefined && !(error instanceof RiakConnectionError)) return error;
  if (error instanceof RiakConnectionError && error.outcomeUnknown === written) return error;
  const reason = error ? error.message : 'connection closed';
  const message = written
    ? `Connection to ${node} lost with the request on the wire (${reason}); its outcome is unknown`
    : `Connection to ${node} lost before the request was sent (${reason})`;
  return new RiakConnectionError(message, node, { cause: error, outcomeUnknown: written });
}

/** A protocol error before the first reply: the peer may not be Riak at all; say what it seems to speak (from its `firstBytes`). */
export function foreignPeerError(node: string, firstBytes: Buffer | undefined, error: RiakError): RiakError {
  if (firstBytes === undefined || !(error instanceof RiakProtocolError)) return error;
  const protocol = foreignProtocol(firstBytes);
  const speaks = protocol === undefined ? 'something that is not Riak Protocol Buffers' : protocol;
  return new RiakProtocolError(
    `${node} does not speak Riak Protocol Buffers: it answered with ${speaks} ("${printableBytes(firstBytes)}"). ` +
      `Is it Riak's PB port (8087 by default) rather than its HTTP port (8098)?`,
    { cause: error },
  );
}
