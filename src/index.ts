export { RiakClient, type RiakClientOptions, type ServerInfo } from './client/riak-client.js';
export { checkClientOptions } from './client/client-options.js';
export { parseRiakUrl, redactUrl } from './pool/connection-url.js';
export type * from './client/kv-types.js';
export {
  RiakError,
  RiakServerError,
  RiakConnectionError,
  RiakTimeoutError,
  RiakAbortError,
  RiakProtocolError,
  RiakInvalidArgumentError,
  RiakClosedError,
  RiakQueueFullError,
  QueueFullError,
  RiakAuthError,
  RiakTlsError,
  type RiakErrorCode,
} from './errors.js';
export type { CallOptions } from './pool/call-options.js';
export { QUORUM_SENTINELS, quorumValue, quorumName, type Quorum, type QuorumName } from './codec/quorum.js';
// The request/response types of `request()` and `stream()`; the codec itself is `riak-pb/protocol`.
export type {
  RequestName,
  UnaryRequestName,
  StreamingRequestName,
  ResponseOf,
  Message,
  MessageInput,
  EmptyMessage,
  UnknownMessage,
} from './codec/message-table.js';
export type { MessageName } from './codec/message-codes.js';
export { RiakStream, PagedStream } from './client/riak-stream.js';
export { BatchedStream, PagedBatchedStream } from './client/batched-stream.js';
export type { ListBucketsParams, ListKeysParams } from './client/listing.js';
export type { IndexName, IndexTerm, IndexQueryParams, IndexMatch, IndexPage, IndexStream } from './client/secondary-index.js';
export { MapReduceJob } from './client/mapreduce-job.js';
export type {
  JsonValue,
  PhaseFunction,
  PhaseOptions,
  KeyInput,
  IndexInput,
  MapReduceIndexTerm,
  MapReduceSpec,
  MapReduceEncoding,
  MapReduceArg,
  MapReduceName,
  InputOptions,
  BucketInputOptions,
  EncodedMapReduceJob,
} from './client/mapreduce-job-types.js';
export type { MapReduceInput, MapReduceResult } from './client/mapreduce.js';
export {
  KeyFilter,
  keyFilter,
  type KeyFilterKind,
  type KeyFilterStep,
  type KeyFilterArgument,
  type KeyFilterOperand,
  type KeyFilterChain,
  type TextKeyFilter,
  type CharsKeyFilter,
  type IntegerKeyFilter,
  type FloatKeyFilter,
} from './client/key-filters.js';
export {
  atom,
  tuple,
  charlist,
  ErlAtom,
  ErlTuple,
  ErlFloat,
  ErlMap,
  ErlImproperList,
  ErlExportFun,
  ErlFun,
  ErlPid,
  ErlRef,
  ErlPort,
  ErlBitstring,
  type ErlangTerm,
  type ErlangValue,
} from './client/erlang-terms.js';
export {
  BUCKET_PROP_NAMES,
  checkBucketProps,
  type BucketProps,
  type BucketPropsInput,
  type CommitHook,
  type ModFun,
  type ReplMode,
} from './client/bucket-props.js';
export type { BucketParams, SetBucketPropsParams } from './client/bucket-admin.js';
export type {
  DatatypeLocation,
  DatatypeFetchParams,
  DatatypeUpdateParams,
  CounterUpdateParams,
  SetUpdateParams,
  GSetUpdateParams,
  HllUpdateParams,
  MapUpdateParams,
  AnyDatatypeFetchResult,
} from './client/datatypes.js';
export type { LegacyCounterUpdateParams, LegacyCounterFetchParams } from './client/legacy-counter.js';
export type { SearchParams, SearchDoc, SearchResult, SearchIndex, SearchSchema, PutSearchIndexParams, PutSearchSchemaParams } from './client/search.js';
export type { TsResult, TsQueryParams, TsGetParams, TsPutParams, TsDeleteParams, TsCoverageParams, TsCoverageEntry } from './client/timeseries.js';
export type { TsColumn, TsColumnType, TsValue, TsCellInput } from './client/ts-cells.js';
export type { CoveragePlanParams, CoverageEntry, CsBucketFoldParams, FoldedObject } from './client/coverage.js';
export type { PreflistItem, ClusterMember } from './client/cluster.js';
export * from './client/values/public.js';
export * from './client/aae/public.js';
export { MapUpdate } from './datatypes/map-update.js';
export { MAP_FIELD_TYPES, type MapValue, type MapField, type MapFieldType, type MapFetchResult, type MapUpdateResult } from './datatypes/map.js';
export type { DatatypeName, DatatypeFetchResult, DatatypeUpdateResult } from './datatypes/common.js';
export type { CounterFetchResult, CounterUpdateResult } from './datatypes/counter.js';
export type { SetFetchResult, SetUpdateResult, SetHelpers } from './datatypes/set.js';
export type { GSetFetchResult, GSetUpdateResult } from './datatypes/gset.js';
export type { HllFetchResult, HllUpdateResult } from './datatypes/hll.js';
export type { PoolOptions, PoolEvents, PoolStats, NodeStats, NodeState, RetryOptions, HealthOptions, DiscoveryOptions } from './pool/pool.js';
export type { PoolConfig, PoolCallOptions, NodeOptions, HealthCheck, HealthCheckOption, HealthProbe, CanaryCheckOptions } from './pool/pool.js';
export type { RawReply, RawRequestOptions } from './client/message-calls.js';
export type { Balancer, BalancerNode } from './pool/balancer.js';
export type { RequestMessage, RetryMessage, NodeMessage, NodeErrorMessage } from './pool/diagnostics.js';
export type { AuthOptions, SecurityOptions } from './connection/handshake.js';
