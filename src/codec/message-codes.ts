/**
 * Riak PB message codes, from riak_pb's riak_pb_messages.csv (3.x: basho/riak_pb
 * branch develop, commit 7a5e535; identical in OpenRiak/riak_pb openriak-3.4).
 * The code is the byte after the 4-byte big-endian frame length.
 *
 * Each comment names the .proto file that defines the message and whether it
 * has a body. "no body" = no message is defined in any .proto: the frame is
 * just the code (length 1). Riak's codec turns a zero-length payload of any
 * code into the bare message name rather than a decoded record.
 *
 * Codes 128-130 are listed in the CSV, but their messages live in
 * riak_repl.proto of basho/riak_repl_pb_api, which is not part of proto/, so
 * they have no generated class here; like TsTtbMsg (104, an Erlang term),
 * they are sent with `client.requestRaw(code, payload)` and come back as
 * `{ code, payload }`.
 * @category Requests
 */
export const MessageCode = {
  RpbErrorResp: 0, // riak.proto
  RpbPingReq: 1, // riak.proto, no body
  RpbPingResp: 2, // riak.proto, no body
  RpbGetClientIdReq: 3, // riak_kv.proto, no body
  RpbGetClientIdResp: 4, // riak_kv.proto
  RpbSetClientIdReq: 5, // riak_kv.proto
  RpbSetClientIdResp: 6, // riak_kv.proto, no body
  RpbGetServerInfoReq: 7, // riak.proto, no body
  RpbGetServerInfoResp: 8, // riak.proto
  RpbGetReq: 9, // riak_kv.proto
  RpbGetResp: 10, // riak_kv.proto
  RpbPutReq: 11, // riak_kv.proto
  RpbPutResp: 12, // riak_kv.proto; also the empty reply to Yokozuna index/schema puts
  RpbDelReq: 13, // riak_kv.proto
  RpbDelResp: 14, // riak_kv.proto, no body; also the reply to RpbYokozunaIndexDeleteReq
  RpbListBucketsReq: 15, // riak_kv.proto
  RpbListBucketsResp: 16, // riak_kv.proto
  RpbListKeysReq: 17, // riak_kv.proto
  RpbListKeysResp: 18, // riak_kv.proto
  RpbGetBucketReq: 19, // riak.proto
  RpbGetBucketResp: 20, // riak.proto
  RpbSetBucketReq: 21, // riak.proto
  RpbSetBucketResp: 22, // riak.proto, no body
  RpbMapRedReq: 23, // riak_kv.proto
  RpbMapRedResp: 24, // riak_kv.proto
  RpbIndexReq: 25, // riak_kv.proto
  RpbIndexResp: 26, // riak_kv.proto
  RpbSearchQueryReq: 27, // riak_search.proto
  RpbSearchQueryResp: 28, // riak_search.proto
  RpbResetBucketReq: 29, // riak.proto
  RpbResetBucketResp: 30, // riak.proto, no body
  RpbGetBucketTypeReq: 31, // riak.proto
  RpbSetBucketTypeReq: 32, // riak.proto
  RpbGetBucketKeyPreflistReq: 33, // riak_kv.proto
  RpbGetBucketKeyPreflistResp: 34, // riak_kv.proto
  RpbCSBucketReq: 40, // riak_kv.proto
  RpbCSBucketResp: 41, // riak_kv.proto
  RpbIndexBodyResp: 42, // riak_kv.proto
  RpbCounterUpdateReq: 50, // riak_kv.proto
  RpbCounterUpdateResp: 51, // riak_kv.proto
  RpbCounterGetReq: 52, // riak_kv.proto
  RpbCounterGetResp: 53, // riak_kv.proto
  RpbYokozunaIndexGetReq: 54, // riak_yokozuna.proto
  RpbYokozunaIndexGetResp: 55, // riak_yokozuna.proto
  RpbYokozunaIndexPutReq: 56, // riak_yokozuna.proto
  RpbYokozunaIndexDeleteReq: 57, // riak_yokozuna.proto
  RpbYokozunaSchemaGetReq: 58, // riak_yokozuna.proto
  RpbYokozunaSchemaGetResp: 59, // riak_yokozuna.proto
  RpbYokozunaSchemaPutReq: 60, // riak_yokozuna.proto
  RpbCoverageReq: 70, // riak_kv.proto
  RpbCoverageResp: 71, // riak_kv.proto
  DtFetchReq: 80, // riak_dt.proto
  DtFetchResp: 81, // riak_dt.proto
  DtUpdateReq: 82, // riak_dt.proto
  DtUpdateResp: 83, // riak_dt.proto
  TsQueryReq: 90, // riak_ts.proto
  TsQueryResp: 91, // riak_ts.proto
  TsPutReq: 92, // riak_ts.proto
  TsPutResp: 93, // riak_ts.proto, empty message (no fields)
  TsDelReq: 94, // riak_ts.proto
  TsDelResp: 95, // riak_ts.proto, empty message (no fields)
  TsGetReq: 96, // riak_ts.proto
  TsGetResp: 97, // riak_ts.proto
  TsListKeysReq: 98, // riak_ts.proto
  TsListKeysResp: 99, // riak_ts.proto
  TsCoverageReq: 100, // riak_ts.proto
  TsCoverageResp: 101, // riak_ts.proto
  TsCoverageEntry: 102, // riak_ts.proto; in practice only sent embedded in TsCoverageResp
  TsRange: 103, // riak_ts.proto; in practice only sent embedded in TsCoverageEntry
  TsTtbMsg: 104, // riak_ts, no protobuf message: body is an Erlang term_to_binary payload
  RpbReplGetReq: 128, // riak_repl.proto of basho/riak_repl_pb_api (not in proto/); has a body
  RpbReplGetClusterIdReq: 129, // riak_repl.proto of riak_repl_pb_api (not in proto/); empty message
  RpbReplGetClusterIdResp: 130, // riak_repl.proto of riak_repl_pb_api (not in proto/); has a body
  RpbRTEReq: 200, // riak_kv.proto
  RpbRTEResp: 201, // riak_kv.proto, no body
  RpbFetchReq: 202, // riak_kv.proto
  RpbFetchResp: 203, // riak_kv.proto
  RpbPushReq: 204, // riak_kv.proto
  RpbPushResp: 205, // riak_kv.proto
  RpbMembershipReq: 206, // riak_kv.proto
  RpbMembershipResp: 207, // riak_kv.proto
  RpbAaeFoldMergeRootNValReq: 210, // riak_kv.proto
  RpbAaeFoldMergeBranchNValReq: 211, // riak_kv.proto
  RpbAaeFoldFetchClocksNValReq: 212, // riak_kv.proto
  RpbAaeFoldMergeTreesRangeReq: 213, // riak_kv.proto
  RpbAaeFoldFetchClocksRangeReq: 214, // riak_kv.proto
  RpbAaeFoldFindKeysReq: 215, // riak_kv.proto
  RpbAaeFoldObjectStatsReq: 216, // riak_kv.proto
  RpbAaeFoldReplKeysReq: 217, // riak_kv.proto
  RpbAaeFoldFindTombsReq: 218, // riak_kv.proto
  RpbAaeFoldRepairKeysReq: 219, // riak_kv.proto
  RpbAaeFoldTreeResp: 220, // riak_kv.proto
  RpbAaeFoldKeyValueResp: 221, // riak_kv.proto
  RpbAaeFoldKeyCountResp: 222, // riak_kv.proto
  RpbAaeFoldListBucketsReq: 223, // riak_kv.proto
  RpbAaeFoldListBucketsResp: 224, // riak_kv.proto
  RpbAaeFoldReapTombsReq: 230, // riak_kv.proto
  RpbAaeFoldEraseKeysReq: 231, // riak_kv.proto
  RpbAuthReq: 253, // riak.proto
  RpbAuthResp: 254, // riak.proto, no body
  RpbStartTls: 255, // riak.proto, no body; sent by the client, echoed by the server
} as const;

/** @category Requests */
export type MessageName = keyof typeof MessageCode;
