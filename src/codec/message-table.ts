import type { Buffer } from 'node:buffer';
import * as pb from '../../generated/riak.js';
import { RiakInvalidArgumentError, RiakProtocolError } from '../errors.js';
import type { EncodedRequest, RangeDecoder } from './encoded-request.js';
import { encodeFlatFrameTo } from './flat-encoder.js';
import { emptyFrame, encodeFrame, newEmptyFrame, rawFrame, type MessageEncoder } from './frame-encoder.js';
import type { FrameRange } from './frame-slab.js';
import { MessageCode, type MessageName } from './message-codes.js';
import { encodeQuorumFields } from './quorum.js';
import {
  EMPTY_FRAME,
  EMPTY_MESSAGE,
  FLAT_LAYOUTS,
  READ_ONLY,
  REQUESTS,
  bodylessReply,
  checkMessage,
  checkRequest,
  describeName,
  namesByCode,
  type MessageInput,
  type RequestName,
  type ResponseOf,
  type UnknownMessage,
} from './request-table.js';

/*
 * The message table with the generated protobuf classes: any message encoded
 * and decoded by name or code. The table itself (codes, replies, streaming,
 * retry safety, the flat-encoded get/put/delete) is request-table.ts, re-exported here.
 */
export {
  REQUESTS,
  EMPTY_MESSAGE,
  messageName,
  responseCodeFor,
  checkRequest,
  flatRequest,
  encodeFlatRequest,
  bodylessRequest,
  type BodyMessageName,
  type BodylessRequestName,
  type EmptyMessage,
  type Message,
  type MessageInput,
  type UnknownMessage,
  type RequestName,
  type ResponseName,
  type ResponseOf,
  type StreamingRequestName,
  type UnaryRequestName,
  type FlatRequest,
  type FlatRequestName,
} from './request-table.js';

interface MessageClass {
  encode(message: unknown, writer?: unknown): unknown;
  decode(reader: Uint8Array): unknown;
  verify(message: unknown): string | null;
}

const classes = pb as unknown as Record<string, MessageClass | undefined>;
/**
 * Whether message `name` has a protobuf body (a generated class); body-less codes frame only the code byte.
 * @category Requests
 */
export function hasBody(name: MessageName): boolean {
  return classes[name] !== undefined;
}

/**
 * Decodes any frame: to its generated class, to {@link EMPTY_MESSAGE} for a
 * body-less message, or to `{ code, payload }` for codes with no class. A
 * payload that does not decode throws a `RiakProtocolError`.
 * @category Requests
 */
export function decodeMessage(code: number, payload: Buffer): unknown {
  const name = namesByCode[code];
  if (name === undefined) return { code, payload } satisfies UnknownMessage;
  const type = classes[name];
  if (type !== undefined) {
    try {
      return type.decode(payload);
    } catch (cause) {
      throw new RiakProtocolError(`Undecodable ${name} payload (code ${code}): ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    }
  }
  return bodylessReply(code, payload);
}

/**
 * Encodes message `name` as a complete frame. A string given for a `bytes`
 * field is sent as UTF-8 (see {@link encodeFrame}).
 * @category Requests
 */
export function encodeMessage<N extends MessageName>(name: N, message: MessageInput<N>): Buffer {
  if (typeof name !== 'string' || !Object.hasOwn(MessageCode, name)) throw new RiakInvalidArgumentError(`Unknown message name ${describeName(name)}`);
  checkMessage(name, message);
  const code = MessageCode[name];
  const type = classes[name];
  // A buffer of the caller's own: the cached empty frames are only for the request path.
  if (type === undefined) return newEmptyFrame(code);
  return encodeFrame(code, type as MessageEncoder<unknown>, encodeQuorumFields(message ?? {}), name);
}

/**
 * Frames raw payload bytes under any code (for messages outside the schema, e.g. TTB).
 * @category Requests
 */
export function encodeRaw(code: number, payload: Uint8Array): Buffer {
  return rawFrame(code, payload);
}

interface RequestSpec {
  code: number;
  responseCode: number;
  decode: (payload: Buffer) => unknown;
  isLast: ((response: unknown) => boolean) | undefined;
  type: MessageClass | undefined;
  idempotent: boolean;
}

const isDone = (response: unknown): boolean => (response as { done?: boolean }).done === true;

function buildSpec(name: RequestName): RequestSpec {
  const { response } = REQUESTS[name];
  const responseType = classes[response];
  const responseCode = MessageCode[response];
  return {
    code: MessageCode[name],
    responseCode,
    // The generic path: the client's get and put pass their own decoder (client/kv-result-decoder.ts).
    decode: responseType ? (payload) => responseType.decode(payload) : (payload) => bodylessReply(responseCode, payload),
    isLast: 'streams' in REQUESTS[name] ? isDone : undefined,
    type: classes[name],
    idempotent: READ_ONLY.has(name),
  };
}
const specs = new Map<RequestName, RequestSpec>(Object.keys(REQUESTS).map((name) => [name as RequestName, buildSpec(name as RequestName)]));

/**
 * Encodes a request and describes how to read its reply: the frame, the
 * response code, the decoder, and for a streaming reply how it ends (a
 * `flag`-streaming request, list buckets or 2i, streams when its message
 * sets `stream: true`).
 * @category Requests
 */
export function encodeRequest<R extends RequestName>(name: R, message: MessageInput<R>): EncodedRequest<ResponseOf<R>>;
/**
 * With `decode`, the reply payload is decoded by it instead (e.g. straight to
 * a client result type, saving a promise hop per request). It reads
 * `buffer[start, end)`, the whole buffer when they are left out.
 * @category Requests
 */
export function encodeRequest<R extends RequestName, T>(name: R, message: MessageInput<R>, decode: RangeDecoder<T>): EncodedRequest<T>;
/** @category Requests */
export function encodeRequest<R extends RequestName>(name: R, message: MessageInput<R>, decode?: RangeDecoder<unknown>): EncodedRequest<unknown> {
  checkRequest(name, message);
  const spec = specs.get(name) as RequestSpec;
  const layout = FLAT_LAYOUTS[name];
  const streams = (REQUESTS[name] as { streams?: string }).streams;
  const streaming = streams === 'always' || (streams === 'flag' && (message as { stream?: boolean } | undefined)?.stream === true);
  const request: EncodedRequest<unknown> & FrameRange = {
    frameBuffer: EMPTY_FRAME,
    frameStart: 0,
    frameEnd: 0,
    responseCode: spec.responseCode,
    decode: decode ?? spec.decode,
    decodeAt: decode,
    isLast: streaming ? spec.isLast : undefined,
    idempotent: spec.idempotent,
    name,
    message,
  };
  if (layout !== undefined) {
    encodeFlatFrameTo(spec.code, layout, message as Record<string, unknown>, request);
  } else {
    const frame =
      spec.type === undefined ? emptyFrame(spec.code) : encodeFrame(spec.code, spec.type as MessageEncoder<unknown>, encodeQuorumFields(message ?? {}), name);
    request.frameBuffer = frame;
    request.frameEnd = frame.length;
  }
  return request;
}

export type { EncodedRequest, RangeDecoder };
