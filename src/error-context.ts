import { Buffer } from 'node:buffer';
import { RiakAuthError, RiakError, RiakServerError } from './errors.js';

/** Where a request went: what {@link withRequestContext} writes into its error. */
export interface RequestContext {
  /** The request itself (its operation): an error already located for it is left as it is. */
  owner: object;
  node?: string | undefined;
  /** The message name, e.g. `RpbGetReq`. */
  request?: string | undefined;
  /** The request message, read for its `type`, `bucket` and `key`. */
  message?: unknown;
  /** Whether the request had been written to the socket: an error other than Riak's answer then leaves its outcome unknown. */
  written?: boolean;
}

/** Requests whose `key` field is not an object's key (RpbIndexReq's is the index term of an exact match). */
const KEY_IS_NOT_AN_OBJECT = new Set(['RpbIndexReq']);

const UTF8 = new TextDecoder('utf-8', { fatal: true });
/** Which request each located error belongs to, and its message and stack before they named it. */
const located = new WeakMap<RiakError, { owner: object; message: string; stack: string | undefined }>();

/**
 * The error a caller of one request sees, naming where it happened: the
 * node, the request, and its bucket type/bucket/key, as fields and at the
 * end of the message. Fields already set are kept. An error that already
 * names a request was shared by several (a connection that failed under
 * them all) and is copied, so each caller's names its own.
 */
export function withRequestContext(error: unknown, context: RequestContext): unknown {
  if (!(error instanceof RiakError) || context.request === undefined) return error;
  const before = located.get(error);
  if (before?.owner === context.owner) return error;
  const target = before === undefined ? error : copyOf(error, before.message, before.stack);
  // Read `stack` now: V8 formats it on first access, from the message it has then.
  located.set(target, { owner: context.owner, message: target.message, stack: target.stack });
  const fields: Record<string, string | undefined> = { request: context.request, ...requestLocation(context.request, context.message) };
  if (context.node && target.node === undefined) fields.node = context.node;
  for (const [name, value] of Object.entries(fields)) {
    if (value !== undefined) Object.defineProperty(target, name, { value, enumerable: true, configurable: true });
  }
  // Riak's own answers (RiakServerError, refused credentials) are not unknown outcomes; a lost connection says for itself.
  if (context.written !== undefined && target.outcomeUnknown === undefined && !(target instanceof RiakServerError) && !(target instanceof RiakAuthError)) {
    Object.defineProperty(target, 'outcomeUnknown', { value: context.written, enumerable: true, configurable: true });
  }
  describeIn(target);
  return target;
}

/** Appends ` (RpbGetReq default/users/ada on host:port)` to message and stack: where it happened, readable in a log line. */
function describeIn(error: RiakError): void {
  const location = error.bucket === undefined ? '' : ` ${error.bucketType}/${error.bucket}${error.key === undefined ? '' : `/${error.key}`}`;
  const on = error.node !== undefined && !error.message.includes(error.node) ? ` on ${error.node}` : '';
  const suffix = ` (${error.request}${location}${on})`;
  const before = error.message;
  const after = before + suffix;
  const stack = error.stack;
  Object.defineProperty(error, 'message', { value: after, enumerable: false, writable: true, configurable: true });
  if (typeof stack === 'string' && stack.includes(before)) {
    Object.defineProperty(error, 'stack', { value: stack.replace(before, after), enumerable: false, writable: true, configurable: true });
  }
}

/** A copy of a shared error with the message and stack it had before it named the first request. */
function copyOf<E extends RiakError>(error: E, message: string, stack: string | undefined): E {
  // A real Error (not Object.create): tools that check for native errors accept it.
  const copy = new Error(message, { cause: error.cause }) as E;
  Object.setPrototypeOf(copy, Object.getPrototypeOf(error) as object);
  Object.defineProperties(copy, Object.getOwnPropertyDescriptors(error));
  Object.defineProperty(copy, 'message', { value: message, enumerable: false, writable: true, configurable: true });
  Object.defineProperty(copy, 'stack', { value: stack, enumerable: false, writable: true, configurable: true });
  // The node stays: a shared error comes from one connection.
  for (const name of ['request', 'bucketType', 'bucket', 'key']) delete (copy as Record<string, unknown>)[name];
  return copy;
}

/** Where a request points: its bucket type, bucket and key as text (bytes that are not UTF-8 as `0x` + hex). */
export interface RequestLocation {
  bucketType: string | undefined;
  bucket: string | undefined;
  key: string | undefined;
}

/** The bucket type, bucket and key a request message names, as errors and diagnostics show them. */
export function requestLocation(request: string, message: unknown): RequestLocation {
  if (message === null || typeof message !== 'object') return { bucketType: undefined, bucket: undefined, key: undefined };
  const fields = message as Record<string, unknown>;
  const bucket = displayBytes(fields.bucket);
  return {
    // A request that names a bucket but no type is in Riak's `default` type.
    bucketType: displayBytes(fields.type) ?? (bucket === undefined ? undefined : 'default'),
    bucket,
    key: KEY_IS_NOT_AN_OBJECT.has(request) ? undefined : displayBytes(fields.key),
  };
}

function displayBytes(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (!(value instanceof Uint8Array)) return undefined;
  try {
    return UTF8.decode(value);
  } catch {
    return `0x${Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('hex')}`;
  }
}

/** Names the node an error happened on, when it does not already (its message already does). */
export function atNode(error: unknown, node: string): unknown {
  if (error instanceof RiakError && error.node === undefined) Object.defineProperty(error, 'node', { value: node, enumerable: true, configurable: true });
  return error;
}
