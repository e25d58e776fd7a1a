export { RiakClient, type RiakClientOptions, type ServerInfo } from './client/riak-client.js';
export type * from './client/kv-types.js';
export {
  RiakError,
  RiakServerError,
  RiakConnectionError,
  RiakTimeoutError,
  RiakAbortError,
  RiakProtocolError,
  RiakInvalidArgumentError,
  RiakClosedError,
  QueueFullError,
  RiakAuthError,
  RiakTlsError,
} from './errors.js';
export type { CallOptions } from './connection/operation.js';
export { QUORUM_SENTINELS, quorumValue, quorumName, type Quorum, type QuorumName } from './codec/quorum.js';
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
export { FrameDecoder, DEFAULT_MAX_FRAME_BYTES } from './codec/frame-decoder.js';
export { encodeFrame, emptyFrame } from './codec/frame-encoder.js';
export * as messages from '../generated/riak.js';
