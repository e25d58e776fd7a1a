import { Buffer } from 'node:buffer';

/**
 * Buckets, keys, bucket types and values: text (sent as UTF-8) or raw bytes.
 * @category Key/value
 */
export type Bytes = string | Uint8Array;

/** Strings become UTF-8 bytes; byte arrays pass through without a copy. */
export function toBytes(value: Bytes): Uint8Array {
  return typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
}

/** A received bytes field as a Buffer view (no copy). */
export function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
