import { Buffer } from 'node:buffer';
import { RpbDelReq, RpbGetReq, RpbPutReq, type RpbContent } from '../../../generated/riak.js';
import { DEFAULT_BUCKET_TYPE } from '../../common/bucket-type.js';
import type { QuorumValue } from '../buckets/bucket-props.js';
import type { ResolvedProps } from '../buckets/bucket-registry.js';
import type { ClusterNodeView, KeyLocation } from '../cluster/node-view.js';
import type { RequestContext, ServerContext } from '../context.js';
import { uniqueId62 } from '../ids.js';
import { byteString, decodeRequest, has, optional, optionalBytes } from '../protocol/decode.js';
import { emptyReply, FatalRequestError, reply, riakError } from '../protocol/replies.js';
import { contentFromPut, IndexParseError, nowMicros, parseIndexes, toRpbContent, tombstone } from '../store/content-codec.js';
import type { StoredEntry } from '../store/database.js';
import { storedObjectSize } from '../store/object-size.js';
import { coordinatePut, isDeleted, type RiakObject } from '../store/riak-object.js';
import { checkWriteSize, noteReadSize } from '../object-limits.js';
import { decodeVClock, encodeVClock, gregorianSeconds, VClockDecodeError, type VClock } from '../vclock.js';
import { checkReadQuorum, checkWriteQuorum, deleteReadQuorum, deleteWriteQuorum, effectiveN, quorumField } from './quorum-check.js';

/**
 * RpbGetReq / RpbPutReq / RpbDelReq as riak_kv_pb_object serves them, with
 * the get/put FSM and delete semantics of a one-node cluster.
 */

/** A client vclock Riak cannot decode crashes the request (zlib/binary_to_term errors, an unknown encoding method). */
function clientClock(bytes: Buffer | undefined): VClock {
  try {
    return decodeVClock(bytes);
  } catch (err) {
    if (err instanceof VClockDecodeError) throw new FatalRequestError(`Error processing incoming message: ${err.errorClass}:${err.reason}:[]`);
    throw err;
  }
}

/** `type`: absent means `default`; present and empty is refused before this (Type cannot be zero-length). */
function typeOf(req: { type: Uint8Array }): string {
  return has(req, 'type') ? byteString(req.type) : DEFAULT_BUCKET_TYPE;
}

/** vclock equality as Erlang's `==` on the decoded lists. */
function sameClock(a: VClock, b: VClock): boolean {
  return a.length === b.length && a.every((e, i) => e.actor.equals(b[i].actor) && e.counter === b[i].counter && e.timestamp === b[i].timestamp);
}

/** The contents a KV read shows for a key: its siblings, or a datatype value's KV face. */
export function visibleContents(entry: StoredEntry, head: boolean): RpbContent.$Properties[] {
  if (entry.datatype !== undefined) {
    // riak_kv stores datatypes as objects of content type application/riak_<type>.
    const { value } = entry.datatype;
    return [{ value: head ? Buffer.alloc(0) : value.toBinary(), contentType: Buffer.from(value.contentType) }];
  }
  return entry.contents.map((c) => toRpbContent(c, head));
}

/** The stored object a read finds, or undefined for not found (tombstones count as not found). */
function liveObject(entry: StoredEntry | undefined): StoredEntry | undefined {
  if (entry === undefined) return undefined;
  if (entry.datatype === undefined && isDeleted(entry)) return undefined;
  return entry;
}

export function handleGet(payload: Buffer, ctx: RequestContext): Buffer | Promise<Buffer> {
  const req = decodeRequest(RpbGetReq, payload, 'rpbgetreq');
  if (req.bucket.length === 0) throw riakError('Bucket cannot be zero-length');
  if (req.key.length === 0) throw riakError('Key cannot be zero-length');
  if (has(req, 'type') && req.type.length === 0) throw riakError('Type cannot be zero-length');
  const { server } = ctx;
  const type = typeOf(req);
  const bucket = byteString(req.bucket);
  const props = server.kvBucketProps(type, bucket);
  if (server.cluster !== undefined) return clusterGet(server, server.cluster, req, { type, bucket, key: byteString(req.key) }, props);
  const n = effectiveN(optional<number>(req, 'nVal'), props);
  checkReadQuorum(props, n, quorumField(optional(req, 'r')), quorumField(optional(req, 'pr')), optional(req, 'nodeConfirms'));
  const ifModified = has(req, 'ifModified') ? clientClock(optionalBytes(req, 'ifModified')) : [];

  const entry = server.db.get(type, bucket, byteString(req.key));
  if (entry === undefined) return reply('RpbGetResp', {});
  if (entry.datatype === undefined && isDeleted(entry)) {
    // riak_kv_get_fsm: {error, {deleted, VClock}} only when asked for it.
    return reply('RpbGetResp', req.deletedvclock === true ? { vclock: encodeVClock(entry.vclock) } : {});
  }
  noteReadSize(server, type, bucket, byteString(req.key), entry.size);
  if (sameClock(ifModified, entry.vclock)) return reply('RpbGetResp', { unchanged: true });
  return reply('RpbGetResp', { content: visibleContents(entry, req.head === true), vclock: encodeVClock(entry.vclock) });
}

export function handlePut(payload: Buffer, ctx: RequestContext): Buffer | Promise<Buffer> {
  const req = decodeRequest(RpbPutReq, payload, 'rpbputreq');
  if (req.bucket.length === 0) throw riakError('Bucket cannot be zero-length');
  if (has(req, 'key') && req.key.length === 0) throw riakError('Key cannot be zero-length');
  if (has(req, 'type') && req.type.length === 0) throw riakError('Type cannot be zero-length');
  const { server } = ctx;
  const type = typeOf(req);
  const bucket = byteString(req.bucket);
  const incomingClock = clientClock(optionalBytes(req, 'vclock'));
  const key = has(req, 'key') ? byteString(req.key) : undefined;

  const props = server.kvBucketProps(type, bucket);
  if (server.cluster !== undefined) return clusterPut(server.cluster, req, { type, bucket, key }, incomingClock, props);
  // riak_kv_pb_object: a conditional put reads first, then goes on as a plain put.
  if ((req.ifNotModified === true || req.ifNoneMatch === true) && key !== undefined) {
    const found = liveObject(server.db.get(type, bucket, key));
    if (found && req.ifNoneMatch === true) throw riakError('match_found');
    if (req.ifNotModified === true) {
      if (!found) throw riakError('notfound');
      if (!sameClock(incomingClock, found.vclock)) throw riakError('modified');
    }
  }
  const n = effectiveN(optional<number>(req, 'nVal'), props);
  checkWriteQuorum(
    props,
    n,
    quorumField(optional(req, 'w')),
    quorumField(optional(req, 'dw')),
    quorumField(optional(req, 'pw')),
    quorumField(optional(req, 'nodeConfirms')),
  );

  const storeKey = key ?? uniqueId62();
  const micros = nowMicros();
  const content = putContent(req, micros);
  const stored = server.db.get(type, bucket, storeKey);
  const existing: RiakObject | undefined = stored && stored.datatype === undefined ? stored : undefined;
  const updated = coordinatePut(existing, incomingClock, content, props, server.actor, gregorianSeconds(micros / 1000));
  // The vnode checks the merged object (every sibling) as it would store it.
  const size = storedObjectSize(updated.vclock, updated.contents);
  checkWriteSize(server, type, bucket, storeKey, size);
  server.db.set(type, bucket, storeKey, { vclock: updated.vclock, contents: updated.contents, datatype: undefined, size });

  return putReply(req, updated, key === undefined ? storeKey : undefined);
}

/** The put's new sibling; a bad 2i entry is Riak's error for the request. */
function putContent(req: RpbPutReq, micros: number): ReturnType<typeof contentFromPut> {
  let indexes: ReturnType<typeof parseIndexes>;
  try {
    indexes = parseIndexes(req.content.indexes);
  } catch (err) {
    if (err instanceof IndexParseError) throw riakError(err.message);
    throw err;
  }
  return contentFromPut(req.content, indexes, micros);
}

/** RpbPutResp: the stored object with return_body / return_head (values blanked whenever return_head is set, as riak_kv_pb_object does), the key when the server made it up. */
function putReply(req: RpbPutReq, stored: RiakObject | undefined, generated: string | undefined): Buffer {
  const generatedKey = generated === undefined ? undefined : Buffer.from(generated, 'latin1');
  if ((req.returnBody === true || req.returnHead === true) && stored !== undefined) {
    return reply('RpbPutResp', {
      content: stored.contents.map((c) => toRpbContent(c, req.returnHead === true)),
      vclock: encodeVClock(stored.vclock),
      ...(generatedKey ? { key: generatedKey } : {}),
    });
  }
  return reply('RpbPutResp', generatedKey ? { key: generatedKey } : {});
}

export function handleDelete(payload: Buffer, ctx: RequestContext): Buffer | Promise<Buffer> {
  const req = decodeRequest(RpbDelReq, payload, 'rpbdelreq');
  const { server } = ctx;
  const type = typeOf(req);
  const bucket = byteString(req.bucket);
  const key = byteString(req.key);
  const props = server.kvBucketProps(type, bucket);
  if (server.cluster !== undefined) return clusterDelete(server.cluster, req, { type, bucket, key }, props);
  const n = effectiveN(optional<number>(req, 'nVal'), props);
  const q = {
    r: quorumField(optional(req, 'r')),
    w: quorumField(optional(req, 'w')),
    rw: quorumField(optional(req, 'rw')),
    pr: quorumField(optional(req, 'pr')),
    pw: quorumField(optional(req, 'pw')),
    dw: quorumField(optional(req, 'dw')),
  };

  let clock: VClock;
  if (has(req, 'vclock')) {
    clock = clientClock(optionalBytes(req, 'vclock'));
  } else {
    // riak_kv_delete: without a vclock, read the object first; not found is success.
    deleteReadQuorum(props, n, q);
    const found = liveObject(server.db.get(type, bucket, key));
    if (!found) return emptyReply('RpbDelResp');
    clock = found.vclock;
  }
  deleteWriteQuorum(props, n, q);
  const stored = server.db.get(type, bucket, key);
  const existing: RiakObject | undefined = stored && stored.datatype === undefined ? stored : undefined;
  const micros = nowMicros();
  const updated = coordinatePut(existing, clock, tombstone(micros), props, server.actor, gregorianSeconds(micros / 1000));
  server.db.set(type, bucket, key, {
    vclock: updated.vclock,
    contents: updated.contents,
    datatype: undefined,
    size: storedObjectSize(updated.vclock, updated.contents),
  });
  return emptyReply('RpbDelResp');
}

// ---------------------------------------------------------------------------
// The same requests on a node of a simulated cluster (`ServerContext.cluster`):
// decoded and validated as above, then run as Riak's FSMs over the vnodes
// (src/server/cluster/); the replies are shaped as above.

/** A quorum field as riak_pb_kv_codec:decode_quorum/1 reads it; absent stays absent. */
function quorumOption(value: number | undefined): QuorumValue | undefined {
  return value === undefined ? undefined : quorumField(value);
}

async function clusterGet(server: ServerContext, cluster: ClusterNodeView, req: RpbGetReq, at: KeyLocation, props: ResolvedProps): Promise<Buffer> {
  const ifModified = has(req, 'ifModified') ? clientClock(optionalBytes(req, 'ifModified')) : undefined;
  const outcome = await cluster.get(at, props, {
    nVal: optional<number>(req, 'nVal'),
    r: quorumOption(optional(req, 'r')),
    pr: quorumOption(optional(req, 'pr')),
    basicQuorum: optional<boolean>(req, 'basicQuorum'),
    notfoundOk: optional<boolean>(req, 'notfoundOk'),
    nodeConfirms: optional<number>(req, 'nodeConfirms'),
    deletedvclock: req.deletedvclock === true,
    timeout: optional<number>(req, 'timeout'),
    sloppyQuorum: optional<boolean>(req, 'sloppyQuorum'),
  });
  if (outcome.status === 'notfound') return reply('RpbGetResp', {});
  const { object } = outcome;
  if (outcome.status === 'deleted') return reply('RpbGetResp', { vclock: encodeVClock(object.vclock) });
  noteReadSize(server, at.type, at.bucket, at.key, storedObjectSize(object.vclock, object.contents));
  if (ifModified !== undefined && sameClock(ifModified, object.vclock)) return reply('RpbGetResp', { unchanged: true });
  return reply('RpbGetResp', { content: object.contents.map((c) => toRpbContent(c, req.head === true)), vclock: encodeVClock(object.vclock) });
}

async function clusterPut(
  cluster: ClusterNodeView,
  req: RpbPutReq,
  at: { type: string; bucket: string; key: string | undefined },
  clock: VClock,
  props: ResolvedProps,
): Promise<Buffer> {
  const { key } = at;
  const nVal = optional<number>(req, 'nVal');
  const sloppyQuorum = optional<boolean>(req, 'sloppyQuorum');
  if ((req.ifNotModified === true || req.ifNoneMatch === true) && key !== undefined) {
    // riak_kv_pb_object: a get with only n_val and sloppy_quorum, then a plain put.
    let found: RiakObject | undefined;
    let failure: unknown;
    try {
      const outcome = await cluster.get({ type: at.type, bucket: at.bucket, key }, props, { nVal, sloppyQuorum });
      if (outcome.status === 'ok') found = outcome.object;
      else failure = riakError('notfound');
    } catch (err) {
      failure = err;
    }
    if (found !== undefined && req.ifNoneMatch === true) throw riakError('match_found');
    if (found !== undefined && !sameClock(clock, found.vclock)) throw riakError('modified');
    if (found === undefined && req.ifNoneMatch !== true) throw failure;
  }
  const storeKey = key ?? uniqueId62();
  const stored = await cluster.put({ at: { type: at.type, bucket: at.bucket, key: storeKey }, clock, content: () => putContent(req, nowMicros()) }, props, {
    nVal,
    w: quorumOption(optional(req, 'w')),
    dw: quorumOption(optional(req, 'dw')),
    pw: quorumOption(optional(req, 'pw')),
    nodeConfirms: quorumOption(optional(req, 'nodeConfirms')),
    timeout: optional<number>(req, 'timeout'),
    returnBody: req.returnBody === true || req.returnHead === true,
    sloppyQuorum,
    asis: optional<boolean>(req, 'asis'),
  });
  return putReply(req, stored, key === undefined ? storeKey : undefined);
}

async function clusterDelete(cluster: ClusterNodeView, req: RpbDelReq, at: KeyLocation, props: ResolvedProps): Promise<Buffer> {
  await cluster.delete(at, props, {
    vclock: has(req, 'vclock') ? clientClock(optionalBytes(req, 'vclock')) : undefined,
    r: quorumOption(optional(req, 'r')),
    w: quorumOption(optional(req, 'w')),
    rw: quorumOption(optional(req, 'rw')),
    pr: quorumOption(optional(req, 'pr')),
    pw: quorumOption(optional(req, 'pw')),
    dw: quorumOption(optional(req, 'dw')),
    timeout: optional<number>(req, 'timeout'),
    nVal: optional<number>(req, 'nVal'),
    sloppyQuorum: optional<boolean>(req, 'sloppyQuorum'),
  });
  return emptyReply('RpbDelResp');
}
