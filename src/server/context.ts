import { Buffer } from 'node:buffer';
import { randomBytes } from 'node:crypto';
import { BucketRegistry, type ResolvedProps } from './buckets/bucket-registry.js';
import { Database, type DeleteMode } from './store/database.js';
import { riakError } from './protocol/replies.js';
import { datatypeHandlers, type DatatypeHandlers } from './datatype-bridge.js';
import { checkWriteSize, type ObjectSizeLimits } from './object-limits.js';
import { BoundedRegexMatcher } from './regex/bounded-matcher.js';
import type { ClusterNodeView } from './cluster/node-view.js';

/** Everything request handlers share: the keyspace, the bucket types, this node's identity. */
export class ServerContext {
  readonly db: Database;
  readonly buckets: BucketRegistry;
  /**
   * Set on the nodes of a simulated cluster (`startDevServer({ nodes })`):
   * KV requests go to the cluster's vnodes through it instead of `db`.
   */
  readonly cluster: ClusterNodeView | undefined;
  /** `db` belongs to this context (closed with it), not to a cluster sharing it between nodes. */
  readonly #ownsDb: boolean;
  /** The vclock actor of this node's vnodes (Riak: a per-vnode id; one node, one id here). */
  readonly actor: Buffer = randomBytes(8);
  /** Keys, buckets or 2i results per streamed frame. */
  readonly streamBatchSize: number;
  readonly nodeName: string;
  readonly serverVersion: string;
  /** Where clients reach this node (RpbMembershipResp); set once listening. */
  host = '127.0.0.1';
  port = 0;
  /** DtFetchReq/DtUpdateReq and legacy counter handlers over this keyspace (see datatype-bridge.ts). */
  readonly datatypes: DatatypeHandlers;
  /** Client regexes (2i term_regex, MapReduce `matches`) run here, off the server thread, with bounded cost. */
  readonly regex = new BoundedRegexMatcher();
  readonly objectSize: ObjectSizeLimits;
  /** Riak's log lines (warnings, errors) go here; the CLI prints them. */
  readonly log: (line: string) => void;

  constructor(options: {
    deleteMode: DeleteMode;
    streamBatchSize: number;
    nodeName: string;
    serverVersion: string;
    objectSize: ObjectSizeLimits;
    log?: ((line: string) => void) | undefined;
    /** A cluster node: the cluster-wide bucket registry, the keyspace the handlers not yet cluster-aware share, and the node's view. */
    cluster?: { buckets: BucketRegistry; db: Database; node: ClusterNodeView } | undefined;
  }) {
    this.db = options.cluster?.db ?? new Database(options.deleteMode);
    this.#ownsDb = options.cluster === undefined;
    this.buckets = options.cluster?.buckets ?? new BucketRegistry();
    this.cluster = options.cluster?.node;
    this.streamBatchSize = options.streamBatchSize;
    this.nodeName = options.nodeName;
    this.serverVersion = options.serverVersion;
    this.objectSize = options.objectSize;
    this.log = options.log ?? (() => {});
    this.datatypes = datatypeHandlers({
      buckets: this.buckets,
      db: this.db,
      actor: this.actor,
      checkWriteSize: (type, bucket, key, size) => checkWriteSize(this, type, bucket, key, size),
    });
  }

  /** Stops what outlives requests: the reaping timer and the regex workers. */
  close(): void {
    if (this.#ownsDb) this.db.close();
    this.regex.close();
  }

  /**
   * The props of a bucket addressed by a KV request, or Riak's `no_type`
   * error (riak_client's consistent_object/2 → {error, no_type}).
   */
  kvBucketProps(type: string, bucket: string): ResolvedProps {
    const props = this.buckets.bucket(type, bucket);
    if (props === undefined) throw riakError('no_type');
    return props;
  }
}

/** Per-connection state (riak_kv_pb_object keeps the legacy client id per connection). */
export class ConnectionState {
  clientId: Buffer = Buffer.from([0, 0, 0, 0]);
}

export interface RequestContext {
  readonly server: ServerContext;
  readonly connection: ConnectionState;
}
