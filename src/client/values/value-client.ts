import type { Buffer } from 'node:buffer';
import type { AnyDatatypeFetchResult, DatatypeFetchParams } from '../datatypes.js';
import type { DeleteParams, GetParams, GetResult, PutParams, PutResult } from '../kv-types.js';
import type { ListKeysParams } from '../listing.js';
import type { BatchedStream } from '../batched-stream.js';
import type { IndexQueryParams, IndexStream } from '../secondary-index.js';
import type { Transport } from '../transport.js';
import type { CodecRegistry } from './codec-registry.js';
import type { ResolverRegistry } from './resolver-registry.js';

/**
 * What the value layer needs from the client: the bytes API it is built on,
 * and the client's codec and resolver registries. `RiakClient` implements it.
 * @internal
 */
export interface ValueClient extends Transport {
  get(params: GetParams): Promise<GetResult>;
  put(params: PutParams): Promise<PutResult>;
  delete(params: DeleteParams): Promise<void>;
  listKeys(params: ListKeysParams): BatchedStream<Buffer>;
  streamIndex(params: IndexQueryParams): IndexStream;
  fetchDatatype(params: DatatypeFetchParams): Promise<AnyDatatypeFetchResult>;
  readonly codecs: CodecRegistry;
  readonly resolvers: ResolverRegistry;
}
