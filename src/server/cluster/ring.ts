import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { termToBinary } from '../../codec/erlang/etf.js';
import { tuple } from '../../codec/erlang/term.js';
import { DEFAULT_BUCKET_TYPE } from '../../common/bucket-type.js';
import { RiakInvalidArgumentError } from '../../errors.js';
import { claimOwners } from './claim.js';

/**
 * The consistent-hashing ring of a simulated cluster, as riak_core computes
 * it: chash.erl (positions, successors), chashbin.erl and riak_core_apl.erl
 * (preference lists, fallbacks), with ownership from claim.ts.
 */

/** An Erlang node name, `dev1@127.0.0.1`. */
export type NodeName = string;

/** One member of a preference list: riak_core_apl's `{{Index, Node}, primary | fallback}`. */
export interface PreflistEntry {
  /** The partition number, 0..ringSize-1 (riak_core_ring_util:hash_to_partition_id). */
  readonly index: number;
  /** The partition's position on the ring (its `Index` in riak_core: index * 2^160 / ringSize). */
  readonly partition: bigint;
  /** The node that serves it: its owner, or a fallback standing in for a down owner. */
  readonly node: NodeName;
  /** false for a fallback (the vnode holds hinted data for `index`). */
  readonly primary: boolean;
}

/** The SHA-1 space: chash's RINGTOP, `trunc(math:pow(2,160)-1)`, which as a float is exactly 2^160. */
export const RING_TOP = 1n << 160n;

/** riak_core's ring_size: a power of 2 from 8 to 1024 (riak_core.schema's validators). */
export const MIN_RING_SIZE = 8;
export const MAX_RING_SIZE = 1024;
export const DEFAULT_RING_SIZE = 64;

/** Throws RiakInvalidArgumentError unless `ringSize` is one riak_core.schema accepts, naming the failed validator's rule. */
export function checkRingSize(ringSize: number): void {
  const why = !Number.isInteger(ringSize)
    ? 'not an integer'
    : ringSize < MIN_RING_SIZE
      ? 'must be at least 8'
      : ringSize > MAX_RING_SIZE
        ? 'larger than 1024 (Riak calls 2048 and above advanced config)'
        : (ringSize & (ringSize - 1)) !== 0
          ? 'not a power of 2'
          : undefined;
  if (why !== undefined) throw new RiakInvalidArgumentError(`Invalid ringSize: ${ringSize} (${why})`);
}

/** chash:ring_increment/1: the distance between partitions. */
export function ringIncrement(ringSize: number): bigint {
  return RING_TOP / BigInt(ringSize);
}

/** A partition's ring position (riak_core's partition `Index`). */
export function partitionPosition(index: number, ringSize: number): bigint {
  return BigInt(index) * ringIncrement(ringSize);
}

/**
 * chashbin:responsible_position/2: the partition a hash belongs to, the first
 * one strictly after `(hash div Inc) * Inc`: `((hash div Inc) + 1) rem RingSize`.
 * A hash exactly on partition i's position belongs to i + 1.
 */
export function responsiblePartition(hash: bigint, ringSize: number): number {
  return Number((hash / ringIncrement(ringSize) + 1n) % BigInt(ringSize));
}

/**
 * riak_core_util:chash_std_keyfun / chash:key_of: SHA-1 of
 * term_to_binary({Bucket, Key}), as an integer, where Bucket is the bucket
 * name for the default type and {Type, Bucket} for any other (riak_kv's
 * typed bucket). A string type is taken as latin1 bytes, as the store keeps names.
 */
export function keyHash(type: string | Buffer, bucket: Buffer, key: Buffer): bigint {
  const typeBytes = typeof type === 'string' ? Buffer.from(type, 'latin1') : type;
  const isDefault = typeBytes.toString('latin1') === DEFAULT_BUCKET_TYPE;
  const erlBucket = isDefault ? bucket : tuple(typeBytes, bucket);
  const digest = createHash('sha1')
    .update(termToBinary(tuple(erlBucket, key)))
    .digest('hex');
  return BigInt(`0x${digest}`);
}

export interface RingOptions {
  /** Partitions: a power of 2, 8..1024. */
  readonly ringSize: number;
  /** The members, in join order; the first one created the ring. At least one, no duplicates. */
  readonly nodes: readonly NodeName[];
  /** riak_core's target_n_val for claim. Default 4, riak_core's default. */
  readonly targetN?: number;
}

/** A claimed ring: who owns each partition, and the preference lists of hashes. */
export class Ring {
  readonly ringSize: number;
  readonly nodes: readonly NodeName[];
  readonly #owners: readonly NodeName[];

  constructor(options: RingOptions) {
    checkRingSize(options.ringSize);
    if (options.nodes.length === 0) throw new RiakInvalidArgumentError('Invalid nodes: a ring needs at least one node');
    if (new Set(options.nodes).size !== options.nodes.length) {
      throw new RiakInvalidArgumentError(`Invalid nodes: ${options.nodes.join(', ')} (duplicate names)`);
    }
    this.ringSize = options.ringSize;
    this.nodes = [...options.nodes];
    this.#owners = claimOwners(options.ringSize, this.nodes, options.targetN);
  }

  /** See {@link keyHash}. */
  static keyHash(type: string | Buffer, bucket: Buffer, key: Buffer): bigint {
    return keyHash(type, bucket, key);
  }

  /** The owner of partition `index` (0..ringSize-1). */
  owner(index: number): NodeName {
    const node = this.#owners[index];
    if (node === undefined) throw new RangeError(`No partition ${index} on a ring of ${this.ringSize}`);
    return node;
  }

  /** Every partition's owner, by partition number (riak_core_ring:all_owners). */
  owners(): readonly NodeName[] {
    return this.#owners;
  }

  /** The partitions `node` owns, in ring order (riak_core_ring:my_indices). */
  indices(node: NodeName): number[] {
    const out: number[] = [];
    this.#owners.forEach((owner, index) => {
      if (owner === node) out.push(index);
    });
    return out;
  }

  /** The partition a hash belongs to (the first of its preference list). */
  responsible(hash: bigint): number {
    return responsiblePartition(hash, this.ringSize);
  }

  /** Every partition number in ring order from the hash's responsible one (chash:successors / riak_core_ring:preflist). */
  successors(hash: bigint): number[] {
    const first = this.responsible(hash);
    return Array.from({ length: this.ringSize }, (_, i) => (first + i) % this.ringSize);
  }

  /**
   * riak_core_apl:get_primary_apl without liveness: the first n partitions
   * after the hash and their owners, all primary. n above ringSize is
   * taken as ringSize (chash:successors' max_n; riak_core_apl itself crashes there).
   */
  primaries(hash: bigint, n: number): PreflistEntry[] {
    return this.successors(hash)
      .slice(0, this.#clampN(n))
      .map((index) => this.#entry(index, this.owner(index), true));
  }

  /**
   * riak_core_apl:get_apl_ann(DocIdx, N, UpNodes) (the chashbin version
   * riak_kv's FSMs call): the primaries whose owner is up, in ring order,
   * then one fallback per down primary, in order. Fallbacks are the owners
   * of the partitions after the first n, walked once in ring order up to
   * (not including) the first primary again; each candidate whose owner is
   * up serves the next down primary's partition and is consumed, a down one
   * is skipped. A node may appear more than once (as a primary and a
   * fallback, or as two fallbacks), as in Riak; fewer than n entries come
   * back when too few candidates are up.
   */
  preflist(hash: bigint, n: number, up: (node: NodeName) => boolean): PreflistEntry[] {
    const count = this.#clampN(n);
    const order = this.successors(hash);
    const primaries = order.slice(0, count);
    const result = primaries.filter((index) => up(this.owner(index))).map((index) => this.#entry(index, this.owner(index), true));
    const down = primaries.filter((index) => !up(this.owner(index)));
    // chashbin's iterator after itr_pop(N): from position N on, stopping when it would reach the start
    // again; with N = ringSize it starts on the first primary and so walks the whole ring.
    const candidates = count === this.ringSize ? order : order.slice(count);
    let next = 0;
    for (const index of down) {
      while (next < candidates.length && !up(this.owner(candidates[next] as number))) next++;
      const candidate = candidates[next++];
      if (candidate === undefined) break;
      result.push(this.#entry(index, this.owner(candidate), false));
    }
    return result;
  }

  #clampN(n: number): number {
    if (!Number.isInteger(n) || n < 0) throw new RiakInvalidArgumentError(`Invalid n_val: ${n} (expected a non-negative integer)`);
    return Math.min(n, this.ringSize);
  }

  #entry(index: number, node: NodeName, primary: boolean): PreflistEntry {
    return { index, partition: partitionPosition(index, this.ringSize), node, primary };
  }
}
