import { RiakInvalidArgumentError } from '../errors.js';
import { FRAME_HEADER_BYTES } from './frame-decoder.js';
import { quorumValue, type QuorumName } from './quorum.js';

/** How a field of a flat message goes on the wire: length-delimited bytes, or a varint (uint32 or bool). */
type Wire = 'bytes' | 'varint';
type FieldSpec = readonly [name: string, field: number, wire: Wire];

/** The fields of a flat message, in field-number order (as protobufjs writes them), indexed by name. */
export interface FlatLayout {
  readonly fields: readonly FieldSpec[];
  readonly byName: ReadonlyMap<string, number>;
}

function layout(fields: FieldSpec[]): FlatLayout {
  return { fields, byName: new Map(fields.map(([name], i) => [name, i])) };
}

/** RpbGetReq (riak_kv.proto): only bytes, uint32 and bool fields. */
export const GET_REQ_LAYOUT: FlatLayout = layout([
  ['bucket', 1, 'bytes'], ['key', 2, 'bytes'], ['r', 3, 'varint'], ['pr', 4, 'varint'], ['basicQuorum', 5, 'varint'],
  ['notfoundOk', 6, 'varint'], ['ifModified', 7, 'bytes'], ['head', 8, 'varint'], ['deletedvclock', 9, 'varint'],
  ['timeout', 10, 'varint'], ['sloppyQuorum', 11, 'varint'], ['nVal', 12, 'varint'], ['type', 13, 'bytes'], ['nodeConfirms', 14, 'varint'],
]);

/** RpbDelReq (riak_kv.proto). */
export const DEL_REQ_LAYOUT: FlatLayout = layout([
  ['bucket', 1, 'bytes'], ['key', 2, 'bytes'], ['rw', 3, 'varint'], ['vclock', 4, 'bytes'], ['r', 5, 'varint'], ['w', 6, 'varint'],
  ['pr', 7, 'varint'], ['pw', 8, 'varint'], ['dw', 9, 'varint'], ['timeout', 10, 'varint'], ['sloppyQuorum', 11, 'varint'],
  ['nVal', 12, 'varint'], ['type', 13, 'bytes'],
]);

const QUORUM_FIELDS = new Set(['r', 'pr', 'w', 'dw', 'pw', 'rw', 'nodeConfirms']);

function varintSize(value: number): number {
  return value < 0x80 ? 1 : value < 0x4000 ? 2 : value < 0x200000 ? 3 : value < 0x10000000 ? 4 : 5;
}

function writeVarint(buffer: Buffer, offset: number, value: number): number {
  while (value >= 0x80) {
    buffer[offset++] = (value & 0x7f) | 0x80;
    value = Math.floor(value / 128);
  }
  buffer[offset++] = value;
  return offset;
}

/**
 * Encodes a flat message (bytes, uint32 and bool fields only: RpbGetReq,
 * RpbDelReq) as a complete frame in one exactly-sized buffer, byte-identical
 * to protobufjs. Text fields are written as UTF-8 straight into the frame,
 * with no intermediate Buffer; quorum names become Riak's sentinels.
 */
export function encodeFlatFrame(code: number, layout: FlatLayout, message: Readonly<Record<string, unknown>>): Buffer {
  // Visit only the fields present (usually bucket and key), in field order.
  const present: number[] = [];
  for (const name in message) {
    const value = message[name];
    if (value === undefined || value === null) continue;
    const index = layout.byName.get(name);
    if (index === undefined) continue; // like protobufjs, unknown properties are ignored
    let at = present.length;
    while (at > 0 && present[at - 1] > index) {
      present[at] = present[at - 1];
      at--;
    }
    present[at] = index;
  }
  let size = 0;
  // Byte lengths of the bytes fields (or varint values), computed once for both passes.
  const sizes: number[] = new Array(present.length);
  for (let i = 0; i < present.length; i++) {
    const [name, field, wire] = layout.fields[present[i]];
    const value = message[name];
    if (wire === 'bytes') {
      const length = typeof value === 'string' ? utf8Length(value) : bytesLength(name, value);
      sizes[i] = length;
      size += varintSize(field << 3) + varintSize(length) + length;
    } else {
      const number = numeric(name, value);
      sizes[i] = number;
      size += varintSize(field << 3) + varintSize(number);
    }
  }
  const frame = Buffer.allocUnsafe(FRAME_HEADER_BYTES + size);
  frame.writeUInt32BE(size + 1, 0);
  frame[4] = code;
  let offset = FRAME_HEADER_BYTES;
  for (let i = 0; i < present.length; i++) {
    const [name, field, wire] = layout.fields[present[i]];
    if (wire === 'bytes') {
      const value = message[name];
      offset = writeVarint(frame, offset, (field << 3) | 2);
      offset = writeVarint(frame, offset, sizes[i]);
      if (typeof value === 'string') offset = writeText(frame, offset, value, sizes[i]);
      else {
        frame.set(value as Uint8Array, offset);
        offset += sizes[i];
      }
    } else {
      offset = writeVarint(frame, offset, field << 3);
      offset = writeVarint(frame, offset, sizes[i]);
    }
  }
  return frame;
}

/** Buckets and keys are mostly short ASCII: measure and copy those in JS, skipping a native call each. */
const SHORT_TEXT = 64;

function utf8Length(text: string): number {
  if (text.length <= SHORT_TEXT) {
    let i = 0;
    while (i < text.length && text.charCodeAt(i) < 0x80) i++;
    if (i === text.length) return text.length;
  }
  return Buffer.byteLength(text, 'utf8');
}

function writeText(frame: Buffer, offset: number, text: string, byteLength: number): number {
  if (byteLength === text.length && byteLength <= SHORT_TEXT) {
    for (let i = 0; i < byteLength; i++) frame[offset + i] = text.charCodeAt(i);
    return offset + byteLength;
  }
  return offset + frame.write(text, offset, 'utf8');
}

function bytesLength(name: string, value: unknown): number {
  if (value instanceof Uint8Array) return value.length;
  throw new RiakInvalidArgumentError(`Invalid ${name}: expected a string or a Uint8Array`);
}

function numeric(name: string, value: unknown): number {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string' && QUORUM_FIELDS.has(name)) return quorumValue(value as QuorumName, name);
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 0xffffffff) return value;
  throw new RiakInvalidArgumentError(`Invalid ${name}: ${JSON.stringify(value)} (expected an unsigned 32-bit integer)`);
}
