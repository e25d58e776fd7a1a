import { createServer, type Server, type Socket } from 'node:net';
import { FrameDecoder } from '../../src/codec/frame-decoder.js';

export interface PeerFrame {
  code: number;
  payload: Buffer;
  socket: Socket;
}

export interface FakePeer {
  port: number;
  node: string;
  /** Every frame received, in order. */
  received: PeerFrame[];
  sockets: Set<Socket>;
  close(): Promise<void>;
}

/** The RpbPingResp a Riak node answers a ping with. */
export const PONG = Buffer.from([0, 0, 0, 1, 2]);

/**
 * A scripted TCP peer for connection tests: decodes request frames and hands
 * each to `onFrame`, which answers (or not) by writing to the socket. The
 * ping a client opens each connection with (its check that the peer speaks
 * Riak PB) is answered here and not recorded, unless `answerOpeningPing` is false.
 */
export async function startFakePeer(onFrame: (frame: PeerFrame) => void, options: { answerOpeningPing?: boolean } = {}): Promise<FakePeer> {
  const answerOpeningPing = options.answerOpeningPing ?? true;
  const received: PeerFrame[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    let first = answerOpeningPing;
    const decoder = new FrameDecoder((code, payload) => {
      if (first) {
        first = false;
        if (code === 1) {
          socket.write(PONG);
          return;
        }
      }
      const frame = { code, payload: Buffer.from(payload), socket };
      received.push(frame);
      onFrame(frame);
    });
    socket.on('data', (chunk) => {
      try {
        decoder.push(chunk);
      } catch {
        socket.destroy();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return {
    port: address.port,
    node: `127.0.0.1:${address.port}`,
    received,
    sockets,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
