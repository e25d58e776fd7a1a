import { RpbGetReq } from '../../generated/riak.js';
import { encodeMessage, encodeRequest } from '../../src/codec/message-table.js';
import type { Connection } from '../../src/connection/connection.js';
import { openConnection } from '../../src/connection/open-connection.js';
import type { PeerFrame } from './fake-peer.js';

/* Shared by the connection tests (test/connection/*.test.ts), against a scripted peer (fake-peer.ts). */

export const getOp = (key: string) => encodeRequest('RpbGetReq', { bucket: Buffer.from('b'), key: Buffer.from(key) });
/** Answers a get with the key echoed in the vclock. */
export const echo = ({ payload, socket }: PeerFrame) => socket.write(encodeMessage('RpbGetResp', { vclock: RpbGetReq.decode(payload).key }));
export const keyOf = (frame: PeerFrame) => String(RpbGetReq.decode(frame.payload).key);

export async function connect(port: number, readTimeout?: number): Promise<Connection> {
  return openConnection({ host: '127.0.0.1', port, readTimeout });
}

export function settleCounter<T>(promises: Promise<T>[]) {
  let settled = 0;
  for (const p of promises)
    p.then(
      () => settled++,
      () => settled++,
    );
  return () => settled;
}

/** Every chunk the connection writes to its socket, in order (the socket still gets them). */
export function recordWrites(connection: Connection): Buffer[] {
  const written: Buffer[] = [];
  const socket = connection.socket;
  const write = socket.write.bind(socket) as (chunk: Buffer) => boolean;
  socket.write = ((chunk: Buffer) => {
    written.push(chunk);
    return write(chunk);
  }) as typeof socket.write;
  return written;
}
