import type { Buffer } from 'node:buffer';
import type { MessageInput, ResponseOf, StreamingRequestName, UnaryRequestName } from '../codec/message-table.js';
import type { CallOptions } from '../pool/call-options.js';
import { Pool, type NodeOptions, type PoolEvents, type PoolStats } from '../pool/pool.js';
import { poolOptionsOf, type RiakClientOptions } from './client-options.js';
import { asBuffer, toBytes } from '../common/bytes.js';
import { deleteObject, getObject, putObject } from './kv-calls.js';
import { sendRaw, sendRequest, streamRequest, type RawReply, type RawRequestOptions } from './message-calls.js';
import * as admin from './bucket-admin.js';
import type { BucketParams, SetBucketPropsParams } from './bucket-admin.js';
import type { BucketProps, BucketPropsInput } from './bucket-props.js';
import * as cluster from './cluster.js';
import type { ClusterMember, PreflistItem } from './cluster.js';
import * as coverage from './coverage.js';
import type { CoverageEntry, CoveragePlanParams, CsBucketFoldParams, FoldedObject } from './coverage.js';
import * as dt from './datatypes.js';
import type {
  AnyDatatypeFetchResult,
  CounterUpdateParams,
  DatatypeFetchParams,
  GSetUpdateParams,
  HllUpdateParams,
  MapUpdateParams,
  SetUpdateParams,
} from './datatypes.js';
import * as legacy from './legacy-counter.js';
import type { LegacyCounterFetchParams, LegacyCounterUpdateParams } from './legacy-counter.js';
import * as listing from './listing.js';
import type { ListBucketsParams, ListKeysParams } from './listing.js';
import type { BatchedStream, PagedBatchedStream } from './batched-stream.js';
import { decodedStreams, type BatchTransport } from './batch-transport.js';
import * as mr from './mapreduce.js';
import type { ErlangTerm } from './erlang-terms.js';
import type { MapReduceJob } from './mapreduce-job.js';
import type { JsonValue, MapReduceEncoding } from './mapreduce-job-types.js';
import type { MapReduceInput, MapReduceResult } from './mapreduce.js';
import type { RiakStream } from './riak-stream.js';
import * as search from './search.js';
import type { PutSearchIndexParams, PutSearchSchemaParams, SearchIndex, SearchParams, SearchResult, SearchSchema } from './search.js';
import * as index from './secondary-index.js';
import type { IndexPage, IndexQueryParams, IndexStream } from './secondary-index.js';
import * as ts from './timeseries.js';
import type { TsCoverageEntry, TsCoverageParams, TsDeleteParams, TsGetParams, TsPutParams, TsQueryParams, TsResult } from './timeseries.js';
import type { TsColumn, TsValue } from './ts-cells.js';
import type { Transport } from './transport.js';
import type { BucketHandle } from './values/bucket-handle.js';
import { bucketHandle, clientGetMany, clientUpdate, type BucketOptions, type ClientGetManyOptions, type UpdateParams } from './values/client-calls.js';
import type { ValueCodec } from './values/codec.js';
import { CodecRegistry } from './values/codec-registry.js';
import { updateDatatype, type UpdateDatatypeParams, type UpdateDatatypeResult } from './values/datatype-update.js';
import type { GetManyItem } from './values/get-many.js';
import type { UpdateResult } from './values/kv-update.js';
import { ResolverRegistry } from './values/resolver-registry.js';
import { AaeClient } from './aae/aae-client.js';
import type { DatatypeName } from '../datatypes/common.js';
import type { CounterFetchResult, CounterUpdateResult } from '../datatypes/counter.js';
import type { GSetFetchResult, GSetUpdateResult } from '../datatypes/gset.js';
import type { HllFetchResult, HllUpdateResult } from '../datatypes/hll.js';
import type { MapFetchResult, MapUpdateResult } from '../datatypes/map.js';
import type { SetFetchResult, SetUpdateResult } from '../datatypes/set.js';
import type { Bytes, DeleteParams, GetParams, GetResult, Location, PutParams, PutResult } from './kv-types.js';

export type { RiakClientOptions } from './client-options.js';

// Why this file is longer than the others (~500 lines): it is the public
// class, one documented method per Riak call (62 of them), and each method
// only delegates to the module that does the work (kv-calls, message-calls,
// bucket-admin, listing, datatypes, ...). Splitting it further would split
// the API reference, not a job.

/**
 * What `serverInfo()` returns.
 * @category Client
 */
export interface ServerInfo {
  node: string;
  serverVersion: string;
}

/**
 * A Riak KV client over the Protocol Buffers API (port 8087).
 *
 * ```ts
 * const client = new RiakClient('riak://127.0.0.1:8087');
 * await client.put({ bucket: 'users', key: 'ada', value: '{"name":"Ada"}', contentType: 'application/json' });
 * const { value } = await client.get({ bucket: 'users', key: 'ada' });
 * await client.close();
 * ```
 * @category Client
 */
export class RiakClient implements Transport {
  readonly #pool: Pool;
  /** The codecs value reads use when a call names none, by stored content type: `client.codecs.register(myCodec)`. */
  readonly codecs = new CodecRegistry();
  /** Default sibling resolvers of the value calls, per client, bucket type and bucket: `client.resolvers.set(lastWriteWins)`. */
  readonly resolvers = new ResolverRegistry();
  /** Riak 3.x operator calls: AAE folds and NextGenRepl fetch/push (`client.aae.findKeys(...)`, see docs/operating.md). */
  readonly aae: AaeClient = new AaeClient(this);

  /**
   * `new RiakClient('riak://host:8087')`, or an options object with `nodes`
   * or a `url` (see {@link RiakClientOptions}). Bad options throw a
   * `RiakInvalidArgumentError` naming them; nothing is sent before the first call.
   */
  constructor(options: RiakClientOptions | string) {
    this.#pool = new Pool(poolOptionsOf(options));
  }

  /**
   * Subscribes to pool events: `nodeUp`, `nodeDown`, `nodeAdded`,
   * `nodeRemoved`, `connectionOpen`, `connectionClose`, `retry`.
   */
  on<E extends keyof PoolEvents>(event: E, listener: (...args: PoolEvents[E]) => void): this {
    this.#pool.on(event, listener as never);
    return this;
  }

  off<E extends keyof PoolEvents>(event: E, listener: (...args: PoolEvents[E]) => void): this {
    this.#pool.off(event, listener as never);
    return this;
  }

  /** Per-node counters (connections, in flight, requests, errors, retries, latency) and the queue length. */
  stats(): PoolStats {
    return this.#pool.stats();
  }

  /** `host:port` of every node the client currently uses (discovery may change it). */
  get nodes(): string[] {
    return this.#pool.nodes;
  }

  /** Adds a node at runtime (`host:port`, or `NodeOptions`); it takes traffic at once. False if it is already in the pool. */
  addNode(node: string | NodeOptions): boolean {
    return this.#pool.addNode(node);
  }

  /** Removes a node gracefully (its requests finish, nothing new goes to it); resolves once it has drained. False if it was not in the pool. */
  removeNode(node: string): Promise<boolean> {
    return this.#pool.drainNode(node);
  }

  /**
   * Sends any unary request by message name and resolves with its decoded
   * response, statically typed: `request('RpbGetReq', { bucket, key })`
   * resolves to `RpbGetResp`. `RpbErrorResp` rejects with `RiakServerError`.
   */
  request<R extends UnaryRequestName>(name: R, message: MessageInput<R>, options?: CallOptions): Promise<ResponseOf<R>> {
    return sendRequest(this.#pool, name, message, options);
  }

  /**
   * Sends a streaming request (list keys, MapReduce, 2i or list buckets with
   * `stream: true`, CS bucket fold, TS list keys) and yields each response
   * frame as it arrives, ending after the frame with `done`. Breaking out of
   * the loop early closes the connection it streamed on.
   */
  stream<R extends StreamingRequestName>(name: R, message: MessageInput<R>, options?: CallOptions): AsyncGenerator<ResponseOf<R>, void, undefined> {
    return streamRequest(this.#pool, name, message, options);
  }

  /** `stream()` with each frame read by the listing's or 2i's own decoder (straight to their batches); private, unlike `stream()`. */
  #decodedStreams(): BatchTransport {
    return decodedStreams(this.#pool);
  }

  /**
   * Sends any message code with a payload of the caller's (riak_repl's 128/129,
   * TsTtbMsg 104, ...) and resolves with the reply's `{ code, payload }`.
   */
  requestRaw(code: number, payload?: Uint8Array, options?: RawRequestOptions): Promise<RawReply> {
    return sendRaw(this.#pool, code, payload, options);
  }

  /** RpbPingReq: resolves when the node answers. */
  async ping(options?: CallOptions): Promise<void> {
    await this.request('RpbPingReq', undefined, options);
  }

  /** RpbGetServerInfoReq: the node name and Riak version. */
  async serverInfo(options?: CallOptions): Promise<ServerInfo> {
    const info = await this.request('RpbGetServerInfoReq', undefined, options);
    return { node: asBuffer(info.node).toString('utf8'), serverVersion: asBuffer(info.serverVersion).toString('utf8') };
  }

  /** The client id of the connection the request lands on (legacy vclock actor id). */
  async getClientId(options?: CallOptions): Promise<Buffer> {
    const response = await this.request('RpbGetClientIdReq', undefined, options);
    return asBuffer(response.clientId);
  }

  /** Sets the client id of the connection the request lands on. */
  async setClientId(clientId: Bytes, options?: CallOptions): Promise<void> {
    await this.request('RpbSetClientIdReq', { clientId: toBytes(clientId) }, options);
  }

  /**
   * Fetches an object. Not found resolves with `found: false`.
   *
   * ```ts
   * const { found, value, vclock } = await client.get({ bucket: 'users', key: 'ada', r: 'quorum' });
   * ```
   */
  get(params: GetParams): Promise<GetResult> {
    return getObject(this.#pool, params);
  }

  /**
   * Stores an object; without a key, Riak generates one and `key` carries it back.
   *
   * ```ts
   * await client.put({ bucket: 'users', key: 'ada', value: '{"name":"Ada"}', contentType: 'application/json', vclock });
   * ```
   */
  put(params: PutParams): Promise<PutResult> {
    return putObject(this.#pool, params);
  }

  /**
   * Deletes an object. Pass the `vclock` from a get to delete exactly what you read.
   *
   * ```ts
   * await client.delete({ bucket: 'users', key: 'ada', vclock });
   * ```
   */
  delete(params: DeleteParams): Promise<void> {
    return deleteObject(this.#pool, params);
  }

  // ---- Values: codecs, bucket handles, updates (docs/values-and-conflicts.md) --

  /**
   * A typed handle on one bucket: values are encoded and decoded by `codec`
   * (`json<User>()`, `text()`, `bytes()` or yours), siblings go to its
   * `resolve`, and its defaults (quorums, deadlines) apply to every call.
   * Without a codec, reads decode each value by its content type (`unknown`).
   *
   * ```ts
   * const users = client.bucket({ bucket: 'users', codec: json<User>() });
   * await users.put('ada', { name: 'Ada' });
   * const ada = await users.get('ada'); // User | undefined
   * ```
   */
  bucket<T, Input = T>(options: BucketOptions<T, Input> & { codec: ValueCodec<T, Input> }): BucketHandle<T, Input>;
  bucket(options: BucketOptions<unknown> & { codec?: undefined }): BucketHandle<unknown>;
  bucket<T, Input>(options: BucketOptions<T, Input>): BucketHandle<T, Input> {
    return bucketHandle(this, options);
  }

  /**
   * Fetch-modify-write in one call: reads the object, resolves siblings, runs
   * `update` on the value, writes the result with the read's vclock and
   * returns what was stored (`NO_CHANGE` writes nothing). `optimistic: true`
   * retries when another writer got in between.
   */
  update<T, Input = T>(params: UpdateParams<T, Input> & { codec: ValueCodec<T, Input> }): Promise<UpdateResult<T>>;
  update(params: UpdateParams<unknown> & { codec?: undefined }): Promise<UpdateResult<unknown>>;
  update<T, Input>(params: UpdateParams<T, Input>): Promise<UpdateResult<T>> {
    return clientUpdate(this, params);
  }

  /**
   * Fetch-modify-update for a datatype: `update` gets the current value and
   * a builder; the operation is sent with the fetch's context, so removes
   * just work. `create: false` leaves a missing key missing.
   */
  updateDatatype<D extends DatatypeName>(params: UpdateDatatypeParams<D>): Promise<UpdateDatatypeResult<D>> {
    return updateDatatype(this, params);
  }

  /**
   * Reads many objects, `concurrency` (16) in flight at a time, and settles
   * each on its own: one item per location, in input order, `{ ok: true,
   * result }` (not found included) or `{ ok: false, error }`.
   */
  getMany<T, Input = T>(locations: readonly Location[], options: ClientGetManyOptions<T, Input> & { codec: ValueCodec<T, Input> }): Promise<GetManyItem<T>[]>;
  getMany(locations: readonly Location[], options?: ClientGetManyOptions<unknown> & { codec?: undefined }): Promise<GetManyItem<unknown>[]>;
  getMany<T, Input>(locations: readonly Location[], options?: ClientGetManyOptions<T, Input>): Promise<GetManyItem<T>[]> {
    return clientGetMany(this, locations, options);
  }

  // ---- Listing -------------------------------------------------------------

  /**
   * Lists the buckets of a bucket type, yielding each name as frames arrive.
   * A full keyspace scan: fine for admin scripts, not for request paths.
   *
   * ```ts
   * for await (const bucket of client.listBuckets({ type: 'default' })) console.log(bucket.toString());
   * ```
   */
  listBuckets(params: ListBucketsParams = {}): BatchedStream<Buffer> {
    return listing.listBuckets(this.#decodedStreams(), params);
  }

  /**
   * Lists the keys of a bucket, yielding each key as frames arrive; `.batches()`
   * yields each frame's keys as one array, `.toArray()` collects them. Leaving
   * the loop early closes the streaming connection.
   */
  listKeys(params: ListKeysParams): BatchedStream<Buffer> {
    return listing.listKeys(this.#decodedStreams(), params);
  }

  // ---- Secondary indexes ---------------------------------------------------

  /** A 2i query in one response: exact (`key`) or range (`range`), one page with `maxResults`. */
  queryIndex(params: IndexQueryParams): Promise<IndexPage> {
    return index.queryIndex(this, params);
  }

  /** A 2i query streamed match by match (`.batches()`: a frame at a time); `continuation` is readable once it ends. */
  streamIndex(params: IndexQueryParams): IndexStream {
    return index.streamIndex(this.#decodedStreams(), params);
  }

  /** Every page of a 2i query of `maxResults` matches, following continuations. */
  indexPages(params: IndexQueryParams): RiakStream<IndexPage> {
    return index.indexPages(this, params);
  }

  // ---- MapReduce -----------------------------------------------------------

  /** Runs a MapReduce job, yielding `{ phase, response }` as each result frame arrives. */
  mapReduce(job: MapReduceJob<'erlang'>, options?: CallOptions): RiakStream<MapReduceResult<ErlangTerm>>;
  mapReduce(job: MapReduceInput, options?: CallOptions): RiakStream<MapReduceResult>;
  mapReduce(job: MapReduceInput | MapReduceJob<MapReduceEncoding>, options?: CallOptions): RiakStream<MapReduceResult<JsonValue | ErlangTerm>>;
  mapReduce(job: MapReduceInput | MapReduceJob<MapReduceEncoding>, options?: CallOptions): RiakStream<MapReduceResult<JsonValue | ErlangTerm>> {
    return mr.mapReduce(this, job, options);
  }

  /** Runs a MapReduce job and collects each kept phase's results: `{ [phase]: results[] }`. */
  mapReduceAll(job: MapReduceJob<'erlang'>, options?: CallOptions): Promise<Record<number, ErlangTerm[]>>;
  mapReduceAll(job: MapReduceInput, options?: CallOptions): Promise<Record<number, JsonValue[]>>;
  mapReduceAll(job: MapReduceInput | MapReduceJob<MapReduceEncoding>, options?: CallOptions): Promise<Record<number, (JsonValue | ErlangTerm)[]>>;
  mapReduceAll(job: MapReduceInput | MapReduceJob<MapReduceEncoding>, options?: CallOptions): Promise<Record<number, (JsonValue | ErlangTerm)[]>> {
    return mr.mapReduceAll(this, job, options);
  }

  // ---- Datatypes -----------------------------------------------------------

  /** Fetches a datatype of any kind; `datatype` tells which. */
  fetchDatatype(params: DatatypeFetchParams): Promise<AnyDatatypeFetchResult> {
    return dt.fetchDatatype(this, params);
  }

  /** Fetches a counter: `{ found, value }`. */
  fetchCounter(params: DatatypeFetchParams): Promise<CounterFetchResult> {
    return dt.fetchCounter(this, params);
  }

  /** Increments (or decrements) a counter. */
  updateCounter(params: CounterUpdateParams): Promise<CounterUpdateResult> {
    return dt.updateCounter(this, params);
  }

  /** Fetches a set: members as Buffers, `strings()`, `has()`, and the `context` removals need. */
  fetchSet(params: DatatypeFetchParams): Promise<SetFetchResult> {
    return dt.fetchSet(this, params);
  }

  /** Adds and/or removes set members (removals need the fetch `context`). */
  updateSet(params: SetUpdateParams): Promise<SetUpdateResult> {
    return dt.updateSet(this, params);
  }

  /** Fetches a map as `{ counters, sets, registers, flags, maps }`. */
  fetchMap(params: DatatypeFetchParams): Promise<MapFetchResult> {
    return dt.fetchMap(this, params);
  }

  /** Updates a map from a `MapUpdate` builder (or a callback filling one). */
  updateMap(params: MapUpdateParams): Promise<MapUpdateResult> {
    return dt.updateMap(this, params);
  }

  /** Fetches a HyperLogLog's cardinality estimate. */
  fetchHll(params: DatatypeFetchParams): Promise<HllFetchResult> {
    return dt.fetchHll(this, params);
  }

  /** Adds elements to a HyperLogLog. */
  updateHll(params: HllUpdateParams): Promise<HllUpdateResult> {
    return dt.updateHll(this, params);
  }

  /** Fetches a grow-only set. */
  fetchGSet(params: DatatypeFetchParams): Promise<GSetFetchResult> {
    return dt.fetchGSet(this, params);
  }

  /** Adds members to a grow-only set. */
  updateGSet(params: GSetUpdateParams): Promise<GSetUpdateResult> {
    return dt.updateGSet(this, params);
  }

  /** Riak 1.4 counter (code 50): increments; resolves with the new value when `returnValue` is set. */
  updateLegacyCounter(params: LegacyCounterUpdateParams): Promise<number | undefined> {
    return legacy.updateLegacyCounter(this, params);
  }

  /** Riak 1.4 counter (code 52): reads the value. */
  fetchLegacyCounter(params: LegacyCounterFetchParams): Promise<{ found: boolean; value: number }> {
    return legacy.fetchLegacyCounter(this, params);
  }

  // ---- Bucket admin --------------------------------------------------------

  /** A bucket's properties, quorums as names (`'quorum'`) or counts. */
  getBucketProps(params: BucketParams): Promise<BucketProps> {
    return admin.getBucketProps(this, params);
  }

  /** Sets some of a bucket's properties. */
  setBucketProps(params: SetBucketPropsParams): Promise<void> {
    return admin.setBucketProps(this, params);
  }

  /** Resets a bucket's properties to its bucket type's. */
  resetBucketProps(params: BucketParams): Promise<void> {
    return admin.resetBucketProps(this, params);
  }

  /** A bucket type's properties. */
  getBucketTypeProps(type: Bytes, options?: CallOptions): Promise<BucketProps> {
    return admin.getBucketTypeProps(this, type, options);
  }

  /** Sets some of a bucket type's properties. */
  setBucketTypeProps(type: Bytes, props: BucketPropsInput, options?: CallOptions): Promise<void> {
    return admin.setBucketTypeProps(this, type, props, options);
  }

  // ---- Search (Yokozuna; disabled by default in Riak 3.x) -------------------

  /** A Solr query on a search index. */
  search(params: SearchParams): Promise<SearchResult> {
    return search.search(this, params);
  }

  /** One search index by name. */
  getSearchIndex(name: Bytes, options?: CallOptions): Promise<SearchIndex | undefined> {
    return search.getSearchIndex(this, name, options);
  }

  /** Every search index. */
  listSearchIndexes(options?: CallOptions): Promise<SearchIndex[]> {
    return search.listSearchIndexes(this, options);
  }

  /** Creates a search index. */
  putSearchIndex(params: PutSearchIndexParams): Promise<void> {
    return search.putSearchIndex(this, params);
  }

  /** Deletes a search index. */
  deleteSearchIndex(name: Bytes, options?: CallOptions): Promise<void> {
    return search.deleteSearchIndex(this, name, options);
  }

  /** A Solr schema by name. */
  getSearchSchema(name: Bytes, options?: CallOptions): Promise<SearchSchema> {
    return search.getSearchSchema(this, name, options);
  }

  /** Stores a Solr schema. */
  putSearchSchema(params: PutSearchSchemaParams): Promise<void> {
    return search.putSearchSchema(this, params);
  }

  // ---- Riak TS (Riak TS builds only) ---------------------------------------

  /** A TS SQL query. */
  tsQuery(params: TsQueryParams): Promise<TsResult> {
    return ts.tsQuery(this, params);
  }

  /** One TS row by key. */
  tsGet(params: TsGetParams): Promise<{ columns: TsColumn[]; row: TsValue[] | undefined }> {
    return ts.tsGet(this, params);
  }

  /** Writes TS rows. */
  tsPut(params: TsPutParams): Promise<void> {
    return ts.tsPut(this, params);
  }

  /** Deletes one TS row by key. */
  tsDelete(params: TsDeleteParams): Promise<void> {
    return ts.tsDelete(this, params);
  }

  /** Streams the keys of a TS table (`.batches()`: a frame's keys at a time). */
  tsListKeys(params: { table: Bytes; timeout?: number } & CallOptions): BatchedStream<TsValue[]> {
    return ts.tsListKeys(this, params);
  }

  /** The coverage plan of a TS query. */
  tsCoverage(params: TsCoverageParams): Promise<TsCoverageEntry[]> {
    return ts.tsCoverage(this, params);
  }

  // ---- Coverage, folds, cluster --------------------------------------------

  /** A KV coverage plan (Riak TS builds only). */
  coveragePlan(params: CoveragePlanParams): Promise<CoverageEntry[]> {
    return coverage.coveragePlan(this, params);
  }

  /** Streams the objects of a key range (Riak CS bucket fold; `.batches()`: a frame's objects at a time). */
  csBucketFold(params: CsBucketFoldParams): PagedBatchedStream<FoldedObject> {
    return coverage.csBucketFold(this, params);
  }

  /** The preference list (vnodes) of a key. */
  getPreflist(params: { bucket: Bytes; key: Bytes; type?: Bytes } & CallOptions): Promise<PreflistItem[]> {
    return cluster.getPreflist(this, params);
  }

  /** The cluster's up nodes (Riak 3.0.10+ peer discovery). */
  clusterMembers(options?: CallOptions): Promise<ClusterMember[]> {
    return cluster.clusterMembers(this, options);
  }

  /** Closes every connection; requests still in flight get `graceMs` to finish. */
  close(graceMs = 0): Promise<void> {
    return this.#pool.close(graceMs);
  }

  /** `await using client = new RiakClient(...)`: closes the client (`close()`) when the scope ends. */
  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }
}
