import type { EncodedRequest, RangeDecoder } from '../codec/encoded-request.js';
import type { FrameRange } from '../codec/frame-slab.js';
import { encodeGetFrameTo, GetFields } from '../codec/get-frame.js';
import { encodePutFrameTo, PutFields } from '../codec/put-frame.js';
import { encodeFieldsRequest, encodeFlatRequest, flatRequest, type FlatRequest, type MessageInput } from '../codec/request-table.js';
import { Scratch } from '../codec/scratch.js';
import { RiakInvalidArgumentError } from '../errors.js';
import type { Pool } from '../pool/pool.js';
import { toPutContent } from './content.js';
import { DELETE_FIELDS, GET_FIELDS, PUT_FIELDS, kvCallOptions, kvMessage } from './kv-request.js';
import { decodeGetResult, decodePutResult } from './kv-result-decoder.js';
import { resolveSiblings } from './kv-results.js';
import { readGetFields, readPutFields } from './kv-fields.js';
import type { DeleteParams, GetParams, GetResult, PutParams, PutResult } from './kv-types.js';

/*
 * The key/value calls, `client.get()`, `put()` and `delete()`: params
 * checked and turned into the request message in one pass (kv-request.ts),
 * replies decoded straight to results. A bad argument rejects; nothing
 * throws synchronously.
 */

// Params of get/put/delete handled here rather than sent as request fields.
const GET_LOCAL = new Set(['resolve']);
const PUT_LOCAL = new Set(['resolve', 'value', 'contentType', 'charset', 'contentEncoding', 'links', 'usermeta', 'indexes']);
const NO_LOCAL = new Set<string>();

// Resolved once: the calls do not look their request types up in the message table each time.
const GET_REQUEST = flatRequest('RpbGetReq');
const PUT_REQUEST = flatRequest('RpbPutReq');
const DEL_REQUEST = flatRequest('RpbDelReq');
/** RpbDelResp has no body: nothing to decode. */
const noReply = (): void => undefined;

/** `client.get()`. */
export function getObject(pool: Pool, params: GetParams): Promise<GetResult> {
  try {
    const request = encodeSimpleGet(params) ?? encodeGet(params);
    const reply = pool.send(request, kvCallOptions('get', params));
    // Replies decode straight to results; a resolver (user code) runs after, outside the connection's frame handling.
    const { resolve } = params;
    return resolve === undefined ? reply : reply.then((result) => resolveSiblings(result, resolve));
  } catch (error) {
    return Promise.reject(error);
  }
}

/** `client.put()`. */
export function putObject(pool: Pool, params: PutParams): Promise<PutResult> {
  try {
    const request = encodeSimplePut(params) ?? encodePut(params);
    const reply = pool.send(request, kvCallOptions('put', params));
    const { resolve } = params;
    return resolve === undefined ? reply : reply.then((result) => resolveSiblings(result, resolve));
  } catch (error) {
    return Promise.reject(error);
  }
}

// The fields the straight-line encoders read: one instance each, reused by every call (see Scratch).
const getFields = new Scratch(() => new GetFields());
const putFields = new Scratch(() => new PutFields());

/** A get whose params fit the straight-line encoder (most do), or undefined. Exported for tests. */
export function encodeSimpleGet(params: GetParams): EncodedRequest<GetResult> | undefined {
  return encodeSimple('get', params, getFields, readGetFields, GET_REQUEST, encodeGetFrameTo, decodeGetResult);
}

/** Any get: plain params are the message itself (checked, not copied). Exported for tests. */
export function encodeGet(params: GetParams): EncodedRequest<GetResult> {
  const message = kvMessage('get', params, GET_FIELDS, GET_LOCAL, true, true);
  requireLocation('get', message, true);
  checkResolve('get', params.resolve);
  return encodeFlatRequest(GET_REQUEST, message as MessageInput<'RpbGetReq'>, decodeGetResult);
}

/** A put whose params fit the straight-line encoder (most do), or undefined. Exported for tests. */
export function encodeSimplePut(params: PutParams): EncodedRequest<PutResult> | undefined {
  return encodeSimple('put', params, putFields, readPutFields, PUT_REQUEST, encodePutFrameTo, decodePutResult);
}

/** The request of a get or put whose params `read` takes into the straight-line encoder's fields, or undefined. */
function encodeSimple<F extends { clear(): void }, R extends 'RpbGetReq' | 'RpbPutReq', T>(
  method: string,
  params: GetParams | PutParams,
  scratch: Scratch<F>,
  read: (params: Record<string, unknown>, fields: F) => boolean,
  request: FlatRequest<R>,
  encodeTo: (code: number, fields: F, out: FrameRange) => void,
  decode: RangeDecoder<T>,
): EncodedRequest<T> | undefined {
  if (params === null || typeof params !== 'object') return undefined;
  const fields = scratch.acquire();
  try {
    if (!read(params as unknown as Record<string, unknown>, fields)) return undefined;
    // Checked only when given (most calls have none): the check is not inlined here.
    if (params.resolve !== undefined) checkResolve(method, params.resolve);
    return encodeFieldsRequest(request, encodeTo, fields, params, decode);
  } finally {
    scratch.release(fields);
  }
}

/** Any put: plain params are the message itself (checked, not copied); the content goes beside them. Exported for tests. */
export function encodePut(params: PutParams): EncodedRequest<PutResult> {
  const message = kvMessage('put', params, PUT_FIELDS, PUT_LOCAL, true, true);
  requireLocation('put', message, false);
  checkResolve('put', params.resolve);
  if (params.value === undefined || params.value === null) throw new RiakInvalidArgumentError('put(): `value` is required');
  return encodeFlatRequest(PUT_REQUEST, message as MessageInput<'RpbPutReq'>, decodePutResult, toPutContent(params));
}

/** A resolver, when given, must be a function: it runs after the reply, too late to reject a bad one. */
function checkResolve(method: string, resolve: unknown): void {
  if (resolve !== undefined && typeof resolve !== 'function') throw new RiakInvalidArgumentError(`${method}(): \`resolve\` must be a function`);
}

/** `client.delete()`. */
export function deleteObject(pool: Pool, params: DeleteParams): Promise<void> {
  try {
    const message = kvMessage('delete', params, DELETE_FIELDS, NO_LOCAL, true, true);
    const call = kvCallOptions('delete', params);
    requireLocation('delete', message, true);
    return pool.send(encodeFlatRequest(DEL_REQUEST, message as MessageInput<'RpbDelReq'>, noReply), call);
  } catch (error) {
    return Promise.reject(error);
  }
}

function requireLocation(method: string, message: Record<string, unknown>, needsKey: boolean): void {
  if (message.bucket === undefined) throw new RiakInvalidArgumentError(`${method}(): \`bucket\` is required`);
  if (needsKey && message.key === undefined) throw new RiakInvalidArgumentError(`${method}(): \`key\` is required`);
}
