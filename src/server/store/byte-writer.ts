import { Buffer } from 'node:buffer';

/**
 * A growable byte writer and a matching reader for the store's compact
 * encodings. Lengths and counts are unsigned LEB128 varints, computed with
 * arithmetic rather than bit operations so values up to 2^53 survive
 * (vclock timestamps are Gregorian seconds, above 2^32).
 */
export class ByteWriter {
  #buffer: Buffer;
  #length = 0;

  constructor(initial = 1024) {
    this.#buffer = Buffer.allocUnsafe(initial);
  }

  get length(): number {
    return this.#length;
  }

  reset(): void {
    this.#length = 0;
  }

  /** The bytes written so far: a view, valid until the next write or reset. */
  view(): Buffer {
    return this.#buffer.subarray(0, this.#length);
  }

  #room(bytes: number): void {
    if (this.#length + bytes <= this.#buffer.length) return;
    let size = this.#buffer.length * 2;
    while (size < this.#length + bytes) size *= 2;
    const grown = Buffer.allocUnsafe(size);
    this.#buffer.copy(grown, 0, 0, this.#length);
    this.#buffer = grown;
  }

  byte(value: number): void {
    this.#room(1);
    this.#buffer[this.#length++] = value;
  }

  varint(value: number): void {
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`cannot store ${value} as an unsigned varint`);
    this.#room(8);
    let rest = value;
    while (rest >= 0x80) {
      this.#buffer[this.#length++] = (rest % 0x80) | 0x80;
      rest = Math.floor(rest / 0x80);
    }
    this.#buffer[this.#length++] = rest;
  }

  raw(bytes: Uint8Array): void {
    this.#room(bytes.length);
    this.#buffer.set(bytes, this.#length);
    this.#length += bytes.length;
  }

  /** Length-prefixed bytes. */
  bytes(bytes: Uint8Array): void {
    this.varint(bytes.length);
    this.raw(bytes);
  }

  /** A byte string (one char per byte), length-prefixed. */
  latin1(text: string): void {
    this.varint(text.length);
    this.#room(text.length);
    this.#length += this.#buffer.write(text, this.#length, 'latin1');
  }
}

export class ByteReader {
  #offset: number;

  constructor(
    readonly buffer: Buffer,
    offset = 0,
  ) {
    this.#offset = offset;
  }

  get done(): boolean {
    return this.#offset >= this.buffer.length;
  }

  byte(): number {
    if (this.#offset >= this.buffer.length) throw new RangeError('stored record ends early');
    return this.buffer[this.#offset++];
  }

  varint(): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      const b = this.byte();
      value += (b & 0x7f) * scale;
      if (b < 0x80) return value;
      scale *= 0x80;
    }
  }

  /** The next `length` bytes, as a view into the record (no copy). */
  raw(length: number): Buffer {
    const start = this.#offset;
    if (start + length > this.buffer.length) throw new RangeError('stored record ends early');
    this.#offset += length;
    return this.buffer.subarray(start, start + length);
  }

  /** Length-prefixed bytes, as a view into the record (no copy). */
  bytes(): Buffer {
    const length = this.varint();
    const start = this.#offset;
    if (start + length > this.buffer.length) throw new RangeError('stored record ends early');
    this.#offset += length;
    return this.buffer.subarray(start, start + length);
  }

  latin1(): string {
    const length = this.varint();
    const start = this.#offset;
    if (start + length > this.buffer.length) throw new RangeError('stored record ends early');
    this.#offset += length;
    return this.buffer.toString('latin1', start, start + length);
  }
}
