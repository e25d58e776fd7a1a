import { createServer, type Server, type Socket } from 'node:net';
import { ServerConnection } from '../connection.js';
import type { ServerContext } from '../context.js';
import type { ServerSecurity } from '../security/session.js';

export interface NodeListenerOptions {
  readonly host: string;
  readonly maxFrameBytes: number;
  readonly security: ServerSecurity;
  readonly log?: ((line: string) => void) | undefined;
  readonly onError?: ((error: unknown) => void) | undefined;
}

/**
 * One virtual node's PB listener, which a test can stop (listener closed,
 * every client connection dropped) and start again on the same port.
 */
export class NodeListener {
  readonly #sockets = new Set<Socket>();
  #server: Server | undefined;
  #port = 0;

  constructor(
    readonly context: ServerContext,
    readonly options: NodeListenerOptions,
  ) {}

  get port(): number {
    return this.#port;
  }

  get listening(): boolean {
    return this.#server !== undefined;
  }

  get connectionCount(): number {
    return this.#sockets.size;
  }

  /** Listens on `port` (0: a free one); resolves with the port bound. */
  async listen(port: number): Promise<number> {
    const { host, log, onError, maxFrameBytes, security } = this.options;
    const server = createServer((socket) => {
      this.#sockets.add(socket);
      socket.on('close', () => this.#sockets.delete(socket));
      log?.(`connection from ${socket.remoteAddress}:${socket.remotePort} to ${this.context.nodeName}`);
      new ServerConnection(socket, this.context, { maxFrameBytes, onError, security: security.session() });
    });
    server.maxConnections = 65536;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    server.on('error', (err) => onError?.(err));
    const address = server.address();
    this.#port = address !== null && typeof address === 'object' ? address.port : port;
    this.#server = server;
    return this.#port;
  }

  /** Listens again on the port it had. */
  restart(): Promise<number> {
    return this.listen(this.#port);
  }

  /** Closes the listener and drops every connection; resolves once the listener is closed. */
  close(): Promise<void> {
    const server = this.#server;
    this.#server = undefined;
    for (const socket of this.#sockets) socket.destroy();
    if (server === undefined) return Promise.resolve();
    return new Promise((resolve) => server.close(() => resolve()));
  }
}
