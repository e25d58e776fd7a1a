import type { Connection } from '../connection/connection.js';
import { openConnection } from '../connection/open-connection.js';
import type { CallOptions, Operation } from '../connection/operation.js';
import type { ResponseStream } from '../connection/response-stream.js';
import { RiakClosedError, RiakInvalidArgumentError } from '../errors.js';

export interface NodeAddress {
  host: string;
  port: number;
}

export interface PoolOptions {
  /** Riak nodes as `host:port` (port defaults to 8087). */
  nodes: string[];
  /** Milliseconds allowed to open a connection. Default 5000. */
  connectTimeout?: number;
  /** Default client-side deadline per request, in ms (0 = none). Default 0. */
  requestTimeout?: number;
  /** Largest frame accepted from the server. Default 64 MiB. */
  maxFrameBytes?: number;
  /** See `ConnectionOptions.readTimeout`. Default 5000 ms. */
  readTimeout?: number;
}

/** Parses `host:port`, `host` or `[v6]:port` into an address; the port defaults to Riak's 8087. */
export function parseNode(spec: string): NodeAddress {
  const trimmed = spec.trim();
  const match = /^(?:\[([^\]]+)\]|([^:]+))(?::(\d+))?$/.exec(trimmed);
  if (!match) throw new RiakInvalidArgumentError(`Invalid node address ${JSON.stringify(spec)} (expected host:port)`);
  const host = match[1] ?? match[2];
  const port = match[3] === undefined ? 8087 : Number(match[3]);
  if (!(port > 0 && port < 65536)) throw new RiakInvalidArgumentError(`Invalid port in node address ${JSON.stringify(spec)}`);
  return { host, port };
}

/**
 * Connections to the configured nodes: one pipelined connection per node,
 * opened on first use and reopened after it closes, nodes taken round-robin.
 */
export class Pool {
  readonly #nodes: NodeAddress[];
  readonly #options: PoolOptions;
  readonly #connections = new Map<number, Promise<Connection>>();
  #next = 0;
  #closed = false;

  constructor(options: PoolOptions) {
    if (!Array.isArray(options.nodes) || options.nodes.length === 0) {
      throw new RiakInvalidArgumentError('Invalid nodes: give at least one "host:port"');
    }
    this.#nodes = options.nodes.map(parseNode);
    this.#options = options;
  }

  get nodes(): readonly NodeAddress[] {
    return this.#nodes;
  }

  /** Sends a unary request on a connection of the next node. */
  async send<T>(op: Operation<T>, options: CallOptions = {}): Promise<T> {
    const connection = await this.#acquire(options);
    return connection.send(op, this.#withDefaults(options));
  }

  /** Sends a streaming request; the stream holds its connection until `done`. */
  async stream<T>(op: Operation<T>, options: CallOptions = {}): Promise<ResponseStream<T>> {
    const connection = await this.#acquire(options);
    return connection.stream(op, this.#withDefaults(options));
  }

  async close(graceMs = 0): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    const open = [...this.#connections.values()];
    this.#connections.clear();
    await Promise.all(open.map((p) => p.then((c) => c.close(graceMs), () => undefined)));
  }

  #withDefaults(options: CallOptions): CallOptions {
    if (options.requestTimeout !== undefined || !this.#options.requestTimeout) return options;
    return { ...options, requestTimeout: this.#options.requestTimeout };
  }

  async #acquire(options: CallOptions): Promise<Connection> {
    if (this.#closed) throw new RiakClosedError('The client is closed');
    const index = this.#next;
    this.#next = (this.#next + 1) % this.#nodes.length;
    let connecting = this.#connections.get(index);
    if (connecting === undefined) {
      const { host, port } = this.#nodes[index];
      connecting = openConnection(
        { ...this.#options, host, port, signal: options.signal },
        {
          onClose: (closed) => {
            void this.#connections.get(index)?.then((current) => {
              if (current === closed) this.#connections.delete(index);
            });
          },
        },
      );
      this.#connections.set(index, connecting);
      // A failed connect is not cached: the next request tries again.
      connecting.catch(() => {
        if (this.#connections.get(index) === connecting) this.#connections.delete(index);
      });
    }
    const connection = await connecting;
    if (connection.closed) {
      if (this.#connections.get(index) === connecting) this.#connections.delete(index);
      return this.#acquire(options);
    }
    return connection;
  }
}
