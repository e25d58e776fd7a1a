import { isUint32 } from '../common/fields.js';
import type { Buffer } from 'node:buffer';
import { RiakInvalidArgumentError } from '../errors.js';
import { FRAME_HEADER_BYTES } from './frame-decoder.js';
import { reserveFrame, type FrameRange } from './frame-slab.js';
import { quorumValue, type QuorumName } from './quorum.js';
import { Scratch } from './scratch.js';
import { utf8Length, varintSize, writeBytes, writeHeader, writeText, writeVarint } from './wire-write.js';

/**
 * How a field goes on the wire: length-delimited bytes, a varint (uint32 or
 * bool), an embedded message, or a repeated embedded message.
 */
type Wire = 'bytes' | 'varint' | 'message' | 'messages';

interface FieldSpec {
  readonly name: string;
  readonly wire: Wire;
  /** The field's key (field number and wire type) as a varint value, and its size. */
  readonly key: number;
  readonly keySize: number;
  readonly nested: FlatLayout | undefined;
}

/** The fields of a message, in field-number order (as protobufjs writes them), and their names in the same order. */
export interface FlatLayout {
  readonly fields: readonly FieldSpec[];
  /**
   * Field names by index. A message names two or three of a dozen fields, and
   * property names are interned strings: a scan of compares finds them faster
   * than a Map lookup.
   */
  readonly names: readonly string[];
}

function layout(fields: [name: string, field: number, wire: Wire, nested?: FlatLayout][]): FlatLayout {
  return {
    fields: fields.map(([name, field, wire, nested]) => {
      const key = (field << 3) | (wire === 'varint' ? 0 : 2);
      return { name, wire, key, keySize: varintSize(key), nested };
    }),
    names: fields.map(([name]) => name),
  };
}

/** RpbGetReq (riak_kv.proto): only bytes, uint32 and bool fields. */
export const GET_REQ_LAYOUT: FlatLayout = layout([
  ['bucket', 1, 'bytes'],
  ['key', 2, 'bytes'],
  ['r', 3, 'varint'],
  ['pr', 4, 'varint'],
  ['basicQuorum', 5, 'varint'],
  ['notfoundOk', 6, 'varint'],
  ['ifModified', 7, 'bytes'],
  ['head', 8, 'varint'],
  ['deletedvclock', 9, 'varint'],
  ['timeout', 10, 'varint'],
  ['sloppyQuorum', 11, 'varint'],
  ['nVal', 12, 'varint'],
  ['type', 13, 'bytes'],
  ['nodeConfirms', 14, 'varint'],
]);

/** RpbDelReq (riak_kv.proto). */
export const DEL_REQ_LAYOUT: FlatLayout = layout([
  ['bucket', 1, 'bytes'],
  ['key', 2, 'bytes'],
  ['rw', 3, 'varint'],
  ['vclock', 4, 'bytes'],
  ['r', 5, 'varint'],
  ['w', 6, 'varint'],
  ['pr', 7, 'varint'],
  ['pw', 8, 'varint'],
  ['dw', 9, 'varint'],
  ['timeout', 10, 'varint'],
  ['sloppyQuorum', 11, 'varint'],
  ['nVal', 12, 'varint'],
  ['type', 13, 'bytes'],
]);

/** RpbLink and RpbPair (riak.proto / riak_kv.proto): embedded in RpbContent. */
const LINK_LAYOUT = layout([
  ['bucket', 1, 'bytes'],
  ['key', 2, 'bytes'],
  ['tag', 3, 'bytes'],
]);
const PAIR_LAYOUT = layout([
  ['key', 1, 'bytes'],
  ['value', 2, 'bytes'],
]);

/** RpbContent (riak_kv.proto). */
const CONTENT_LAYOUT = layout([
  ['value', 1, 'bytes'],
  ['contentType', 2, 'bytes'],
  ['charset', 3, 'bytes'],
  ['contentEncoding', 4, 'bytes'],
  ['vtag', 5, 'bytes'],
  ['links', 6, 'messages', LINK_LAYOUT],
  ['lastMod', 7, 'varint'],
  ['lastModUsecs', 8, 'varint'],
  ['usermeta', 9, 'messages', PAIR_LAYOUT],
  ['indexes', 10, 'messages', PAIR_LAYOUT],
  ['deleted', 11, 'varint'],
]);

/** RpbPutReq (riak_kv.proto): its value is copied once, straight into the frame. */
export const PUT_REQ_LAYOUT: FlatLayout = layout([
  ['bucket', 1, 'bytes'],
  ['key', 2, 'bytes'],
  ['vclock', 3, 'bytes'],
  ['content', 4, 'message', CONTENT_LAYOUT],
  ['w', 5, 'varint'],
  ['dw', 6, 'varint'],
  ['returnBody', 7, 'varint'],
  ['pw', 8, 'varint'],
  ['ifNotModified', 9, 'varint'],
  ['ifNoneMatch', 10, 'varint'],
  ['returnHead', 11, 'varint'],
  ['timeout', 12, 'varint'],
  ['asis', 13, 'varint'],
  ['sloppyQuorum', 14, 'varint'],
  ['nVal', 15, 'varint'],
  ['type', 16, 'bytes'],
  ['nodeConfirms', 17, 'varint'],
]);

const QUORUM_FIELDS = new Set(['r', 'pr', 'w', 'dw', 'pw', 'rw', 'nodeConfirms']);

/**
 * Three passes over one plan. The recording pass reads every field present
 * in each (sub)message once, depth first (a count, then their indices and
 * values); the measuring pass records the byte length of every bytes field,
 * the value of every varint and the size of every embedded message; the
 * writing pass consumes them in the same order. Encoding is synchronous, so
 * one plan serves every call ({@link Scratch}).
 */
class Plan {
  readonly fields: number[] = [];
  /** The value of each recorded field, read once from the message (a getter answers once). */
  readonly values: unknown[] = [];
  readonly sizes: number[] = [];
  /** Entries recorded by the recording and measuring passes (the lists are reused, never shrunk). */
  fieldsEnd = 0;
  sizesEnd = 0;
  /** Entries consumed by the measuring, then the writing pass. */
  nextField = 0;
  nextSize = 0;

  size(value: number): void {
    this.sizes[this.sizesEnd++] = value;
  }

  clear(): void {
    // Drop the references to the caller's values (a big Buffer must not stay pinned here).
    for (let i = 0; i < this.fieldsEnd; i++) this.values[i] = undefined;
    this.fieldsEnd = this.sizesEnd = this.nextField = this.nextSize = 0;
  }
}
const plans = new Scratch(() => new Plan());
/** Object.prototype.hasOwnProperty, called on the key of a for-in: V8 optimizes that, Object.hasOwn costs a builtin call each time. */
const ownProperty = Object.prototype.hasOwnProperty;

/**
 * Records the indices of the fields present in `message` in field order
 * (usually two or three), after their count. Like protobufjs: own fields only
 * (generated classes keep defaults on the prototype), unknown ones ignored.
 */
function recordPresent(layout: FlatLayout, message: Readonly<Record<string, unknown>>, plan: Plan, besideIndex = -1, besideValue: unknown = undefined): void {
  const { names } = layout;
  const countAt = plan.fieldsEnd;
  plan.fieldsEnd = countAt + 1;
  for (const name in message) {
    const value = message[name];
    if (value === undefined || value === null || !ownProperty.call(message, name)) continue;
    let index = 0;
    while (index < names.length && names[index] !== name) index++;
    if (index !== names.length && index !== besideIndex) insertField(plan, countAt + 1, index, value);
  }
  if (besideIndex >= 0 && besideValue !== undefined && besideValue !== null) insertField(plan, countAt + 1, besideIndex, besideValue);
  plan.fields[countAt] = plan.fieldsEnd - countAt - 1;
}

/** Adds field `index` to the list that starts at `first`, in field order. */
function insertField(plan: Plan, first: number, index: number, value: unknown): void {
  const { fields, values } = plan;
  let at = plan.fieldsEnd++;
  while (at > first && fields[at - 1] > index) {
    fields[at] = fields[at - 1];
    values[at] = values[at - 1];
    at--;
  }
  fields[at] = index;
  values[at] = value;
}

function asMessage(name: string, value: unknown): Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || value instanceof Uint8Array) {
    throw new RiakInvalidArgumentError(`Invalid ${name}: expected a message object`);
  }
  return value as Readonly<Record<string, unknown>>;
}

/**
 * Recording pass: the fields of `message` (and field `besideIndex`, given
 * beside it), then those of its embedded messages, in the order the other
 * passes visit them.
 */
function record(layout: FlatLayout, message: Readonly<Record<string, unknown>>, plan: Plan, besideIndex = -1, besideValue: unknown = undefined): void {
  const first = plan.fieldsEnd + 1;
  recordPresent(layout, message, plan, besideIndex, besideValue);
  const end = plan.fieldsEnd;
  for (let i = first; i < end; i++) {
    const spec = layout.fields[plan.fields[i]];
    if (spec.nested === undefined) continue;
    const value = plan.values[i];
    if (spec.wire === 'message' || !Array.isArray(value)) {
      record(spec.nested, asMessage(spec.name, value), plan);
    } else {
      for (let n = 0; n < value.length; n++) record(spec.nested, asMessage(spec.name, value[n]), plan);
    }
  }
}

/**
 * Measuring pass: the body size of the (sub)message at the plan's cursor.
 */
function measure(layout: FlatLayout, plan: Plan): number {
  const { fields } = plan;
  const count = fields[plan.nextField++];
  const first = plan.nextField;
  plan.nextField += count;
  let size = 0;
  for (let i = first; i < first + count; i++) {
    const spec = layout.fields[fields[i]];
    const value = plan.values[i];
    if (spec.wire === 'bytes') {
      const length = typeof value === 'string' ? utf8Length(value) : bytesLength(spec.name, value);
      plan.size(length);
      size += spec.keySize + varintSize(length) + length;
    } else if (spec.wire === 'varint') {
      const number = numeric(spec.name, value);
      plan.size(number);
      size += spec.keySize + varintSize(number);
    } else if (spec.wire === 'message' || !Array.isArray(value)) {
      size += measureEmbedded(spec, plan);
    } else {
      for (let n = value.length; n > 0; n--) size += measureEmbedded(spec, plan);
    }
  }
  return size;
}

function measureEmbedded(spec: FieldSpec, plan: Plan): number {
  const slot = plan.sizesEnd++;
  const inner = measure(spec.nested as FlatLayout, plan);
  plan.sizes[slot] = inner;
  return spec.keySize + varintSize(inner) + inner;
}

/** Writing pass: writes the (sub)message at the plan's cursor at `offset`, walking the plan in the same order. */
function write(layout: FlatLayout, frame: Buffer, offset: number, plan: Plan): number {
  const { sizes, fields } = plan;
  const count = fields[plan.nextField++];
  const first = plan.nextField;
  plan.nextField += count;
  for (let i = first; i < first + count; i++) {
    const spec = layout.fields[fields[i]];
    const value = plan.values[i];
    if (spec.wire === 'bytes') {
      const length = sizes[plan.nextSize++];
      offset = writeKey(spec, frame, offset);
      if (length < 0x80) frame[offset++] = length;
      else offset = writeVarint(frame, offset, length);
      offset = typeof value === 'string' ? writeText(frame, offset, value, length) : writeBytes(frame, offset, value as Uint8Array);
    } else if (spec.wire === 'varint') {
      offset = writeKey(spec, frame, offset);
      offset = writeVarint(frame, offset, sizes[plan.nextSize++]);
    } else if (spec.wire === 'message' || !Array.isArray(value)) {
      offset = writeEmbedded(spec, frame, offset, plan);
    } else {
      for (let n = value.length; n > 0; n--) offset = writeEmbedded(spec, frame, offset, plan);
    }
  }
  return offset;
}

/** A field's key: one byte for fields 1 to 15 (a call to writeVarint costs more than the write). */
function writeKey(spec: FieldSpec, frame: Buffer, offset: number): number {
  if (spec.keySize !== 1) return writeVarint(frame, offset, spec.key);
  frame[offset] = spec.key;
  return offset + 1;
}

function writeEmbedded(spec: FieldSpec, frame: Buffer, offset: number, plan: Plan): number {
  offset = writeKey(spec, frame, offset);
  offset = writeVarint(frame, offset, plan.sizes[plan.nextSize++]);
  return write(spec.nested as FlatLayout, frame, offset, plan);
}

/**
 * Measures and writes the recorded message as a frame into `out`: a small
 * frame in the shared slab, a large one in a buffer of exactly its size.
 */
function writeFrame(code: number, layout: FlatLayout, plan: Plan, out: FrameRange): void {
  const size = FRAME_HEADER_BYTES + measure(layout, plan);
  plan.nextField = 0;
  const start = reserveFrame(size, out);
  const frame = out.frameBuffer;
  writeHeader(frame, start, size - 4, code);
  const end = write(layout, frame, start + FRAME_HEADER_BYTES, plan);
  // Fields are read once, so only an array changing length between the passes gets here.
  if (end !== start + size || plan.nextSize !== plan.sizesEnd) throw new RiakInvalidArgumentError('Message changed while it was being encoded');
  out.frameEnd = end;
}

/**
 * Encodes a message of bytes, uint32, bool and embedded-message fields
 * (RpbGetReq, RpbDelReq, RpbPutReq) as a complete frame, byte-identical to
 * protobufjs, into `out`: a small frame goes to the shared frame slab (no
 * Buffer of its own), a large one (a big put value) to a buffer of exactly
 * its size. Text is written as UTF-8 straight into the frame and bytes are
 * copied once; quorum names become Riak's sentinels. Field `besideIndex`
 * of the layout (if not -1) is `besideValue`, given apart from `message`
 * (in place of the message's own): a put's content, when the message is the
 * caller's params.
 */
export function encodeFlatFrameTo(
  code: number,
  layout: FlatLayout,
  message: Readonly<Record<string, unknown>>,
  out: FrameRange,
  besideIndex = -1,
  besideValue: unknown = undefined,
): void {
  const plan = plans.acquire();
  try {
    record(layout, message, plan, besideIndex, besideValue);
    writeFrame(code, layout, plan, out);
  } finally {
    plans.release(plan);
  }
}

function bytesLength(name: string, value: unknown): number {
  if (value instanceof Uint8Array) return value.length;
  throw new RiakInvalidArgumentError(`Invalid ${name}: expected a string or a Uint8Array`);
}

function numeric(name: string, value: unknown): number {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string' && QUORUM_FIELDS.has(name)) return quorumValue(value as QuorumName, name);
  if (isUint32(value)) return value;
  throw new RiakInvalidArgumentError(`Invalid ${name}: ${JSON.stringify(value)} (expected an unsigned 32-bit integer)`);
}
