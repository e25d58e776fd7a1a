import type { ExecutionContext } from 'ava';
import type { Server, Socket } from 'node:net';

/**
 * Listens on a free loopback port; when the test ends, destroys every
 * connection the server accepted and closes it. Resolves with `127.0.0.1:port`.
 */
export async function listenOnLoopback(t: ExecutionContext, server: Server): Promise<string> {
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.teardown(
    () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  );
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no address');
  return `127.0.0.1:${address.port}`;
}
