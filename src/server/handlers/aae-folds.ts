import { Buffer } from 'node:buffer';
import { deflateSync } from 'node:zlib';
import * as pb from '../../../generated/riak.js';
import { STORE_TREE_SIZE, TREE_SIZES } from '../../aae/segment.js';
import type { TictacTree } from '../../aae/tictac-tree.js';
import type { RequestContext } from '../context.js';
import { encodeVClock } from '../vclock.js';
import { eraseKey, reapTombstone } from '../aae/changes.js';
import { foldTimeout, invalidFold, matches, modifiedRangeOf, rangeFilterOf, segmentFilterOf, treeSizeOf } from '../aae/fold-query.js';
import { deleteHash, hashMethod, objectStats, rangeRecords, treeOf } from '../aae/folds.js';
import { aaeBuckets, aaeRecords, compareRecords, type AaeRecord } from '../aae/keystore.js';
import { clusterAaeChanges } from '../cluster/aae-changes.js';
import { FOLD_PRIORITY, replQueue } from '../aae/repl-queues.js';
import { byteString, decodeRequest, has } from '../protocol/decode.js';
import { reply } from '../protocol/replies.js';

/**
 * The AAE fold service (riak_kv_pb_aaefold, codes 210-219, 223, 230, 231)
 * over the dev server's keyspace, with riak_kv_clusteraae_fsm's reply
 * shapes (pb_encode_results/3). Every fold answers with one frame. On a
 * simulated cluster node the keys come through a coverage plan made for
 * the fold's n_val (aae/keystore.ts), as riak_kv_clusteraae_fsm plans it.
 */

const knownType =
  (ctx: RequestContext) =>
  (type: string): boolean =>
    ctx.server.buckets.hasType(type);

/** convert_level2_element/1: `<<BranchId:32, (zlib:compress(Branch))/binary>>`. */
function branchElement(id: number, branch: Buffer): Buffer {
  const head = Buffer.allocUnsafe(4);
  head.writeUInt32BE(id >>> 0, 0);
  return Buffer.concat([head, deflateSync(branch)]);
}

const LARGE = TREE_SIZES.indexOf('large');

function treeReply(tree: TictacTree, size: number): Buffer {
  const levelTwo: Buffer[] = [];
  for (let b = 0; b < tree.width; b++) levelTwo.push(branchElement(b, tree.branchBytes(b)));
  return reply('RpbAaeFoldTreeResp', { size, levelOne: tree.rootBytes(), levelTwo });
}

/** `{B, K, Clock}` entries as RpbKeysValue (pb_encode_bucketkeyclock/1). */
function clocksReply(records: AaeRecord[]): Buffer {
  const keysValue = records.map((r) => ({ ...(r.type === undefined ? {} : { type: r.type }), bucket: r.bucket, key: r.key, value: encodeVClock(r.clock) }));
  return reply('RpbAaeFoldKeyValueResp', { responseType: Buffer.from('clock'), keysValue });
}

function countReply(responseType: string, keysCount: { tag: Buffer; count: number; order?: number }[]): Buffer {
  return reply('RpbAaeFoldKeyCountResp', { responseType: Buffer.from(responseType), keysCount });
}

const dispatched = (responseType: string, count: number): Buffer => countReply(responseType, [{ tag: Buffer.from('dispatched_count'), count }]);

/** The keys the cached trees of an n_val hold (every bucket of that n_val). */
const nValRecords = (ctx: RequestContext, nVal: number): AaeRecord[] => aaeRecords(ctx.server, { nVal });

/** The cached trees of an n_val merged across the cluster: always `large`. */
const nValTree = (ctx: RequestContext, nVal: number): TictacTree => treeOf(nValRecords(ctx, nVal), STORE_TREE_SIZE);

/** 210: the cached trees' roots for an n_val, merged (size `large`). */
export function handleMergeRoot(payload: Buffer, ctx: RequestContext): Buffer {
  const req = decodeRequest(pb.RpbAaeFoldMergeRootNValReq, payload, 'rpbaaefoldmergerootnvalreq');
  const tree = nValTree(ctx, req.nVal);
  return reply('RpbAaeFoldTreeResp', { size: LARGE, levelOne: tree.rootBytes(), levelTwo: [] });
}

/** 211: some branches of the merged n_val trees, in the order asked (a repeated id after its first is empty, as aae_exchange:merge_branches/2 leaves it). */
export function handleMergeBranches(payload: Buffer, ctx: RequestContext): Buffer {
  const req = decodeRequest(pb.RpbAaeFoldMergeBranchNValReq, payload, 'rpbaaefoldmergebranchnvalreq');
  const tree = nValTree(ctx, req.nVal);
  // leveled's array:get/2 outside the tree crashes the vnode's fetch: the FSM times out.
  if (req.idFilter.some((id) => id >= tree.width)) throw foldTimeout();
  const seen = new Set<number>();
  const levelTwo = req.idFilter.map((id) => {
    const first = !seen.has(id);
    seen.add(id);
    return branchElement(id, first ? tree.branchBytes(id) : Buffer.alloc(0));
  });
  return reply('RpbAaeFoldTreeResp', { size: LARGE, levelOne: Buffer.alloc(0), levelTwo });
}

/** 212: keys and clocks in given `large` segments of an n_val's keys (fetch_clocks_range over all buckets). */
export function handleFetchClocksNVal(payload: Buffer, ctx: RequestContext): Buffer {
  const req = decodeRequest(pb.RpbAaeFoldFetchClocksNValReq, payload, 'rpbaaefoldfetchclocksnvalreq');
  const filter = { keyRange: undefined, segments: segmentFilterOf(req.idFilter, 'large'), modified: modifiedRangeOf(req) };
  const records = nValRecords(ctx, req.nVal)
    .filter((r) => matches(r, filter))
    .sort(compareRecords);
  return clocksReply(records);
}

/** 213: a tictac tree of the given size over a bucket's (filtered) keys. */
export function handleMergeTreesRange(payload: Buffer, ctx: RequestContext): Buffer {
  const req = decodeRequest(pb.RpbAaeFoldMergeTreesRangeReq, payload, 'rpbaaefoldmergetreesrangereq');
  const size = treeSizeOf(req, 'treeSize');
  if (size === undefined) throw invalidFold();
  const filter = rangeFilterOf(req, knownType(ctx));
  const records = rangeRecords(ctx.server, filter);
  const tree = treeOf(records, size, req.usePrehash ? undefined : hashMethod(has(req, 'initVector') ? req.initVector : undefined));
  return treeReply(tree, req.treeSize);
}

/** 214: keys and clocks of a bucket's (filtered) keys. */
export function handleFetchClocksRange(payload: Buffer, ctx: RequestContext): Buffer {
  const req = decodeRequest(pb.RpbAaeFoldFetchClocksRangeReq, payload, 'rpbaaefoldfetchclocksrangereq');
  return clocksReply(rangeRecords(ctx.server, rangeFilterOf(req, knownType(ctx))));
}

/** 215: keys with more siblings than, or bigger than, the limit. */
export function handleFindKeys(payload: Buffer, ctx: RequestContext): Buffer {
  const req = decodeRequest(pb.RpbAaeFoldFindKeysReq, payload, 'rpbaaefoldfindkeysreq');
  const records = rangeRecords(ctx.server, rangeFilterOf(req, knownType(ctx)));
  const bySize = req.finder === pb.RpbAaeFoldFindKeysReq.FindType.object_size;
  if (!bySize && req.finder !== pb.RpbAaeFoldFindKeysReq.FindType.sibling_count) throw invalidFold();
  const found = records.flatMap((r) => {
    const value = bySize ? r.size : r.siblings;
    return value > req.findLimit ? [{ tag: r.key, count: value }] : [];
  });
  return countReply('find_keys', found);
}

/** 216: object count, total size, and histograms by size magnitude and sibling count. */
export function handleObjectStats(payload: Buffer, ctx: RequestContext): Buffer {
  const req = decodeRequest(pb.RpbAaeFoldObjectStatsReq, payload, 'rpbaaefoldobjectstatsreq');
  const stats = objectStats(rangeRecords(ctx.server, rangeFilterOf(req, knownType(ctx))));
  const tag = (name: string): Buffer => Buffer.from(name);
  return countReply('stats', [
    { tag: tag('total_count'), count: stats.totalCount },
    { tag: tag('total_size'), count: stats.totalSize },
    ...stats.sizes.map(([order, count]) => ({ tag: tag('sizes'), order, count })),
    ...stats.siblings.map(([order, count]) => ({ tag: tag('siblings'), order, count })),
  ]);
}

/** 217: queues a reference to every matching key on a replication queue (fold priority). */
export function handleReplKeys(payload: Buffer, ctx: RequestContext): Buffer {
  const req = decodeRequest(pb.RpbAaeFoldReplKeysReq, payload, 'rpbaaefoldreplkeysreq');
  const records = rangeRecords(ctx.server, rangeFilterOf(req, knownType(ctx)));
  const queue = replQueue(ctx.server, byteString(req.queuename));
  queue.add(
    FOLD_PRIORITY,
    records.map((r) => ({ type: r.type?.toString('latin1') ?? 'default', bucket: r.bucket.toString('latin1'), key: r.key.toString('latin1'), clock: r.clock })),
  );
  return dispatched('repl_keys', records.length);
}

/** 218: tombstones with their delete hash. */
export function handleFindTombs(payload: Buffer, ctx: RequestContext): Buffer {
  const req = decodeRequest(pb.RpbAaeFoldFindTombsReq, payload, 'rpbaaefoldfindtombsreq');
  const records = rangeRecords(ctx.server, rangeFilterOf(req, knownType(ctx))).filter((r) => r.tombstone);
  return countReply(
    'find_keys',
    records.map((r) => ({ tag: r.key, count: deleteHash(r) })),
  );
}

/** 219: read repair of every matching key (a get each, on a cluster); a one-node cluster has nothing to repair, so this only counts. */
export function handleRepairKeys(payload: Buffer, ctx: RequestContext): Buffer | Promise<Buffer> {
  const req = decodeRequest(pb.RpbAaeFoldRepairKeysReq, payload, 'rpbaaefoldrepairkeysreq');
  const records = rangeRecords(ctx.server, rangeFilterOf(req, knownType(ctx)));
  const answer = dispatched('repair_keys', records.length);
  const cluster = clusterAaeChanges(ctx.server);
  return cluster === undefined ? answer : cluster.repair(records).then(() => answer);
}

/** 223: buckets holding keys; the n_val picks the coverage plan (a one-node server finds every bucket). */
export function handleAaeListBuckets(payload: Buffer, ctx: RequestContext): Buffer {
  const req = decodeRequest(pb.RpbAaeFoldListBucketsReq, payload, 'rpbaaefoldlistbucketsreq');
  // riak_kv_pb_aaefold: an absent or zero n_val is 1.
  const bucketListItems = aaeBuckets(ctx.server, req.nVal > 0 ? req.nVal : 1).map((b) =>
    b.type === undefined ? { bucket: b.bucket } : { type: b.type, bucket: b.bucket },
  );
  return reply('RpbAaeFoldListBucketsResp', { bucketList: bucketListItems });
}

const COUNT = pb.RpbAaeFoldReapTombsReq.ChangeMethod.count;

/** 230: reaps (or with `count` only counts) matching tombstones. */
export function handleReapTombs(payload: Buffer, ctx: RequestContext): Buffer {
  const req = decodeRequest(pb.RpbAaeFoldReapTombsReq, payload, 'rpbaaefoldreaptombsreq');
  const records = rangeRecords(ctx.server, rangeFilterOf(req, knownType(ctx))).filter((r) => r.tombstone);
  if (req.changeMethod !== COUNT) {
    const cluster = clusterAaeChanges(ctx.server);
    if (cluster !== undefined) cluster.reap(records);
    else for (const r of records) reapTombstone(ctx.server, r);
  }
  return dispatched('reap_tombs', records.length);
}

/** 231: deletes (or with `count` only counts) matching live keys; tombstones are skipped. */
export function handleEraseKeys(payload: Buffer, ctx: RequestContext): Buffer | Promise<Buffer> {
  const req = decodeRequest(pb.RpbAaeFoldEraseKeysReq, payload, 'rpbaaefolderasekeysreq');
  const records = rangeRecords(ctx.server, rangeFilterOf(req, knownType(ctx))).filter((r) => !r.tombstone);
  const answer = dispatched('erase_keys', records.length);
  if (req.changeMethod === COUNT) return answer;
  const cluster = clusterAaeChanges(ctx.server);
  if (cluster !== undefined) return cluster.erase(records).then(() => answer);
  for (const r of records) eraseKey(ctx.server, r);
  return answer;
}
