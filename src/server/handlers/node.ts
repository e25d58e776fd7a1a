import { Buffer } from 'node:buffer';
import { RpbGetBucketKeyPreflistReq, RpbSetClientIdReq } from '../../../generated/riak.js';
import { DEFAULT_BUCKET_TYPE } from '../../common/bucket-type.js';
import type { RequestContext, ServerContext } from '../context.js';
import { DEFAULT_RING_SIZE, keyHash, Ring } from '../cluster/ring.js';
import { byteString, decodeRequest, has } from '../protocol/decode.js';
import { emptyReply, FatalRequestError, reply, riakError } from '../protocol/replies.js';
import { atom, tuple } from '../../codec/erlang/term.js';
import { formatAfter } from '../erlang/pretty.js';
import { frame } from '../json/stack.js';

/**
 * Node-level requests: ping and server info (riak_api_basic_pb_service),
 * client ids, membership and preflists (riak_kv_pb_object,
 * riak_kv_pb_bucket_key_apl): from the simulated cluster when the node is
 * one of a cluster's, else for a one-node cluster.
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

/**
 * RpbMembershipReq (riak_client:membership_request(pb)): the PB listeners of
 * the nodes this node sees up; alone, its own.
 */
export function handleMembership(_payload: Buffer, ctx: RequestContext): Buffer {
  const upNodes = ctx.server.cluster?.upListeners() ?? [{ host: ctx.server.host, port: ctx.server.port }];
  return reply('RpbMembershipResp', { upNodes: upNodes.map(({ host, port }) => ({ ip: Buffer.from(host), port })) });
}

/** A one-node server's ring: 64 partitions, all its own (one per server, built on first use). */
const soloRings = new WeakMap<ServerContext, Ring>();

function ringOf(server: ServerContext): Ring {
  if (server.cluster !== undefined) return server.cluster.ring;
  let ring = soloRings.get(server);
  if (ring === undefined) {
    ring = new Ring({ ringSize: DEFAULT_RING_SIZE, nodes: [server.nodeName] });
    soloRings.set(server, ring);
  }
  return ring;
}

/**
 * A preflist in a bucket type that does not exist: riak_kv_pb_bucket_key_apl
 * hands riak_core_bucket:get_bucket/1's `{error,no_type}` to get_apl_ann as
 * the bucket's props, `proplists:get_value(n_val, ...)` has no clause for
 * it, and the connection process crashes: Riak KV 3.2.3 sends this text,
 * then closes the connection. The last frame is OTP 25's.
 */
function noTypeCrash(): FatalRequestError {
  const stack = [
    tuple(
      atom('proplists'),
      atom('get_value'),
      [atom('n_val'), tuple(atom('error'), atom('no_type')), atom('undefined')],
      [tuple(atom('file'), 'proplists.erl'), tuple(atom('line'), 216)],
    ),
    frame('riak_core_apl', 'get_apl_ann', 2, 112),
    frame('riak_core_apl', 'get_apl_ann_with_pnum', 1, 123),
    frame('riak_kv_pb_bucket_key_apl', 'process', 2, 73),
    frame('riak_api_pb_server', 'process_message', 4, 402),
    frame('riak_api_pb_server', 'connected', 2, 242),
    frame('riak_api_pb_server', 'decode_buffer', 2, 378),
    tuple(atom('gen_fsm'), atom('handle_msg'), 8, [tuple(atom('file'), 'gen_fsm.erl'), tuple(atom('line'), 479)]),
  ];
  return new FatalRequestError(formatAfter('Error processing incoming message: error:function_clause:', stack));
}

/**
 * RpbGetBucketKeyPreflistReq (riak_core_apl:get_apl_ann_with_pnum): the
 * key's n_val partitions after its chash, with their owners. Riak counts
 * every ring member as up here (UpNodes = all_members), so the answer is
 * the primaries, all marked primary, even while a node is down. An n_val
 * above the ring size gives every partition (riak_core crashes instead).
 */
export function handlePreflist(payload: Buffer, ctx: RequestContext): Buffer {
  const req = decodeRequest(RpbGetBucketKeyPreflistReq, payload, 'rpbgetbucketkeypreflistreq');
  if (req.bucket.length === 0) throw riakError('Bucket cannot be zero-length');
  if (req.key.length === 0) throw riakError('Key cannot be zero-length');
  if (has(req, 'type') && req.type.length === 0) throw riakError('Type cannot be zero-length');
  const type = has(req, 'type') ? byteString(req.type) : DEFAULT_BUCKET_TYPE;
  const props = ctx.server.buckets.bucket(type, byteString(req.bucket));
  if (props === undefined) throw noTypeCrash();
  const n = props.nVal;
  const hash = keyHash(type, Buffer.from(req.bucket), Buffer.from(req.key));
  const preflist = ringOf(ctx.server)
    .primaries(hash, n)
    .map((entry) => ({ partition: entry.index, node: Buffer.from(entry.node), primary: entry.primary }));
  return reply('RpbGetBucketKeyPreflistResp', { preflist });
}
