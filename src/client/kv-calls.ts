import { encodeFlatRequest, flatRequest, type MessageInput } from '../codec/request-table.js';
import { RiakInvalidArgumentError } from '../errors.js';
import type { Pool } from '../pool/pool.js';
import { toPutContent } from './content.js';
import { DELETE_FIELDS, GET_FIELDS, PUT_FIELDS, kvCallOptions, kvMessage } from './kv-request.js';
import { decodeGetResult, decodePutResult } from './kv-result-decoder.js';
import { resolveSiblings } from './kv-results.js';
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
    const message = kvMessage('get', params, GET_FIELDS, GET_LOCAL, true, true);
    const call = kvCallOptions('get', params);
    requireLocation('get', message, true);
    if (params.resolve !== undefined && typeof params.resolve !== 'function') throw new RiakInvalidArgumentError('get(): `resolve` must be a function');
    // Replies decode straight to results; a resolver (user code) runs after, outside the connection's frame handling.
    const reply = pool.send(encodeFlatRequest(GET_REQUEST, message as MessageInput<'RpbGetReq'>, decodeGetResult), call);
    const { resolve } = params;
    return resolve === undefined ? reply : reply.then((result) => resolveSiblings(result, resolve));
  } catch (error) {
    return Promise.reject(error);
  }
}

/** `client.put()`. */
export function putObject(pool: Pool, params: PutParams): Promise<PutResult> {
  try {
    // Plain params are the message itself (checked, not copied); the content goes beside them.
    const message = kvMessage('put', params, PUT_FIELDS, PUT_LOCAL, true, true);
    const call = kvCallOptions('put', params);
    requireLocation('put', message, false);
    if (params.value === undefined || params.value === null) throw new RiakInvalidArgumentError('put(): `value` is required');
    const reply = pool.send(encodeFlatRequest(PUT_REQUEST, message as MessageInput<'RpbPutReq'>, decodePutResult, toPutContent(params)), call);
    const { resolve } = params;
    return resolve === undefined ? reply : reply.then((result) => resolveSiblings(result, resolve));
  } catch (error) {
    return Promise.reject(error);
  }
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
