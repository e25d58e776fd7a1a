import protobuf from 'protobufjs/minimal.js';
import { FRAME_HEADER_BYTES } from './frame-decoder.js';

/** The encode half of a generated message class. */
export interface MessageEncoder<T> {
  encode(message: T, writer?: protobuf.Writer): protobuf.Writer;
}

/**
 * Encodes `message` as one complete frame in a single buffer: 5 header bytes
 * are reserved in the protobuf writer before the payload, then back-filled,
 * so the payload is never copied after encoding.
 */
export function encodeFrame<T>(code: number, type: MessageEncoder<T>, message: T): Buffer {
  // fixed32(0) + uint32(0) reserve exactly 4 + 1 bytes.
  const writer = protobuf.Writer.create().fixed32(0).uint32(0);
  const frame = type.encode(message, writer).finish() as Buffer;
  frame.writeUInt32BE(frame.length - 4, 0);
  frame[4] = code;
  return frame;
}

/**
 * A frame with no payload (ping, server info, STARTTLS, ...). Built once per
 * code and shared: callers must not modify it.
 */
export function emptyFrame(code: number): Buffer {
  let frame = emptyFrames[code];
  if (frame === undefined) {
    frame = Buffer.from([0, 0, 0, 1, code]);
    emptyFrames[code] = frame;
  }
  return frame;
}
const emptyFrames: Buffer[] = [];

/** Frames raw payload bytes under `code` (used for codes with no generated class). */
export function rawFrame(code: number, payload: Uint8Array): Buffer {
  const frame = Buffer.allocUnsafe(FRAME_HEADER_BYTES + payload.length);
  frame.writeUInt32BE(payload.length + 1, 0);
  frame[4] = code;
  frame.set(payload, FRAME_HEADER_BYTES);
  return frame;
}
