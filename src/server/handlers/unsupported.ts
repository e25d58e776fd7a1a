import { MessageCode } from '../../codec/message-codes.js';
import { riakError } from '../protocol/replies.js';

/**
 * Codes no service registers on a stock Riak KV 3.x node: Yokozuna search
 * (27, 54-60; shipped disabled since 3.0), Riak TS (90-104) and coverage
 * plans (70; TS builds only), auth (253) while security is off, and any code
 * Riak does not define. riak_api_pb_server answers these with
 * "Unknown message code: ~p" and keeps the connection; STARTTLS while
 * security is off gets its own text.
 */
export function unknownCode(code: number): Error {
  if (code === MessageCode.RpbStartTls) return riakError('Security not enabled; STARTTLS not allowed.');
  return riakError(`Unknown message code: ${code}`);
}

/** Codes a real 3.x node would serve that this dev server does not implement (answered as unknown). */
export const NOT_IMPLEMENTED_CODES: readonly number[] = [
  MessageCode.RpbFetchReq,
  MessageCode.RpbPushReq,
  MessageCode.RpbAaeFoldMergeRootNValReq,
  MessageCode.RpbAaeFoldMergeBranchNValReq,
  MessageCode.RpbAaeFoldFetchClocksNValReq,
  MessageCode.RpbAaeFoldMergeTreesRangeReq,
  MessageCode.RpbAaeFoldFetchClocksRangeReq,
  MessageCode.RpbAaeFoldFindKeysReq,
  MessageCode.RpbAaeFoldObjectStatsReq,
  MessageCode.RpbAaeFoldReplKeysReq,
  MessageCode.RpbAaeFoldFindTombsReq,
  MessageCode.RpbAaeFoldRepairKeysReq,
  MessageCode.RpbAaeFoldListBucketsReq,
  MessageCode.RpbAaeFoldReapTombsReq,
  MessageCode.RpbAaeFoldEraseKeysReq,
];
