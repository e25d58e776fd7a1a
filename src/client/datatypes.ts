import type { Buffer } from 'node:buffer';
import type { DtFetchResp, DtUpdateResp, DtValue } from '../../generated/riak.js';
import type { MessageInput } from '../codec/message-table.js';
import type { Quorum } from '../codec/quorum.js';
import type { CallOptions } from '../pool/call-options.js';
import { RiakInvalidArgumentError, RiakProtocolError } from '../errors.js';
import { datatypeName, members, type DatatypeName, type DatatypeOp, type DatatypeUpdateResult } from '../datatypes/common.js';
import { counterOp, counterValue, type CounterFetchResult, type CounterUpdateResult } from '../datatypes/counter.js';
import { gsetOp, type GSetFetchResult, type GSetUpdateResult } from '../datatypes/gset.js';
import { hllOp, hllValue, type HllFetchResult, type HllUpdateResult } from '../datatypes/hll.js';
import { decodeMap, emptyMap, type MapFetchResult, type MapUpdateResult, type MapValue } from '../datatypes/map.js';
import { MapUpdate } from '../datatypes/map-update.js';
import { setOp, withSetHelpers, type SetFetchResult, type SetUpdateResult } from '../datatypes/set.js';
import { asBuffer } from '../common/bytes.js';
import { has } from '../common/fields.js';
import { describe } from '../common/describe.js';
import type { Bytes } from './kv-types.js';
import { READ_QUORUM_SCHEMA, WRITE_QUORUM_SCHEMA, readOptions, type OptionSchema } from './options.js';
import type { Transport } from './transport.js';

/**
 * Where a datatype lives. `type` is required: the bucket type fixes the datatype (e.g. `maps`).
 * @category Datatypes
 */
export interface DatatypeLocation {
  type: Bytes;
  bucket: Bytes;
  key: Bytes;
}

/**
 * Options of every datatype fetch (DtFetchReq).
 * @category Datatypes
 */
export interface DatatypeFetchParams extends DatatypeLocation, CallOptions {
  r?: Quorum;
  pr?: Quorum;
  basicQuorum?: boolean;
  notfoundOk?: boolean;
  /** Distinct physical nodes that must answer. */
  nodeConfirms?: Quorum;
  /** Server-side timeout in ms. */
  timeout?: number;
  sloppyQuorum?: boolean;
  nVal?: number;
  /** Return the causal context (default true); needed to remove anything later. */
  includeContext?: boolean;
}

/**
 * Options of every datatype update (DtUpdateReq). Without `key`, Riak generates one and returns it.
 * @category Datatypes
 */
export interface DatatypeUpdateParams extends CallOptions {
  type: Bytes;
  bucket: Bytes;
  key?: Bytes;
  /** The `context` of a previous fetch: required for removals. */
  context?: Uint8Array;
  w?: Quorum;
  dw?: Quorum;
  pw?: Quorum;
  nodeConfirms?: Quorum;
  /** Return the new value (and context). */
  returnBody?: boolean;
  /** With `returnBody`: also return the new context (default true). */
  includeContext?: boolean;
  timeout?: number;
  sloppyQuorum?: boolean;
  nVal?: number;
}

/** @category Datatypes */
export interface CounterUpdateParams extends DatatypeUpdateParams {
  /** Amount to add; negative decrements. */
  increment: number | bigint;
}
/** @category Datatypes */
export interface SetUpdateParams extends DatatypeUpdateParams {
  add?: Bytes | readonly Bytes[];
  /** Members to remove (needs `context`). */
  remove?: Bytes | readonly Bytes[];
}
/** @category Datatypes */
export interface GSetUpdateParams extends DatatypeUpdateParams {
  add: Bytes | readonly Bytes[];
}
/** @category Datatypes */
export interface HllUpdateParams extends DatatypeUpdateParams {
  add: Bytes | readonly Bytes[];
}
/** @category Datatypes */
export interface MapUpdateParams extends DatatypeUpdateParams {
  /** A filled {@link MapUpdate}, or a callback filling a new one. */
  update: MapUpdate | ((map: MapUpdate) => unknown);
}

/**
 * A fetched datatype of any kind, tagged with its `datatype`.
 * @category Datatypes
 */
export type AnyDatatypeFetchResult =
  | ({ datatype: 'counter' } & CounterFetchResult)
  | ({ datatype: 'set' } & SetFetchResult)
  | ({ datatype: 'map' } & MapFetchResult)
  | ({ datatype: 'hll' } & HllFetchResult)
  | ({ datatype: 'gset' } & GSetFetchResult);

const FETCH_SCHEMA: OptionSchema = {
  type: 'bytes!',
  bucket: 'bytes!',
  key: 'bytes!',
  ...READ_QUORUM_SCHEMA,
  includeContext: 'bool',
};

const UPDATE_SCHEMA: OptionSchema = {
  type: 'bytes!',
  bucket: 'bytes!',
  key: 'bytes',
  context: 'bytes',
  ...WRITE_QUORUM_SCHEMA,
  returnBody: 'bool',
  includeContext: 'bool',
};

const contextOf = (message: DtFetchResp | DtUpdateResp): Buffer | undefined =>
  has(message, 'context') && message.context.length > 0 ? asBuffer(message.context) : undefined;

/**
 * DtFetchReq for any datatype: the result says which one it is.
 * @category Datatypes
 */
export async function fetchDatatype(transport: Transport, params: DatatypeFetchParams, method = 'fetchDatatype'): Promise<AnyDatatypeFetchResult> {
  const { fields, call } = readOptions(method, params, FETCH_SCHEMA);
  const response = await transport.request('DtFetchReq', fields as MessageInput<'DtFetchReq'>, call);
  const datatype = datatypeName(response.type);
  const value: DtValue.$Properties | null | undefined = has(response, 'value') ? response.value : undefined;
  const found = value !== undefined && value !== null;
  const context = contextOf(response);
  switch (datatype) {
    case 'counter':
      return { datatype, found, value: counterValue(value?.counterValue ?? 0), context };
    case 'set':
      return withSetHelpers({ datatype, found, value: members(value?.setValue), context });
    case 'gset':
      return withSetHelpers({ datatype, found, value: members(value?.gsetValue), context });
    case 'map':
      return { datatype, found, value: found ? decodeMap(value?.mapValue) : emptyMap(), context };
    case 'hll':
      return { datatype, found, value: hllValue(value?.hllValue ?? 0), context };
    default:
      // Bad server data: DtFetchResp.DataType has no such code.
      throw new RiakProtocolError(`${method}(): Riak answered with an unknown datatype code ${describe(response.type)}`);
  }
}

async function fetchTyped<N extends DatatypeName>(transport: Transport, params: DatatypeFetchParams, expected: N, method: string) {
  const result = await fetchDatatype(transport, params, method);
  if (result.datatype !== expected) {
    throw new RiakInvalidArgumentError(
      `${method}(): bucket type ${describe(asText(params.type))} holds ${result.datatype}s, not ${expected}s; use fetch${capitalize(result.datatype)}() or another bucket type`,
    );
  }
  const { datatype: _datatype, ...rest } = result;
  return rest as Omit<Extract<AnyDatatypeFetchResult, { datatype: N }>, 'datatype'>;
}

/** @category Datatypes */
export function fetchCounter(transport: Transport, params: DatatypeFetchParams): Promise<CounterFetchResult> {
  return fetchTyped(transport, params, 'counter', 'fetchCounter');
}
/** @category Datatypes */
export function fetchSet(transport: Transport, params: DatatypeFetchParams): Promise<SetFetchResult> {
  return fetchTyped(transport, params, 'set', 'fetchSet');
}
/** @category Datatypes */
export function fetchGSet(transport: Transport, params: DatatypeFetchParams): Promise<GSetFetchResult> {
  return fetchTyped(transport, params, 'gset', 'fetchGSet');
}
/** @category Datatypes */
export function fetchHll(transport: Transport, params: DatatypeFetchParams): Promise<HllFetchResult> {
  return fetchTyped(transport, params, 'hll', 'fetchHll');
}
/** @category Datatypes */
export function fetchMap(transport: Transport, params: DatatypeFetchParams): Promise<MapFetchResult> {
  return fetchTyped(transport, params, 'map', 'fetchMap');
}

async function update(
  method: string,
  transport: Transport,
  params: DatatypeUpdateParams,
  extra: OptionSchema,
  makeOp: () => DatatypeOp,
): Promise<DtUpdateResp> {
  const { fields, call } = readOptions(method, params, { ...UPDATE_SCHEMA, ...extra });
  const message = { ...fields, op: makeOp() } as MessageInput<'DtUpdateReq'>;
  return transport.request('DtUpdateReq', message, call);
}

function updateResult<V>(response: DtUpdateResp, value: V | undefined): DatatypeUpdateResult<V> {
  return { key: has(response, 'key') ? asBuffer(response.key) : undefined, value, context: contextOf(response) };
}

/**
 * DtUpdateReq on a counter.
 * @category Datatypes
 */
export async function updateCounter(transport: Transport, params: CounterUpdateParams): Promise<CounterUpdateResult> {
  const response = await update('updateCounter', transport, params, { increment: 'custom!' }, () => counterOp('updateCounter', params.increment));
  return updateResult(response, has(response, 'counterValue') ? counterValue(response.counterValue) : undefined);
}

/**
 * DtUpdateReq on a set: adds and/or removes members.
 * @category Datatypes
 */
export async function updateSet(transport: Transport, params: SetUpdateParams): Promise<SetUpdateResult> {
  const response = await update('updateSet', transport, params, { add: 'custom', remove: 'custom' }, () => setOp('updateSet', params.add, params.remove));
  return updateResult(response, params.returnBody ? members(response.setValue) : undefined);
}

/**
 * DtUpdateReq on a grow-only set: adds members. Riak KV 3.x cannot answer a
 * gset update with `return_body` (riak_pb_dt_codec has no gset reply: the
 * update is stored, then the request crashes and the connection closes), so
 * `returnBody` is served as the update without it followed by a fetch of
 * the key: the members read back may include adds made in between.
 * @category Datatypes
 */
export async function updateGSet(transport: Transport, params: GSetUpdateParams): Promise<GSetUpdateResult> {
  const { fields, call } = readOptions('updateGSet', params, { ...UPDATE_SCHEMA, add: 'custom!' });
  const { returnBody, includeContext, ...updateFields } = fields;
  const op = gsetOp('updateGSet', params.add);
  const response = await transport.request('DtUpdateReq', { ...updateFields, op } as MessageInput<'DtUpdateReq'>, call);
  if (returnBody !== true) return updateResult<Buffer[]>(response, undefined);
  const key = has(response, 'key') ? asBuffer(response.key) : fields.key;
  const fetch = { type: fields.type, bucket: fields.bucket, key, ...(includeContext === undefined ? {} : { includeContext }) };
  const fetched = await transport.request('DtFetchReq', fetch as MessageInput<'DtFetchReq'>, call);
  const value = has(fetched, 'value') ? fetched.value?.gsetValue : undefined;
  return { ...updateResult(response, members(value)), context: contextOf(fetched) };
}

/**
 * DtUpdateReq on a HyperLogLog: adds elements.
 * @category Datatypes
 */
export async function updateHll(transport: Transport, params: HllUpdateParams): Promise<HllUpdateResult> {
  const response = await update('updateHll', transport, params, { add: 'custom!' }, () => hllOp('updateHll', params.add));
  return updateResult(response, has(response, 'hllValue') ? hllValue(response.hllValue) : undefined);
}

/**
 * DtUpdateReq on a map, from a {@link MapUpdate} (or a callback filling one).
 * @category Datatypes
 */
export async function updateMap(transport: Transport, params: MapUpdateParams): Promise<MapUpdateResult> {
  const response = await update('updateMap', transport, params, { update: 'custom!' }, () => ({ mapOp: mapUpdateOf(params.update).toOp() }));
  return updateResult<MapValue>(response, params.returnBody ? decodeMap(response.mapValue) : undefined);
}

function mapUpdateOf(update: MapUpdateParams['update']): MapUpdate {
  let builder: MapUpdate;
  if (update instanceof MapUpdate) builder = update;
  else if (typeof update === 'function') update((builder = new MapUpdate()));
  else throw new RiakInvalidArgumentError(`updateMap(): invalid option \`update\`: expected a MapUpdate or a callback, got ${describe(update)}`);
  if (builder.isEmpty) throw new RiakInvalidArgumentError('updateMap(): invalid option `update`: the map update is empty');
  return builder;
}

function asText(value: Bytes): string {
  return typeof value === 'string' ? value : asBuffer(value).toString('utf8');
}

function capitalize(name: DatatypeName): string {
  return name === 'gset' ? 'GSet' : name === 'hll' ? 'Hll' : name[0].toUpperCase() + name.slice(1);
}
