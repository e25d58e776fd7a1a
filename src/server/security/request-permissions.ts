import { Buffer } from 'node:buffer';
import * as pb from '../../../generated/riak.js';
import { MessageCode } from '../../codec/message-codes.js';
import { DEFAULT_BUCKET_TYPE } from '../../common/bucket-type.js';
import { has, hasValue } from '../../common/fields.js';
import { mapReducePermissions as mapReducePermissionsOf, type MapRedScope } from '../mapreduce/permissions.js';
import { ANY, type Permission, type Scope } from './grants.js';

/**
 * The permissions a request needs, as each riak_api service's decode/2
 * names them (riak_kv_pb_object, riak_kv_pb_bucket, riak_kv_pb_index,
 * riak_kv_pb_mapred, riak_kv_pb_crdt, riak_kv_pb_counter,
 * riak_kv_pb_bucket_key_apl, riak_core_pb_bucket, riak_core_pb_bucket_type).
 * Requests whose service names none (ping, server info, client ids,
 * membership, CS bucket folds) are served to any authenticated user.
 * Undefined also when the payload does not decode: the handler then
 * answers as Riak does when decoding fails.
 */

const text = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');

/** bucket_type/2: `{<<"default">>, B}` when the request has no type. */
function bucketScope(req: { type?: Uint8Array; bucket: Uint8Array }): Scope {
  return { kind: 'bucket', type: hasValue(req, 'type') ? text(req.type) : DEFAULT_BUCKET_TYPE, bucket: text(req.bucket) };
}

function one(name: string, scope: Scope): Permission[] {
  return [{ name, scope }];
}

type Rule = (payload: Buffer) => Permission[];

const RULES = new Map<number, Rule>([
  [MessageCode.RpbGetReq, (p) => one('riak_kv.get', bucketScope(pb.RpbGetReq.decode(p)))],
  [MessageCode.RpbPutReq, (p) => one('riak_kv.put', bucketScope(pb.RpbPutReq.decode(p)))],
  [MessageCode.RpbDelReq, (p) => one('riak_kv.delete', bucketScope(pb.RpbDelReq.decode(p)))],
  [
    MessageCode.RpbListBucketsReq,
    (p) => {
      const req = pb.RpbListBucketsReq.decode(p);
      // On the type itself, a binary: only grants on `any` or on that type match.
      return one('riak_kv.list_buckets', { kind: 'type', type: has(req, 'type') ? text(req.type) : DEFAULT_BUCKET_TYPE });
    },
  ],
  [MessageCode.RpbListKeysReq, (p) => one('riak_kv.list_keys', bucketScope(pb.RpbListKeysReq.decode(p)))],
  [MessageCode.RpbGetBucketReq, (p) => one('riak_core.get_bucket', bucketScope(pb.RpbGetBucketReq.decode(p)))],
  [MessageCode.RpbSetBucketReq, (p) => one('riak_core.set_bucket', bucketScope(pb.RpbSetBucketReq.decode(p)))],
  // "reset is just a fancy set"
  [MessageCode.RpbResetBucketReq, (p) => one('riak_core.set_bucket', bucketScope(pb.RpbResetBucketReq.decode(p)))],
  [MessageCode.RpbGetBucketTypeReq, (p) => one('riak_core.get_bucket_type', { kind: 'type', type: text(pb.RpbGetBucketTypeReq.decode(p).type) })],
  [MessageCode.RpbSetBucketTypeReq, (p) => one('riak_core.set_bucket_type', { kind: 'type', type: text(pb.RpbSetBucketTypeReq.decode(p).type) })],
  [MessageCode.RpbIndexReq, (p) => one('riak_kv.index', bucketScope(pb.RpbIndexReq.decode(p)))],
  [MessageCode.RpbGetBucketKeyPreflistReq, (p) => one('riak_kv.get_preflist', bucketScope(pb.RpbGetBucketKeyPreflistReq.decode(p)))],
  [
    MessageCode.RpbCounterUpdateReq,
    (p) => one('riak_kv.put', { kind: 'bucket', type: DEFAULT_BUCKET_TYPE, bucket: text(pb.RpbCounterUpdateReq.decode(p).bucket) }),
  ],
  [MessageCode.RpbCounterGetReq, (p) => one('riak_kv.get', { kind: 'bucket', type: DEFAULT_BUCKET_TYPE, bucket: text(pb.RpbCounterGetReq.decode(p).bucket) })],
  // riak_kv_pb_crdt permission_for/1: {T, B} as sent (the type is required).
  [MessageCode.DtFetchReq, (p) => one('riak_kv.get', dtScope(pb.DtFetchReq.decode(p)))],
  [MessageCode.DtUpdateReq, (p) => one('riak_kv.put', dtScope(pb.DtUpdateReq.decode(p)))],
]);

function dtScope(req: { type: Uint8Array; bucket: Uint8Array }): Scope {
  return { kind: 'bucket', type: text(req.type), bucket: text(req.bucket) };
}

/** The permissions `code` needs, in the order Riak checks them; undefined when none are checked. */
export function requiredPermissions(code: number, payload: Buffer): Permission[] | undefined {
  try {
    if (code === MessageCode.RpbMapRedReq) return mapReducePermissions(pb.RpbMapRedReq.decode(payload));
    return RULES.get(code)?.(payload);
  } catch {
    return undefined;
  }
}

/**
 * riak_kv_mapred_term:get_required_permissions/2 for a JSON or Erlang-term
 * job (see mapreduce/permissions.ts), as this module's scopes. A job Riak
 * cannot decode is not checked (processing it fails anyway).
 */
function mapReduceRequest(req: pb.RpbMapRedReq): ReturnType<typeof mapReducePermissionsOf> {
  return mapReducePermissionsOf(Buffer.from(req.contentType), Buffer.from(req.request));
}

function mapReducePermissions(req: pb.RpbMapRedReq): Permission[] | undefined {
  return mapReduceRequest(req)?.permissions.map(({ name, scope }) => ({ name, scope: toScope(scope) }));
}

function toScope(scope: MapRedScope): Scope {
  switch (scope.kind) {
    case 'any':
      return ANY;
    case 'bucket':
      return { kind: 'bucket', type: text(scope.type), bucket: text(scope.bucket) };
    case 'term':
      // A search input names an index, not a typed bucket: checked as a type of that name.
      return Buffer.isBuffer(scope.term) ? { kind: 'type', type: text(scope.term) } : ANY;
  }
}

/** riak_kv_pb_mapred refuses link phases when security is on (after the permission check). */
export function hasLinkPhase(code: number, payload: Buffer): boolean {
  if (code !== MessageCode.RpbMapRedReq) return false;
  try {
    return mapReduceRequest(pb.RpbMapRedReq.decode(payload))?.hasLinkPhase === true;
  } catch {
    return false;
  }
}
