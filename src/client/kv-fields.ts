import { isUint32 } from '../common/fields.js';
import { GetFields } from '../codec/get-frame.js';
import { PutFields } from '../codec/put-frame.js';
import { quorumWire } from '../codec/quorum.js';
import { CALL_OPTIONS, GET_FIELDS, PUT_FIELDS, isPlain, type FieldKind, type FieldSchema } from './kv-request.js';

/*
 * Most gets and puts are a location, a value and content type for a put,
 * and a few options. For those, one pass over the params fills the fields
 * of a straight-line encoder (codec/get-frame.ts, codec/put-frame.ts).
 * Anything else (a put's links, user metadata or indexes; inherited or
 * ill-typed params; a typo) goes to the general path, kvMessage and the flat
 * encoder, which encodes it or throws the error that names the option: so
 * both paths accept exactly the same params. Options are looked up in the
 * general path's schemas (kv-request.ts), so both know the same ones.
 */

function isBytes(value: unknown): value is string | Uint8Array {
  return typeof value === 'string' || value instanceof Uint8Array;
}

/** A content field (`contentType`, `charset`, `contentEncoding`): absent, text or bytes; false when the general path must judge it. */
function contentField(value: unknown): value is string | Uint8Array | undefined | null {
  return value === undefined || value === null || isBytes(value);
}

/**
 * The options of a schema that the straight-line encoder writes (those its
 * fields hold), by name, in an object without a prototype: one lookup tells
 * whether and how to read one. An option added to a schema alone is not
 * here, so it goes to the general path: it can never be dropped. Exported
 * for tests.
 */
export function encodedOptions(schema: FieldSchema, fields: object): Readonly<Record<string, FieldKind>> {
  const kinds: Record<string, FieldKind> = Object.create(null);
  for (const name of Object.keys(schema)) if (Object.hasOwn(fields, name)) kinds[name] = schema[name];
  return kinds;
}
const GET_OPTIONS = encodedOptions(GET_FIELDS, new GetFields());
const PUT_OPTIONS = encodedOptions(PUT_FIELDS, new PutFields());

/**
 * Reads option `name` (not the location) into `fields` as the general path
 * converts it; false when that path must judge it: a name the straight-line
 * encoder does not write (a typo among them) or an ill-typed value.
 */
function readOption(name: string, value: unknown, options: Readonly<Record<string, FieldKind>>, fields: object): boolean {
  const kind = options[name];
  // Not a field: a call option or the resolver, read by the caller as on the general path.
  if (kind === undefined) return CALL_OPTIONS.has(name) || name === 'resolve';
  let wire: unknown = value;
  if (kind === 'quorum') wire = quorumWire(value);
  else if (kind === 'uint') wire = isUint32(value) ? value : undefined;
  else if (kind === 'bool' ? typeof value !== 'boolean' : !isBytes(value)) return false;
  if (wire === undefined) return false;
  (fields as Record<string, unknown>)[name] = wire;
  return true;
}

/** Where a request goes: the fields of both straight-line encoders that hold it. */
interface LocationFields {
  bucket: string | Uint8Array | undefined;
  key: string | Uint8Array | undefined;
  type: string | Uint8Array | undefined;
}

/**
 * Reads the location and the options of `params` into `fields`, skipping a
 * put's content fields when `content` (its caller reads them). Returns how
 * many of bucket and key it read, or -1 when the params need the general
 * path (leaving `fields` partly filled: the caller clears it).
 */
function readParams(params: Record<string, unknown>, fields: LocationFields, options: Readonly<Record<string, FieldKind>>, content: boolean): number {
  // Plain params only: their enumerable fields are all their own, as the general path's passes read them.
  if (!isPlain(params)) return -1;
  let located = 0;
  for (const name in params) {
    const value = params[name];
    if (value === undefined) continue;
    // The location first: every call has it, and these compares are cheaper than a lookup (stores by name, not by key).
    if (name === 'bucket' || name === 'key') {
      if (!isBytes(value)) return -1;
      if (name === 'bucket') fields.bucket = value;
      else fields.key = value;
      located++;
    } else if (name === 'type') {
      if (!isBytes(value)) return -1;
      fields.type = value;
    } else if (content && (name === 'value' || name === 'contentType' || name === 'charset' || name === 'contentEncoding')) {
      // Read by the caller, as the general path reads them.
    } else if (!readOption(name, value, options, fields)) {
      // A put's links, usermeta and indexes among them: the general path writes those.
      return -1;
    }
  }
  return located;
}

/**
 * Fills `fields` from a get's params, as the general path would encode them,
 * and answers true; answers false (leaving `fields` partly filled: the
 * caller clears it) when the params need the general path.
 */
export function readGetFields(params: Record<string, unknown>, fields: GetFields): boolean {
  return readParams(params, fields, GET_OPTIONS, false) === 2;
}

/**
 * Fills `fields` from a put's params, as the general path would encode
 * them, and answers true; answers false (leaving `fields` partly filled:
 * the caller clears it) when the params need the general path.
 */
export function readPutFields(params: Record<string, unknown>, fields: PutFields): boolean {
  if (readParams(params, fields, PUT_OPTIONS, true) < 0) return false;
  if (fields.bucket === undefined) return false;
  const { value, contentType, charset, contentEncoding } = params;
  if (!isBytes(value) || !contentField(contentType) || !contentField(charset) || !contentField(contentEncoding)) return false;
  fields.value = value;
  fields.contentType = contentType ?? undefined;
  fields.charset = charset ?? undefined;
  fields.contentEncoding = contentEncoding ?? undefined;
  return true;
}
