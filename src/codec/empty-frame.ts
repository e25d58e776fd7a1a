import { Buffer } from 'node:buffer';
import { RiakInvalidArgumentError } from '../errors.js';

/** A message code fits the frame's one code byte. */
export function messageCode(code: number): number {
  if (!Number.isInteger(code) || code < 0 || code > 255) throw new RiakInvalidArgumentError(`A message code is an integer from 0 to 255, got ${String(code)}`);
  return code;
}

/**
 * A frame with no payload (ping, server info, STARTTLS, ...). Built once per
 * code and shared: callers must not modify it (the request and reply paths
 * only write it to a socket). Outside the library, {@link newEmptyFrame}.
 */
export function emptyFrame(code: number): Buffer {
  let frame = emptyFrames[code];
  if (frame === undefined) {
    frame = Buffer.from([0, 0, 0, 1, messageCode(code)]);
    emptyFrames[code] = frame;
  }
  return frame;
}
const emptyFrames: Buffer[] = [];

/**
 * A frame with no payload (ping, server info, STARTTLS, ...) under `code`,
 * as a new buffer: the caller's to keep or change (`emptyFrame` of
 * `riak-pb/protocol`).
 */
export function newEmptyFrame(code: number): Buffer {
  return Buffer.from(emptyFrame(code));
}
