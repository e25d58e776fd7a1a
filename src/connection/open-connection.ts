import { connect as netConnect, type Socket } from 'node:net';
import { RiakAbortError, RiakConnectionError, RiakTimeoutError } from '../errors.js';
import { Connection, type ConnectionHooks, type ConnectionOptions } from './connection.js';

export interface OpenConnectionOptions extends Omit<ConnectionOptions, 'node'> {
  host: string;
  port: number;
  /** Milliseconds allowed for the TCP connect (and, with security, the handshake). Default 5000. */
  connectTimeout?: number;
  signal?: AbortSignal;
}

/** Opens a TCP connection to a Riak node and wraps it as a pipelined {@link Connection}. */
export async function openConnection(options: OpenConnectionOptions, hooks?: ConnectionHooks): Promise<Connection> {
  const node = `${options.host}:${options.port}`;
  const socket = await connectSocket(node, options);
  return new Connection(socket, { ...options, node }, hooks);
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
