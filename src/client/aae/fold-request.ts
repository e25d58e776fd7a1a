import { Buffer } from 'node:buffer';
import { isTreeSize, TREE_SIZES, type TreeSize } from '../../aae/segment.js';
import { describe } from '../../common/describe.js';
import { invalidOption, readOptions, type OptionSchema, type ReadOptions } from '../options.js';
import type { ChangeMethod, HashMethod, ModifiedRange, SegmentFilter } from './aae-types.js';

/**
 * The request fields of the AAE folds, built from typed options the way
 * riakc_pb_socket's aae_* functions build them: each filter is a boolean
 * (`key_range`, `segment_filter`, `modified_range`) plus its fields, the
 * boolean false for "all".
 */

/** Options every range fold takes (checked by readOptions; the filters are converted here). */
export const RANGE_SCHEMA = { bucket: 'bytes!', type: 'bytes', keyRange: 'custom', modifiedRange: 'custom' } as const satisfies OptionSchema;
export const SEGMENTED_SCHEMA = { ...RANGE_SCHEMA, segmentFilter: 'custom' } as const satisfies OptionSchema;

const UINT32_MAX = 0xffffffff;

function uint(method: string, name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > UINT32_MAX) {
    throw invalidOption(method, name, `expected an integer from 0 to 4294967295, got ${describe(value)}`);
  }
  return value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Uint8Array);
}

/** A date as Riak's 32-bit seconds since the epoch. */
function seconds(method: string, name: string, value: unknown): number {
  if (value instanceof Date) {
    const ms = value.getTime();
    if (Number.isNaN(ms)) throw invalidOption(method, name, 'expected a valid Date');
    return uint(method, name, Math.floor(ms / 1000));
  }
  return uint(method, name, value);
}

/** `modified_range` and its dates (riak_kv_clusteraae_fsm:is_modrange/1 wants start =< end). */
export function modifiedFields(method: string, value: unknown): Record<string, unknown> {
  if (value === undefined) return { modifiedRange: false };
  if (!isPlainObject(value)) throw invalidOption(method, 'modifiedRange', `expected { start, end } (seconds or Dates), got ${describe(value)}`);
  const range = value as Partial<ModifiedRange>;
  const lastModStart = seconds(method, 'modifiedRange.start', range.start);
  const lastModEnd = seconds(method, 'modifiedRange.end', range.end);
  if (lastModStart > lastModEnd) throw invalidOption(method, 'modifiedRange', 'start is after end');
  return { modifiedRange: true, lastModStart, lastModEnd };
}

function keyRangeFields(method: string, value: unknown): Record<string, unknown> {
  if (value === undefined) return { keyRange: false };
  if (!isPlainObject(value)) throw invalidOption(method, 'keyRange', `expected { start, end }, got ${describe(value)}`);
  const start = asBytes(method, 'keyRange.start', value.start);
  const end = asBytes(method, 'keyRange.end', value.end);
  // is_keyrange/1: EndKey >= StartKey as binaries.
  if (Buffer.compare(Buffer.from(end), Buffer.from(start)) < 0) throw invalidOption(method, 'keyRange', 'end sorts before start');
  return { keyRange: true, startKey: start, endKey: end };
}

function asBytes(method: string, name: string, value: unknown): Uint8Array {
  if (typeof value === 'string') return Buffer.from(value, 'utf8');
  if (value instanceof Uint8Array) return value;
  throw invalidOption(method, name, `expected a string or a Uint8Array, got ${describe(value)}`);
}

export function treeSizeValue(method: string, name: string, value: unknown): number {
  if (!isTreeSize(value)) throw invalidOption(method, name, `expected one of ${TREE_SIZES.join(', ')}, got ${describe(value)}`);
  return TREE_SIZES.indexOf(value);
}

/** Segment ids: integers in 0..2^32-1. */
export function segmentIds(method: string, name: string, value: unknown): number[] {
  if (!Array.isArray(value)) throw invalidOption(method, name, `expected an array of segment ids, got ${describe(value)}`);
  return value.map((id, i) => uint(method, `${name}[${i}]`, id));
}

function segmentFields(method: string, value: unknown): Record<string, unknown> {
  if (value === undefined) return { segmentFilter: false };
  if (!isPlainObject(value)) throw invalidOption(method, 'segmentFilter', `expected { segments, treeSize }, got ${describe(value)}`);
  const filter = value as Partial<SegmentFilter>;
  return {
    segmentFilter: true,
    idFilter: segmentIds(method, 'segmentFilter.segments', filter.segments),
    filterTreeSize: treeSizeValue(method, 'segmentFilter.treeSize', filter.treeSize),
  };
}

/** Reads a range fold's options: fields for the wire (bucket, type, key and modified ranges, segment filter when allowed). */
export function rangeFields(method: string, params: unknown, schema: OptionSchema): ReadOptions {
  const read = readOptions(method, params, schema);
  const { params: input, fields } = read;
  Object.assign(fields, keyRangeFields(method, input.keyRange), modifiedFields(method, input.modifiedRange));
  if (Object.hasOwn(schema, 'segmentFilter')) Object.assign(fields, segmentFields(method, input.segmentFilter));
  return read;
}

export function hashFields(method: string, value: unknown): Record<string, unknown> {
  if (value === undefined || value === 'preHash') return { usePrehash: true };
  if (isPlainObject(value) && Object.hasOwn(value, 'rehash')) return { usePrehash: false, initVector: uint(method, 'hashMethod.rehash', value.rehash) };
  throw invalidOption(method, 'hashMethod', `expected 'preHash' or { rehash: number }, got ${describe(value)}`);
}

/** ChangeMethod enum of the reap/erase requests: job = 0, local = 1, count = 2. */
export function changeFields(method: string, value: unknown): Record<string, unknown> {
  if (value === undefined || value === 'local') return { changeMethod: 1 };
  if (value === 'count') return { changeMethod: 2 };
  if (isPlainObject(value) && Object.hasOwn(value, 'job')) return { changeMethod: 0, jobId: uint(method, 'changeMethod.job', value.job) };
  throw invalidOption(method, 'changeMethod', `expected 'local', 'count' or { job: number }, got ${describe(value as ChangeMethod)}`);
}

export const treeSizeOfValue = (value: number): TreeSize | undefined => TREE_SIZES[value];
export type { HashMethod };
