import { createHash } from 'node:crypto';
import { RpbGetBucketKeyPreflistReq, RpbSetClientIdReq } from '../../../generated/riak.js';
import { DEFAULT_BUCKET_TYPE } from '../../common/bucket-type.js';
import type { RequestContext } from '../context.js';
import { termToBinary } from '../../codec/erlang/etf.js';
import { tuple } from '../../codec/erlang/term.js';
import { byteString, decodeRequest, has } from '../protocol/decode.js';
import { emptyReply, reply, riakError } from '../protocol/replies.js';

/**
 * Node-level requests: ping and server info (riak_api_basic_pb_service),
 * client ids, membership and preflists (riak_kv_pb_object,
 * riak_kv_pb_bucket_key_apl), for a one-node cluster.
 */

export function handlePing(): Buffer {
  return emptyReply('RpbPingResp');
}

export function handleServerInfo(_payload: Buffer, ctx: RequestContext): Buffer {
  return reply('RpbGetServerInfoResp', { node: Buffer.from(ctx.server.nodeName), serverVersion: Buffer.from(ctx.server.serverVersion) });
}

/** With vnode_vclocks (always on in 3.x) the client id is kept per connection and only echoed. */
export function handleGetClientId(_payload: Buffer, ctx: RequestContext): Buffer {
  return reply('RpbGetClientIdResp', { clientId: ctx.connection.clientId });
}

export function handleSetClientId(payload: Buffer, ctx: RequestContext): Buffer {
  const req = decodeRequest(RpbSetClientIdReq, payload, 'rpbsetclientidreq');
  ctx.connection.clientId = Buffer.from(req.clientId);
  return emptyReply('RpbSetClientIdResp');
}

/** RpbMembershipReq: this node's PB listener is the only up node. */
export function handleMembership(_payload: Buffer, ctx: RequestContext): Buffer {
  return reply('RpbMembershipResp', { upNodes: [{ ip: Buffer.from(ctx.server.host), port: ctx.server.port }] });
}

const RING_SIZE = 64n;
const RING_TOP = 1n << 160n;

/**
 * RpbGetBucketKeyPreflistReq: the key's n_val partitions on a 64-partition
 * ring, computed as riak_core does (SHA-1 of term_to_binary({Bucket, Key}),
 * then the partitions after that point), all primaries on this node.
 */
export function handlePreflist(payload: Buffer, ctx: RequestContext): Buffer {
  const req = decodeRequest(RpbGetBucketKeyPreflistReq, payload, 'rpbgetbucketkeypreflistreq');
  if (req.bucket.length === 0) throw riakError('Bucket cannot be zero-length');
  if (req.key.length === 0) throw riakError('Key cannot be zero-length');
  if (has(req, 'type') && req.type.length === 0) throw riakError('Type cannot be zero-length');
  const type = has(req, 'type') ? byteString(req.type) : DEFAULT_BUCKET_TYPE;
  const props = ctx.server.buckets.bucket(type, byteString(req.bucket));
  const n = props?.nVal ?? 3;
  const bucket = type === DEFAULT_BUCKET_TYPE ? Buffer.from(req.bucket) : tuple(Buffer.from(req.type), Buffer.from(req.bucket));
  const hash = BigInt(
    `0x${createHash('sha1')
      .update(termToBinary(tuple(bucket, Buffer.from(req.key))))
      .digest('hex')}`,
  );
  const first = (hash / (RING_TOP / RING_SIZE) + 1n) % RING_SIZE;
  const node = Buffer.from(ctx.server.nodeName);
  const preflist = Array.from({ length: Math.min(n, Number(RING_SIZE)) }, (_, i) => ({
    partition: Number((first + BigInt(i)) % RING_SIZE),
    node,
    primary: true,
  }));
  return reply('RpbGetBucketKeyPreflistResp', { preflist });
}
