/**
 * Reading decoded protobufjs messages. Absent optional fields show their
 * default through the prototype (`CounterOp.increment` reads 0,
 * `MapUpdate.flagOp` reads ENABLE), so presence means an own, non-null
 * property: common/fields.ts's hasValue.
 */
import { Buffer } from 'node:buffer';

/** An int64 field as a number: protobufjs decodes 64-bit integers to `Long` objects when long.js is installed. */
export function int64(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string') return Number(value);
  if (typeof value === 'object' && value !== null && 'toNumber' in value && typeof value.toNumber === 'function') {
    return Number(value.toNumber());
  }
  throw new TypeError('not an integer');
}

/** Bytes as latin1 text, one char per byte: how the CRDTs keep binaries. */
export function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

export function fromLatin1(text: string): Buffer {
  return Buffer.from(text, 'latin1');
}

export function repeated<T>(values: readonly T[] | null | undefined): readonly T[] {
  return values ?? [];
}
