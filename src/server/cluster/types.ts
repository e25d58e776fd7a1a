/**
 * The public face of the simulated cluster (`startDevServer({ nodes: 5 })`),
 * exported from `riak-pb/dev-server`.
 */
import type { Buffer } from 'node:buffer';

/** One virtual node's PB listener. */
export interface DevServerNode {
  /** The Erlang node name, as RpbGetServerInfoResp and preflists report it: `dev1@127.0.0.1` ... */
  readonly name: string;
  readonly host: string;
  /** Its own TCP port; kept across `stop`/`start`. */
  readonly port: number;
  /** `riak://host:port`. */
  readonly url: string;
}

/** A key, as `replicas()` and `primaries()` take it (the client's location shape). */
export interface ClusterKey {
  /** Bucket type; default `default`. */
  readonly type?: string | Buffer;
  readonly bucket: string | Buffer;
  readonly key: string | Buffer;
}

/** One sibling of a replica. */
export interface ReplicaSibling {
  readonly value: Buffer;
  /** A tombstone (X-Riak-Deleted). */
  readonly deleted: boolean;
  readonly contentType: string | undefined;
}

/** A key's copy on one vnode, as `replicas()` reports it. */
export interface ReplicaView {
  /** The node the vnode runs on. */
  readonly node: string;
  /** The partition number, 0 .. ringSize - 1. */
  readonly partition: number;
  /** True on the partition's owner; false on a fallback holding hinted data. */
  readonly primary: boolean;
  /** The siblings in Riak's stored order (one unless allow_mult kept concurrent writes). */
  readonly siblings: readonly ReplicaSibling[];
  /** Every sibling is a tombstone. */
  readonly deleted: boolean;
  /** The copy's vclock, encoded as Riak sends it (comparable with a get's `vclock`). */
  readonly vclock: Buffer;
  /**
   * On a key written through the datatype API (DtUpdateReq, legacy
   * counters): the CRDT this copy holds, decoded. Its binary form is the
   * first sibling's value (`application/riak_<type>`). Absent on KV objects.
   */
  readonly datatype?: ReplicaDatatype;
}

/** A datatype replica's value, as a fetch of that one copy would answer it. Members, names and registers are the exact bytes. */
export type ReplicaDatatype =
  | { readonly type: 'counter'; readonly value: number }
  | { readonly type: 'set'; readonly value: readonly Buffer[] }
  | { readonly type: 'gset'; readonly value: readonly Buffer[] }
  | { readonly type: 'hll'; readonly value: number }
  | { readonly type: 'map'; readonly value: readonly ReplicaMapField[] };

/** A field of a map replica, in riak_dt_map's order (name, then type); a register written without a value is empty. */
export type ReplicaMapField =
  | { readonly name: Buffer; readonly type: 'counter'; readonly value: number }
  | { readonly name: Buffer; readonly type: 'set'; readonly value: readonly Buffer[] }
  | { readonly name: Buffer; readonly type: 'register'; readonly value: Buffer }
  | { readonly name: Buffer; readonly type: 'flag'; readonly value: boolean }
  | { readonly name: Buffer; readonly type: 'map'; readonly value: readonly ReplicaMapField[] };

/** A primary vnode of a key's preference list. */
export interface PrimaryVnode {
  readonly node: string;
  readonly partition: number;
}

/** What `settle()` runs besides hinted handoff and reaping. */
export interface ClusterSettleOptions {
  /** Repair replicas that differ between primaries that reach each other (AAE exchanges). Default true. */
  readonly antiEntropy?: boolean;
}

/**
 * Faults and inspection of a simulated cluster, on `server.cluster`.
 * Node arguments take the full name (`dev2@127.0.0.1`) or the short one
 * (`dev2`); an unknown node throws `RiakInvalidArgumentError`.
 */
export interface ClusterControl {
  /** Every node's name, `dev1@127.0.0.1` first. */
  readonly nodes: readonly string[];
  /**
   * Stops a node: its listener closes, its client connections drop, its
   * vnodes stop answering (requests see it as down and use fallbacks);
   * its data is kept. Resolves once the listener is closed. A no-op on a
   * stopped node.
   */
  stop(node: string): Promise<void>;
  /** Starts a stopped node again on the same port; hinted data waits for `settle()` to be handed back. */
  start(node: string): Promise<void>;
  /**
   * Splits the cluster: each group reaches only its own members, and sees
   * the others as down (sloppy quorum then uses fallbacks on its side).
   * Nodes in no group form one more group together. Replaces any partition in force.
   */
  partition(...groups: string[][]): void;
  /** Ends the partition. */
  heal(): void;
  /** Delays every request to the node's vnodes by `ms` of real time (0: back to normal); a request `timeout` can then expire. */
  slow(node: string, ms: number): void;
  /**
   * Runs background work to completion: waits for requests a slow node
   * delays, hands hinted data back to reachable primaries, repairs
   * divergent primaries (anti-entropy, unless turned off) and reaps the
   * tombstones delete_mode's delay holds.
   */
  settle(options?: ClusterSettleOptions): Promise<void>;
  /** The copies of a key on every vnode that holds one (tombstones too), primaries first. */
  replicas(key: ClusterKey): Promise<ReplicaView[]>;
  /** The key's n_val primary vnodes (the ring's owners, whether up or not), in preference-list order. */
  primaries(key: ClusterKey): PrimaryVnode[];
}
