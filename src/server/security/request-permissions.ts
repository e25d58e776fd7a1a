import * as pb from '../../../generated/riak.js';
import { MessageCode } from '../../codec/message-codes.js';
import { JobError, parseJsonJob, type Job } from '../mapreduce/parse.js';
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

const DEFAULT = 'default';
const text = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
const has = (message: object, field: string): boolean => Object.hasOwn(message, field);

/** bucket_type/2: `{<<"default">>, B}` when the request has no type. */
function bucketScope(req: { type?: Uint8Array; bucket: Uint8Array }): Scope {
  return { kind: 'bucket', type: has(req, 'type') && req.type !== undefined ? text(req.type) : DEFAULT, bucket: text(req.bucket) };
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
      return one('riak_kv.list_buckets', { kind: 'type', type: has(req, 'type') ? text(req.type) : DEFAULT });
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
  [MessageCode.RpbCounterUpdateReq, (p) => one('riak_kv.put', { kind: 'bucket', type: DEFAULT, bucket: text(pb.RpbCounterUpdateReq.decode(p).bucket) })],
  [MessageCode.RpbCounterGetReq, (p) => one('riak_kv.get', { kind: 'bucket', type: DEFAULT, bucket: text(pb.RpbCounterGetReq.decode(p).bucket) })],
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

/** A decoded MapReduce job, when it is one riak_kv_pb_mapred can decode (JSON here). */
export function decodeJob(req: pb.RpbMapRedReq): Job | undefined {
  if (text(req.contentType) !== 'application/json') return undefined;
  try {
    return parseJsonJob(Buffer.from(req.request));
  } catch (err) {
    if (err instanceof JobError) return undefined;
    throw err;
  }
}

/**
 * riak_kv_mapred_term:get_required_permissions/2, from the inputs only: a
 * bucket or a key filter needs list_keys and mapreduce on it, an index
 * query index and mapreduce, a list of keys mapreduce on each bucket (in
 * term order), a module function mapreduce on `any`. A job Riak cannot
 * decode is not checked (processing it fails anyway).
 */
function mapReducePermissions(req: pb.RpbMapRedReq): Permission[] | undefined {
  const job = decodeJob(req);
  if (job === undefined) return undefined;
  const { inputs } = job;
  const scope = (type: Buffer | undefined, bucket: Buffer): Scope => ({ kind: 'bucket', type: type === undefined ? DEFAULT : text(type), bucket: text(bucket) });
  switch (inputs.kind) {
    case 'bucket':
    case 'keyfilter': {
      const where = scope(inputs.type, inputs.bucket);
      return [
        { name: 'riak_kv.list_keys', scope: where },
        { name: 'riak_kv.mapreduce', scope: where },
      ];
    }
    case 'index': {
      const where = scope(inputs.type, inputs.bucket);
      return [
        { name: 'riak_kv.index', scope: where },
        { name: 'riak_kv.mapreduce', scope: where },
      ];
    }
    case 'modfun':
      return [{ name: 'riak_kv.mapreduce', scope: ANY }];
    case 'keys': {
      // lists:usort of {Type, Bucket} pairs: binaries compare bytewise.
      const pairs = new Map<string, [Buffer, Buffer]>();
      for (const input of inputs.keys) {
        const type = input.type ?? Buffer.from(DEFAULT);
        pairs.set(JSON.stringify([text(type), text(input.bucket)]), [type, input.bucket]);
      }
      const sorted = [...pairs.values()].sort(([t1, b1], [t2, b2]) => Buffer.compare(t1, t2) || Buffer.compare(b1, b2));
      return sorted.map(([type, bucket]) => ({ name: 'riak_kv.mapreduce', scope: scope(type, bucket) }));
    }
    case 'search':
      return undefined;
  }
}

/** riak_kv_pb_mapred refuses link phases when security is on (after the permission check). */
export function hasLinkPhase(code: number, payload: Buffer): boolean {
  if (code !== MessageCode.RpbMapRedReq) return false;
  try {
    return decodeJob(pb.RpbMapRedReq.decode(payload))?.phases.some((phase) => phase.kind === 'link') === true;
  } catch {
    return false;
  }
}
