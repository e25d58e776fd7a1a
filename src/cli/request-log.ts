import { Buffer } from 'node:buffer';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import type { Socket } from 'node:net';
import { decodeErrorResponse, decodeMessage, FrameDecoder, messageName, REQUESTS } from '../protocol.js';
import { displayBytes } from './output.js';

/** A request waiting for its reply: what its log line starts with, and whether the reply streams. */
interface Pending {
  text: string;
  streams: boolean;
  frames: number;
}

type Fields = { type?: Uint8Array | null; bucket?: Uint8Array | null; key?: Uint8Array | null; index?: Uint8Array | null; stream?: boolean | null };

function bytes(value: Uint8Array | null | undefined): string | undefined {
  return value === undefined || value === null || value.length === 0 ? undefined : displayBytes(value);
}

/** `RpbGetReq default/users/ada`: the message and where it goes (a 2i query: its index). */
function describeRequest(name: string, fields: Fields): string {
  const bucket = bytes(fields.bucket);
  const type = bytes(fields.type) ?? (bucket === undefined ? undefined : 'default');
  const index = bytes(fields.index);
  const key = index === undefined ? bytes(fields.key) : undefined;
  const where = [type, bucket, key].filter((part) => part !== undefined).join('/');
  return [name, where, index].filter((part) => part !== undefined && part !== '').join(' ');
}

/**
 * Follows one connection's frames: requests as the server reads them,
 * replies as it writes them (Riak answers a connection's requests in order),
 * and logs one line per request once its reply is complete:
 * `RpbGetReq default/users/ada -> RpbGetResp`, or `-> error: <errmsg>`.
 * After STARTTLS the bytes are encrypted: that is said once, then nothing.
 */
function follow(socket: Socket, log: (line: string) => void): void {
  const pending: Pending[] = [];
  let encrypted = false;
  const requests = new FrameDecoder((code, payload) => {
    const name = messageName(code) ?? `message ${code}`;
    let fields: Fields = {};
    try {
      fields = (decodeMessage(code, payload) ?? {}) as Fields;
    } catch {
      // An undecodable request is logged by name; the server answers it.
    }
    const spec = (REQUESTS as Record<string, { streams?: 'always' | 'flag' }>)[name];
    const streams = spec?.streams === 'always' || (spec?.streams === 'flag' && fields.stream === true);
    pending.push({ text: describeRequest(name, fields), streams, frames: 0 });
  });
  const replies = new FrameDecoder((code, payload) => {
    const request = pending[0];
    if (request === undefined) return;
    const name = messageName(code) ?? `message ${code}`;
    if (name === 'RpbErrorResp') {
      pending.shift();
      log(`${request.text} -> error: ${decodeErrorResponse(payload).errmsg}`);
      return;
    }
    request.frames++;
    if (request.streams && (decodeMessage(code, payload) as { done?: boolean | null } | undefined)?.done !== true) return;
    pending.shift();
    log(`${request.text} -> ${name}${request.streams ? ` (${request.frames} frames)` : ''}`);
    if (name === 'RpbStartTls') {
      encrypted = true;
      log('STARTTLS: the requests that follow on this connection are encrypted and not logged');
    }
  });
  // The log must never break the server: a frame it cannot follow ends the logging of this connection.
  const feed = (decoder: FrameDecoder, chunk: Buffer) => {
    if (encrypted) return;
    try {
      decoder.push(chunk);
    } catch (error) {
      encrypted = true;
      log(`request log: stopped following a connection (${(error as Error).message})`);
    }
  };
  // Before the server's own listener (it was added first), which may write the reply at once.
  socket.prependListener('data', (chunk: Buffer) => feed(requests, chunk));
  const write = socket.write;
  socket.write = function (this: Socket, chunk: unknown, ...rest: unknown[]): boolean {
    if (chunk instanceof Uint8Array) feed(replies, Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
  } as Socket['write'];
}

/**
 * Logs every request the dev server listening on `port` answers, through
 * Node's `net.server.socket` diagnostics channel (the server is not changed:
 * it reads and writes the same bytes). Returns a function that stops logging
 * new connections.
 */
export function logRequests(port: number, log: (line: string) => void): () => void {
  const onSocket = (message: unknown) => {
    const socket = (message as { socket?: Socket }).socket;
    if (socket?.localPort === port) follow(socket, log);
  };
  subscribe('net.server.socket', onSocket);
  return () => unsubscribe('net.server.socket', onSocket);
}
