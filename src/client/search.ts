import type { RpbYokozunaIndex } from '../../generated/riak.js';
import type { MessageInput } from '../codec/message-table.js';
import type { CallOptions } from '../pool/call-options.js';
import { asBuffer } from '../common/bytes.js';
import type { Bytes } from './kv-types.js';
import { bytesOption, callOptionsOnly, readOptions } from './options.js';
import type { Transport } from './transport.js';

/**
 * Riak Search (Yokozuna, Solr) over PB: queries (27/28) and index and schema
 * administration (54-60). Riak KV 3.x ships Yokozuna disabled; a node without
 * it answers these with an error (`RiakServerError`).
 */

/**
 * Options of `search()` (RpbSearchQueryReq).
 * @category Search, TS, coverage and cluster
 */
export interface SearchParams extends CallOptions {
  /** The index to query. */
  index: Bytes;
  /** The Solr query, e.g. `name_s:Ada*`. */
  q: Bytes;
  /** Maximum number of documents to return. */
  rows?: number;
  /** Offset of the first document. */
  start?: number;
  /** Sort, e.g. `age_i desc`. */
  sort?: Bytes;
  /** Filter query. */
  filter?: Bytes;
  /** Default field. */
  df?: Bytes;
  /** Default boolean operator: `and` / `or`. */
  op?: Bytes;
  /** Fields to return. */
  fl?: Bytes[];
  /** `key` or `score`: sort before paging. */
  presort?: Bytes;
}

/**
 * One search document: field name → value, or values when the field repeats.
 * @category Search, TS, coverage and cluster
 */
export type SearchDoc = Record<string, string | string[]>;

/** @category Search, TS, coverage and cluster */
export interface SearchResult {
  docs: SearchDoc[];
  /** Total matches, not just those returned. */
  numFound: number;
  maxScore: number | undefined;
}

/**
 * A search index (RpbYokozunaIndex).
 * @category Search, TS, coverage and cluster
 */
export interface SearchIndex {
  name: string;
  /** The Solr schema the index uses; `_yz_default` when created without one. */
  schema?: string;
  nVal?: number;
}

/**
 * A Solr schema (RpbYokozunaSchema): its name and XML content.
 * @category Search, TS, coverage and cluster
 */
export interface SearchSchema {
  name: string;
  content: string;
}

const text = (bytes: Uint8Array): string => asBuffer(bytes).toString('utf8');

/**
 * RpbSearchQueryReq.
 * @category Search, TS, coverage and cluster
 */
export async function search(transport: Transport, params: SearchParams): Promise<SearchResult> {
  const { fields, call } = readOptions('search', params, {
    index: 'bytes!',
    q: 'bytes!',
    rows: 'uint',
    start: 'uint',
    sort: 'bytes',
    filter: 'bytes',
    df: 'bytes',
    op: 'bytes',
    fl: 'bytesList',
    presort: 'bytes',
  });
  const response = await transport.request('RpbSearchQueryReq', fields as MessageInput<'RpbSearchQueryReq'>, call);
  const docs = response.docs.map((doc) => {
    const out: SearchDoc = {};
    for (const pair of doc.fields ?? []) {
      const name = text(pair.key);
      const value = text(pair.value ?? new Uint8Array(0));
      const previous = Object.hasOwn(out, name) ? out[name] : undefined;
      const next = previous === undefined ? value : Array.isArray(previous) ? [...previous, value] : [previous, value];
      Object.defineProperty(out, name, { value: next, enumerable: true, writable: true, configurable: true });
    }
    return out;
  });
  return {
    docs,
    numFound: response.numFound,
    maxScore: Object.hasOwn(response, 'maxScore') ? response.maxScore : undefined,
  };
}

function toIndex(index: RpbYokozunaIndex.$Properties): SearchIndex {
  const out: SearchIndex = { name: text(index.name) };
  if (index.schema !== undefined && index.schema !== null && Object.hasOwn(index, 'schema')) out.schema = text(index.schema);
  if (typeof index.nVal === 'number' && Object.hasOwn(index, 'nVal')) out.nVal = index.nVal;
  return out;
}

/**
 * RpbYokozunaIndexGetReq with a name: that index (a missing index is a `RiakServerError` "notfound").
 * @category Search, TS, coverage and cluster
 */
export async function getSearchIndex(transport: Transport, name: Bytes, options?: CallOptions): Promise<SearchIndex | undefined> {
  const call = callOptionsOnly('getSearchIndex', options);
  const response = await transport.request('RpbYokozunaIndexGetReq', { name: bytesOption('getSearchIndex', 'name', name) }, call);
  return response.index.length > 0 ? toIndex(response.index[0]) : undefined;
}

/**
 * RpbYokozunaIndexGetReq without a name: every index.
 * @category Search, TS, coverage and cluster
 */
export async function listSearchIndexes(transport: Transport, options?: CallOptions): Promise<SearchIndex[]> {
  const call = callOptionsOnly('listSearchIndexes', options);
  const response = await transport.request('RpbYokozunaIndexGetReq', {}, call);
  return response.index.map(toIndex);
}

/**
 * Options of `putSearchIndex()`.
 * @category Search, TS, coverage and cluster
 */
export interface PutSearchIndexParams extends CallOptions {
  name: Bytes;
  /** Schema name; Riak uses `_yz_default` when omitted. */
  schema?: Bytes;
  nVal?: number;
  /** Server-side ms to wait for the index to exist on every node. */
  timeout?: number;
}

/**
 * RpbYokozunaIndexPutReq: creates a search index.
 * @category Search, TS, coverage and cluster
 */
export async function putSearchIndex(transport: Transport, params: PutSearchIndexParams): Promise<void> {
  const { fields, call } = readOptions('putSearchIndex', params, { name: 'bytes!', schema: 'bytes', nVal: 'uint', timeout: 'uint' });
  const { timeout, ...index } = fields;
  const message: MessageInput<'RpbYokozunaIndexPutReq'> = { index: index as { name: Uint8Array } };
  if (timeout !== undefined) message.timeout = timeout as number;
  await transport.request('RpbYokozunaIndexPutReq', message, call);
}

/**
 * RpbYokozunaIndexDeleteReq.
 * @category Search, TS, coverage and cluster
 */
export async function deleteSearchIndex(transport: Transport, name: Bytes, options?: CallOptions): Promise<void> {
  const call = callOptionsOnly('deleteSearchIndex', options);
  await transport.request('RpbYokozunaIndexDeleteReq', { name: bytesOption('deleteSearchIndex', 'name', name) }, call);
}

/**
 * RpbYokozunaSchemaGetReq.
 * @category Search, TS, coverage and cluster
 */
export async function getSearchSchema(transport: Transport, name: Bytes, options?: CallOptions): Promise<SearchSchema> {
  const call = callOptionsOnly('getSearchSchema', options);
  const response = await transport.request('RpbYokozunaSchemaGetReq', { name: bytesOption('getSearchSchema', 'name', name) }, call);
  return { name: text(response.schema.name), content: text(response.schema.content ?? new Uint8Array(0)) };
}

/**
 * Options of `putSearchSchema()`.
 * @category Search, TS, coverage and cluster
 */
export interface PutSearchSchemaParams extends CallOptions {
  name: Bytes;
  /** The Solr schema XML. */
  content: Bytes;
}

/**
 * RpbYokozunaSchemaPutReq: stores a Solr schema.
 * @category Search, TS, coverage and cluster
 */
export async function putSearchSchema(transport: Transport, params: PutSearchSchemaParams): Promise<void> {
  const { fields, call } = readOptions('putSearchSchema', params, { name: 'bytes!', content: 'bytes!' });
  await transport.request('RpbYokozunaSchemaPutReq', { schema: fields as { name: Uint8Array; content: Uint8Array } }, call);
}
