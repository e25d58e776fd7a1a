import type { MessageInput } from '../codec/message-table.js';
import type { CallOptions } from '../pool/call-options.js';
import { decodeBucketProps, encodeBucketProps, type BucketProps, type BucketPropsInput } from './bucket-props.js';
import { bytesOption, callOptionsOnly, readOptions } from './options.js';
import type { Bytes } from './kv-types.js';
import type { Transport } from './transport.js';

/**
 * A bucket: its name and bucket type (Riak's `default` type when omitted).
 * @category Bucket properties
 */
export interface BucketParams extends CallOptions {
  bucket: Bytes;
  type?: Bytes;
}

/**
 * Options of `setBucketProps()`.
 * @category Bucket properties
 */
export interface SetBucketPropsParams extends BucketParams {
  props: BucketPropsInput;
}

/**
 * RpbGetBucketReq: a bucket's effective properties.
 * @category Bucket properties
 */
export async function getBucketProps(transport: Transport, params: BucketParams): Promise<BucketProps> {
  const { fields, call } = readOptions('getBucketProps', params, { bucket: 'bytes!', type: 'bytes' });
  const response = await transport.request('RpbGetBucketReq', fields as MessageInput<'RpbGetBucketReq'>, call);
  return decodeBucketProps(response.props);
}

/**
 * RpbSetBucketReq: changes the given properties of a bucket; the others keep their values.
 * @category Bucket properties
 */
export async function setBucketProps(transport: Transport, params: SetBucketPropsParams): Promise<void> {
  const { fields, call } = readOptions('setBucketProps', params, { bucket: 'bytes!', type: 'bytes', props: 'custom!' });
  const props = encodeBucketProps('setBucketProps', params.props);
  await transport.request('RpbSetBucketReq', { ...fields, props } as MessageInput<'RpbSetBucketReq'>, call);
}

/**
 * RpbResetBucketReq: drops a bucket's own properties, back to its bucket type's.
 * @category Bucket properties
 */
export async function resetBucketProps(transport: Transport, params: BucketParams): Promise<void> {
  const { fields, call } = readOptions('resetBucketProps', params, { bucket: 'bytes!', type: 'bytes' });
  await transport.request('RpbResetBucketReq', fields as MessageInput<'RpbResetBucketReq'>, call);
}

/**
 * RpbGetBucketTypeReq: a bucket type's properties.
 * @category Bucket properties
 */
export async function getBucketTypeProps(transport: Transport, type: Bytes, options?: CallOptions): Promise<BucketProps> {
  const call = callOptionsOnly('getBucketTypeProps', options);
  const response = await transport.request('RpbGetBucketTypeReq', { type: bytesOption('getBucketTypeProps', 'type', type) }, call);
  return decodeBucketProps(response.props);
}

/**
 * RpbSetBucketTypeReq: changes properties of an existing (created and activated) bucket type.
 * @category Bucket properties
 */
export async function setBucketTypeProps(transport: Transport, type: Bytes, props: BucketPropsInput, options?: CallOptions): Promise<void> {
  const call = callOptionsOnly('setBucketTypeProps', options);
  const message = { type: bytesOption('setBucketTypeProps', 'type', type), props: encodeBucketProps('setBucketTypeProps', props) };
  await transport.request('RpbSetBucketTypeReq', message as MessageInput<'RpbSetBucketTypeReq'>, call);
}
