import type { MessageInput } from '../codec/message-table.js';
import type { Quorum } from '../codec/quorum.js';
import type { CallOptions } from '../pool/call-options.js';
import { int64Input, int64ToNumber } from '../common/int64.js';
import type { Bytes } from './kv-types.js';
import { readOptions } from './options.js';
import type { Transport } from './transport.js';

/**
 * Riak 1.4 counters (RpbCounterUpdateReq / RpbCounterGetReq, codes 50-53):
 * stored as plain KV objects in a bucket of the `default` type with
 * `allowMult: true`. New code should use `updateCounter()` on a counter
 * bucket type.
 * @category Datatypes
 */
export interface LegacyCounterUpdateParams extends CallOptions {
  bucket: Bytes;
  key: Bytes;
  /** Amount to add; negative decrements. */
  amount: number | bigint;
  /** Return the new value. */
  returnValue?: boolean;
  w?: Quorum;
  dw?: Quorum;
  pw?: Quorum;
  nodeConfirms?: Quorum;
}

/** @category Datatypes */
export interface LegacyCounterFetchParams extends CallOptions {
  bucket: Bytes;
  key: Bytes;
  r?: Quorum;
  pr?: Quorum;
  basicQuorum?: boolean;
  notfoundOk?: boolean;
  nodeConfirms?: Quorum;
}

/**
 * Increments a legacy counter; resolves with the new value when `returnValue` is set.
 * @category Datatypes
 */
export async function updateLegacyCounter(transport: Transport, params: LegacyCounterUpdateParams): Promise<number | undefined> {
  const { fields, call } = readOptions('updateLegacyCounter', params, {
    bucket: 'bytes!',
    key: 'bytes!',
    amount: 'custom!',
    returnValue: 'bool',
    w: 'quorum',
    dw: 'quorum',
    pw: 'quorum',
    nodeConfirms: 'quorum',
  });
  const { returnValue, ...rest } = fields;
  const message = { ...rest, amount: int64Input(params.amount, 'updateLegacyCounter(): invalid option `amount`') } as MessageInput<'RpbCounterUpdateReq'>;
  if (returnValue !== undefined) message.returnvalue = returnValue as boolean;
  const response = await transport.request('RpbCounterUpdateReq', message, call);
  return Object.hasOwn(response, 'value') ? int64ToNumber(response.value) : undefined;
}

/**
 * Reads a legacy counter: `found: false` and 0 when it does not exist.
 * @category Datatypes
 */
export async function fetchLegacyCounter(transport: Transport, params: LegacyCounterFetchParams): Promise<{ found: boolean; value: number }> {
  const { fields, call } = readOptions('fetchLegacyCounter', params, {
    bucket: 'bytes!',
    key: 'bytes!',
    r: 'quorum',
    pr: 'quorum',
    basicQuorum: 'bool',
    notfoundOk: 'bool',
    nodeConfirms: 'quorum',
  });
  const response = await transport.request('RpbCounterGetReq', fields as MessageInput<'RpbCounterGetReq'>, call);
  const found = Object.hasOwn(response, 'value');
  return { found, value: found ? int64ToNumber(response.value) : 0 };
}
