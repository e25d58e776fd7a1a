import type { RpbGetResp, RpbPutResp } from '../../generated/riak.js';
import {
  REQUESTS,
  requestOperation,
  type MessageInput,
  type ResponseOf,
  type StreamingRequestName,
  type UnaryRequestName,
} from '../codec/message-table.js';
import type { CallOptions } from '../connection/operation.js';
import { RiakInvalidArgumentError } from '../errors.js';
import { Pool, type PoolOptions } from '../pool/pool.js';
import { asBuffer, fromRpbContent, pickContent, toBytes, toRpbContent } from './content.js';
import type {
  Bytes,
  ConflictResolver,
  DeleteParams,
  GetParams,
  GetResult,
  PutParams,
  PutResult,
} from './kv-types.js';

export type RiakClientOptions = PoolOptions;

/** What `serverInfo()` returns. */
export interface ServerInfo {
  node: string;
  serverVersion: string;
}

// Keys of the high-level params that are not RpbGetReq/RpbPutReq fields.
const CALL_KEYS = new Set(['signal', 'requestTimeout', 'resolve']);
const CONTENT_KEYS = new Set(['value', 'contentType', 'charset', 'contentEncoding', 'links', 'usermeta', 'indexes']);

/**
 * A Riak KV client over the Protocol Buffers API (port 8087).
 *
 * ```ts
 * const client = new RiakClient({ nodes: ['127.0.0.1:8087'] });
 * await client.put({ bucket: 'users', key: 'ada', value: '{"name":"Ada"}', contentType: 'application/json' });
 * const { value } = await client.get({ bucket: 'users', key: 'ada' });
 * await client.close();
 * ```
 */
export class RiakClient {
  readonly #pool: Pool;

  constructor(options: RiakClientOptions) {
    if (options === null || typeof options !== 'object') throw new RiakInvalidArgumentError('RiakClient needs an options object with `nodes`');
    this.#pool = new Pool(options);
  }

  /**
   * Sends any unary request by message name and resolves with its decoded
   * response, statically typed: `request('RpbGetReq', { bucket, key })`
   * resolves to `RpbGetResp`. `RpbErrorResp` rejects with `RiakServerError`.
   */
  request<R extends UnaryRequestName>(name: R, message: MessageInput<R>, options?: CallOptions): Promise<ResponseOf<R>> {
    return this.#pool.send(requestOperation(name, message), options);
  }

  /**
   * Sends a streaming request (list keys, MapReduce, 2i or list buckets with
   * `stream: true`, CS bucket fold, TS list keys) and yields each response
   * frame as it arrives, ending after the frame with `done`. Breaking out of
   * the loop early closes the connection it streamed on.
   */
  async *stream<R extends StreamingRequestName>(name: R, message: MessageInput<R>, options?: CallOptions): AsyncGenerator<ResponseOf<R>, void, undefined> {
    const op = requestOperation(name, withStreamFlag(name, message));
    if (op.isLast === undefined) throw new RiakInvalidArgumentError(`${name} does not stream`);
    yield* await this.#pool.stream(op, options);
  }

  /** RpbPingReq: resolves when the node answers. */
  async ping(options?: CallOptions): Promise<void> {
    await this.request('RpbPingReq', undefined, options);
  }

  /** RpbGetServerInfoReq: the node name and Riak version. */
  async serverInfo(options?: CallOptions): Promise<ServerInfo> {
    const info = await this.request('RpbGetServerInfoReq', undefined, options);
    return { node: asBuffer(info.node).toString('utf8'), serverVersion: asBuffer(info.serverVersion).toString('utf8') };
  }

  /** The client id of the connection the request lands on (legacy vclock actor id). */
  async getClientId(options?: CallOptions): Promise<Buffer> {
    const response = await this.request('RpbGetClientIdReq', undefined, options);
    return asBuffer(response.clientId);
  }

  /** Sets the client id of the connection the request lands on. */
  async setClientId(clientId: Bytes, options?: CallOptions): Promise<void> {
    await this.request('RpbSetClientIdReq', { clientId: toBytes(clientId) }, options);
  }

  /** Fetches an object. Not found resolves with `found: false`. */
  async get(params: GetParams): Promise<GetResult> {
    const message = { ...requestFields(params), ...location(params) } as MessageInput<'RpbGetReq'>;
    const response = await this.request('RpbGetReq', message, callOptions(params));
    return toGetResult(response, params.resolve);
  }

  /** Stores an object; without a key, Riak generates one and `key` carries it back. */
  async put(params: PutParams): Promise<PutResult> {
    if (params.value === undefined || params.value === null) throw new RiakInvalidArgumentError('put() needs a `value`');
    const content = toRpbContent(params);
    const fields = requestFields(params, CONTENT_KEYS);
    const message = { ...fields, bucket: toBytes(params.bucket), content } as MessageInput<'RpbPutReq'>;
    if (params.key !== undefined) message.key = toBytes(params.key);
    if (params.type !== undefined) message.type = toBytes(params.type);
    const response = await this.request('RpbPutReq', message, callOptions(params));
    return toPutResult(response, params.resolve);
  }

  /** Deletes an object. Pass the `vclock` from a get to delete exactly what you read. */
  async delete(params: DeleteParams): Promise<void> {
    const message = { ...requestFields(params), ...location(params) } as MessageInput<'RpbDelReq'>;
    await this.request('RpbDelReq', message, callOptions(params));
  }

  /** Closes every connection; requests still in flight get `graceMs` to finish. */
  close(graceMs = 0): Promise<void> {
    return this.#pool.close(graceMs);
  }
}

/** List buckets and 2i stream only when asked: `stream()` asks. */
function withStreamFlag<R extends StreamingRequestName>(name: R, message: MessageInput<R>): MessageInput<R> {
  return REQUESTS[name].streams === 'flag' ? ({ ...message, stream: true } as MessageInput<R>) : message;
}

function location(params: { bucket: Bytes; key: Bytes; type?: Bytes }) {
  if (params.bucket === undefined || params.key === undefined) throw new RiakInvalidArgumentError('A bucket and a key are required');
  const out: { bucket: Uint8Array; key: Uint8Array; type?: Uint8Array } = { bucket: toBytes(params.bucket), key: toBytes(params.key) };
  if (params.type !== undefined) out.type = toBytes(params.type);
  return out;
}

/** The protobuf fields of a high-level params object (everything but call options and location). */
function requestFields(params: object, skip?: Set<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || CALL_KEYS.has(key) || key === 'bucket' || key === 'key' || key === 'type') continue;
    if (skip?.has(key)) continue;
    out[key] = value;
  }
  return out;
}

function callOptions(params: CallOptions): CallOptions {
  return { signal: params.signal, requestTimeout: params.requestTimeout };
}

function toGetResult(response: RpbGetResp, resolve: ConflictResolver | undefined): GetResult {
  const siblings = response.content.map(fromRpbContent);
  const content = pickContent(siblings, resolve);
  return {
    found: siblings.length > 0,
    vclock: Object.hasOwn(response, 'vclock') ? asBuffer(response.vclock) : undefined,
    siblings,
    content,
    value: content?.value,
    unchanged: response.unchanged === true,
  };
}

function toPutResult(response: RpbPutResp, resolve: ConflictResolver | undefined): PutResult {
  const siblings = response.content.map(fromRpbContent);
  const content = pickContent(siblings, resolve);
  return {
    key: Object.hasOwn(response, 'key') ? asBuffer(response.key) : undefined,
    vclock: Object.hasOwn(response, 'vclock') ? asBuffer(response.vclock) : undefined,
    siblings,
    content,
    value: content?.value,
  };
}
