import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy between a client and a server that injects faults on command:
 * cut every connection, stall (stop forwarding replies), hold replies until
 * released, refuse new connections, or send garbage / an oversized frame
 * header to the client. Counts connections (so tests can assert reconnects)
 * and the request bytes forwarded (so tests can wait until a request is out).
 */
export class FaultProxy {
  readonly #server: Server;
  readonly #pairs = new Set<{ client: Socket; upstream: Socket }>();
  #stalled = false;
  #refusing = false;
  #held: { client: Socket; chunk: Buffer }[] | undefined;
  #dropNext = 0;
  connections = 0;
  /** Bytes forwarded from clients to the server. */
  requestBytes = 0;
  port = 0;

  private constructor(
    readonly targetPort: number,
    readonly targetHost = '127.0.0.1',
  ) {
    this.#server = createServer((client) => this.#accept(client));
  }

  static async start(targetPort: number): Promise<FaultProxy> {
    const proxy = new FaultProxy(targetPort);
    await new Promise<void>((resolve) => proxy.#server.listen(0, '127.0.0.1', resolve));
    const address = proxy.#server.address();
    if (address === null || typeof address === 'string') throw new Error('no address');
    proxy.port = address.port;
    return proxy;
  }

  get node(): string {
    return `127.0.0.1:${this.port}`;
  }

  get openConnections(): number {
    return this.#pairs.size;
  }

  /** Destroys every proxied connection (both sides). */
  cut(): void {
    for (const { client, upstream } of this.#pairs) {
      client.destroy();
      upstream.destroy();
    }
    this.#pairs.clear();
  }

  /** Stops forwarding server replies (the node hangs) until `stall(false)`. */
  stall(on = true): void {
    this.#stalled = on;
  }

  /** New connections are accepted and closed at once. */
  refuse(on = true): void {
    this.#refusing = on;
    if (on) this.cut();
  }

  /** Keeps server replies (in order) instead of forwarding them, until {@link release}. */
  hold(): void {
    this.#held ??= [];
  }

  /** Forwards the replies held since {@link hold}, and forwards as usual from now on. */
  release(): void {
    const held = this.#held ?? [];
    this.#held = undefined;
    for (const { client, chunk } of held) if (!client.destroyed) client.write(chunk);
  }

  /** Replies held so far. */
  get heldReplies(): number {
    return this.#held?.length ?? 0;
  }

  /** Drops the next `n` bytes of server replies (corrupting the stream). */
  dropBytes(n: number): void {
    this.#dropNext = n;
  }

  /** Sends raw bytes to every client, as if the server had. */
  inject(bytes: Buffer): void {
    for (const { client } of this.#pairs) client.write(bytes);
  }

  async close(): Promise<void> {
    this.cut();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  #accept(client: Socket): void {
    client.on('error', () => {});
    if (this.#refusing) {
      client.destroy();
      return;
    }
    this.connections++;
    const upstream = connect({ host: this.targetHost, port: this.targetPort });
    upstream.on('error', () => client.destroy());
    const pair = { client, upstream };
    this.#pairs.add(pair);
    const end = () => {
      this.#pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('close', end);
    upstream.on('close', end);
    client.on('data', (chunk: Buffer) => {
      this.requestBytes += chunk.length;
      upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => {
      if (this.#stalled) return;
      if (this.#dropNext > 0) {
        const dropped = Math.min(this.#dropNext, chunk.length);
        this.#dropNext -= dropped;
        chunk = chunk.subarray(dropped);
        if (chunk.length === 0) return;
      }
      if (this.#held) this.#held.push({ client, chunk });
      else client.write(chunk);
    });
  }
}
