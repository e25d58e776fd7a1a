import { Buffer } from 'node:buffer';
import { DEFAULT_BUCKET_TYPE } from '../../common/bucket-type.js';
import type { BucketRegistry, ResolvedProps } from '../buckets/bucket-registry.js';
import type { DatatypeBucketProps, DatatypeQuorumStore, DatatypeReadOptions, DatatypeUpdateStep, DatatypeWriteOptions } from '../datatypes/datatype-store.js';
import { DatatypeValue } from '../datatypes/datatype-value.js';
import { uniqueId62 } from '../ids.js';
import { riakError } from '../protocol/replies.js';
import { storedObjectSize } from '../store/object-size.js';
import type { RiakObject } from '../store/riak-object.js';
import { FRESH, increment } from '../vclock.js';
import { datatypeOf, datatypeReplica, newFace, otherContents } from './datatype-replica.js';
import type { ClusterNodeView } from './node-view.js';
import type { KeyLocation, Vnode } from './vnode.js';

/**
 * Datatypes on a node of a simulated cluster (riak_kv_pb_crdt and
 * riak_kv_pb_counter over riak_client): a fetch is a get through the get
 * FSM whose merged object's CRDT is answered (riak_kv_crdt:value/2); an
 * update is a put through the put FSM carrying a crdt_op, which the
 * coordinating vnode applies to its own copy with its own actor
 * (riak_kv_vnode do_put → riak_kv_crdt:update/3) before the other
 * preflist vnodes merge the result. Quorums, errors, read repair, handoff
 * and anti-entropy are the KV ones: datatype replicas are objects of the
 * vnodes like any other (datatype-replica.ts).
 */
export class ClusterDatatypeStore implements DatatypeQuorumStore {
  constructor(
    readonly node: ClusterNodeView,
    readonly buckets: Pick<BucketRegistry, 'bucket'>,
    readonly bucketProps: (type: Buffer, bucket: Buffer) => DatatypeBucketProps,
  ) {}

  async fetch(type: Buffer, bucket: Buffer, key: Buffer, options: DatatypeReadOptions): Promise<DatatypeValue | undefined> {
    const at = location(type, bucket, key);
    const outcome = await this.node.get(at, this.#props(at), options);
    // Not found, or a tombstone: riak_client:get's {error, notfound}.
    if (outcome.status !== 'ok') return undefined;
    return datatypeOf(outcome.object)?.value;
  }

  async update(type: Buffer, bucket: Buffer, key: Buffer, step: DatatypeUpdateStep, options: DatatypeWriteOptions): Promise<DatatypeValue | undefined> {
    const at = location(type, bucket, key);
    const props = this.#props(at);
    const stored = await this.node.put(
      {
        at,
        clock: FRESH,
        // riak_kv_crdt:new/3: what a forwarded put would carry; the coordinating vnode replaces it (below).
        content: () => newFace(DatatypeValue.empty(this.#kind(at, props))),
        coordinate: (vnode, timestamp, check) => coordinateDatatypePut(vnode, at, props, step, timestamp, check),
      },
      props,
      options,
    );
    if (stored === undefined) return undefined;
    return datatypeOf(stored)?.value;
  }

  newKey(): Buffer {
    return Buffer.from(uniqueId62(), 'latin1');
  }

  #props(at: KeyLocation): ResolvedProps {
    const props = this.buckets.bucket(at.type, at.bucket);
    // The handlers checked the type exists; a type gone since is riak_client's no_type.
    if (props === undefined) throw riakError('no_type');
    return props;
  }

  #kind(at: KeyLocation, props: ResolvedProps): DatatypeValue['kind'] {
    if (at.type === DEFAULT_BUCKET_TYPE) return 'counter';
    const kind = props.datatype;
    return kind === 'set' || kind === 'map' || kind === 'hll' || kind === 'gset' ? kind : 'counter';
  }
}

function location(type: Buffer, bucket: Buffer, key: Buffer): KeyLocation {
  return {
    type: type.length === 0 ? DEFAULT_BUCKET_TYPE : type.toString('latin1'),
    bucket: bucket.toString('latin1'),
    key: key.toString('latin1'),
  };
}

/**
 * The coordinating vnode's put of a crdt_op (riak_kv_vnode put_merge with
 * coord=true, riak_object:update/5 with riak_kv_crdt:new/3's fresh clock,
 * then riak_kv_crdt:update/3): a new key, last_write_wins or write_once
 * start from nothing, anything else from the stored object, its clock
 * advanced with this vnode's actor; the step runs on the stored CRDT with
 * the same actor; the other siblings stay beside it. A step that throws
 * (a precondition) stores nothing. `check` sees the size before storing.
 */
export function coordinateDatatypePut(
  vnode: Vnode,
  at: KeyLocation,
  props: ResolvedProps,
  step: DatatypeUpdateStep,
  timestamp: number,
  check: (size: number) => void,
): RiakObject {
  const stored = vnode.get(at);
  const base = stored === undefined || props.lastWriteWins || props.writeOnce ? undefined : stored;
  const vclock = increment(base?.vclock ?? FRESH, vnode.actor, timestamp);
  const next = step(base === undefined ? undefined : datatypeOf(base)?.value, vnode.actor.toString('latin1'));
  const replica = datatypeReplica(vclock, next, newFace(next), base === undefined ? [] : otherContents(base));
  const size = storedObjectSize(replica.vclock, replica.contents);
  check(size);
  vnode.db.set(at.type, at.bucket, at.key, { vclock: replica.vclock, contents: replica.contents, datatype: replica.datatype, size });
  return replica;
}
