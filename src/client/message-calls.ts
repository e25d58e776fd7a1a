import {
  REQUESTS,
  checkRequest,
  encodeRequest,
  type MessageInput,
  type ResponseOf,
  type StreamingRequestName,
  type UnaryRequestName,
} from '../codec/message-table.js';
import { RiakInvalidArgumentError } from '../errors.js';
import type { CallOptions } from '../pool/call-options.js';
import type { Pool } from '../pool/pool.js';
import { checkCallOptions } from './call-options.js';

/*
 * The calls by message name, `client.request()` and `client.stream()`: the
 * typed entry every feature module (listing, 2i, datatypes, ...) goes
 * through, as the client's `Transport`.
 */

/** `client.request()`: any unary request by message name; rejects (never throws) on a bad argument. */
export function sendRequest<R extends UnaryRequestName>(
  pool: Pool,
  name: R,
  message: MessageInput<R>,
  options: CallOptions | undefined,
): Promise<ResponseOf<R>> {
  try {
    checkCallOptions('request', options);
    const op = encodeRequest(name, message);
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
  const op = encodeRequest(name, withStreamFlag(name, message));
  if (op.isLast === undefined) throw new RiakInvalidArgumentError(`stream(): ${name} does not stream; use request()`);
  yield* await pool.stream(op, options);
}

/** List buckets and 2i stream only when asked: `stream()` asks. */
function withStreamFlag<R extends StreamingRequestName>(name: R, message: MessageInput<R>): MessageInput<R> {
  return REQUESTS[name].streams === 'flag' ? ({ ...message, stream: true } as MessageInput<R>) : message;
}
