import { Buffer } from 'node:buffer';
import type * as pb from '../../generated/riak.js';
import { RiakInvalidArgumentError } from '../errors.js';
import type { EncodedRequest, RangeDecoder } from './encoded-request.js';
import { DEL_REQ_LAYOUT, GET_REQ_LAYOUT, PUT_REQ_LAYOUT, encodeFlatFrameTo, type FlatLayout } from './flat-encoder.js';
import { emptyFrame } from './empty-frame.js';
import type { FrameRange } from './frame-slab.js';
import { MessageCode, type MessageName } from './message-codes.js';
import type { WithQuorumNames } from './quorum.js';

/*
 * The request table without the generated message classes: what every
 * request is answered by, which requests stream or may be retried, the
 * checks of a request's name and message, and the requests the client sends
 * without protobufjs (get, put, delete by the flat encoder; ping and
 * STARTTLS, which have no body). `message-table.ts` adds the generated
 * classes (and re-exports all of this); the client loads it only when a call
 * needs it (`load-message-table.ts`), so an application that only gets,
 * puts and deletes never loads the 1.8 MB of generated code (3 to 4 MiB of heap).
 */

type Generated = typeof pb;

/**
 * Names of the messages that have a generated class (a protobuf body).
 * @category Requests
 */
export type BodyMessageName = Extract<MessageName, keyof Generated>;

/**
 * A message with no protobuf body (ping, STARTTLS, ...): decodes to this frozen empty object.
 * @category Requests
 */
export type EmptyMessage = Readonly<Record<string, never>>;
/** @category Requests */
export const EMPTY_MESSAGE: EmptyMessage = Object.freeze({});

/**
 * The decoded form of message `N`: the generated class instance, or {@link EmptyMessage}.
 * @category Requests
 */
export type Message<N extends MessageName> = N extends BodyMessageName ? ReturnType<Generated[N]['decode']> : EmptyMessage;

/**
 * The plain-object form of message `N` accepted for encoding (generated `$Properties`).
 * @category Requests
 */
export type MessageInput<N extends MessageName> = N extends BodyMessageName ? WithQuorumNames<Parameters<Generated[N]['encode']>[0]> : EmptyMessage | undefined;

/**
 * A frame whose code has no generated class (or is not in the table).
 * @category Requests
 */
export interface UnknownMessage {
  code: number;
  payload: Buffer;
}

/**
 * Every request Riak answers: its response message and whether the response
 * streams. `always` streams until a frame with `done`; `flag` streams only
 * when the request sets `stream: true`, otherwise it is one frame.
 * Shared replies: 31→20, 32→22, 56/60→12, 57→14, AAE folds→220/221/222
 * (and 128→10, 129→130, 104→104: see {@link responseCodeFor}).
 * @category Requests
 */
export const REQUESTS = {
  RpbPingReq: { response: 'RpbPingResp' },
  RpbGetClientIdReq: { response: 'RpbGetClientIdResp' },
  RpbSetClientIdReq: { response: 'RpbSetClientIdResp' },
  RpbGetServerInfoReq: { response: 'RpbGetServerInfoResp' },
  RpbGetReq: { response: 'RpbGetResp' },
  RpbPutReq: { response: 'RpbPutResp' },
  RpbDelReq: { response: 'RpbDelResp' },
  RpbListBucketsReq: { response: 'RpbListBucketsResp', streams: 'flag' },
  RpbListKeysReq: { response: 'RpbListKeysResp', streams: 'always' },
  RpbGetBucketReq: { response: 'RpbGetBucketResp' },
  RpbSetBucketReq: { response: 'RpbSetBucketResp' },
  RpbMapRedReq: { response: 'RpbMapRedResp', streams: 'always' },
  RpbIndexReq: { response: 'RpbIndexResp', streams: 'flag' },
  RpbSearchQueryReq: { response: 'RpbSearchQueryResp' },
  RpbResetBucketReq: { response: 'RpbResetBucketResp' },
  RpbGetBucketTypeReq: { response: 'RpbGetBucketResp' },
  RpbSetBucketTypeReq: { response: 'RpbSetBucketResp' },
  RpbGetBucketKeyPreflistReq: { response: 'RpbGetBucketKeyPreflistResp' },
  RpbCSBucketReq: { response: 'RpbCSBucketResp', streams: 'always' },
  RpbCounterUpdateReq: { response: 'RpbCounterUpdateResp' },
  RpbCounterGetReq: { response: 'RpbCounterGetResp' },
  RpbYokozunaIndexGetReq: { response: 'RpbYokozunaIndexGetResp' },
  RpbYokozunaIndexPutReq: { response: 'RpbPutResp' },
  RpbYokozunaIndexDeleteReq: { response: 'RpbDelResp' },
  RpbYokozunaSchemaGetReq: { response: 'RpbYokozunaSchemaGetResp' },
  RpbYokozunaSchemaPutReq: { response: 'RpbPutResp' },
  RpbCoverageReq: { response: 'RpbCoverageResp' },
  DtFetchReq: { response: 'DtFetchResp' },
  DtUpdateReq: { response: 'DtUpdateResp' },
  TsQueryReq: { response: 'TsQueryResp' },
  TsPutReq: { response: 'TsPutResp' },
  TsDelReq: { response: 'TsDelResp' },
  TsGetReq: { response: 'TsGetResp' },
  TsListKeysReq: { response: 'TsListKeysResp', streams: 'always' },
  TsCoverageReq: { response: 'TsCoverageResp' },
  RpbRTEReq: { response: 'RpbRTEResp' },
  RpbFetchReq: { response: 'RpbFetchResp' },
  RpbPushReq: { response: 'RpbPushResp' },
  RpbMembershipReq: { response: 'RpbMembershipResp' },
  RpbAaeFoldMergeRootNValReq: { response: 'RpbAaeFoldTreeResp' },
  RpbAaeFoldMergeBranchNValReq: { response: 'RpbAaeFoldTreeResp' },
  RpbAaeFoldFetchClocksNValReq: { response: 'RpbAaeFoldKeyValueResp' },
  RpbAaeFoldMergeTreesRangeReq: { response: 'RpbAaeFoldTreeResp' },
  RpbAaeFoldFetchClocksRangeReq: { response: 'RpbAaeFoldKeyValueResp' },
  RpbAaeFoldFindKeysReq: { response: 'RpbAaeFoldKeyCountResp' },
  RpbAaeFoldObjectStatsReq: { response: 'RpbAaeFoldKeyCountResp' },
  RpbAaeFoldReplKeysReq: { response: 'RpbAaeFoldKeyCountResp' },
  RpbAaeFoldFindTombsReq: { response: 'RpbAaeFoldKeyCountResp' },
  RpbAaeFoldRepairKeysReq: { response: 'RpbAaeFoldKeyCountResp' },
  RpbAaeFoldListBucketsReq: { response: 'RpbAaeFoldListBucketsResp' },
  RpbAaeFoldReapTombsReq: { response: 'RpbAaeFoldKeyCountResp' },
  RpbAaeFoldEraseKeysReq: { response: 'RpbAaeFoldKeyCountResp' },
  RpbAuthReq: { response: 'RpbAuthResp' },
  // The server acknowledges STARTTLS with the same code.
  RpbStartTls: { response: 'RpbStartTls' },
} as const satisfies Record<string, { response: MessageName; streams?: 'always' | 'flag' }>;

/** @category Requests */
export type RequestName = keyof typeof REQUESTS;
/** @category Requests */
export type ResponseName<R extends RequestName> = (typeof REQUESTS)[R]['response'];
/**
 * The decoded response to request `R`.
 * @category Requests
 */
export type ResponseOf<R extends RequestName> = Message<ResponseName<R>>;
/**
 * Requests that may stream their response (always, or with `stream: true`).
 * @category Requests
 */
export type StreamingRequestName = {
  [R in RequestName]: (typeof REQUESTS)[R] extends { streams: string } ? R : never;
}[RequestName];
/**
 * Requests answered by exactly one frame unless asked to stream.
 * @category Requests
 */
export type UnaryRequestName = {
  [R in RequestName]: (typeof REQUESTS)[R] extends { streams: 'always' } ? never : R;
}[RequestName];

/** Message names by code. @internal */
export const namesByCode: (MessageName | undefined)[] = [];
for (const [name, code] of Object.entries(MessageCode) as [MessageName, number][]) namesByCode[code] = name;

/**
 * The message name of a code, or undefined for codes Riak does not define.
 * @category Requests
 */
export function messageName(code: number): MessageName | undefined {
  return namesByCode[code];
}

/**
 * Requests whose messages live outside riak_pb's protos (riak_repl's own
 * proto; TsTtbMsg, an Erlang term in both directions): no generated class,
 * so no typed call, but their reply codes are known. `requestRaw()` sends them.
 */
const UNTYPED_REQUEST_RESPONSES: Record<number, number> = {
  [MessageCode.RpbReplGetReq]: MessageCode.RpbGetResp,
  [MessageCode.RpbReplGetClusterIdReq]: MessageCode.RpbReplGetClusterIdResp,
  [MessageCode.TsTtbMsg]: MessageCode.TsTtbMsg,
};

/**
 * The response code expected for a request code, or undefined if `code` is not a request.
 * @category Requests
 */
export function responseCodeFor(code: number): number | undefined {
  const name = namesByCode[code];
  if (name === undefined) return undefined;
  if (name in REQUESTS) return MessageCode[REQUESTS[name as RequestName].response];
  return UNTYPED_REQUEST_RESPONSES[code];
}

/** A message name as an error names it. @internal */
export function describeName(name: unknown): string {
  return typeof name === 'string' ? JSON.stringify(name) : `(a ${name === null ? 'null' : typeof name}, not a message name)`;
}

/** A message is an object of fields, or absent (undefined / null) for an empty one. @internal */
export function checkMessage(name: string, message: unknown): void {
  if (message === undefined || message === null) return;
  if (typeof message !== 'object' || Array.isArray(message) || message instanceof Uint8Array) {
    const kind = Array.isArray(message) ? 'an array' : message instanceof Uint8Array ? 'a byte array' : `a ${typeof message}`;
    throw new RiakInvalidArgumentError(`Invalid ${name} message: expected an object of fields, got ${kind}`);
  }
}

/**
 * Checks that `name` names a request of the table (a response name, a typo or
 * a non-string from plain JavaScript is a `RiakInvalidArgumentError` naming
 * it) and that `message` is an object of fields or absent.
 * @category Requests
 */
export function checkRequest(name: unknown, message: unknown): asserts name is RequestName {
  if (typeof name !== 'string' || !Object.hasOwn(REQUESTS, name)) {
    const code = typeof name === 'string' && Object.hasOwn(MessageCode, name) ? MessageCode[name as MessageName] : undefined;
    if (code !== undefined && UNTYPED_REQUEST_RESPONSES[code] !== undefined) {
      throw new RiakInvalidArgumentError(
        `${describeName(name)} has no generated message class (its body is not in riak_pb's protos): send it with requestRaw(${code}, payload)`,
      );
    }
    const why = code !== undefined ? 'is a message Riak sends, not a request' : 'is not a request message name';
    throw new RiakInvalidArgumentError(`${describeName(name)} ${why} (REQUESTS lists the requests, e.g. "RpbGetReq"; requestRaw() sends any code)`);
  }
  checkMessage(name, message);
}

/**
 * The hot requests (get, put, delete) are framed by a hand-written encoder
 * (byte-identical to protobufjs, checked by property tests) that takes text
 * for bytes fields without an intermediate Buffer and copies a value once.
 */
export const FLAT_LAYOUTS: Partial<Record<RequestName, FlatLayout>> = { RpbGetReq: GET_REQ_LAYOUT, RpbDelReq: DEL_REQ_LAYOUT, RpbPutReq: PUT_REQ_LAYOUT };

/**
 * Requests that cannot change state: the only ones retried after a failure
 * on the wire. Every write stays out, conditional ones included: a replayed
 * put with a vclock adds a duplicate sibling on an `allow_mult` bucket, and a
 * replayed `ifNoneMatch` put reports `match_found` for its own write. TsQueryReq
 * stays out too (its SQL may be an INSERT or a CREATE TABLE).
 */
export const READ_ONLY = new Set<RequestName>([
  'RpbPingReq',
  'RpbGetClientIdReq',
  'RpbGetServerInfoReq',
  'RpbGetReq',
  'RpbListBucketsReq',
  'RpbListKeysReq',
  'RpbGetBucketReq',
  'RpbMapRedReq',
  'RpbIndexReq',
  'RpbSearchQueryReq',
  'RpbGetBucketTypeReq',
  'RpbGetBucketKeyPreflistReq',
  'RpbCSBucketReq',
  'RpbCounterGetReq',
  'RpbYokozunaIndexGetReq',
  'RpbYokozunaSchemaGetReq',
  'RpbCoverageReq',
  'DtFetchReq',
  'TsGetReq',
  'TsListKeysReq',
  'TsCoverageReq',
  'RpbMembershipReq',
  'RpbAaeFoldMergeRootNValReq',
  'RpbAaeFoldMergeBranchNValReq',
  'RpbAaeFoldFetchClocksNValReq',
  'RpbAaeFoldMergeTreesRangeReq',
  'RpbAaeFoldFetchClocksRangeReq',
  'RpbAaeFoldFindKeysReq',
  'RpbAaeFoldObjectStatsReq',
  'RpbAaeFoldFindTombsReq',
  'RpbAaeFoldListBucketsReq',
]);

export type FlatRequestName = 'RpbGetReq' | 'RpbPutReq' | 'RpbDelReq';

/** A flat-encoded request type, resolved once: its code, reply code, layout and retry safety. */
export interface FlatRequest<R extends FlatRequestName> {
  readonly name: R;
  readonly code: number;
  readonly responseCode: number;
  readonly layout: FlatLayout;
  readonly idempotent: boolean;
  /** Where `content` (RpbPutReq's) is in the layout; -1 when the message has none. */
  readonly contentIndex: number;
}

/** Resolves a get, put or delete request type once, for {@link encodeFlatRequest}. */
export function flatRequest<R extends FlatRequestName>(name: R): FlatRequest<R> {
  const layout = FLAT_LAYOUTS[name] as FlatLayout;
  return {
    name,
    code: MessageCode[name],
    responseCode: MessageCode[REQUESTS[name].response],
    layout,
    idempotent: READ_ONLY.has(name),
    contentIndex: layout.names.indexOf('content'),
  };
}

/**
 * `encodeRequest` (message-table.ts) for the client's get, put and delete, whose request
 * type is resolved once ({@link flatRequest}): the same encoded request,
 * without looking the name up in the tables for every call. A put's
 * `content` may be given beside the message instead of in it (in place of
 * the message's own): the client's put passes its params as the message
 * without copying them.
 */
export function encodeFlatRequest<R extends FlatRequestName, T>(
  request: FlatRequest<R>,
  message: MessageInput<R>,
  decode: RangeDecoder<T>,
  content?: Readonly<Record<string, unknown>>,
): EncodedRequest<T> {
  checkMessage(request.name, message);
  const encoded = unencoded(request, message, decode);
  const beside = content === undefined ? -1 : request.contentIndex;
  encodeFlatFrameTo(request.code, request.layout, (message ?? {}) as Record<string, unknown>, encoded, beside, content);
  return encoded;
}

/**
 * {@link encodeFlatRequest} for the client's get and put when their params
 * fit a straight-line encoder (`get-frame.ts`, `put-frame.ts`): `fields`,
 * checked by the caller, are written by `encodeTo`. `message` is the
 * caller's params, kept for errors that name the bucket and key.
 */
export function encodeFieldsRequest<R extends FlatRequestName, F, T>(
  request: FlatRequest<R>,
  encodeTo: (code: number, fields: F, out: FrameRange) => void,
  fields: F,
  message: unknown,
  decode: RangeDecoder<T>,
): EncodedRequest<T> {
  const encoded = unencoded(request, message, decode);
  encodeTo(request.code, fields, encoded);
  return encoded;
}

/** A flat request before its frame is written. */
function unencoded<T>(request: FlatRequest<FlatRequestName>, message: unknown, decode: RangeDecoder<T>): EncodedRequest<T> & FrameRange {
  // The same fields in the same order as encodeRequest's: one object shape for the pipeline.
  return {
    frameBuffer: EMPTY_FRAME,
    frameStart: 0,
    frameEnd: 0,
    responseCode: request.responseCode,
    decode,
    decodeAt: decode,
    isLast: undefined,
    idempotent: request.idempotent,
    name: request.name,
    message,
  };
}

/**
 * A reply of code `code` with no protobuf body: the empty message, or its
 * payload kept raw when one came where none is defined (never dropped).
 * @internal
 */
export function bodylessReply(code: number, payload: Buffer): EmptyMessage | UnknownMessage {
  return payload.length === 0 ? EMPTY_MESSAGE : { code, payload };
}

/** A request's frame until it is encoded (empty: nothing can be written to it). */
export const EMPTY_FRAME = Buffer.alloc(0);

/** The requests with no body whose reply has none either: the client sends them without the generated classes. */
export type BodylessRequestName = 'RpbPingReq' | 'RpbStartTls';

/** Whether `name` is sent without the generated classes ({@link bodylessRequest}). */
export function isBodylessRequest(name: string): name is BodylessRequestName {
  return name === 'RpbPingReq' || name === 'RpbStartTls';
}

/**
 * `encodeRequest` (message-table.ts)'s request for ping or STARTTLS, built without the
 * generated classes: a frame of the code alone, answered by an empty reply
 * (a payload where none is defined is kept raw, as the message table does).
 * Built once per name: like the message table's empty frames, it is never
 * changed, so every ping shares it.
 */
export function bodylessRequest(name: BodylessRequestName): EncodedRequest<EmptyMessage | UnknownMessage> {
  let request = bodyless.get(name);
  if (request === undefined) {
    request = buildBodyless(name);
    bodyless.set(name, request);
  }
  return request;
}
const bodyless = new Map<BodylessRequestName, EncodedRequest<EmptyMessage | UnknownMessage>>();

function buildBodyless(name: BodylessRequestName): EncodedRequest<EmptyMessage | UnknownMessage> {
  const code = MessageCode[name];
  const responseCode = MessageCode[REQUESTS[name].response];
  const frame = emptyFrame(code);
  const decode = (payload: Buffer) => bodylessReply(responseCode, payload);
  return {
    frameBuffer: frame,
    frameStart: 0,
    frameEnd: frame.length,
    responseCode,
    decode,
    decodeAt: undefined,
    isLast: undefined,
    idempotent: READ_ONLY.has(name),
    name,
    message: undefined,
  };
}

export type { EncodedRequest, RangeDecoder };
