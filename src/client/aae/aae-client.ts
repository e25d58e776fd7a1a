import { Buffer } from 'node:buffer';
import { inflateSync } from 'node:zlib';
import { crc32 } from '../../aae/crc32.js';
import { TictacTree, bytesToHashes } from '../../aae/tictac-tree.js';
import { asBuffer } from '../../common/bytes.js';
import { has } from '../../common/fields.js';
import type { MessageInput } from '../../codec/message-table.js';
import type { CallOptions } from '../../pool/call-options.js';
import { RiakProtocolError } from '../../errors.js';
import { callOptionsOnly, invalidOption, readOptions } from '../options.js';
import type { Transport } from '../transport.js';
import type {
  AaeBucket,
  AaeRangeParams,
  AaeSegmentedRangeParams,
  ChangeParams,
  FetchClocksParams,
  FindKeysParams,
  FoundKey,
  KeyClock,
  ObjectStats,
  RangeTreeParams,
  ReplFetchResult,
  ReplKeysParams,
  ReplPushParams,
  ReplPushResult,
} from './aae-types.js';
import {
  changeFields,
  hashFields,
  modifiedFields,
  RANGE_SCHEMA,
  rangeFields,
  SEGMENTED_SCHEMA,
  segmentIds,
  treeSizeOfValue,
  treeSizeValue,
} from './fold-request.js';
import { decodeClock, decodeReplObject } from './repl-object.js';

/**
 * Riak 3.x's operator API: the Tictac AAE folds (codes 210-231) and
 * NextGenRepl queue fetch/push (202-205), typed, as riakc_pb_socket's
 * `aae_*`, `fetch` and `push` offer them. Reached as `client.aae`.
 *
 * The folds need Tictac AAE enabled on the cluster (a node without it
 * answers them with empty results). Each answers with one frame, once the
 * whole fold is done: bound big folds with their filters, and give them a
 * `requestTimeout` long enough.
 * @category AAE and replication
 */
export class AaeClient {
  readonly #transport: Transport;

  /** @internal */
  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * The merged root of the cached AAE trees of every bucket with this
   * n_val: 4096 branch hashes (`aae_merge_root`). Compare two clusters'
   * roots with `differingIndexes()` to find the branches to fetch.
   */
  async mergeRoot(nVal: number, options?: CallOptions): Promise<Uint32Array> {
    const call = callOptionsOnly('mergeRoot', options);
    const response = await this.#transport.request('RpbAaeFoldMergeRootNValReq', { nVal: nValOf('mergeRoot', nVal) }, call);
    return bytesToHashes(response.levelOne);
  }

  /**
   * Branches of the merged n_val trees (`aae_merge_branches`): branch id →
   * its 256 segment hashes, in the order asked. Segment `s` of branch `b`
   * is `b * 256 + s` (`joinSegment`), the id `fetchClocks` takes.
   */
  async mergeBranches(nVal: number, branches: readonly number[], options?: CallOptions): Promise<Map<number, Uint32Array>> {
    const call = callOptionsOnly('mergeBranches', options);
    const idFilter = segmentIds('mergeBranches', 'branches', branches);
    const response = await this.#transport.request('RpbAaeFoldMergeBranchNValReq', { nVal: nValOf('mergeBranches', nVal), idFilter }, call);
    const out = new Map<number, Uint32Array>();
    for (const element of response.levelTwo) {
      const { id, bytes } = branchElement(element);
      if (!out.has(id)) out.set(id, bytesToHashes(bytes.length === 0 ? Buffer.alloc(1024) : bytes));
    }
    return out;
  }

  /** Keys and clocks of an n_val's keys in the given `large`-tree segments (`aae_fetch_clocks`). */
  async fetchClocks(params: FetchClocksParams): Promise<KeyClock[]> {
    const { params: input, call } = readOptions('fetchClocks', params, { nVal: 'custom', segments: 'custom', modifiedRange: 'custom' });
    const message: Record<string, unknown> = { nVal: nValOf('fetchClocks', input.nVal), idFilter: segmentIds('fetchClocks', 'segments', input.segments) };
    // modified_range is optional here: riak_kv_pb_aaefold takes the dated variant only when it is true.
    if (input.modifiedRange !== undefined) Object.assign(message, modifiedFields('fetchClocks', input.modifiedRange));
    const response = await this.#transport.request('RpbAaeFoldFetchClocksNValReq', message as MessageInput<'RpbAaeFoldFetchClocksNValReq'>, call);
    return response.keysValue.map(keyClock);
  }

  /**
   * A tictac tree of one bucket's keys, built by the cluster
   * (`aae_range_tree`). Trees of two clusters over the same data are equal;
   * `tree.dirtySegments(other)` names the segments to fetch clocks for.
   */
  async rangeTree(params: RangeTreeParams): Promise<TictacTree> {
    const { fields, params: input, call } = rangeFields('rangeTree', params, { ...SEGMENTED_SCHEMA, treeSize: 'custom', hashMethod: 'custom' });
    const treeSize = treeSizeValue('rangeTree', 'treeSize', input.treeSize ?? 'small');
    const message = { ...fields, treeSize, ...hashFields('rangeTree', input.hashMethod) } as MessageInput<'RpbAaeFoldMergeTreesRangeReq'>;
    const response = await this.#transport.request('RpbAaeFoldMergeTreesRangeReq', message, call);
    const size = treeSizeOfValue(response.size);
    if (size === undefined) throw new RiakProtocolError(`Unknown tree size ${response.size} in RpbAaeFoldTreeResp`);
    const tree = new TictacTree(size);
    for (const element of response.levelTwo) {
      const { id, bytes } = branchElement(element);
      if (id < tree.width && bytes.length === 1024) tree.setBranch(id, bytesToHashes(bytes));
    }
    return tree;
  }

  /** Keys and clocks of one bucket's keys (`aae_range_clocks`). */
  async rangeClocks(params: AaeSegmentedRangeParams): Promise<KeyClock[]> {
    const { fields, call } = rangeFields('rangeClocks', params, SEGMENTED_SCHEMA);
    const response = await this.#transport.request('RpbAaeFoldFetchClocksRangeReq', fields as MessageInput<'RpbAaeFoldFetchClocksRangeReq'>, call);
    return response.keysValue.map(keyClock);
  }

  /** Puts every matching key on a replication queue; resolves with how many (`aae_range_replkeys`). */
  async rangeReplKeys(params: ReplKeysParams): Promise<number> {
    const { fields, call } = rangeFields('rangeReplKeys', params, { ...RANGE_SCHEMA, queue: 'bytes!' });
    const { queue, ...rest } = fields;
    const response = await this.#transport.request('RpbAaeFoldReplKeysReq', { ...rest, queuename: queue } as MessageInput<'RpbAaeFoldReplKeysReq'>, call);
    return dispatchedCount(response.keysCount);
  }

  /** Read-repairs every matching key; resolves with how many it asked to repair (`aae_range_repairkeys`). */
  async rangeRepairKeys(params: AaeRangeParams): Promise<number> {
    const { fields, call } = rangeFields('rangeRepairKeys', params, RANGE_SCHEMA);
    const response = await this.#transport.request('RpbAaeFoldRepairKeysReq', fields as MessageInput<'RpbAaeFoldRepairKeysReq'>, call);
    return dispatchedCount(response.keysCount);
  }

  /**
   * Keys with more siblings than `siblingsOver`, or bigger than `sizeOver`
   * bytes (`aae_find_keys`), sorted by key; `value` is the count or size.
   */
  async findKeys(params: FindKeysParams): Promise<FoundKey[]> {
    const { fields, params: input, call } = rangeFields('findKeys', params, { ...RANGE_SCHEMA, siblingsOver: 'uint', sizeOver: 'uint' });
    const { siblingsOver, sizeOver, ...rest } = fields;
    if ((siblingsOver === undefined) === (sizeOver === undefined)) {
      throw invalidOption('findKeys', input.siblingsOver === undefined ? 'siblingsOver' : 'sizeOver', 'give exactly one of `siblingsOver` and `sizeOver`');
    }
    const message = { ...rest, finder: siblingsOver !== undefined ? 0 : 1, findLimit: (siblingsOver ?? sizeOver) as number };
    const response = await this.#transport.request('RpbAaeFoldFindKeysReq', message as MessageInput<'RpbAaeFoldFindKeysReq'>, call);
    return response.keysCount.map((kc) => ({ key: asBuffer(kc.tag), value: kc.count }));
  }

  /** Tombstones with their delete hash (`aae_find_tombs`), sorted by key. */
  async findTombs(params: AaeSegmentedRangeParams): Promise<FoundKey[]> {
    const { fields, call } = rangeFields('findTombs', params, SEGMENTED_SCHEMA);
    const response = await this.#transport.request('RpbAaeFoldFindTombsReq', fields as MessageInput<'RpbAaeFoldFindTombsReq'>, call);
    return response.keysCount.map((kc) => ({ key: asBuffer(kc.tag), value: kc.count }));
  }

  /** Reaps matching tombstones for good; resolves with how many (`aae_reap_tombs`). `changeMethod: 'count'` only counts. */
  async reapTombs(params: ChangeParams): Promise<number> {
    const { fields, params: input, call } = rangeFields('reapTombs', params, { ...SEGMENTED_SCHEMA, changeMethod: 'custom' });
    const message = { ...fields, ...changeFields('reapTombs', input.changeMethod) };
    const response = await this.#transport.request('RpbAaeFoldReapTombsReq', message as MessageInput<'RpbAaeFoldReapTombsReq'>, call);
    return dispatchedCount(response.keysCount);
  }

  /** Deletes matching (live) keys; resolves with how many (`aae_erase_keys`). `changeMethod: 'count'` only counts. */
  async eraseKeys(params: ChangeParams): Promise<number> {
    const { fields, params: input, call } = rangeFields('eraseKeys', params, { ...SEGMENTED_SCHEMA, changeMethod: 'custom' });
    const message = { ...fields, ...changeFields('eraseKeys', input.changeMethod) };
    const response = await this.#transport.request('RpbAaeFoldEraseKeysReq', message as MessageInput<'RpbAaeFoldEraseKeysReq'>, call);
    return dispatchedCount(response.keysCount);
  }

  /** Buckets that hold keys, tombstones included (`aae_list_buckets`); `nVal` (default 1) is the smallest n_val in use. */
  async listBuckets(params: { nVal?: number } & CallOptions = {}): Promise<AaeBucket[]> {
    const { fields, call } = readOptions('listBuckets', params, { nVal: 'count' });
    const response = await this.#transport.request('RpbAaeFoldListBucketsReq', fields as MessageInput<'RpbAaeFoldListBucketsReq'>, call);
    return response.bucketList.map((b) => ({ type: b.type && b.type.length > 0 ? asBuffer(b.type) : undefined, bucket: asBuffer(b.bucket) }));
  }

  /** Counts, total size, and size and sibling histograms of one bucket's objects (`aae_object_stats`). */
  async objectStats(params: AaeRangeParams): Promise<ObjectStats> {
    const { fields, call } = rangeFields('objectStats', params, RANGE_SCHEMA);
    const response = await this.#transport.request('RpbAaeFoldObjectStatsReq', fields as MessageInput<'RpbAaeFoldObjectStatsReq'>, call);
    const stats: ObjectStats = { totalCount: 0, totalSize: 0, sizes: [], siblings: [] };
    for (const kc of response.keysCount) {
      const tag = asBuffer(kc.tag).toString('latin1');
      if (tag === 'total_count') stats.totalCount = kc.count;
      else if (tag === 'total_size') stats.totalSize = kc.count;
      else if (tag === 'sizes') stats.sizes.push({ magnitude: kc.order ?? 0, count: kc.count });
      else if (tag === 'siblings') stats.siblings.push({ siblings: kc.order ?? 0, count: kc.count });
    }
    stats.sizes.sort((a, b) => a.magnitude - b.magnitude);
    stats.siblings.sort((a, b) => a.siblings - b.siblings);
    return stats;
  }

  /**
   * Takes the next object off a NextGenRepl queue (riakc `fetch`): the
   * object decoded, or `{ queueEmpty: true }`. `aaeHash` asks for the key's
   * segment and tictac hashes too (`internal_aaehash`).
   */
  async replFetch(params: { queue: string | Uint8Array; aaeHash?: boolean } & CallOptions): Promise<ReplFetchResult> {
    const { fields, params: input, call } = readOptions('replFetch', params, { queue: 'bytes!', aaeHash: 'bool' });
    const message = { queuename: fields.queue as Uint8Array, encoding: Buffer.from(input.aaeHash === true ? 'internal_aaehash' : 'internal') };
    const response = await this.#transport.request('RpbFetchReq', message, call);
    if (response.queueEmpty) return { queueEmpty: true };
    const encoded = asBuffer(response.replencodedObject);
    let object: ReturnType<typeof decodeReplObject> | undefined;
    try {
      object = decodeReplObject(encoded);
    } catch (err) {
      if (!(err instanceof RiakProtocolError)) throw err;
    }
    return {
      queueEmpty: false,
      deleted: response.deleted === true,
      crcOk: crc32(encoded) === response.crcCheck,
      encoded,
      object,
      deletedVclock: has(response, 'deletedVclock') ? asBuffer(response.deletedVclock) : undefined,
      segmentId: has(response, 'segmentId') ? response.segmentId : undefined,
      segmentHash: has(response, 'segmentHash') ? response.segmentHash : undefined,
    };
  }

  /** Queues keys, each at a clock, for replication (riakc `push`); resolves with the queue's state. */
  async replPush(params: ReplPushParams): Promise<ReplPushResult> {
    const { fields, params: input, call } = readOptions('replPush', params, { queue: 'bytes!', keys: 'custom' });
    if (!Array.isArray(input.keys)) throw invalidOption('replPush', 'keys', 'expected an array of { bucket, key, type?, vclock }');
    const keysValue = (input.keys as ReplPushParams['keys']).map((k, i) => {
      const item = readOptions('replPush', k, { bucket: 'bytes!', key: 'bytes!', type: 'bytes', vclock: 'custom' });
      if (!(k.vclock instanceof Uint8Array)) throw invalidOption('replPush', `keys[${i}].vclock`, 'expected the Buffer a get returned');
      return { ...item.fields, value: k.vclock };
    });
    const response = await this.#transport.request('RpbPushReq', { queuename: fields.queue as Uint8Array, keysValue } as MessageInput<'RpbPushReq'>, call);
    return {
      queueExists: response.queueExists,
      lengths: { fold: response.foldqLength ?? 0, fullSync: response.fsyncLength ?? 0, realTime: response.realtLength ?? 0 },
    };
  }
}

function nValOf(method: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 0xffffffff)
    throw invalidOption(method, 'nVal', 'expected an integer from 1 to 4294967295');
  return value;
}

/** `<<BranchId:32, (zlib:compress(Branch))/binary>>` (riak_kv_clusteraae_fsm:convert_level2_element/1). */
function branchElement(element: Uint8Array): { id: number; bytes: Buffer } {
  const bytes = asBuffer(element);
  if (bytes.length < 4) throw new RiakProtocolError('Truncated AAE tree branch');
  try {
    return { id: bytes.readUInt32BE(0), bytes: inflateSync(bytes.subarray(4)) };
  } catch (cause) {
    throw new RiakProtocolError('Undecodable AAE tree branch', { cause });
  }
}

function keyClock(kv: { type?: Uint8Array | null; bucket: Uint8Array; key: Uint8Array; value: Uint8Array }): KeyClock {
  const vclock = asBuffer(kv.value);
  return {
    type: kv.type && kv.type.length > 0 ? asBuffer(kv.type) : undefined,
    bucket: asBuffer(kv.bucket),
    key: asBuffer(kv.key),
    vclock,
    clock: decodeClock(vclock),
  };
}

function dispatchedCount(keysCount: { tag: Uint8Array; count: number }[]): number {
  const entry = keysCount.find((kc) => asBuffer(kc.tag).toString('latin1') === 'dispatched_count');
  if (entry === undefined) throw new RiakProtocolError('AAE fold reply without a dispatched_count');
  return entry.count;
}
