import { Buffer } from 'node:buffer';

/**
 * Append-only storage for the in-memory backend's encoded records: 1 MiB
 * slabs, each record a 4-byte length then its bytes, 8-byte aligned. A
 * record is addressed by a number (slab index and offset), which V8 keeps
 * unboxed below 2^31, so a stored key costs its Map entry, its key string
 * and its record, and no object of its own. Records never move while a
 * view of them is out: rewriting a key appends, and space freed by
 * overwrites and deletes comes back when a slab empties or when the owner
 * copies the live records to a fresh arena ({@link wasteful}).
 */
const SLAB_BYTES = 1 << 20;
/** Offsets are stored in 8-byte units. */
const UNITS_PER_SLAB = SLAB_BYTES / 8;
/** A record above this gets a slab of its own, so big values waste no slab tail. */
const OWN_SLAB_BYTES = SLAB_BYTES / 4;

export class RecordArena {
  readonly #slabs: (Buffer | undefined)[] = [];
  readonly #live: number[] = [];
  #current = -1;
  #offset = SLAB_BYTES;
  #liveBytes = 0;
  #allocatedBytes = 0;

  /** Bytes held by live records. */
  get liveBytes(): number {
    return this.#liveBytes;
  }

  /** Bytes of slabs still allocated. */
  get allocatedBytes(): number {
    return this.#allocatedBytes;
  }

  /** More than half the slabs' bytes are garbage (and enough to be worth a copy). */
  get wasteful(): boolean {
    return this.#allocatedBytes > 32 * SLAB_BYTES && this.#liveBytes * 2 < this.#allocatedBytes;
  }

  /** Copies `record` in and returns its address. */
  append(record: Uint8Array): number {
    const size = (4 + record.length + 7) & ~7;
    if (size > OWN_SLAB_BYTES) return this.#appendOwn(record, size);
    if (this.#offset + size > SLAB_BYTES) this.#newSlab();
    const slab = this.#slabs[this.#current] as Buffer;
    const at = this.#offset;
    slab.writeUInt32LE(record.length, at);
    slab.set(record, at + 4);
    this.#offset += size;
    this.#live[this.#current] += size;
    this.#liveBytes += size;
    return this.#current * UNITS_PER_SLAB + at / 8;
  }

  /** The record at `address`: a view, valid for as long as it is held. */
  get(address: number): Buffer {
    const slab = this.#slabs[Math.floor(address / UNITS_PER_SLAB)] as Buffer;
    const at = (address % UNITS_PER_SLAB) * 8;
    return slab.subarray(at + 4, at + 4 + slab.readUInt32LE(at));
  }

  /** Marks the record at `address` as garbage; a slab with nothing live left is dropped. */
  free(address: number): void {
    const index = Math.floor(address / UNITS_PER_SLAB);
    const slab = this.#slabs[index] as Buffer;
    const at = (address % UNITS_PER_SLAB) * 8;
    const size = (4 + slab.readUInt32LE(at) + 7) & ~7;
    this.#live[index] -= size;
    this.#liveBytes -= size;
    if (this.#live[index] === 0 && index !== this.#current) {
      this.#allocatedBytes -= slab.length;
      this.#slabs[index] = undefined;
    }
  }

  #newSlab(): void {
    this.#current = this.#slabs.length;
    this.#slabs.push(Buffer.allocUnsafeSlow(SLAB_BYTES));
    this.#live.push(0);
    this.#offset = 0;
    this.#allocatedBytes += SLAB_BYTES;
  }

  #appendOwn(record: Uint8Array, size: number): number {
    const index = this.#slabs.length;
    const slab = Buffer.allocUnsafeSlow(size);
    slab.writeUInt32LE(record.length, 0);
    slab.set(record, 4);
    this.#slabs.push(slab);
    this.#live.push(size);
    this.#liveBytes += size;
    this.#allocatedBytes += size;
    return index * UNITS_PER_SLAB;
  }
}
