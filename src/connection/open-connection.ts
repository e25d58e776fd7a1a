import { connect as netConnect, type Socket } from 'node:net';
import { RiakAbortError, RiakConnectionError, RiakTimeoutError } from '../errors.js';
import { Connection, type ConnectionHooks, type ConnectionOptions } from './connection.js';
import { secureConnection, type SecurityOptions } from './handshake.js';

export type { AuthOptions, SecurityOptions } from './handshake.js';

export interface OpenConnectionOptions extends Omit<ConnectionOptions, 'node'> {
  host: string;
  port: number;
  /** Milliseconds allowed for the TCP connect (and, with security, the handshake). Default 5000. */
  connectTimeout?: number;
  signal?: AbortSignal;
  /** STARTTLS and authentication, done before the connection is returned. */
  security?: SecurityOptions;
}

/**
 * Opens a TCP connection to a Riak node, secures it when asked (STARTTLS,
 * then auth), and returns it as a ready pipelined {@link Connection}. On any
 * failure the socket is destroyed: no half-open connection is returned.
 */
export async function openConnection(options: OpenConnectionOptions, hooks: ConnectionHooks = {}): Promise<Connection> {
  const node = options.host.includes(':') ? `[${options.host}]:${options.port}` : `${options.host}:${options.port}`;
  const started = Date.now();
  const socket = await connectSocket(node, options);
  if (options.security === undefined) return new Connection(socket, { ...options, node }, hooks);
  // Hooks are attached only once the connection is ready for requests.
  const connection = new Connection(socket, { ...options, node }, {});
  try {
    const left = Math.max(1, (options.connectTimeout ?? 5000) - (Date.now() - started));
    await secureConnection(connection, options.host, options.security, left);
  } catch (error) {
    connection.destroy(undefined);
    throw error;
  }
  connection.setHooks(hooks);
  return connection;
}

function connectSocket(node: string, options: OpenConnectionOptions): Promise<Socket> {
  const timeoutMs = options.connectTimeout ?? 5000;
  const { signal } = options;
  return new Promise<Socket>((resolve, reject) => {
    if (signal?.aborted) {
      reject(new RiakAbortError('Connect aborted', { cause: signal.reason }));
      return;
    }
    const socket = netConnect({ host: options.host, port: options.port });
    const cleanup = () => {
      clearTimeout(timer);
      socket.off('connect', onConnect);
      socket.off('error', onError);
      signal?.removeEventListener('abort', onAbort);
    };
    const fail = (error: Error) => {
      cleanup();
      socket.destroy();
      reject(error);
    };
    const onConnect = () => {
      cleanup();
      // Riak frames are small and latency-bound; never wait for Nagle.
      socket.setNoDelay(true);
      socket.setKeepAlive(true, 30_000);
      resolve(socket);
    };
    const onError = (error: Error) => fail(new RiakConnectionError(`Cannot connect to ${node}: ${error.message}`, node, { cause: error }));
    const onAbort = () => fail(new RiakAbortError('Connect aborted', { cause: signal?.reason }));
    const timer = setTimeout(() => fail(new RiakTimeoutError(`Connecting to ${node} timed out after ${timeoutMs} ms`, timeoutMs)), timeoutMs);
    socket.once('connect', onConnect);
    socket.once('error', onError);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
