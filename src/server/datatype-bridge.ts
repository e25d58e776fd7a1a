import { Buffer } from 'node:buffer';
import { DEFAULT_BUCKET_TYPE } from '../common/bucket-type.js';
import type { BucketRegistry } from './buckets/bucket-registry.js';
import { ClusterDatatypeStore } from './cluster/cluster-datatypes.js';
import type { ClusterNodeView } from './cluster/node-view.js';
import {
  createDatatypeHandlers,
  createQuorumDatatypeHandlers,
  type DatatypeBucketProps,
  type DatatypeHandlers,
  type DatatypeStore,
  type DatatypeValue,
  type QuorumDatatypeHandlers,
} from './datatypes/handlers.js';
import { formatTerm } from './erlang/format.js';
import { uniqueId62 } from './ids.js';
import { riakError } from './protocol/replies.js';
import type { Database, StoredEntry } from './store/database.js';
import { storedDatatypeSize } from './store/object-size.js';
import { FRESH, gregorianSeconds, increment } from './vclock.js';

/**
 * The contract with the datatype (CRDT) handlers in `./datatypes/`: they
 * implement DtFetchReq/DtUpdateReq and the legacy counters against a
 * {@link DatatypeStore} given by the core, so datatype values live in the
 * same keyspace as KV objects: list keys, 2i `$bucket`, MapReduce bucket
 * inputs see them, and a KV get of one returns its vclock, its
 * `application/riak_<type>` content type and its binary form.
 */
export type { DatatypeHandlers, DatatypeValue, QuorumDatatypeHandlers };

/**
 * What the bridge needs of the server: its keyspace, bucket types, vclock
 * actor and write size check. The server's context builds the bridge, so
 * the bridge names no context type (no import cycle).
 */
export interface DatatypeHost {
  readonly buckets: Pick<BucketRegistry, 'bucket'>;
  readonly db: Pick<Database, 'get' | 'set'>;
  readonly actor: Buffer;
  /** riak_kv's object size check of a write (object-limits.ts): throws the RiakServerError that refuses it. */
  checkWriteSize(type: string, bucket: string, key: string, size: number): void;
}

const typeName = (type: Buffer): string => (type.length === 0 ? DEFAULT_BUCKET_TYPE : type.toString('latin1'));

/** The props the datatype handlers read of (type, bucket), or riak_kv_pb_crdt's text for {error, no_type}. */
function bucketPropsOf(buckets: Pick<BucketRegistry, 'bucket'>, type: Buffer, bucket: Buffer): DatatypeBucketProps {
  const props = buckets.bucket(typeName(type), bucket.toString('latin1'));
  if (props === undefined) throw riakError(`Error no bucket type \`${formatTerm(Buffer.from(type))}\``);
  const out: DatatypeBucketProps = { allowMult: props.allowMult, nVal: props.nVal };
  if (props.datatype !== undefined) out.datatype = props.datatype;
  const precision = props.props.get('hll_precision');
  if (typeof precision === 'number') out.hllPrecision = precision;
  return out;
}

/** The keyspace as the datatype handlers see it. */
export function createDatatypeStore(server: DatatypeHost): DatatypeStore {
  return {
    bucketProps: (type, bucket) => bucketPropsOf(server.buckets, type, bucket),
    get(type, bucket, key) {
      const entry = server.db.get(typeName(type), bucket.toString('latin1'), key.toString('latin1'));
      return entry?.datatype?.value;
    },
    put(type, bucket, key, value) {
      const t = typeName(type);
      const b = bucket.toString('latin1');
      const k = key.toString('latin1');
      const stored = server.db.get(t, b, k);
      const vclock = increment(stored?.vclock ?? FRESH, server.actor, gregorianSeconds());
      // riak_kv_crdt objects go through the same vnode size check (the CRDT binary here is not Riak's, so the size is close, not exact).
      const size = storedDatatypeSize(vclock, value.toBinary(), value.contentType);
      server.checkWriteSize(t, b, k, size);
      const entry: StoredEntry = { vclock, contents: [], datatype: { datatype: value.kind, value }, size };
      server.db.set(t, b, k, entry);
    },
    newKey() {
      return Buffer.from(uniqueId62(), 'latin1');
    },
  };
}

export function datatypeHandlers(server: DatatypeHost): DatatypeHandlers {
  return createDatatypeHandlers(createDatatypeStore(server), { actor: server.actor });
}

/** What a node of a simulated cluster offers the datatype handlers: the cluster's bucket types and the node's view. */
export interface ClusterDatatypeHost {
  readonly buckets: Pick<BucketRegistry, 'bucket'>;
  readonly cluster: ClusterNodeView | undefined;
}

const clusterHandlers = new WeakMap<ClusterDatatypeHost, QuorumDatatypeHandlers>();

/**
 * On a node of a simulated cluster, the datatype handlers over its vnodes
 * (cluster/cluster-datatypes.ts: the get and put FSMs, quorums, faults)
 * instead of a keyspace; undefined on a one-node server, whose handlers
 * stay those of {@link datatypeHandlers}. One set per node.
 */
export function clusterDatatypeHandlers(server: ClusterDatatypeHost): QuorumDatatypeHandlers | undefined {
  const node = server.cluster;
  if (node === undefined) return undefined;
  let handlers = clusterHandlers.get(server);
  if (handlers === undefined) {
    const store = new ClusterDatatypeStore(node, server.buckets, (type, bucket) => bucketPropsOf(server.buckets, type, bucket));
    handlers = createQuorumDatatypeHandlers(store);
    clusterHandlers.set(server, handlers);
  }
  return handlers;
}
