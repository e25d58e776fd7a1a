import { RiakInvalidArgumentError } from '../errors.js';
import { describe } from './describe.js';

/** The shape of a `long.js` value, which protobufjs returns for 64-bit fields. */
interface LongLike {
  low: number;
  high: number;
  unsigned?: boolean;
}

function isLongLike(value: unknown): value is LongLike {
  return typeof value === 'object' && value !== null && typeof (value as LongLike).low === 'number' && typeof (value as LongLike).high === 'number';
}

/**
 * A decoded 64-bit protobuf field (sint64 counters, uint64 HLL cardinality,
 * int64 partitions, TS integers) as a JS number, exact up to 2^53.
 *
 * The generated types say `number`, but protobufjs decodes 64-bit fields to
 * `Long` objects whenever `long` is installed (it is a protobufjs dependency),
 * whatever `--force-number` told pbts. So every 64-bit read goes through here.
 */
export function int64ToNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (isLongLike(value)) {
    const low = value.low >>> 0;
    return value.unsigned ? (value.high >>> 0) * 2 ** 32 + low : value.high * 2 ** 32 + low;
  }
  return 0;
}

/**
 * A 64-bit integer to send. Numbers must be safe integers; a bigint outside
 * the safe range travels as a decimal string, which protobufjs's writer turns
 * into a `Long` exactly. Typed `number` to fit the generated message types.
 */
export function int64Input(value: number | bigint, option: string): number {
  if (typeof value === 'bigint') {
    if (value < -(2n ** 63n) || value >= 2n ** 64n) throw new RiakInvalidArgumentError(`Invalid ${option}: ${value} does not fit in 64 bits`);
    if (value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)) return Number(value);
    return value.toString() as unknown as number;
  }
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw new RiakInvalidArgumentError(`Invalid ${option}: expected an integer (a safe integer number or a bigint), got ${describe(value)}`);
  }
  return value;
}
