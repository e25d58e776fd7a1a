import type { Buffer } from 'node:buffer';
import { MessageCode } from '../codec/message-codes.js';
import type { RequestContext } from './context.js';
import { handleGetBucket, handleGetBucketType, handleResetBucket, handleSetBucket, handleSetBucketType } from './handlers/buckets.js';
import { handleCounterGet, handleCounterUpdate, handleDtFetch, handleDtUpdate } from './handlers/datatypes.js';
import { handleDelete, handleGet, handlePut } from './handlers/kv.js';
import { handleListBuckets, handleListKeys } from './handlers/listing.js';
import { handleMapReduce } from './handlers/mapreduce.js';
import { handleGetClientId, handleMembership, handlePing, handlePreflist, handleServerInfo, handleSetClientId } from './handlers/node.js';
import { handleIndex } from './handlers/secondary-index.js';
import { handleCsBucket } from './handlers/cs-bucket.js';
import { unknownCode } from './handlers/unsupported.js';
import * as aae from './handlers/aae-folds.js';
import { handleReplFetch, handleReplPush } from './handlers/aae-repl.js';
import type { HandlerResult } from './protocol/replies.js';

export type Handler = (payload: Buffer, ctx: RequestContext) => HandlerResult;

/** The services a Riak KV 3.x node registers, by request code (riak_api + riak_kv ?SERVICES). */
const HANDLERS = new Map<number, Handler>([
  [MessageCode.RpbPingReq, handlePing],
  [MessageCode.RpbGetServerInfoReq, handleServerInfo],
  [MessageCode.RpbGetClientIdReq, handleGetClientId],
  [MessageCode.RpbSetClientIdReq, handleSetClientId],
  [MessageCode.RpbGetReq, handleGet],
  [MessageCode.RpbPutReq, handlePut],
  [MessageCode.RpbDelReq, handleDelete],
  [MessageCode.RpbListBucketsReq, handleListBuckets],
  [MessageCode.RpbListKeysReq, handleListKeys],
  [MessageCode.RpbGetBucketReq, handleGetBucket],
  [MessageCode.RpbSetBucketReq, handleSetBucket],
  [MessageCode.RpbResetBucketReq, handleResetBucket],
  [MessageCode.RpbGetBucketTypeReq, handleGetBucketType],
  [MessageCode.RpbSetBucketTypeReq, handleSetBucketType],
  [MessageCode.RpbMapRedReq, handleMapReduce],
  [MessageCode.RpbIndexReq, handleIndex],
  [MessageCode.RpbCSBucketReq, handleCsBucket],
  [MessageCode.RpbGetBucketKeyPreflistReq, handlePreflist],
  [MessageCode.RpbCounterUpdateReq, handleCounterUpdate],
  [MessageCode.RpbCounterGetReq, handleCounterGet],
  [MessageCode.DtFetchReq, handleDtFetch],
  [MessageCode.DtUpdateReq, handleDtUpdate],
  [MessageCode.RpbMembershipReq, handleMembership],
  [MessageCode.RpbFetchReq, handleReplFetch],
  [MessageCode.RpbPushReq, handleReplPush],
  [MessageCode.RpbAaeFoldMergeRootNValReq, aae.handleMergeRoot],
  [MessageCode.RpbAaeFoldMergeBranchNValReq, aae.handleMergeBranches],
  [MessageCode.RpbAaeFoldFetchClocksNValReq, aae.handleFetchClocksNVal],
  [MessageCode.RpbAaeFoldMergeTreesRangeReq, aae.handleMergeTreesRange],
  [MessageCode.RpbAaeFoldFetchClocksRangeReq, aae.handleFetchClocksRange],
  [MessageCode.RpbAaeFoldFindKeysReq, aae.handleFindKeys],
  [MessageCode.RpbAaeFoldObjectStatsReq, aae.handleObjectStats],
  [MessageCode.RpbAaeFoldReplKeysReq, aae.handleReplKeys],
  [MessageCode.RpbAaeFoldFindTombsReq, aae.handleFindTombs],
  [MessageCode.RpbAaeFoldRepairKeysReq, aae.handleRepairKeys],
  [MessageCode.RpbAaeFoldListBucketsReq, aae.handleAaeListBuckets],
  [MessageCode.RpbAaeFoldReapTombsReq, aae.handleReapTombs],
  [MessageCode.RpbAaeFoldEraseKeysReq, aae.handleEraseKeys],
]);

/** Runs the handler of `code`; unregistered codes get Riak's "Unknown message code" error. */
export function dispatch(code: number, payload: Buffer, ctx: RequestContext): HandlerResult {
  const handler = HANDLERS.get(code);
  if (handler === undefined) throw unknownCode(code);
  return handler(payload, ctx);
}
