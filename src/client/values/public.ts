/** The public names of the value layer (re-exported by `src/index.ts`). */
export { json, text, bytes, type JsonCodecOptions, type TextCodecOptions, type BytesCodecOptions } from './codecs.js';
export type { ValueCodec } from './codec.js';
export type { CodecRegistry, AnyCodec } from './codec-registry.js';
export type { ResolverRegistry, ResolverScope } from './resolver-registry.js';
export { lastWriteWins, keepAll, type Sibling, type Resolution, type ValueResolver } from './resolvers.js';
export { NO_CHANGE, type NoChange } from './no-change.js';
export type { BucketHandle, KeysOptions, QueryOptions } from './bucket-handle.js';
export type { BucketOptions, UpdateParams, ClientGetManyOptions } from './client-calls.js';
export type {
  BucketDefaults,
  ReadQuorumOptions,
  WriteQuorumOptions,
  ValueReadOptions,
  ValueWriteOptions,
  ValueDeleteOptions,
  ValueMetadata,
} from './value-options.js';
export type { ValueResult } from './value-result.js';
export type { ValueLocation } from './value-location.js';
export type { UpdateFunction, UpdateResult, ValueUpdateOptions } from './kv-update.js';
export type { GetManyItem, GetManyOptions } from './get-many.js';
export { CounterUpdate, SetUpdate, GSetUpdate, HllUpdate } from './datatype-builders.js';
export type { DatatypeKinds, DatatypeChange, UpdateDatatypeParams, UpdateDatatypeResult } from './datatype-update.js';
export { RiakValueDecodeError, RiakValueEncodeError, RiakSiblingsError, RiakUpdateConflictError } from './value-errors.js';
