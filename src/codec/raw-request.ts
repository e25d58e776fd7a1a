import { Buffer } from 'node:buffer';
import * as pb from '../../generated/riak.js';
import { describe } from '../common/describe.js';
import { RiakInvalidArgumentError } from '../errors.js';
import { binaryToTerm } from './erlang/etf.js';
import { isAtom, isTuple, type ErlTerm } from './erlang/term.js';
import type { EncodedRequest } from './encoded-request.js';
import { rawFrame } from './frame-encoder.js';
import { MessageCode } from './message-codes.js';
import { REQUESTS, messageName, responseCodeFor, type RequestName } from './message-table.js';

/**
 * A reply as it came off the wire: its message code and its payload bytes
 * (a view of the received chunk). `decodeMessage(code, payload)` of
 * `riak-pb/protocol` decodes the codes riak_pb defines.
 * @category Requests
 */
export interface RawReply {
  code: number;
  payload: Buffer;
}

/**
 * What a request by code waits for when Riak defines no reply to it (a
 * response code, an unassigned code): only an `RpbErrorResp` (code 0, handled
 * before any match) can answer, as Riak's "Unknown message code: N" does.
 */
const ERROR_REPLY_ONLY = MessageCode.RpbErrorResp;

interface MessageClass {
  decode(reader: Uint8Array): unknown;
}
const classes = pb as unknown as Record<string, MessageClass | undefined>;

/**
 * Encodes a request by message code with the caller's payload, for the codes
 * no typed call covers (riak_repl's 128/129, TsTtbMsg 104 with an Erlang
 * term) or any other. Its reply resolves as a {@link RawReply} whatever the
 * code. `method` names the caller in errors.
 *
 * Checked before anything is sent, because Riak closes the connection (and
 * with it every request pipelined there) on a payload its decoder rejects:
 * a request riak_pb defines must carry a payload of its message (none for a
 * body-less one), and a streamed reply has no single frame to resolve with.
 * Foreign and unknown codes go out as given.
 */
export function encodeRawRequest(method: string, code: unknown, payload: unknown, expect: unknown): EncodedRequest<RawReply> {
  if (typeof code !== 'number' || !Number.isInteger(code) || code < 0 || code > 255) {
    throw new RiakInvalidArgumentError(`${method}(): the message code must be an integer from 0 to 255, got ${describe(code)}`);
  }
  const body = payload ?? EMPTY;
  if (!(body instanceof Uint8Array)) {
    throw new RiakInvalidArgumentError(`${method}(): the payload must be a Uint8Array (or left out for an empty one), got ${describe(payload)}`);
  }
  if (expect !== undefined && (typeof expect !== 'number' || !Number.isInteger(expect) || expect < 1 || expect > 255)) {
    throw new RiakInvalidArgumentError(`${method}(): \`expect\` must be the reply's message code, an integer from 1 to 255, got ${describe(expect)}`);
  }
  const name = messageName(code);
  const request = name !== undefined && Object.hasOwn(REQUESTS, name) ? (name as RequestName) : undefined;
  if (request !== undefined) checkKnownPayload(method, request, code, body);
  const responseCode = (expect as number | undefined) ?? responseCodeFor(code) ?? ERROR_REPLY_ONLY;
  const frame = rawFrame(code, body);
  return {
    frameBuffer: frame,
    frameStart: 0,
    frameEnd: frame.length,
    responseCode,
    decode: (reply) => ({ code: responseCode, payload: reply }),
    name: name ?? `message code ${code}`,
  };
}

const EMPTY = new Uint8Array(0);

/** A request riak_pb defines: a payload its decoder takes, and a single-frame reply. */
function checkKnownPayload(method: string, name: RequestName, code: number, payload: Uint8Array): void {
  const type = classes[name];
  if (type === undefined) {
    if (payload.length > 0) throw new RiakInvalidArgumentError(`${method}(): ${name} (code ${code}) has no body; send an empty payload`);
  } else {
    let message: unknown;
    try {
      message = type.decode(payload);
    } catch (cause) {
      const why = cause instanceof Error ? cause.message : String(cause);
      throw new RiakInvalidArgumentError(`${method}(): the payload is not a valid ${name} (code ${code}): ${why}; Riak would close the connection`, { cause });
    }
    const streams = (REQUESTS[name] as { streams?: string }).streams;
    if (streams === 'always' || (streams === 'flag' && (message as { stream?: boolean }).stream === true)) {
      throw new RiakInvalidArgumentError(`${method}(): ${name} (code ${code}) streams its reply; use stream('${name}', ...)`);
    }
  }
}

/**
 * The error a TsTtbMsg reply carries, if it is one: Riak TS answers a TTB
 * request's failure with `{rpberrorresp, ErrMsg, ErrCode}` inside a code-104
 * frame (riak_kv_ts_svc's make_rpberrresp, encoded by riak_ttb_codec), not
 * with an RpbErrorResp. Undefined for any other reply.
 */
export function ttbErrorOf(reply: RawReply): { errmsg: string; errcode: number } | undefined {
  if (reply.code !== MessageCode.TsTtbMsg) return undefined;
  let term: ErlTerm;
  try {
    term = binaryToTerm(reply.payload);
  } catch {
    // Not a term (EtfDecodeError, badarg): an answer for the caller to read, not an error.
    return undefined;
  }
  if (!isTuple(term, 3) || !isAtom(term.items[0], 'rpberrorresp')) return undefined;
  const [, errmsg, errcode] = term.items as ErlTerm[];
  if (typeof errcode !== 'number') return undefined;
  const text = termText(errmsg);
  return text === undefined ? undefined : { errmsg: text, errcode };
}

/** An Erlang error text: a binary (UTF-8), a string, or a list of character codes. */
function termText(term: ErlTerm): string | undefined {
  if (Buffer.isBuffer(term)) return term.toString('utf8');
  if (typeof term === 'string') return term;
  if (Array.isArray(term) && term.every((item) => typeof item === 'number' && Number.isInteger(item) && item >= 0 && item <= 0x10ffff)) {
    return String.fromCodePoint(...(term as number[]));
  }
  return undefined;
}
