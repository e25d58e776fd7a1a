import type { Buffer } from 'node:buffer';
import type { ResolvedProps } from '../buckets/bucket-registry.js';
import { Database } from '../store/database.js';
import { storedObjectSize } from '../store/object-size.js';
import { coordinatePut, isDeleted, type Content, type RiakObject } from '../store/riak-object.js';
import { sameClock, type VClock } from '../vclock.js';
import { datatypeOf } from './datatype-replica.js';
import { enforceAllowMult, sameObject, syntacticMerge } from './object-merge.js';
import type { NodeName } from './ring.js';

/** Where an object lives: bucket type, bucket and key as byte strings (latin1). */
export interface KeyLocation {
  readonly type: string;
  readonly bucket: string;
  readonly key: string;
}

/**
 * One riak_kv vnode: a partition's replica on one node, with its own vclock
 * actor and its own memory backend. A primary vnode runs on the
 * partition's owner; a fallback vnode runs elsewhere while the owner is
 * unreachable and holds hinted data until handoff. The vnode never reaps
 * tombstones by itself (its Database keeps them): reaping is the cluster's
 * `del` step, per delete_mode.
 */
export class Vnode {
  readonly db = new Database('keep');

  constructor(
    /** The partition number (0 .. ringSize - 1). */
    readonly index: number,
    readonly node: NodeName,
    readonly primary: boolean,
    /** The vclock actor id (riak_kv_vnode's vnodeid): 8 bytes from the cluster's seed. */
    readonly actor: Buffer,
  ) {}

  /** The stored object (tombstones included; a datatype replica with its CRDT, datatype-replica.ts), or undefined. */
  get(at: KeyLocation): RiakObject | undefined {
    const entry = this.db.get(at.type, at.bucket, at.key);
    if (entry === undefined) return undefined;
    return entry.datatype === undefined ? { vclock: entry.vclock, contents: entry.contents } : entry;
  }

  /**
   * The coordinating put (riak_kv_vnode put_merge with coord=true): the
   * incoming value against the local object, this vnode's actor advanced.
   * `check` sees the object before it is stored and may refuse it (size limits).
   */
  coordinatePut(at: KeyLocation, clock: VClock, content: Content, props: ResolvedProps, timestamp: number, check: (size: number) => void): RiakObject {
    const updated = coordinatePut(this.get(at), clock, content, props, this.actor, timestamp);
    const size = storedObjectSize(updated.vclock, updated.contents);
    check(size);
    this.#store(at, updated, size);
    return updated;
  }

  /**
   * A put from elsewhere: the coordinator's object, a read repair, a
   * handoff (put_merge with coord=false): last_write_wins replaces blindly,
   * otherwise syntactic_merge with the local object, then allow_mult is
   * enforced; stored only when it changes anything. Returns what the vnode holds.
   */
  mergePut(at: KeyLocation, incoming: RiakObject, props: ResolvedProps): RiakObject {
    const local = this.get(at);
    let merged: RiakObject;
    if (local === undefined || props.lastWriteWins) merged = incoming;
    else {
      merged = syntacticMerge(local, incoming, props);
      if (sameObject(merged, local)) return local;
    }
    merged = enforceAllowMult(merged, props);
    this.#store(at, merged, storedObjectSize(merged.vclock, merged.contents));
    return merged;
  }

  /** Removes the key if it holds a tombstone, with clock `vclock` when given (riak_kv_vnode final_delete's delete hash). */
  reap(at: KeyLocation, vclock?: VClock): boolean {
    const local = this.get(at);
    if (local === undefined || !isDeleted(local)) return false;
    if (vclock !== undefined && !sameClock(vclock, local.vclock)) return false;
    this.db.remove(at.type, at.bucket, at.key);
    return true;
  }

  /** Every object held (tombstones and datatype replicas too), for handoff and anti-entropy. */
  *objects(types: readonly string[]): Generator<[KeyLocation, RiakObject]> {
    const backend = this.db.backends[0];
    for (const type of types) {
      for (const bucket of [...backend.bucketNames(type)]) {
        for (const [key, entry] of [...backend.entries(type, bucket)]) {
          yield [{ type, bucket, key }, entry.datatype === undefined ? { vclock: entry.vclock, contents: entry.contents } : entry];
        }
      }
    }
  }

  /** Whether the vnode holds nothing (a fallback with nothing left to hand off). */
  get empty(): boolean {
    return this.db.size === 0;
  }

  close(): void {
    this.db.close();
  }

  #store(at: KeyLocation, object: RiakObject, size: number): void {
    this.db.set(at.type, at.bucket, at.key, { vclock: object.vclock, contents: object.contents, datatype: datatypeOf(object), size });
  }
}
