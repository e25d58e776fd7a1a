import { isUint32 } from '../common/fields.js';
import type { CallOptions } from '../pool/call-options.js';
import { RiakInvalidArgumentError } from '../errors.js';
import { describe } from '../common/describe.js';
import { bytesOption, invalidOption, quorumOption, readCallOptions } from './options.js';

export type FieldKind = 'quorum' | 'bool' | 'uint' | 'bytes';
export type FieldSchema = Readonly<Record<string, FieldKind>>;

/** RpbGetReq fields a get accepts besides its location (camelCase). */
export const GET_FIELDS: FieldSchema = {
  r: 'quorum',
  pr: 'quorum',
  basicQuorum: 'bool',
  notfoundOk: 'bool',
  ifModified: 'bytes',
  head: 'bool',
  deletedvclock: 'bool',
  timeout: 'uint',
  sloppyQuorum: 'bool',
  nVal: 'uint',
  nodeConfirms: 'quorum',
};

/** RpbPutReq fields a put accepts besides its location and content. */
export const PUT_FIELDS: FieldSchema = {
  vclock: 'bytes',
  w: 'quorum',
  dw: 'quorum',
  pw: 'quorum',
  returnBody: 'bool',
  ifNotModified: 'bool',
  ifNoneMatch: 'bool',
  returnHead: 'bool',
  timeout: 'uint',
  asis: 'bool',
  sloppyQuorum: 'bool',
  nVal: 'uint',
  nodeConfirms: 'quorum',
};

/** RpbDelReq fields a delete accepts besides its location. */
export const DELETE_FIELDS: FieldSchema = {
  rw: 'quorum',
  vclock: 'bytes',
  r: 'quorum',
  w: 'quorum',
  pr: 'quorum',
  pw: 'quorum',
  dw: 'quorum',
  timeout: 'uint',
  sloppyQuorum: 'bool',
  nVal: 'uint',
};

/** The call options a get, put or delete takes among its params (read by kvCallOptions, not sent). */
export const CALL_OPTIONS: ReadonlySet<string> = new Set(['signal', 'requestTimeout', 'idempotent', 'retry', 'node']);
/** Shared by the calls that set none (most): read-only. */
const NO_CALL_OPTIONS: CallOptions = Object.freeze({});

/**
 * Builds the protobuf message of a get/put/delete from its params in one pass,
 * validating as it goes: location fields become bytes, quorum names become
 * Riak's sentinels, and an unknown option (a typo) throws a
 * `RiakInvalidArgumentError` naming it. `local` names params handled by the
 * caller (content fields, `resolve`); call options are read by
 * {@link kvCallOptions}. With `keepText`, text stays text in bytes fields: the
 * flat encoder writes it into the frame without a copy. With `reuseParams`, a
 * plain params object is only checked and returned as the message itself (a
 * put's content goes beside it).
 */
export function kvMessage(
  method: string,
  params: unknown,
  fields: FieldSchema,
  local: ReadonlySet<string>,
  keepText = false,
  reuseParams = false,
): Record<string, unknown> {
  if (params === null || typeof params !== 'object' || Array.isArray(params)) {
    throw new RiakInvalidArgumentError(`${method}() needs an options object, got ${describe(params)}`);
  }
  const input = params as Record<string, unknown>;
  // A plain params object can go to the flat encoder as it is once checked:
  // it reads the fields it knows (and converts quorum names the same way).
  const message: Record<string, unknown> | undefined = reuseParams && isPlain(input) ? undefined : {};
  for (const name in input) {
    const value = input[name];
    if (value === undefined) continue;
    let field: unknown;
    // The location first: every call has it, and these compares are cheaper than a lookup.
    if (name === 'bucket' || name === 'key' || name === 'type') {
      field = bytesField(method, name, value, keepText);
    } else {
      const kind = Object.hasOwn(fields, name) ? fields[name] : undefined;
      if (kind === undefined) {
        if (local.has(name) || CALL_OPTIONS.has(name)) continue;
        throw new RiakInvalidArgumentError(
          `${method}(): unknown option \`${name}\` (known options: bucket, key, type, ${Object.keys(fields).join(', ')}${local.size ? `, ${[...local].join(', ')}` : ''}, ${[...CALL_OPTIONS].join(', ')})`,
        );
      }
      field = kind === 'bytes' ? bytesField(method, name, value, keepText) : convert(method, name, kind, value);
    }
    if (message !== undefined) message[name] = field;
  }
  return message ?? input;
}

/** An object literal's prototype (or none): its enumerable fields are all its own. */
export function isPlain(input: object): boolean {
  const proto: unknown = Object.getPrototypeOf(input);
  return proto === Object.prototype || proto === null;
}

/** The call options (`signal`, `requestTimeout`, `idempotent`, `retry`, `node`) among a get/put/delete's params, validated. */
export function kvCallOptions(method: string, params: CallOptions): CallOptions {
  if (
    params.signal === undefined &&
    params.requestTimeout === undefined &&
    params.idempotent === undefined &&
    params.retry === undefined &&
    params.node === undefined
  ) {
    return NO_CALL_OPTIONS;
  }
  const call = readCallOptions(method, params as Record<string, unknown>);
  if (params.idempotent !== undefined) {
    if (typeof params.idempotent !== 'boolean') throw invalidOption(method, 'idempotent', `expected true or false, got ${describe(params.idempotent)}`);
    call.idempotent = params.idempotent;
  }
  return call;
}

function bytesField(method: string, name: string, value: unknown, keepText: boolean): unknown {
  return keepText && typeof value === 'string' ? value : bytesOption(method, name, value);
}

function convert(method: string, name: string, kind: FieldKind, value: unknown): unknown {
  switch (kind) {
    case 'quorum':
      return quorumOption(method, name, value);
    case 'bytes':
      return bytesOption(method, name, value);
    case 'bool':
      if (typeof value !== 'boolean') throw invalidOption(method, name, `expected true or false, got ${describe(value)}`);
      return value;
    case 'uint':
      if (!isUint32(value)) {
        throw invalidOption(method, name, `expected an integer from 0 to 4294967295, got ${describe(value)}`);
      }
      return value;
  }
}
