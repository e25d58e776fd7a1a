import { Buffer } from 'node:buffer';
import { getSegment, SEGMENTS_PER_BRANCH, tictacHash, treeWidth, type TreeSize } from './segment.js';

/**
 * A tictac tree (leveled_tictac's `#tictactree{}`): `width` branch hashes
 * (level one) over `width * 256` segment hashes (level two), all 32-bit.
 * Adding a key XORs its change hash into its segment and into that
 * segment's branch, so a tree is the XOR of its keys: built in any order,
 * or merged from trees of disjoint key sets, it comes out the same.
 *
 * On the wire (RpbAaeFoldTreeResp) level one is `width * 4` bytes and a
 * branch `256 * 4` bytes, each hash big-endian.
 * @category AAE and replication
 */
export class TictacTree {
  readonly size: TreeSize;
  readonly width: number;
  readonly #root: Uint32Array;
  /** Branches never touched stay unallocated (leveled keeps `<<0>>` for them). */
  readonly #branches: (Uint32Array | undefined)[];

  constructor(size: TreeSize) {
    this.size = size;
    this.width = treeWidth(size);
    this.#root = new Uint32Array(this.width);
    this.#branches = new Array<Uint32Array | undefined>(this.width);
  }

  /** Segments in this tree. */
  get segmentCount(): number {
    return this.width * SEGMENTS_PER_BRANCH;
  }

  /**
   * leveled_tictac:add_kv/4 with an `{is_hash, ValueHash}` value: adds a key
   * (its binary key) holding a value whose 32-bit hash is `valueHash`.
   * Returns the segment it changed.
   */
  add(binKey: Uint8Array, valueHash: number): number {
    const { segmentHash, changeHash } = tictacHash(binKey, valueHash);
    const segment = getSegment(segmentHash, this.size);
    this.xorSegment(segment, changeHash);
    return segment;
  }

  /** XORs `hash` into one segment and its branch hash. */
  xorSegment(segment: number, hash: number): void {
    if (!Number.isInteger(segment) || segment < 0 || segment >= this.segmentCount) throw new RangeError(`segment ${segment} is outside a ${this.size} tree`);
    const branch = segment >>> 8;
    const leaves = (this.#branches[branch] ??= new Uint32Array(SEGMENTS_PER_BRANCH));
    leaves[segment & 0xff] = (leaves[segment & 0xff] ^ hash) >>> 0;
    this.#root[branch] = (this.#root[branch] ^ hash) >>> 0;
  }

  /** The level-one hashes, one per branch (a copy). */
  rootHashes(): Uint32Array {
    return this.#root.slice();
  }

  /** The 256 segment hashes of a branch (a copy; zeros for an untouched branch). */
  branchHashes(branch: number): Uint32Array {
    this.#checkBranch(branch);
    return this.#branches[branch]?.slice() ?? new Uint32Array(SEGMENTS_PER_BRANCH);
  }

  /** The hash of one segment. */
  segmentHash(segment: number): number {
    if (!Number.isInteger(segment) || segment < 0 || segment >= this.segmentCount) throw new RangeError(`segment ${segment} is outside a ${this.size} tree`);
    return this.#branches[segment >>> 8]?.[segment & 0xff] ?? 0;
  }

  /** leveled_tictac:fetch_root/1: level one as bytes (big-endian hashes). */
  rootBytes(): Buffer {
    return hashesToBytes(this.#root);
  }

  /** A branch as bytes (256 big-endian hashes; zeros for an untouched branch). */
  branchBytes(branch: number): Buffer {
    this.#checkBranch(branch);
    const leaves = this.#branches[branch];
    return leaves === undefined ? Buffer.alloc(SEGMENTS_PER_BRANCH * 4) : hashesToBytes(leaves);
  }

  /** Sets a branch from its 256 hashes, keeping level one consistent (used to rebuild a received tree). */
  setBranch(branch: number, hashes: Uint32Array): void {
    this.#checkBranch(branch);
    if (hashes.length !== SEGMENTS_PER_BRANCH) throw new RangeError(`a branch has ${SEGMENTS_PER_BRANCH} segment hashes, got ${hashes.length}`);
    let xor = 0;
    for (const h of hashes) xor ^= h;
    this.#branches[branch] = hashes.slice();
    this.#root[branch] = xor >>> 0;
  }

  /**
   * leveled_tictac:merge_trees/2: the tree of both key sets (XOR of every
   * hash). Both trees must have the same size.
   */
  merge(other: TictacTree): TictacTree {
    if (other.size !== this.size) throw new RangeError(`cannot merge a ${this.size} tree with a ${other.size} tree`);
    const merged = new TictacTree(this.size);
    for (let b = 0; b < this.width; b++) {
      merged.#root[b] = (this.#root[b] ^ other.#root[b]) >>> 0;
      const mine = this.#branches[b];
      const theirs = other.#branches[b];
      if (mine === undefined && theirs === undefined) continue;
      const leaves = new Uint32Array(SEGMENTS_PER_BRANCH);
      for (let i = 0; i < SEGMENTS_PER_BRANCH; i++) leaves[i] = ((mine?.[i] ?? 0) ^ (theirs?.[i] ?? 0)) >>> 0;
      merged.#branches[b] = leaves;
    }
    return merged;
  }

  /** Whether both trees hold the same hashes. */
  equals(other: TictacTree): boolean {
    return other.size === this.size && this.dirtySegments(other).length === 0;
  }

  /** leveled_tictac:find_dirtysegments/2 on the roots: branch ids whose hashes differ, ascending. */
  dirtyBranches(other: TictacTree): number[] {
    if (other.size !== this.size) throw new RangeError(`cannot compare a ${this.size} tree with a ${other.size} tree`);
    return differingIndexes(this.#root, other.#root);
  }

  /** leveled_tictac:find_dirtyleaves/2: segment ids whose hashes differ, ascending (leveled leaves them unsorted). */
  dirtySegments(other: TictacTree): number[] {
    const out: number[] = [];
    for (const branch of this.dirtyBranches(other)) {
      for (const leaf of differingIndexes(this.branchHashes(branch), other.branchHashes(branch))) out.push(branch * SEGMENTS_PER_BRANCH + leaf);
    }
    return out;
  }

  #checkBranch(branch: number): void {
    if (!Number.isInteger(branch) || branch < 0 || branch >= this.width) throw new RangeError(`branch ${branch} is outside a ${this.size} tree`);
  }
}

/** Big-endian 32-bit hashes as bytes. */
export function hashesToBytes(hashes: Uint32Array): Buffer {
  const out = Buffer.allocUnsafe(hashes.length * 4);
  for (let i = 0; i < hashes.length; i++) out.writeUInt32BE(hashes[i], i * 4);
  return out;
}

/** Bytes as big-endian 32-bit hashes; the length must be a multiple of 4. */
export function bytesToHashes(bytes: Uint8Array): Uint32Array {
  if (bytes.length % 4 !== 0) throw new RangeError(`hash bytes must come in fours, got ${bytes.length}`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Uint32Array(bytes.length / 4);
  for (let i = 0; i < out.length; i++) out[i] = view.getUint32(i * 4, false);
  return out;
}

/**
 * Indexes where two hash arrays differ, ascending (leveled's segmentcompare;
 * a missing side counts as zeros).
 * @category AAE and replication
 */
export function differingIndexes(a: Uint32Array, b: Uint32Array): number[] {
  const out: number[] = [];
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) out.push(i);
  return out;
}
