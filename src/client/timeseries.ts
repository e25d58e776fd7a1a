import { Buffer } from 'node:buffer';
import type { MessageInput } from '../codec/message-table.js';
import type { CallOptions } from '../pool/call-options.js';
import { RiakInvalidArgumentError } from '../errors.js';
import { asBuffer } from '../common/bytes.js';
import { describe } from '../common/describe.js';
import { int64ToNumber } from '../common/int64.js';
import type { Bytes } from './kv-types.js';
import { bytesOption, readOptions } from './options.js';
import { BatchedStream } from './batched-stream.js';
import { throwIfAborted } from './riak-stream.js';
import { decodeColumns, decodeRow, encodeRow, type TsCellInput, type TsColumn, type TsValue } from './ts-cells.js';
import type { Transport } from './transport.js';

/**
 * Riak TS over Protocol Buffers (codes 90-101). Only Riak TS builds serve
 * these; Riak KV answers them with an error (`RiakServerError`). TS errors
 * carry `errcode` 1001-1027.
 */

/**
 * Rows with their columns.
 * @category Search, TS, coverage and cluster
 */
export interface TsResult {
  columns: TsColumn[];
  rows: TsValue[][];
}

/** @category Search, TS, coverage and cluster */
export interface TsQueryParams extends CallOptions {
  /** SQL text, e.g. `SELECT * FROM weather WHERE time > 1 AND time < 10 AND region = 'x'`. */
  query: string;
  /** Named parameters interpolated into the query. */
  interpolations?: Record<string, Bytes>;
  /** Restrict to one chunk of a TS coverage plan (`tsCoverage()`). */
  coverContext?: Bytes;
}

/**
 * TsQueryReq: a SQL query (also `CREATE TABLE`, `DESCRIBE`, ...).
 * @category Search, TS, coverage and cluster
 */
export async function tsQuery(transport: Transport, params: TsQueryParams): Promise<TsResult> {
  const { fields, call } = readOptions('tsQuery', params, { query: 'bytes!', interpolations: 'custom', coverContext: 'bytes' });
  const interpolations = params.interpolations;
  if (interpolations !== undefined && (interpolations === null || typeof interpolations !== 'object')) {
    throw new RiakInvalidArgumentError(`tsQuery(): invalid option \`interpolations\`: expected an object, got ${describe(interpolations)}`);
  }
  const message: MessageInput<'TsQueryReq'> = {
    query: {
      base: fields.query as Uint8Array,
      interpolations: Object.entries(interpolations ?? {}).map(([key, value]) => ({
        key: Buffer.from(key),
        value: bytesOption('tsQuery', `interpolations.${key}`, value),
      })),
    },
  };
  if (fields.coverContext !== undefined) message.coverContext = fields.coverContext as Uint8Array;
  const response = await transport.request('TsQueryReq', message, call);
  return { columns: decodeColumns(response.columns), rows: response.rows.map(decodeRow) };
}

/** @category Search, TS, coverage and cluster */
export interface TsGetParams extends CallOptions {
  table: Bytes;
  /** The key cells, in the table's primary-key order. */
  key: readonly TsCellInput[];
  /** Server-side timeout in ms. */
  timeout?: number;
}

/**
 * TsGetReq: one row by key; `row` is undefined when not found.
 * @category Search, TS, coverage and cluster
 */
export async function tsGet(transport: Transport, params: TsGetParams): Promise<{ columns: TsColumn[]; row: TsValue[] | undefined }> {
  const { fields, call } = readOptions('tsGet', params, { table: 'bytes!', key: 'custom!', timeout: 'uint' });
  const message = { ...fields, key: encodeRow('tsGet', '`key`', params.key) } as MessageInput<'TsGetReq'>;
  const response = await transport.request('TsGetReq', message, call);
  return { columns: decodeColumns(response.columns), row: response.rows.length > 0 ? decodeRow(response.rows[0]) : undefined };
}

/** @category Search, TS, coverage and cluster */
export interface TsPutParams extends CallOptions {
  table: Bytes;
  /** Rows of cells, in table column order (or `columns` order). */
  rows: readonly (readonly TsCellInput[])[];
  /** Column names, when rows are not in table column order. */
  columns?: readonly string[];
}

/**
 * TsPutReq: writes rows.
 * @category Search, TS, coverage and cluster
 */
export async function tsPut(transport: Transport, params: TsPutParams): Promise<void> {
  const { fields, call } = readOptions('tsPut', params, { table: 'bytes!', rows: 'custom!', columns: 'custom' });
  if (!Array.isArray(params.rows))
    throw new RiakInvalidArgumentError(`tsPut(): invalid option \`rows\`: expected an array of rows, got ${describe(params.rows)}`);
  const message = {
    table: fields.table,
    rows: params.rows.map((row, i) => ({ cells: encodeRow('tsPut', `\`rows[${i}]\``, row) })),
  } as MessageInput<'TsPutReq'>;
  if (params.columns !== undefined) {
    if (!Array.isArray(params.columns) || params.columns.some((c) => typeof c !== 'string')) {
      throw new RiakInvalidArgumentError(`tsPut(): invalid option \`columns\`: expected an array of column names`);
    }
    message.columns = params.columns.map((name) => ({ name: Buffer.from(name) }));
  }
  await transport.request('TsPutReq', message, call);
}

/** @category Search, TS, coverage and cluster */
export interface TsDeleteParams extends CallOptions {
  table: Bytes;
  key: readonly TsCellInput[];
  vclock?: Uint8Array;
  timeout?: number;
}

/**
 * TsDelReq: deletes one row by key.
 * @category Search, TS, coverage and cluster
 */
export async function tsDelete(transport: Transport, params: TsDeleteParams): Promise<void> {
  const { fields, call } = readOptions('tsDelete', params, { table: 'bytes!', key: 'custom!', vclock: 'bytes', timeout: 'uint' });
  const message = { ...fields, key: encodeRow('tsDelete', '`key`', params.key) } as MessageInput<'TsDelReq'>;
  await transport.request('TsDelReq', message, call);
}

/**
 * TsListKeysReq: every key of a table, one row of key cells at a time as
 * frames arrive, or with `.batches()` each frame's rows as one array.
 * @category Search, TS, coverage and cluster
 */
export function tsListKeys(transport: Transport, params: { table: Bytes; timeout?: number } & CallOptions): BatchedStream<TsValue[]> {
  const { fields, call } = readOptions('tsListKeys', params, { table: 'bytes!', timeout: 'uint' });
  const message = fields as MessageInput<'TsListKeysReq'>;
  return new BatchedStream(async function* () {
    for await (const frame of transport.stream('TsListKeysReq', message, call)) {
      if (frame.keys.length === 0) continue;
      throwIfAborted(call.signal);
      yield frame.keys.map((key) => decodeRow(key));
    }
  }, call.signal);
}

/** @category Search, TS, coverage and cluster */
export interface TsCoverageParams extends CallOptions {
  table: Bytes;
  /** The query whose coverage to plan. */
  query: string;
  /** A chunk that failed: plan a replacement for it. */
  replaceCover?: Bytes;
  /** Other failed chunks, whose nodes to avoid. */
  unavailableCover?: Bytes[];
}

/**
 * One chunk of a TS coverage plan.
 * @category Search, TS, coverage and cluster
 */
export interface TsCoverageEntry {
  host: string;
  port: number;
  /** Pass as `coverContext` to `tsQuery()`. */
  coverContext: Buffer;
  range?: {
    fieldName: string;
    lowerBound: number;
    lowerBoundInclusive: boolean;
    upperBound: number;
    upperBoundInclusive: boolean;
    description: string;
  };
}

/**
 * TsCoverageReq: where each chunk of a query runs.
 * @category Search, TS, coverage and cluster
 */
export async function tsCoverage(transport: Transport, params: TsCoverageParams): Promise<TsCoverageEntry[]> {
  const { fields, call } = readOptions('tsCoverage', params, { table: 'bytes!', query: 'bytes!', replaceCover: 'bytes', unavailableCover: 'bytesList' });
  const { query, ...rest } = fields;
  const message = { ...rest, query: { base: query as Uint8Array } } as MessageInput<'TsCoverageReq'>;
  const response = await transport.request('TsCoverageReq', message, call);
  return response.entries.map((entry) => {
    const out: TsCoverageEntry = { host: asBuffer(entry.ip).toString('utf8'), port: entry.port, coverContext: asBuffer(entry.coverContext) };
    if (entry.range) {
      out.range = {
        fieldName: asBuffer(entry.range.fieldName).toString('utf8'),
        lowerBound: int64ToNumber(entry.range.lowerBound),
        lowerBoundInclusive: entry.range.lowerBoundInclusive,
        upperBound: int64ToNumber(entry.range.upperBound),
        upperBoundInclusive: entry.range.upperBoundInclusive,
        description: asBuffer(entry.range.desc).toString('utf8'),
      };
    }
    return out;
  });
}
