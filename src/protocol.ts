/**
 * `riak-pb/protocol`: the wire layer, for people building tools (proxies,
 * recorders, test doubles): the frame codec, the message table and the
 * generated protobuf classes. Applications need only `riak-pb`.
 *
 * Every buffer these functions return is the caller's own, never shared
 * with the library or with a later call; `FrameDecoder` hands out payloads
 * as views of the bytes pushed into it.
 */
export {
  REQUESTS,
  EMPTY_MESSAGE,
  decodeMessage,
  encodeMessage,
  encodeRaw,
  messageName,
  hasBody,
  responseCodeFor,
  type RequestName,
  type UnaryRequestName,
  type StreamingRequestName,
  type ResponseOf,
  type Message,
  type MessageInput,
  type EmptyMessage,
  type UnknownMessage,
} from './codec/message-table.js';
export { MessageCode, type MessageName } from './codec/message-codes.js';
export { FrameDecoder, DEFAULT_MAX_FRAME_BYTES, type FrameHandler } from './codec/frame-decoder.js';
export { decodeErrorResponse } from './codec/error-response.js';
export { encodeFrame, newEmptyFrame as emptyFrame } from './codec/frame-encoder.js';
export * as messages from '../generated/riak.js';
