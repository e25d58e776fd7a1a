import { encodeRequestNow, loadMessageTable, loadRawRequests, loadedMessageTable } from '../codec/load-message-table.js';
import type { RawReply } from '../codec/raw-request.js';
import { REQUESTS, checkRequest, type MessageInput, type ResponseOf, type StreamingRequestName, type UnaryRequestName } from '../codec/request-table.js';
import { withRequestContext } from '../error-context.js';
import { RiakInvalidArgumentError, RiakServerError } from '../errors.js';
import type { CallOptions } from '../pool/call-options.js';
import type { Pool, PoolCallOptions } from '../pool/pool.js';
import { checkCallOptions } from './call-options.js';

export type { RawReply } from '../codec/raw-request.js';

/*
 * The calls by message name, `client.request()` and `client.stream()`: the
 * typed entry every feature module (listing, 2i, datatypes, ...) goes
 * through, as the client's `Transport`; and by message code,
 * `client.requestRaw()`, for what no typed call covers.
 */

/**
 * Options of `client.requestRaw()`: the call options, the node to send to,
 * and the reply code to wait for.
 * @category Requests
 */
export interface RawRequestOptions extends PoolCallOptions {
  /**
   * The message code of the reply that answers the request. Default: the one
   * Riak sends (`responseCodeFor(code)`: 10 for riak_repl's 128, 130 for 129,
   * 104 for TsTtbMsg...). For a code Riak defines no reply to, only an error
   * reply is expected; any other reply is then a `RiakProtocolError` and
   * closes the connection, as an unexpected reply always does.
   */
  expect?: number;
}

/** `client.request()`: any unary request by message name; rejects (never throws) on a bad argument. */
export function sendRequest<R extends UnaryRequestName>(
  pool: Pool,
  name: R,
  message: MessageInput<R>,
  options: CallOptions | undefined,
): Promise<ResponseOf<R>> {
  try {
    checkCallOptions('request', options);
    // The generated classes are loaded by the first call that needs them (see load-message-table.ts).
    // Ping and STARTTLS have no body: they never need them.
    const op = encodeRequestNow(name, message);
    if (op === undefined) return loadMessageTable().then(() => sendRequest(pool, name, message, options));
    // From plain JavaScript: a streamed answer has no single frame to resolve with.
    if (op.isLast !== undefined) {
      const flag = (REQUESTS[name] as { streams?: string }).streams === 'flag' ? ' with `stream: true`' : '';
      throw new RiakInvalidArgumentError(`request(): ${name}${flag} streams its response; use stream()`);
    }
    return pool.send(op, options);
  } catch (error) {
    return Promise.reject(error);
  }
}

/** `client.stream()`: a streaming request by message name, yielding each response frame until `done`. */
export async function* streamRequest<R extends StreamingRequestName>(
  pool: Pool,
  name: R,
  message: MessageInput<R>,
  options: CallOptions | undefined,
): AsyncGenerator<ResponseOf<R>, void, undefined> {
  checkRequest(name, message);
  checkCallOptions('stream', options);
  // The call site (captureStackTraces) is taken in the caller's own stack, before the first load's await leaves it.
  const site = pool.callSite();
  const { encodeRequest } = loadedMessageTable() ?? (await loadMessageTable());
  const op = encodeRequest(name, withStreamFlag(name, message));
  if (op.isLast === undefined) throw new RiakInvalidArgumentError(`stream(): ${name} does not stream; use request()`);
  yield* await pool.stream(op, options, site);
}

/** List buckets and 2i stream only when asked: `stream()` asks. */
function withStreamFlag<R extends StreamingRequestName>(name: R, message: MessageInput<R>): MessageInput<R> {
  return REQUESTS[name].streams === 'flag' ? ({ ...message, stream: true } as MessageInput<R>) : message;
}

/**
 * `client.requestRaw()`: any message code with the caller's payload; resolves
 * with the reply's code and payload, rejects (never throws) with a
 * `RiakError`. A TsTtbMsg reply that carries Riak TS's error term rejects
 * with the `RiakServerError` it describes, as an `RpbErrorResp` would.
 */
export async function sendRaw(pool: Pool, code: number, payload: Uint8Array | undefined, options: RawRequestOptions | undefined): Promise<RawReply> {
  checkCallOptions('requestRaw', options);
  // Checking a payload riak_pb defines needs the generated classes.
  const { encodeRawRequest, ttbErrorOf } = await loadRawRequests();
  const op = encodeRawRequest('requestRaw', code, payload, options?.expect);
  const reply = await pool.send(op, options);
  const ttbError = ttbErrorOf(reply);
  if (ttbError === undefined) return reply;
  throw withRequestContext(new RiakServerError(ttbError.errmsg, ttbError.errcode), { owner: op, request: op.name, node: options?.node });
}
