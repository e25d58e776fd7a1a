import { Buffer, isUtf8 } from 'node:buffer';
import type { TsCell, TsColumnDescription, TsRow } from '../../generated/riak.js';
import { RiakInvalidArgumentError } from '../errors.js';
import { asBuffer } from '../common/bytes.js';
import { has } from '../common/fields.js';
import { describe } from '../common/describe.js';
import { int64Input, int64ToNumber } from '../common/int64.js';

/**
 * Riak TS column types (TsColumnType).
 * @category Search, TS, coverage and cluster
 */
export type TsColumnType = 'varchar' | 'sint64' | 'double' | 'timestamp' | 'boolean';
const COLUMN_TYPES: readonly TsColumnType[] = ['varchar', 'sint64', 'double', 'timestamp', 'boolean'];

/**
 * A column of a TS result.
 * @category Search, TS, coverage and cluster
 */
export interface TsColumn {
  name: string;
  type: TsColumnType;
}

/**
 * A TS cell as read: `varchar` → string (a Buffer when its bytes are not
 * valid UTF-8: no text would write them back unchanged), `sint64` / `double`
 * → number, `timestamp` → Date, `boolean` → boolean, an empty cell → null.
 * @category Search, TS, coverage and cluster
 */
export type TsValue = string | Buffer | number | boolean | Date | null;

/**
 * A TS cell to send. Plain values are typed by what they are: a string or
 * bytes → varchar, a boolean → boolean, a Date → timestamp, a bigint or an
 * integer number → sint64, any other number → double, null → empty. Wrap a
 * value to force a type: `{ double: 2 }`, `{ timestamp: 1700000000000 }`.
 * @category Search, TS, coverage and cluster
 */
export type TsCellInput =
  | string
  | Uint8Array
  | number
  | bigint
  | boolean
  | Date
  | null
  | { varchar: string | Uint8Array }
  | { sint64: number | bigint }
  | { double: number }
  | { timestamp: number | bigint | Date }
  | { boolean: boolean };

/**
 * Converts one cell to send.
 * @category Search, TS, coverage and cluster
 */
export function encodeCell(method: string, option: string, value: TsCellInput): TsCell.$Properties {
  const where = `${method}(): invalid ${option}`;
  if (value === null) return {};
  if (typeof value === 'string') return { varcharValue: Buffer.from(value, 'utf8') };
  if (value instanceof Uint8Array) return { varcharValue: value };
  if (typeof value === 'boolean') return { booleanValue: value };
  if (value instanceof Date) return { timestampValue: timestamp(where, value) };
  if (typeof value === 'bigint') return { sint64Value: int64Input(value, where) };
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RiakInvalidArgumentError(`${where}: ${value} is not a finite number`);
    return Number.isInteger(value) ? { sint64Value: int64Input(value, where) } : { doubleValue: value };
  }
  if (typeof value === 'object') {
    if ('varchar' in value) return encodeCell(method, option, value.varchar);
    if ('sint64' in value) return { sint64Value: int64Input(value.sint64, where) };
    if ('double' in value && typeof value.double === 'number') return { doubleValue: value.double };
    if ('timestamp' in value) return { timestampValue: timestamp(where, value.timestamp) };
    if ('boolean' in value && typeof value.boolean === 'boolean') return { booleanValue: value.boolean };
  }
  throw new RiakInvalidArgumentError(`${where}: cannot store ${describe(value)} in a TS cell`);
}

function timestamp(where: string, value: number | bigint | Date): number {
  if (value instanceof Date) {
    const ms = value.getTime();
    if (Number.isNaN(ms)) throw new RiakInvalidArgumentError(`${where}: invalid Date`);
    return ms;
  }
  return int64Input(value, where);
}

/**
 * Converts a received cell by which field it carries.
 * @category Search, TS, coverage and cluster
 */
export function decodeCell(cell: TsCell.$Properties): TsValue {
  if (has(cell, 'varcharValue') && cell.varcharValue) {
    const bytes = asBuffer(cell.varcharValue);
    return isUtf8(bytes) ? bytes.toString('utf8') : bytes;
  }
  if (has(cell, 'sint64Value')) return int64ToNumber(cell.sint64Value);
  if (has(cell, 'timestampValue')) return new Date(int64ToNumber(cell.timestampValue));
  if (has(cell, 'booleanValue')) return cell.booleanValue === true;
  if (has(cell, 'doubleValue') && typeof cell.doubleValue === 'number') return cell.doubleValue;
  return null;
}

/** @category Search, TS, coverage and cluster */
export function decodeRow(row: TsRow.$Properties): TsValue[] {
  return (row.cells ?? []).map(decodeCell);
}

/** @category Search, TS, coverage and cluster */
export function decodeColumns(columns: TsColumnDescription.$Properties[] | null | undefined): TsColumn[] {
  return (columns ?? []).map((column) => ({ name: asBuffer(column.name).toString('utf8'), type: COLUMN_TYPES[column.type ?? 0] ?? 'varchar' }));
}

/**
 * Converts a row (or key) of cells to send.
 * @category Search, TS, coverage and cluster
 */
export function encodeRow(method: string, option: string, row: readonly TsCellInput[]): TsCell.$Properties[] {
  if (!Array.isArray(row)) throw new RiakInvalidArgumentError(`${method}(): invalid ${option}: expected an array of cells, got ${describe(row)}`);
  return row.map((cell, i) => encodeCell(method, `${option}[${i}]`, cell));
}
