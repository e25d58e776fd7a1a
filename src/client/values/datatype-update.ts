import type { Buffer } from 'node:buffer';
import type { DtOp, DtUpdateResp } from '../../../generated/riak.js';
import type { MessageInput } from '../../codec/message-table.js';
import type { CallOptions } from '../../pool/call-options.js';
import { RiakInvalidArgumentError } from '../../errors.js';
import { members, type DatatypeName } from '../../datatypes/common.js';
import { counterValue, type CounterFetchResult } from '../../datatypes/counter.js';
import type { GSetFetchResult } from '../../datatypes/gset.js';
import { hllValue, type HllFetchResult } from '../../datatypes/hll.js';
import { decodeMap, type MapFetchResult, type MapValue } from '../../datatypes/map.js';
import { MapUpdate } from '../../datatypes/map-update.js';
import type { SetFetchResult } from '../../datatypes/set.js';
import { asBuffer } from '../../common/bytes.js';
import { updateGSet, type AnyDatatypeFetchResult, type DatatypeLocation, type GSetUpdateParams } from '../datatypes.js';
import { describe } from '../../common/describe.js';
import { int64Input } from '../../common/int64.js';
import { READ_QUORUM_SCHEMA, WRITE_QUORUM_SCHEMA, readOptions } from '../options.js';
import { CounterUpdate, GSetUpdate, HllUpdate, SetUpdate } from './datatype-builders.js';
import { presentMembers, pruneMapOp } from './datatype-prune.js';
import { NO_CHANGE, type NoChange } from './no-change.js';
import type { ValueClient } from './value-client.js';
import type { ReadQuorumOptions, WriteQuorumOptions } from './value-options.js';

/**
 * Per datatype: its value, the builder an update function fills, and its fetch result.
 * @category Values and conflicts
 */
export interface DatatypeKinds {
  counter: { value: number; update: CounterUpdate; fetched: CounterFetchResult };
  set: { value: Buffer[]; update: SetUpdate; fetched: SetFetchResult };
  map: { value: MapValue; update: MapUpdate; fetched: MapFetchResult };
  hll: { value: number; update: HllUpdate; fetched: HllFetchResult };
  gset: { value: Buffer[]; update: GSetUpdate; fetched: GSetFetchResult };
}

/**
 * The change of an `updateDatatype()`: reads the current value (the empty
 * value when the key holds none) and fills `update`; returning
 * {@link NO_CHANGE}, or leaving `update` empty, writes nothing. `fetched` is
 * the whole fetch (sets: `has()`, `strings()`).
 * @category Values and conflicts
 */
export type DatatypeChange<D extends DatatypeName> = (
  current: DatatypeKinds[D]['value'],
  update: DatatypeKinds[D]['update'],
  fetched: DatatypeKinds[D]['fetched'],
) => void | NoChange | Promise<void | NoChange>;

/**
 * Options of `updateDatatype()`: where, which datatype, the change, and the fetch's and update's options.
 * @category Values and conflicts
 */
export interface UpdateDatatypeParams<D extends DatatypeName> extends DatatypeLocation, CallOptions, ReadQuorumOptions, WriteQuorumOptions {
  /** The datatype the bucket type holds: it types `update`'s arguments (checked against what Riak says). */
  datatype: D;
  update: DatatypeChange<D>;
  /** Create the object when the key holds none (default true); with false, a missing key is left missing. */
  create?: boolean | undefined;
}

/**
 * What `updateDatatype()` resolves with.
 * @category Values and conflicts
 */
export interface UpdateDatatypeResult<D extends DatatypeName> {
  /** False when nothing was sent (`NO_CHANGE`, an empty update, only moot removes, or a missing key with `create: false`). */
  written: boolean;
  /** Whether the key held the datatype before the update. */
  found: boolean;
  /** The value after the call: the updated value when written, the fetched one otherwise. */
  value: DatatypeKinds[D]['value'];
  /** The causal context of `value` (sets, maps, gsets). */
  context: Buffer | undefined;
}

interface Kind<D extends DatatypeName> {
  builder(): DatatypeKinds[D]['update'];
  /** The DtOp of a filled builder without moot removes, or undefined when nothing is left to send. */
  op(update: DatatypeKinds[D]['update'], current: DatatypeKinds[D]['value']): DtOp.$Properties | undefined;
  value(response: DtUpdateResp): DatatypeKinds[D]['value'];
}

const KINDS: { [D in DatatypeName]: Kind<D> } = {
  counter: {
    builder: () => new CounterUpdate(),
    op: (update) =>
      update.amount === 0 || update.amount === 0n ? undefined : { counterOp: { increment: int64Input(update.amount, 'the counter increment') } },
    value: (response) => counterValue(response.counterValue),
  },
  set: {
    builder: () => new SetUpdate(),
    op(update, current) {
      const { adds, removes } = update.queued;
      const gone = presentMembers(removes, current);
      if (adds.length === 0 && gone.length === 0) return undefined;
      return { setOp: { ...(adds.length > 0 ? { adds: [...adds] } : {}), ...(gone.length > 0 ? { removes: gone } : {}) } };
    },
    value: (response) => members(response.setValue),
  },
  map: {
    builder: () => new MapUpdate(),
    op(update, current) {
      const mapOp = update.isEmpty ? undefined : pruneMapOp(update.toOp(), current);
      return mapOp === undefined ? undefined : { mapOp };
    },
    value: (response) => decodeMap(response.mapValue),
  },
  hll: {
    builder: () => new HllUpdate(),
    op: (update) => (update.queued.length === 0 ? undefined : { hllOp: { adds: [...update.queued] } }),
    value: (response) => hllValue(response.hllValue),
  },
  gset: {
    builder: () => new GSetUpdate(),
    op: (update) => (update.queued.length === 0 ? undefined : { gsetOp: { adds: [...update.queued] } }),
    value: (response) => members(response.gsetValue), // unused: see updateGSet()
  },
};

const FETCH_NAMES = ['r', 'pr', 'basicQuorum', 'notfoundOk', 'nodeConfirms', 'timeout', 'sloppyQuorum', 'nVal'] as const;
const UPDATE_NAMES = ['w', 'dw', 'pw', 'nodeConfirms', 'timeout', 'sloppyQuorum', 'nVal'] as const;
const SCHEMA = {
  type: 'bytes!',
  bucket: 'bytes!',
  key: 'bytes!',
  datatype: 'custom!',
  update: 'custom!',
  create: 'bool',
  ...READ_QUORUM_SCHEMA,
  ...WRITE_QUORUM_SCHEMA,
} as const;

/**
 * Fetch-modify-update for a datatype: fetch with its context, let `update`
 * fill a builder from the current value, send the operation with that
 * context (so removes need nothing from the caller), and return the new
 * value. Removes of what the fetched value does not hold are dropped (on a
 * missing key Riak would refuse them without a context).
 * @category Values and conflicts
 */
export async function updateDatatype<D extends DatatypeName>(
  client: ValueClient,
  params: UpdateDatatypeParams<D>,
  method = 'updateDatatype()',
): Promise<UpdateDatatypeResult<D>> {
  const { fields, call } = readOptions(method, params, SCHEMA);
  const { datatype, update: change, create = true } = params;
  if (typeof datatype !== 'string' || !Object.hasOwn(KINDS, datatype)) {
    throw new RiakInvalidArgumentError(`${method}: invalid option \`datatype\`: expected one of ${Object.keys(KINDS).join(', ')}, got ${describe(datatype)}`);
  }
  if (typeof change !== 'function') throw new RiakInvalidArgumentError(`${method}: invalid option \`update\`: expected a function, got ${describe(change)}`);
  const kind = KINDS[datatype] as unknown as Kind<D>;
  const fetchParams: Record<string, unknown> = { type: params.type, bucket: params.bucket, key: params.key, ...call };
  for (const name of FETCH_NAMES) if (params[name] !== undefined) fetchParams[name] = params[name];
  const fetched = (await client.fetchDatatype(fetchParams as unknown as Parameters<ValueClient['fetchDatatype']>[0])) as AnyDatatypeFetchResult;
  if (fetched.datatype !== datatype) {
    throw new RiakInvalidArgumentError(`${method}: bucket type ${describe(textOf(params.type))} holds ${fetched.datatype}s, not ${datatype}s`);
  }
  const current = fetched.value as DatatypeKinds[D]['value'];
  const unchanged: UpdateDatatypeResult<D> = { written: false, found: fetched.found, value: current, context: fetched.context };
  if (!fetched.found && !create) return unchanged;
  const builder = kind.builder();
  const outcome = await change(current, builder, fetched as unknown as DatatypeKinds[D]['fetched']);
  if (outcome === NO_CHANGE) return unchanged;
  const op = kind.op(builder, current);
  if (op === undefined) return unchanged;
  const message: Record<string, unknown> = { type: fields.type, bucket: fields.bucket, key: fields.key, op, returnBody: true };
  for (const name of UPDATE_NAMES) if (fields[name] !== undefined) message[name] = fields[name];
  if (datatype === 'gset') {
    // Riak 3.x cannot answer a gset update with return_body: updateGSet() updates, then fetches.
    const { returnBody: _returnBody, op: _op, ...rest } = message;
    const stored = await updateGSet(client, { ...rest, add: op.gsetOp?.adds ?? [], returnBody: true, ...call } as unknown as GSetUpdateParams);
    return { written: true, found: fetched.found, value: (stored.value ?? []) as DatatypeKinds[D]['value'], context: stored.context };
  }
  if (fetched.context !== undefined) message.context = fetched.context;
  const response = await client.request('DtUpdateReq', message as MessageInput<'DtUpdateReq'>, call);
  const context = Object.hasOwn(response, 'context') && response.context.length > 0 ? asBuffer(response.context) : undefined;
  return { written: true, found: fetched.found, value: kind.value(response), context };
}

function textOf(type: unknown): string {
  return typeof type === 'string' ? type : type instanceof Uint8Array ? asBuffer(type).toString('utf8') : String(type);
}
