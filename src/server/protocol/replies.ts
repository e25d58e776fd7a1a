import { Buffer } from 'node:buffer';
import { emptyFrame } from '../../codec/frame-encoder.js';
import { MessageCode, type MessageName } from '../../codec/message-codes.js';
import { encodeMessage, type BodyMessageName, type MessageInput } from '../../codec/message-table.js';
import { RiakServerError } from '../../errors.js';

/**
 * What a request handler returns: one encoded frame, or a stream of frames
 * generated lazily (list keys, 2i with `stream`, MapReduce), which the
 * connection writes as fast as the client reads; or a promise of either, for
 * requests whose work runs off the server thread (client regexes). The
 * connection handles nothing else until the promise settles, as Riak's
 * connection process handles one request at a time.
 */
export type HandlerResult = Buffer | StreamReply | Promise<Buffer | StreamReply>;

/**
 * A streamed reply's frames: an iterable the connection pulls while the
 * socket takes them, or an async iterable whose generator may await between
 * frames (the scans yield to the event loop between chunks, so a big
 * listing read by a fast client does not keep other connections waiting).
 */
export class StreamReply {
  constructor(readonly frames: Iterable<Buffer> | AsyncIterable<Buffer>) {}
}

/**
 * A request Riak answers with RpbErrorResp and then closes the connection:
 * the paths where riak_api_pb_server's catch-all reports a crash
 * ("Error processing incoming message: ...") and stops.
 */
export class FatalRequestError extends Error {
  constructor(readonly errmsg: string) {
    super(errmsg);
  }
}

/** An RpbErrorResp Riak KV sends for a recoverable error (errcode 0); the text is a byte string. */
export function riakError(errmsg: string): RiakServerError {
  return new RiakServerError(errmsg, 0);
}

/** Encodes an RpbErrorResp frame; `errmsg` is a byte string (one char per byte). */
export function errorFrame(errmsg: string, errcode = 0): Buffer {
  return encodeMessage('RpbErrorResp', { errmsg: Buffer.from(errmsg, 'latin1'), errcode });
}

/** Encodes a reply message by name, with the codec's message table (the one map of names to generated classes). */
export function reply<N extends BodyMessageName>(name: N, message: MessageInput<N>): Buffer {
  return encodeMessage(name, message);
}

/** A body-less reply (RpbPingResp, RpbDelResp, ...). */
export function emptyReply(name: MessageName): Buffer {
  return emptyFrame(MessageCode[name]);
}
