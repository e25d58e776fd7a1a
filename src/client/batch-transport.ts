import { loadMessageTable, loadedMessageTable } from '../codec/load-message-table.js';
import { REQUESTS, checkRequest, type MessageInput, type RangeDecoder, type StreamingRequestName } from '../codec/request-table.js';
import { RiakInvalidArgumentError } from '../errors.js';
import type { CallOptions } from '../pool/call-options.js';
import type { Pool } from '../pool/pool.js';

/**
 * Streams of frames read by the caller's own decoder, as the connection
 * receives them: listings and 2i decode straight to the batches they yield
 * (batch-decoders.ts). `RiakClient` hands one over its pool to them
 * ({@link decodedStreams}), so the method is not part of its public API.
 * @internal
 */
export interface BatchTransport {
  streamDecoded<R extends StreamingRequestName, F extends { done: boolean }>(
    name: R,
    message: MessageInput<R>,
    decode: RangeDecoder<F>,
    options?: CallOptions,
  ): AsyncGenerator<F, void, undefined>;
}

/** The {@link BatchTransport} over `pool`. @internal */
export function decodedStreams(pool: Pool): BatchTransport {
  return { streamDecoded: (name, message, decode, options) => streamDecoded(pool, name, message, decode, options) };
}

/**
 * What `client.stream()` does (the request checked, `stream: true` set where
 * Riak streams only when asked, a connection held until the frame whose
 * `done` is set), each frame decoded by `decode`. The call options
 * come checked from the calling method's own option reader.
 * @internal
 */
export async function* streamDecoded<R extends StreamingRequestName, F extends { done: boolean }>(
  pool: Pool,
  name: R,
  message: MessageInput<R>,
  decode: RangeDecoder<F>,
  options: CallOptions | undefined,
): AsyncGenerator<F, void, undefined> {
  checkRequest(name, message);
  const streaming = REQUESTS[name].streams === 'flag' ? ({ ...message, stream: true } as MessageInput<R>) : message;
  // The call site (captureStackTraces) is taken in the caller's own stack, before the first load's await leaves it.
  const site = pool.callSite();
  const { encodeRequest } = loadedMessageTable() ?? (await loadMessageTable());
  const op = encodeRequest(name, streaming, decode);
  if (op.isLast === undefined) throw new RiakInvalidArgumentError(`${name} does not stream`);
  yield* await pool.stream(op, options, site);
}
