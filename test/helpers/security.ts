import { pathToFileURL } from 'node:url';
import type { ExecutionContext } from 'ava';
import { readFileSync } from 'node:fs';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { connect as tlsConnect, type ConnectionOptions } from 'node:tls';
import { FrameDecoder } from '../../src/codec/frame-decoder.js';
import { startDevServer, type DevServer, type DevServerOptions, type DevServerSecurityOptions } from '../../src/server/index.js';
import * as pb from '../../generated/riak.js';
import { until, WAIT_CAP_MS } from './wait.js';

const dir = pathToFileURL(`${repoPath('test/fixtures/tls')}/`);

/** A PEM file from test/fixtures/tls (see its README). */
export function pem(name: string): Buffer {
  return readFileSync(new URL(name, dir));
}

/** Client-side TLS material. */
export const CA = pem('ca.crt');
export const CLIENT = { cert: pem('client.crt'), key: pem('client.key') };

export const PASSWORD_USER = { name: 'alice', password: 'wonderland' } as const;
export const CERT_USER = 'certuser';
export const TRUST_USER = 'bob';

/** The security mode most tests use: the trusted server certificate, three users, a short failure delay. */
export function securityOptions(overrides: Partial<DevServerSecurityOptions> = {}): DevServerSecurityOptions {
  return {
    users: [
      { name: PASSWORD_USER.name, password: PASSWORD_USER.password, source: 'password' },
      { name: CERT_USER, source: 'certificate' },
      { name: TRUST_USER, source: 'trust' },
    ],
    tls: { cert: pem('server.crt'), key: pem('server.key'), ca: CA },
    authFailureDelayMs: 20,
    ...overrides,
  };
}

/** A dev server in security mode on a free port, closed when the test ends. */
export async function secureServer(t: ExecutionContext, security: Partial<DevServerSecurityOptions> = {}, options: DevServerOptions = {}): Promise<DevServer> {
  const server = await startDevServer({ port: 0, ...options, security: securityOptions(security) });
  t.teardown(() => server.close());
  return server;
}

export { frame } from './frames.js';
import { frame } from './frames.js';
import { repoPath } from './paths.js';

export const PING = frame(1);
export const START_TLS = frame(255);
export function authReq(user: string, password = ''): Buffer {
  return frame(253, pb.RpbAuthReq.encode({ user: Buffer.from(user), password: Buffer.from(password) }).finish());
}

export interface RawFrame {
  code: number;
  payload: Buffer;
  /** The whole frame as received, header included. */
  bytes: Buffer;
}

/** The errmsg of an RpbErrorResp frame. */
export function errorText(f: RawFrame): string {
  if (f.code !== 0) throw new Error(`expected RpbErrorResp, got code ${f.code}`);
  return Buffer.from(pb.RpbErrorResp.decode(f.payload).errmsg).toString('latin1');
}

/**
 * A byte-level Riak client over plain TCP that can STARTTLS, for testing the
 * server's state machine: send frames, await replies, see the close.
 */
export class RawClient {
  #socket: Socket;
  readonly frames: RawFrame[] = [];
  closed = false;
  #decoder: FrameDecoder;

  private constructor(socket: Socket) {
    this.#socket = socket;
    this.#decoder = this.#newDecoder();
    this.#listen(socket);
  }

  static open(server: DevServer): Promise<RawClient> {
    return new Promise((resolve, reject) => {
      const socket = connect(server.port, server.host, () => resolve(new RawClient(socket)));
      socket.once('error', reject);
    });
  }

  send(...frames: Buffer[]): void {
    this.#socket.write(Buffer.concat(frames));
  }

  /** Sends one request and resolves with the next frame. */
  async request(bytes: Buffer, timeoutMs = WAIT_CAP_MS): Promise<RawFrame> {
    const before = this.frames.length;
    this.send(bytes);
    const frames = await this.waitFrames(before + 1, timeoutMs);
    if (frames.length <= before) throw new Error('connection closed before a reply');
    return frames[before];
  }

  /** STARTTLS (expecting its bare ack) and the TLS handshake on the same socket. */
  async startTls(options: ConnectionOptions = {}): Promise<void> {
    const ack = await this.request(START_TLS);
    if (!ack.bytes.equals(START_TLS)) throw new Error(`unexpected STARTTLS reply ${ack.bytes.toString('hex')}`);
    const plain = this.#socket;
    plain.removeAllListeners('data');
    plain.removeAllListeners('close');
    const secure = tlsConnect({ socket: plain, ca: CA, servername: 'localhost', ...options });
    await new Promise<void>((resolve, reject) => {
      secure.once('secureConnect', () => resolve());
      secure.once('error', reject);
    });
    this.#socket = secure;
    this.#decoder = this.#newDecoder();
    this.#listen(secure);
  }

  /** Resolves once `count` frames arrived (or the socket closed); `timeoutMs` only caps the wait. */
  async waitFrames(count: number, timeoutMs = WAIT_CAP_MS): Promise<RawFrame[]> {
    await until(() => this.frames.length >= count || this.closed, { what: () => `${count} frames (got ${this.frames.length})`, timeoutMs });
    return this.frames;
  }

  async waitClose(timeoutMs = WAIT_CAP_MS): Promise<void> {
    await until(() => this.closed, { what: 'the close', timeoutMs });
  }

  close(): void {
    this.#socket.destroy();
  }

  #newDecoder(): FrameDecoder {
    return new FrameDecoder((code, payload) => {
      const bytes = Buffer.alloc(5 + payload.length);
      bytes.writeUInt32BE(payload.length + 1, 0);
      bytes[4] = code;
      bytes.set(payload, 5);
      this.frames.push({ code, payload: Buffer.from(payload), bytes });
    });
  }

  #listen(socket: Socket): void {
    socket.on('data', (chunk: Buffer) => this.#decoder.push(chunk));
    socket.on('close', () => {
      this.closed = true;
    });
    socket.on('error', () => {});
  }
}

/**
 * A TCP proxy that records what each client connection sent, to prove what
 * did (not) travel in plaintext: `plaintextFrames(i)` decodes the frames a
 * connection sent before anything that is not a Riak frame (a TLS record).
 */
export class RecordingProxy {
  readonly #server: Server;
  readonly sent: Buffer[][] = [];
  /** Per connection: true once it is closed (nothing more can be sent on it). */
  readonly ended: boolean[] = [];
  readonly #sockets = new Set<Socket>();
  port = 0;

  private constructor(readonly target: number) {
    this.#server = createServer((client) => this.#accept(client));
  }

  static async start(target: number): Promise<RecordingProxy> {
    const proxy = new RecordingProxy(target);
    await new Promise<void>((resolve) => proxy.#server.listen(0, '127.0.0.1', resolve));
    proxy.port = (proxy.#server.address() as { port: number }).port;
    return proxy;
  }

  get node(): string {
    return `127.0.0.1:${this.port}`;
  }

  /** Everything connection `i` sent, in order. */
  bytes(i: number): Buffer {
    return Buffer.concat(this.sent[i] ?? []);
  }

  /**
   * The leading Riak frames connection `i` sent, by code, and what followed
   * them (`rest`: e.g. a TLS ClientHello starts with 0x16 0x03).
   */
  plaintextFrames(i: number): { codes: number[]; rest: Buffer } {
    const bytes = this.bytes(i);
    const codes: number[] = [];
    let offset = 0;
    // A Riak frame here is small; a TLS record header (16 03 0x ..) reads as a huge length.
    while (offset + 5 <= bytes.length) {
      const length = bytes.readUInt32BE(offset);
      if (length < 1 || length > 65536 || offset + 4 + length > bytes.length) break;
      codes.push(bytes[offset + 4]);
      offset += 4 + length;
    }
    return { codes, rest: bytes.subarray(offset) };
  }

  async close(): Promise<void> {
    for (const socket of this.#sockets) socket.destroy();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  #accept(client: Socket): void {
    const log: Buffer[] = [];
    const index = this.sent.push(log) - 1;
    this.ended[index] = false;
    const upstream = connect(this.target, '127.0.0.1');
    for (const socket of [client, upstream]) {
      this.#sockets.add(socket);
      socket.on('error', () => {});
      socket.on('close', () => {
        this.#sockets.delete(socket);
        this.ended[index] = true;
        client.destroy();
        upstream.destroy();
      });
    }
    client.on('data', (chunk: Buffer) => {
      log.push(Buffer.from(chunk));
      upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => client.write(chunk));
  }
}
