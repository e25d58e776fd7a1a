import type { Bytes } from '../kv-types.js';

/**
 * The object a value call works on: what resolvers and errors are told. `type` is `default` when the call named none.
 * @category Values and conflicts
 */
export interface ValueLocation {
  readonly type: Bytes;
  readonly bucket: Bytes;
  readonly key: Bytes;
}
