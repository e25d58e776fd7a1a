import type { GetFields } from '../codec/get-frame.js';
import type { PutFields } from '../codec/put-frame.js';
import { QUORUM_SENTINELS } from '../codec/quorum.js';

/*
 * Most gets and puts are a location, a value and content type for a put,
 * and a few options. For those, one pass over the params fills the fields
 * of a straight-line encoder (codec/get-frame.ts, codec/put-frame.ts).
 * Anything else (a put's links, user metadata or indexes; inherited or
 * ill-typed params; a typo) goes to the general path, kvMessage and the flat
 * encoder, which encodes it or throws the error that names the option: so
 * both paths accept exactly the same params.
 */

/** Params that are not request fields: call options, read by the caller as on the general path. */
const CALL_OPTION = new Set(['signal', 'requestTimeout', 'idempotent', 'retry', 'node']);

function isBytes(value: unknown): value is string | Uint8Array {
  return typeof value === 'string' || value instanceof Uint8Array;
}

/** A quorum's wire integer, or -1 when the general path must judge it. */
function quorum(value: unknown): number {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 && value <= 0xffffffff ? value : -1;
  return typeof value === 'string' && Object.hasOwn(QUORUM_SENTINELS, value) ? QUORUM_SENTINELS[value as keyof typeof QUORUM_SENTINELS] : -1;
}

function uint(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 0xffffffff ? value : -1;
}

/** A content field (`contentType`, `charset`, `contentEncoding`): absent, text or bytes; false when the general path must judge it. */
function contentField(value: unknown): value is string | Uint8Array | undefined | null {
  return value === undefined || value === null || isBytes(value);
}

/** Plain params: every enumerable field is their own, as the general path's passes read them. */
function isPlain(params: object): boolean {
  const proto: unknown = Object.getPrototypeOf(params);
  return proto === Object.prototype || proto === null;
}

/**
 * Fills `fields` from a get's params, as the general path would encode them,
 * and answers true; answers false (leaving `fields` partly filled: the
 * caller clears it) when the params need the general path.
 */
export function readGetFields(params: Record<string, unknown>, fields: GetFields): boolean {
  if (!isPlain(params)) return false;
  let located = 0;
  for (const name in params) {
    const value = params[name];
    if (value === undefined) continue;
    switch (name) {
      case 'bucket':
      case 'key':
        located++;
        if (!isBytes(value)) return false;
        fields[name] = value;
        break;
      case 'type':
      case 'ifModified':
        if (!isBytes(value)) return false;
        fields[name] = value;
        break;
      case 'r':
      case 'pr':
      case 'nodeConfirms': {
        const wire = quorum(value);
        if (wire < 0) return false;
        fields[name] = wire;
        break;
      }
      case 'basicQuorum':
      case 'notfoundOk':
      case 'head':
      case 'deletedvclock':
      case 'sloppyQuorum':
        if (typeof value !== 'boolean') return false;
        fields[name] = value;
        break;
      case 'timeout':
      case 'nVal': {
        const wire = uint(value);
        if (wire < 0) return false;
        fields[name] = wire;
        break;
      }
      case 'resolve':
        // Checked by the caller on both paths.
        break;
      default:
        if (!CALL_OPTION.has(name)) return false;
    }
  }
  return located === 2;
}

/**
 * Fills `fields` from a put's params, as the general path would encode
 * them, and answers true; answers false (leaving `fields` partly filled:
 * the caller clears it) when the params need the general path.
 */
export function readPutFields(params: Record<string, unknown>, fields: PutFields): boolean {
  if (!isPlain(params)) return false;
  for (const name in params) {
    const value = params[name];
    if (value === undefined) continue;
    switch (name) {
      case 'bucket':
      case 'key':
      case 'type':
      case 'vclock':
        if (!isBytes(value)) return false;
        fields[name] = value;
        break;
      case 'value':
      case 'contentType':
      case 'charset':
      case 'contentEncoding':
        // Content: read below, as the general path reads it.
        break;
      case 'w':
      case 'dw':
      case 'pw':
      case 'nodeConfirms': {
        const wire = quorum(value);
        if (wire < 0) return false;
        fields[name] = wire;
        break;
      }
      case 'returnBody':
      case 'ifNotModified':
      case 'ifNoneMatch':
      case 'returnHead':
      case 'asis':
      case 'sloppyQuorum':
        if (typeof value !== 'boolean') return false;
        fields[name] = value;
        break;
      case 'timeout':
      case 'nVal': {
        const wire = uint(value);
        if (wire < 0) return false;
        fields[name] = wire;
        break;
      }
      case 'resolve':
        // Checked by the caller on both paths.
        break;
      default:
        // links, usermeta, indexes, and a name the general path rejects.
        if (!CALL_OPTION.has(name)) return false;
    }
  }
  if (fields.bucket === undefined) return false;
  const { value, contentType, charset, contentEncoding } = params;
  if (!isBytes(value) || !contentField(contentType) || !contentField(charset) || !contentField(contentEncoding)) return false;
  fields.value = value;
  fields.contentType = contentType ?? undefined;
  fields.charset = charset ?? undefined;
  fields.contentEncoding = contentEncoding ?? undefined;
  return true;
}
