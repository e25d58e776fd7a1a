import { performance } from 'node:perf_hooks';
import { connect as netConnect, type Socket } from 'node:net';
import { bodylessRequest } from '../codec/request-table.js';
import { nodeKey } from '../common/node-address.js';
import { RiakAbortError, RiakAuthError, RiakConnectionError, RiakProtocolError, RiakTimeoutError } from '../errors.js';
import { Connection, type ConnectionHooks, type ConnectionOptions } from './connection.js';
import { secureConnection, type SecurityOptions } from './handshake.js';
import { SlabReads } from './slab-reads.js';
import { speaksTls } from './tls-sniff.js';

export type { AuthOptions, SecurityOptions } from './handshake.js';

export interface OpenConnectionOptions extends Omit<ConnectionOptions, 'node'> {
  host: string;
  port: number;
  /** Milliseconds allowed for the TCP connect (and, with security, the handshake). Default 5000. */
  connectTimeout?: number;
  signal?: AbortSignal;
  /** STARTTLS and authentication, done before the connection is returned. */
  security?: SecurityOptions;
  /**
   * Checks that the peer speaks Riak PB before the connection is returned:
   * an RpbPingReq must be answered within `connectTimeout` (with `security`,
   * the STARTTLS exchange is that check). A port that speaks something else
   * fails here with a `RiakProtocolError` naming it, before any request of
   * the caller's is written. Default true.
   */
  verifyPeer?: boolean;
}

const PING = bodylessRequest('RpbPingReq');

/**
 * Opens a TCP connection to a Riak node, secures it when asked (STARTTLS,
 * then auth), and returns it as a ready pipelined {@link Connection}. On any
 * failure the socket is destroyed: no half-open connection is returned.
 */
export async function openConnection(options: OpenConnectionOptions, hooks: ConnectionHooks = {}): Promise<Connection> {
  const node = nodeKey(options);
  const started = performance.now();
  // A plain connection reads into slabs of its own; one that upgrades to TLS reads through 'data' (slab-reads.ts).
  const reads = options.security === undefined ? new SlabReads() : undefined;
  const socket = await connectSocket(node, options, reads);
  const verify = options.verifyPeer ?? true;
  if (options.security === undefined && !verify) return new Connection(socket, { ...options, node }, hooks, reads);
  // Hooks are attached only once the connection is ready for requests.
  const connection = new Connection(socket, { ...options, node }, {}, reads);
  const left = Math.max(1, Math.ceil((options.connectTimeout ?? 5000) - (performance.now() - started)));
  try {
    if (options.security !== undefined) await secureConnection(connection, options.host, options.security, left);
    else await verifyPeer(connection, left);
  } catch (error) {
    connection.destroy(undefined);
    throw await explainFailedCheck(error, connection, options, left);
  }
  connection.setHooks(hooks);
  return connection;
}

/** One ping: a Riak node answers it at once (or with an RpbErrorResp, still Riak's framing). */
async function verifyPeer(connection: Connection, timeoutMs: number): Promise<void> {
  try {
    await connection.send(PING, { requestTimeout: timeoutMs });
  } catch (error) {
    // "Security is enabled, please STARTTLS first" and the like: Riak, but not usable without `tls`/`auth`.
    if (error instanceof RiakAuthError) throw error;
    // Any other Riak error reply proves the peer is Riak: the connection is fine.
    if (error instanceof RiakConnectionError || error instanceof RiakProtocolError || error instanceof RiakTimeoutError) throw error;
  }
}

/**
 * The first exchange on a connection failed: a peer that stayed silent, or
 * hung up without a byte, may simply not be Riak. Say so, naming the
 * protocol where it can be told (a hang-up is checked for TLS with one
 * handshake attempt on a new socket: a TLS server closes on a PB frame).
 */
async function explainFailedCheck(error: unknown, connection: Connection, options: OpenConnectionOptions, timeoutMs: number): Promise<unknown> {
  const { node } = connection;
  if (connection.firstBytes !== undefined) return error;
  if (error instanceof RiakTimeoutError) {
    return new RiakProtocolError(
      `${node} did not answer a Riak PB ${options.security ? 'STARTTLS request' : 'ping'} within ${timeoutMs} ms (connectTimeout): ` +
        `it does not speak Riak Protocol Buffers (an HTTP server waits silently for a request line), or it is overloaded`,
      { cause: error },
    );
  }
  if (error instanceof RiakConnectionError && (await speaksTls(options.host, options.port, timeoutMs))) {
    return new RiakProtocolError(
      `${node} does not speak Riak Protocol Buffers: it closed the connection on a PB frame and answers a TLS handshake. ` +
        'Riak PB starts in plaintext and upgrades with STARTTLS (set the `tls` option on a PB port, 8087 by default)',
      { cause: error },
    );
  }
  return error;
}

function connectSocket(node: string, options: OpenConnectionOptions, reads: SlabReads | undefined): Promise<Socket> {
  const timeoutMs = options.connectTimeout ?? 5000;
  const { signal } = options;
  return new Promise<Socket>((resolve, reject) => {
    if (signal?.aborted) {
      reject(new RiakAbortError('Connect aborted', { cause: signal.reason }));
      return;
    }
    const socket = netConnect({ host: options.host, port: options.port, onread: reads?.onread });
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
