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

/** What every datatype request handler needs. */
export interface HandlerContext {
  readonly store: DatatypeStore;
  /** This server's actor id in every CRDT it writes (latin1). */
  readonly actor: string;
  /** Microsecond clock for register writes. */
  readonly now: () => number;
}
