import { Buffer } from 'node:buffer';
import protobuf from 'protobufjs/minimal.js';
import { type RiakError, RiakInvalidArgumentError } from '../errors.js';
import { messageCode } from './empty-frame.js';
import { FRAME_HEADER_BYTES } from './frame-decoder.js';

/** The encode half of a generated message class (and its `verify`, which names a bad field). */
export interface MessageEncoder<T> {
  encode(message: T, writer?: protobuf.Writer): protobuf.Writer;
  verify?(message: { [k: string]: unknown }): string | null;
}

/**
 * protobufjs reads a string given for a `bytes` field as base64 (`'counters'`
 * would go out as the 6 bytes `72 8b a7 b5 ea ec`). This writer sends it as
 * UTF-8, as the flat encoder and every typed call do. Generated encoders pass
 * their writer down, so nested and repeated fields (DtOp, MapField, RpbContent,
 * RpbLink, RpbPair...) get the same rule. A value that is neither text nor
 * bytes (a number, a missing required field) is refused instead of going out
 * as an empty field.
 */
class Utf8BytesWriter extends protobuf.BufferWriter {
  override bytes(value: Uint8Array | string): protobuf.Writer {
    if (typeof value === 'string') return super.bytes(Buffer.from(value, 'utf8'));
    if (!(value instanceof Uint8Array)) throw new RiakInvalidArgumentError(`a bytes field needs a string or a Uint8Array, got ${kindOf(value)}`);
    return super.bytes(value);
  }
}

function kindOf(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * Encodes `message` as one complete frame in a single buffer: 5 header bytes
 * are reserved in the protobuf writer before the payload, then back-filled,
 * so the payload is never copied after encoding. A message that cannot be
 * encoded throws a `RiakInvalidArgumentError` naming the field when
 * `verify` can tell it (`name` names the message in that error).
 */
export function encodeFrame<T>(code: number, type: MessageEncoder<T>, message: T, name = `message code ${code}`): Buffer {
  let frame: Buffer;
  try {
    // fixed32(0) + uint32(0) reserve exactly 4 + 1 bytes.
    const writer = new Utf8BytesWriter().fixed32(0).uint32(0);
    frame = type.encode(message, writer).finish() as Buffer;
  } catch (cause) {
    throw invalidMessage(name, type, message, cause);
  }
  frame.writeUInt32BE(frame.length - 4, 0);
  frame[4] = code;
  return frame;
}

/** The error for a message the generated encoder refused or choked on (a TypeError on a missing required message...). */
function invalidMessage<T>(name: string, type: MessageEncoder<T>, message: T, cause: unknown): RiakError {
  let field: string | null | undefined;
  try {
    field = type.verify?.(message as { [k: string]: unknown });
  } catch {
    field = undefined;
  }
  const why = field ?? (cause instanceof Error ? cause.message : String(cause));
  return new RiakInvalidArgumentError(`Invalid ${name}: ${why}`, { cause });
}

/** Frames raw payload bytes under `code` (used for codes with no generated class). */
export function rawFrame(code: number, payload: Uint8Array): Buffer {
  if (!(payload instanceof Uint8Array)) throw new RiakInvalidArgumentError(`A raw frame's payload must be a Uint8Array, got ${kindOf(payload)}`);
  const frame = Buffer.allocUnsafe(FRAME_HEADER_BYTES + payload.length);
  frame.writeUInt32BE(payload.length + 1, 0);
  frame[4] = messageCode(code);
  frame.set(payload, FRAME_HEADER_BYTES);
  return frame;
}

export { emptyFrame, newEmptyFrame } from './empty-frame.js';
