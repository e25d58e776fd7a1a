import { Buffer } from 'node:buffer';
import type { BucketRegistry } from '../buckets/bucket-registry.js';
import type { DeleteMode } from '../store/database.js';
import type { ObjectSizeLimits } from '../object-limits.js';
import type { VClock } from '../vclock.js';
import { NetworkState } from './network.js';
import { Prng } from './prng.js';
import { Ring, type NodeName, type PreflistEntry } from './ring.js';
import { Vnode, type KeyLocation } from './vnode.js';

/** What a message to a vnode yields when it never gets there (node down, partition) or its reply is lost. */
export const LOST = Symbol('lost');
export type Delivery<T> = T | typeof LOST;

export interface ClusterConfig {
  readonly nodes: readonly NodeName[];
  readonly ringSize: number;
  readonly seed: number;
  readonly deleteMode: DeleteMode;
  /** Bucket types and props: cluster-wide metadata, shared by every node. */
  readonly buckets: BucketRegistry;
  readonly objectSize: ObjectSizeLimits;
  readonly log: (line: string) => void;
}

interface Reap {
  readonly vnode: Vnode;
  readonly at: KeyLocation;
  readonly vclock: VClock;
}

/**
 * The state of a simulated Riak cluster in one process: the ring, every
 * vnode (primaries per partition on their owners, fallbacks created when
 * a preflist first names them), the network faults, the seeded PRNG, and
 * the background work a test runs with `settle()` (tombstones due for
 * reaping; handoff and anti-entropy are found by scanning the vnodes).
 *
 * Messages to vnodes go through {@link send}: delivered at once
 * (synchronously) unless the target node is slow, dropped when the target
 * is unreachable from the sender, so a request FSM runs to its answer in
 * one synchronous pass whenever no node is slow.
 */
export class SimulatedCluster {
  readonly ring: Ring;
  readonly network = new NetworkState();
  readonly prng: Prng;
  readonly deleteMode: DeleteMode;
  readonly buckets: BucketRegistry;
  readonly objectSize: ObjectSizeLimits;
  readonly log: (line: string) => void;
  readonly #vnodes = new Map<string, Vnode>();
  readonly #timers = new Set<NodeJS.Timeout>();
  /** Reaps due at the next settle(), one per vnode and key (a later get of the same tombstone replaces it). */
  #reaps = new Map<string, Reap>();
  /** Messages delayed by a slow node, not yet delivered. */
  #inFlight = 0;
  #idleWaiters: (() => void)[] = [];
  #closed = false;

  constructor(config: ClusterConfig) {
    this.ring = new Ring({ ringSize: config.ringSize, nodes: config.nodes });
    this.prng = new Prng(config.seed);
    this.deleteMode = config.deleteMode;
    this.buckets = config.buckets;
    this.objectSize = config.objectSize;
    this.log = config.log;
    // Primary vnodes, in partition order: their actor ids come first from the seed.
    for (let index = 0; index < this.ring.ringSize; index++) this.vnode(index, this.ring.owner(index));
  }

  get nodes(): readonly NodeName[] {
    return this.ring.nodes;
  }

  /** The vnode of partition `index` on `node`: the primary on its owner, else a fallback (created on first use). */
  vnode(index: number, node: NodeName): Vnode {
    const id = `${index}/${node}`;
    let vnode = this.#vnodes.get(id);
    if (vnode === undefined) {
      vnode = new Vnode(index, node, this.ring.owner(index) === node, this.prng.bytes(8));
      this.#vnodes.set(id, vnode);
    }
    return vnode;
  }

  /** Every vnode alive now (primaries and fallbacks), in creation order. */
  vnodes(): Vnode[] {
    return [...this.#vnodes.values()];
  }

  /** Drops a fallback vnode once handed off (riak_core deletes it after handoff). */
  dropFallback(vnode: Vnode): void {
    if (vnode.primary) return;
    this.#vnodes.delete(`${vnode.index}/${vnode.node}`);
    vnode.close();
  }

  /** The key's position on the ring (riak_core_util:chash_key/1). */
  hash(at: KeyLocation): bigint {
    return Ring.keyHash(at.type, Buffer.from(at.bucket, 'latin1'), Buffer.from(at.key, 'latin1'));
  }

  /**
   * The preference list `from` computes for a key: with sloppy quorum
   * (riak_core_apl:get_apl_ann) the primaries it reaches then fallbacks for
   * the others; without, only the primaries it reaches (get_primary_apl).
   */
  preflist(from: NodeName, at: KeyLocation, n: number, sloppy: boolean): PreflistEntry[] {
    const hash = this.hash(at);
    const up = (node: NodeName): boolean => this.network.reachable(from, node);
    if (sloppy) return this.ring.preflist(hash, n, up);
    return this.ring.primaries(hash, n).filter((entry) => up(entry.node));
  }

  /**
   * Sends `work` to a vnode from node `from`: `done` gets its result, or
   * {@link LOST} when the vnode is unreachable (now, or when a slow node's
   * delay is over). Synchronous unless the vnode's node is slow.
   */
  send<T>(from: NodeName, vnode: Vnode, work: (vnode: Vnode) => T, done: (result: Delivery<T>) => void): void {
    const delay = this.network.delayOf(vnode.node);
    if (delay === 0) {
      done(this.network.reachable(from, vnode.node) ? work(vnode) : LOST);
      return;
    }
    this.#inFlight++;
    this.timer(delay, () => {
      this.#inFlight--;
      done(!this.#closed && this.network.reachable(from, vnode.node) ? work(vnode) : LOST);
      if (this.#inFlight === 0) for (const wake of this.#idleWaiters.splice(0)) wake();
    });
  }

  /** A real-time timer the cluster clears on close (slow nodes, request timeouts). */
  timer(ms: number, fire: () => void): () => void {
    const handle = setTimeout(() => {
      this.#timers.delete(handle);
      fire();
    }, ms);
    this.#timers.add(handle);
    return () => {
      clearTimeout(handle);
      this.#timers.delete(handle);
    };
  }

  /** Resolves once no message delayed by a slow node is still on its way. */
  idle(): Promise<void> {
    if (this.#inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => this.#idleWaiters.push(resolve));
  }

  /** riak_kv_vnode do_delete with a delete_mode in milliseconds: the tombstone is reaped at the next settle(). */
  scheduleReap(vnode: Vnode, at: KeyLocation, vclock: VClock): void {
    this.#reaps.set(`${vnode.index}/${vnode.node}/${at.type}\u0000${at.bucket}\u0000${at.key}`, { vnode, at, vclock });
  }

  /** Runs the reaps due (all of them: settle() is when delete_mode's delay has passed); returns how many removed a key. */
  runReaps(): number {
    const due = [...this.#reaps.values()];
    this.#reaps.clear();
    let reaped = 0;
    for (const { vnode, at, vclock } of due) {
      // A stopped node lost its timers; a later get schedules the reap again.
      if (this.network.isStopped(vnode.node)) continue;
      if (vnode.reap(at, vclock)) reaped++;
    }
    return reaped;
  }

  /** A node stops: its vnodes' pending timers (reaps) die with it. */
  forgetTimersOf(node: NodeName): void {
    for (const [id, reap] of this.#reaps) if (reap.vnode.node === node) this.#reaps.delete(id);
  }

  close(): void {
    this.#closed = true;
    for (const handle of this.#timers) clearTimeout(handle);
    this.#timers.clear();
    for (const vnode of this.#vnodes.values()) vnode.close();
    for (const wake of this.#idleWaiters.splice(0)) wake();
  }
}
