import type { MessageInput, ResponseOf, StreamingRequestName, UnaryRequestName } from '../codec/message-table.js';
import type { CallOptions } from '../pool/call-options.js';

/**
 * What the feature modules (listing, 2i, datatypes, ...) need from the client:
 * typed unary and streaming calls over the message table. `RiakClient`
 * implements it; tests may substitute their own.
 * @internal
 */
export interface Transport {
  request<R extends UnaryRequestName>(name: R, message: MessageInput<R>, options?: CallOptions): Promise<ResponseOf<R>>;
  stream<R extends StreamingRequestName>(name: R, message: MessageInput<R>, options?: CallOptions): AsyncGenerator<ResponseOf<R>, void, undefined>;
}
