import { Buffer } from 'node:buffer';
import { RpbGetBucketReq, RpbGetBucketTypeReq, RpbResetBucketReq, RpbSetBucketReq, RpbSetBucketTypeReq } from '../../../generated/riak.js';
import { decodeBucketProps, encodeBucketProps } from '../buckets/bucket-props.js';
import { DEFAULT_BUCKET_TYPE } from '../../common/bucket-type.js';
import type { RequestContext } from '../context.js';
import { bytesText, formatTerm } from '../erlang/format.js';
import { formatAfter } from '../erlang/pretty.js';
import { atom, tuple } from '../../codec/erlang/term.js';
import type { PropError } from '../buckets/validate-props.js';
import { byteString, decodeRequest, has } from '../protocol/decode.js';
import { emptyReply, reply, riakError } from '../protocol/replies.js';

/**
 * Bucket and bucket-type props (riak_api's riak_core_pb_bucket and
 * riak_core_pb_bucket_type), with their error texts:
 * "No bucket-type named '~s'", "Invalid bucket type: ~p",
 * "Invalid bucket properties: ~p".
 */

function typeOf(req: { type: Uint8Array }): { name: string; bytes: Buffer } {
  if (!has(req, 'type')) return { name: DEFAULT_BUCKET_TYPE, bytes: Buffer.from(DEFAULT_BUCKET_TYPE) };
  return { name: byteString(req.type), bytes: Buffer.from(req.type) };
}

/** riak_core_pb_bucket's text for {error, no_type}: `~s` of the request's type (empty when it sent none). */
function noType(req: { type: Uint8Array }): Error {
  return riakError(`No bucket-type named '${has(req, 'type') ? bytesText(req.type) : ''}'`);
}

const INVALID_PROPS = 'Invalid bucket properties: ';

/** "Invalid bucket properties: ~p" of the `{Prop, Reason}` list. */
function invalidProps(errors: PropError[]): string {
  return formatAfter(
    INVALID_PROPS,
    errors.map(([prop, reason]) => tuple(atom(prop), reason)),
  );
}

export function handleGetBucket(payload: Buffer, ctx: RequestContext): Buffer {
  const req = decodeRequest(RpbGetBucketReq, payload, 'rpbgetbucketreq');
  const props = ctx.server.buckets.bucket(typeOf(req).name, byteString(req.bucket));
  if (props === undefined) throw noType(req);
  return reply('RpbGetBucketResp', { props: encodeBucketProps(props.props) });
}

export function handleSetBucket(payload: Buffer, ctx: RequestContext): Buffer {
  const req = decodeRequest(RpbSetBucketReq, payload, 'rpbsetbucketreq');
  const result = ctx.server.buckets.setBucket(typeOf(req).name, byteString(req.bucket), decodeBucketProps(req.props));
  if (!result.ok) {
    if (result.reason === 'no_type') throw noType(req);
    throw riakError(invalidProps(result.errors));
  }
  return emptyReply('RpbSetBucketResp');
}

export function handleResetBucket(payload: Buffer, ctx: RequestContext): Buffer {
  const req = decodeRequest(RpbResetBucketReq, payload, 'rpbresetbucketreq');
  ctx.server.buckets.resetBucket(typeOf(req).name, byteString(req.bucket));
  return emptyReply('RpbResetBucketResp');
}

export function handleGetBucketType(payload: Buffer, ctx: RequestContext): Buffer {
  const req = decodeRequest(RpbGetBucketTypeReq, payload, 'rpbgetbuckettypereq');
  const props = ctx.server.buckets.type(byteString(req.type));
  if (props === undefined) throw riakError(`Invalid bucket type: ${formatTerm(Buffer.from(req.type))}`);
  return reply('RpbGetBucketResp', { props: encodeBucketProps(props.props) });
}

export function handleSetBucketType(payload: Buffer, ctx: RequestContext): Buffer {
  const req = decodeRequest(RpbSetBucketTypeReq, payload, 'rpbsetbuckettypereq');
  const result = ctx.server.buckets.setType(byteString(req.type), decodeBucketProps(req.props));
  if (!result.ok) {
    if ('errors' in result) throw riakError(invalidProps(result.errors));
    throw riakError(`${INVALID_PROPS}${result.reason}`);
  }
  return emptyReply('RpbSetBucketResp');
}
