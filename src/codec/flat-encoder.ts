import { RiakInvalidArgumentError } from '../errors.js';
import { FRAME_HEADER_BYTES } from './frame-decoder.js';
import { quorumValue, type QuorumName } from './quorum.js';

/**
 * How a field goes on the wire: length-delimited bytes, a varint (uint32 or
 * bool), an embedded message, or a repeated embedded message.
 */
type Wire = 'bytes' | 'varint' | 'message' | 'messages';
type FieldSpec = readonly [name: string, field: number, wire: Wire, nested?: FlatLayout];

/** The fields of a message, in field-number order (as protobufjs writes them), indexed by name. */
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

/** RpbLink and RpbPair (riak.proto / riak_kv.proto): embedded in RpbContent. */
const LINK_LAYOUT = layout([['bucket', 1, 'bytes'], ['key', 2, 'bytes'], ['tag', 3, 'bytes']]);
const PAIR_LAYOUT = layout([['key', 1, 'bytes'], ['value', 2, 'bytes']]);

/** RpbContent (riak_kv.proto). */
const CONTENT_LAYOUT = layout([
  ['value', 1, 'bytes'], ['contentType', 2, 'bytes'], ['charset', 3, 'bytes'], ['contentEncoding', 4, 'bytes'], ['vtag', 5, 'bytes'],
  ['links', 6, 'messages', LINK_LAYOUT], ['lastMod', 7, 'varint'], ['lastModUsecs', 8, 'varint'], ['usermeta', 9, 'messages', PAIR_LAYOUT],
  ['indexes', 10, 'messages', PAIR_LAYOUT], ['deleted', 11, 'varint'],
]);

/** RpbPutReq (riak_kv.proto): its value is copied once, straight into the frame. */
export const PUT_REQ_LAYOUT: FlatLayout = layout([
  ['bucket', 1, 'bytes'], ['key', 2, 'bytes'], ['vclock', 3, 'bytes'], ['content', 4, 'message', CONTENT_LAYOUT], ['w', 5, 'varint'],
  ['dw', 6, 'varint'], ['returnBody', 7, 'varint'], ['pw', 8, 'varint'], ['ifNotModified', 9, 'varint'], ['ifNoneMatch', 10, 'varint'],
  ['returnHead', 11, 'varint'], ['timeout', 12, 'varint'], ['asis', 13, 'varint'], ['sloppyQuorum', 14, 'varint'], ['nVal', 15, 'varint'],
  ['type', 16, 'bytes'], ['nodeConfirms', 17, 'varint'],
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

/** What the measuring pass leaves for the writing pass, consumed in the same order. */
interface Plan {
  /** Present field indices of each (sub)message, in visiting order. */
  fields: number[][];
  /** Byte lengths, varint values and embedded message sizes, in visiting order. */
  sizes: number[];
  nextFields: number;
  nextSize: number;
}

/** Indices of the fields present in `message`, in field order (usually two or three). */
function presentFields(layout: FlatLayout, message: Readonly<Record<string, unknown>>): number[] {
  const present: number[] = [];
  for (const name in message) {
    const value = message[name];
    // Own fields only, as protobufjs: generated classes keep defaults on the prototype.
    if (value === undefined || value === null || !Object.hasOwn(message, name)) continue;
    const index = layout.byName.get(name);
    if (index === undefined) continue; // like protobufjs, unknown properties are ignored
    let at = present.length;
    while (at > 0 && present[at - 1] > index) {
      present[at] = present[at - 1];
      at--;
    }
    present[at] = index;
  }
  return present;
}

function asMessage(name: string, value: unknown): Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || value instanceof Uint8Array) {
    throw new RiakInvalidArgumentError(`Invalid ${name}: expected a message object`);
  }
  return value as Readonly<Record<string, unknown>>;
}

/**
 * First pass: the body size of `message`. Records, in write order, the fields
 * present in each (sub)message, the size of every bytes field, the value of
 * every varint and the size of every embedded message, so the second pass
 * computes nothing again.
 */
function measure(layout: FlatLayout, message: Readonly<Record<string, unknown>>, plan: Plan): number {
  const { sizes } = plan;
  const present = presentFields(layout, message);
  plan.fields.push(present);
  let size = 0;
  for (const index of present) {
    const [name, field, wire, nested] = layout.fields[index];
    const value = message[name];
    if (wire === 'bytes') {
      const length = typeof value === 'string' ? utf8Length(value) : bytesLength(name, value);
      sizes.push(length);
      size += varintSize(field << 3) + varintSize(length) + length;
    } else if (wire === 'varint') {
      const number = numeric(name, value);
      sizes.push(number);
      size += varintSize(field << 3) + varintSize(number);
    } else {
      const items = wire === 'messages' ? (Array.isArray(value) ? value : [value]) : [value];
      for (const item of items) {
        const slot = sizes.push(0) - 1;
        const inner = measure(nested as FlatLayout, asMessage(name, item), plan);
        sizes[slot] = inner;
        size += varintSize(field << 3) + varintSize(inner) + inner;
      }
    }
  }
  return size;
}

/** Second pass: writes `message` at `offset`, walking the plan of the first pass in the same order. */
function write(layout: FlatLayout, message: Readonly<Record<string, unknown>>, frame: Buffer, offset: number, plan: Plan): number {
  const { sizes } = plan;
  for (const index of plan.fields[plan.nextFields++]) {
    const [name, field, wire, nested] = layout.fields[index];
    const value = message[name];
    if (wire === 'bytes') {
      const length = sizes[plan.nextSize++];
      offset = writeVarint(frame, offset, (field << 3) | 2);
      offset = writeVarint(frame, offset, length);
      if (typeof value === 'string') offset = writeText(frame, offset, value, length);
      else {
        frame.set(value as Uint8Array, offset);
        offset += length;
      }
    } else if (wire === 'varint') {
      offset = writeVarint(frame, offset, field << 3);
      offset = writeVarint(frame, offset, sizes[plan.nextSize++]);
    } else {
      const items = wire === 'messages' ? (Array.isArray(value) ? value : [value]) : [value];
      for (const item of items) {
        offset = writeVarint(frame, offset, (field << 3) | 2);
        offset = writeVarint(frame, offset, sizes[plan.nextSize++]);
        offset = write(nested as FlatLayout, item as Readonly<Record<string, unknown>>, frame, offset, plan);
      }
    }
  }
  return offset;
}

/**
 * Encodes a message of bytes, uint32, bool and embedded-message fields
 * (RpbGetReq, RpbDelReq, RpbPutReq) as a complete frame in one exactly-sized
 * buffer, byte-identical to protobufjs. Text is written as UTF-8 straight into
 * the frame and bytes are copied once; quorum names become Riak's sentinels.
 */
export function encodeFlatFrame(code: number, layout: FlatLayout, message: Readonly<Record<string, unknown>>): Buffer {
  const plan: Plan = { fields: [], sizes: [], nextFields: 0, nextSize: 0 };
  const size = measure(layout, message, plan);
  const frame = Buffer.allocUnsafe(FRAME_HEADER_BYTES + size);
  frame.writeUInt32BE(size + 1, 0);
  frame[4] = code;
  write(layout, message, frame, FRAME_HEADER_BYTES, plan);
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
