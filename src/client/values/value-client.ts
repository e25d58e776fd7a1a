import type { AnyDatatypeFetchResult, DatatypeFetchParams } from '../datatypes.js';
import type { DeleteParams, GetParams, GetResult, PutParams, PutResult } from '../kv-types.js';
import type { ListKeysParams } from '../listing.js';
import type { PagedStream, RiakStream } from '../riak-stream.js';
import type { IndexMatch, IndexQueryParams } from '../secondary-index.js';
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
  listKeys(params: ListKeysParams): RiakStream<Buffer>;
  streamIndex(params: IndexQueryParams): PagedStream<IndexMatch>;
  fetchDatatype(params: DatatypeFetchParams): Promise<AnyDatatypeFetchResult>;
  readonly codecs: CodecRegistry;
  readonly resolvers: ResolverRegistry;
}
