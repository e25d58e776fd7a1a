import type { Buffer } from 'node:buffer';
import type { QuorumValue } from '../buckets/bucket-props.js';
import type { DatatypeValue } from './datatype-value.js';

/** The bucket properties the datatype handlers read. */
export interface DatatypeBucketProps {
  /** Bucket-type `datatype`: counter, set, map, hll or gset; absent for plain KV types. */
  datatype?: string;
  allowMult: boolean;
  nVal: number;
  /** Bucket-type `hll_precision` (4..16); new HLLs use 14 when absent. */
  hllPrecision?: number;
}

/** Where the dev-server core keeps data type values; implemented by the core. */
export interface DatatypeStore {
  /** Bucket props of (type, bucket); throws RiakServerError with Riak's text for an unknown bucket type. */
  bucketProps(type: Buffer, bucket: Buffer): DatatypeBucketProps;
  get(type: Buffer, bucket: Buffer, key: Buffer): DatatypeValue | undefined;
  put(type: Buffer, bucket: Buffer, key: Buffer, value: DatatypeValue): void;
  /** A server-generated key, same generator as KV puts. */
  newKey(): Buffer;
}

/**
 * A fetch's quorum options as riak_kv_pb_crdt / riak_kv_pb_counter pass
 * them to riak_client:get (absent: the bucket's). `nodeConfirms` is raw,
 * as those modules pass it.
 */
export interface DatatypeReadOptions {
  r?: QuorumValue | undefined;
  pr?: QuorumValue | undefined;
  notfoundOk?: boolean | undefined;
  basicQuorum?: boolean | undefined;
  nodeConfirms?: number | undefined;
  sloppyQuorum?: boolean | undefined;
  nVal?: number | undefined;
}

/** An update's quorum options as riak_kv_pb_crdt / riak_kv_pb_counter pass them to riak_client:put. */
export interface DatatypeWriteOptions {
  w?: QuorumValue | undefined;
  dw?: QuorumValue | undefined;
  pw?: QuorumValue | undefined;
  nodeConfirms?: QuorumValue | undefined;
  /** Milliseconds; absent: riak_kv's 60 s. */
  timeout?: number | undefined;
  sloppyQuorum?: boolean | undefined;
  nVal?: number | undefined;
  /** `returnbody`: the update answers with the value written. */
  returnBody: boolean;
}

/**
 * riak_kv_crdt:update's step, run where the write is coordinated: the
 * operation applied to that replica's current value (undefined: none yet)
 * as `actor` (latin1). Throws the request's Riak error (a precondition).
 */
export type DatatypeUpdateStep = (current: DatatypeValue | undefined, actor: string) => DatatypeValue;

/**
 * A store whose reads and writes are quorum requests over replicas (a
 * simulated cluster node's, cluster/cluster-datatypes.ts): a fetch merges
 * the replicas' values, an update runs its step on the coordinating
 * replica. Both settle with Riak's errors as RiakServerError.
 */
export interface DatatypeQuorumStore {
  bucketProps(type: Buffer, bucket: Buffer): DatatypeBucketProps;
  /** A fetch (riak_client:get): the merged value, or undefined when not found. */
  fetch(type: Buffer, bucket: Buffer, key: Buffer, options: DatatypeReadOptions): Promise<DatatypeValue | undefined>;
  /** An update (riak_client:put with a crdt_op): resolves to the value answered with `returnBody`, else undefined. */
  update(type: Buffer, bucket: Buffer, key: Buffer, step: DatatypeUpdateStep, options: DatatypeWriteOptions): Promise<DatatypeValue | undefined>;
  newKey(): Buffer;
}

/** What every datatype request handler needs. */
export interface HandlerContext {
  readonly store: DatatypeStore;
  /** This server's actor id in every CRDT it writes (latin1). */
  readonly actor: string;
  /** Microsecond clock for register writes. */
  readonly now: () => number;
}
