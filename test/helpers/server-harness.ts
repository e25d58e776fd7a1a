import type { ExecutionContext } from 'ava';
import { connect, type Socket } from 'node:net';
import { FrameDecoder } from '../../src/codec/frame-decoder.js';
import { RiakClient } from '../../src/client/riak-client.js';
import { RiakServerError } from '../../src/errors.js';
import { startDevServer, type DevServer, type DevServerOptions } from '../../src/server/index.js';
import * as pb from '../../generated/riak.js';
import { until, WAIT_CAP_MS } from './wait.js';

/** A dev server on a free port plus a client for it; both closed when the test ends. */
export async function withServer(t: ExecutionContext, options: DevServerOptions = {}): Promise<{ server: DevServer; client: RiakClient }> {
  const server = await startDevServer({ port: 0, ...options });
  const client = new RiakClient({ nodes: [`${server.host}:${server.port}`] });
  t.teardown(async () => {
    await client.close();
    await server.close();
  });
  return { server, client };
}

/** The RpbErrorResp text a promise rejects with. */
export async function riakErrorOf(t: ExecutionContext, promise: Promise<unknown>): Promise<string> {
  const err = await t.throwsAsync(promise, { instanceOf: RiakServerError });
  t.is((err as RiakServerError).errcode, 0);
  return (err as RiakServerError).errmsg;
}

export interface RawFrame {
  code: number;
  payload: Buffer;
}

/** A raw TCP connection for byte-level tests: send frames, read decoded frames, see the close. */
export class RawConnection {
  readonly socket: Socket;
  readonly frames: RawFrame[] = [];
  closed = false;

  private constructor(socket: Socket) {
    this.socket = socket;
    const decoder = new FrameDecoder((code, payload) => {
      this.frames.push({ code, payload: Buffer.from(payload) });
    });
    socket.on('data', (chunk) => decoder.push(chunk));
    socket.on('close', () => {
      this.closed = true;
    });
    socket.on('error', () => {});
  }

  static open(server: DevServer): Promise<RawConnection> {
    return new Promise((resolve, reject) => {
      const socket = connect(server.port, server.host, () => resolve(new RawConnection(socket)));
      socket.once('error', reject);
    });
  }

  send(...frames: Buffer[]): void {
    this.socket.write(Buffer.concat(frames));
  }

  /**
   * Resolves once `count` frames arrived (or the socket closed), with all
   * frames so far. `timeoutMs` only caps the wait (see `until`).
   */
  async waitFrames(count: number, timeoutMs = WAIT_CAP_MS): Promise<RawFrame[]> {
    await until(() => this.frames.length >= count || this.closed, { what: () => `${count} frames (got ${this.frames.length})`, timeoutMs });
    return this.frames;
  }

  async waitClose(timeoutMs = WAIT_CAP_MS): Promise<void> {
    await until(() => this.closed, { what: 'the close', timeoutMs });
  }

  close(): void {
    this.socket.destroy();
  }
}

/** Frames a raw request. */
export { frame as frameOf } from './frames.js';

/** The text of an RpbErrorResp frame. */
export function errorText(frame: RawFrame): string {
  if (frame.code !== 0) throw new Error(`expected RpbErrorResp, got code ${frame.code}`);
  return Buffer.from(pb.RpbErrorResp.decode(frame.payload).errmsg).toString('latin1');
}

export const text = (bytes: Uint8Array | null | undefined): string => Buffer.from(bytes ?? []).toString('utf8');

export { pb };
