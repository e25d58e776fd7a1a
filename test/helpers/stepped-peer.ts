import { performance } from 'node:perf_hooks';
import type { ExecutionContext } from 'ava';
import type { Connection } from '../../src/connection/connection.js';
import { openConnection, type OpenConnectionOptions } from '../../src/connection/open-connection.js';
import { PONG, startFakePeer, type FakePeer, type PeerFrame } from './fake-peer.js';
import { until } from './wait.js';

export interface SteppedPeer {
  peer: FakePeer;
  /** The frames received and not answered yet, oldest first (the test answers them, e.g. with connection-peer's `echo`). */
  waiting: PeerFrame[];
  /** Moves the clock `ms` on. */
  advance(ms: number): void;
  /**
   * Opens a connection (`options` beside the address) and answers its
   * opening ping 1 ms after it was sent: the first idle round trip the
   * connection measures. Returns it with the peer's side of its socket.
   */
  open(options?: Omit<OpenConnectionOptions, 'host' | 'port'>): Promise<{ connection: Connection; side: PeerFrame['socket'] }>;
}

/**
 * A peer that answers only when told, under a clock that moves only when
 * told: `performance.now()` is the test's until its teardown, which also
 * closes the connections opened here and the peer. The clock is the whole
 * process's, so the tests that use it are serial.
 */
export async function startSteppedPeer(t: ExecutionContext): Promise<SteppedPeer> {
  let clock = performance.now();
  performance.now = () => clock;
  const waiting: PeerFrame[] = [];
  const peer = await startFakePeer((frame) => waiting.push(frame), { answerOpeningPing: false });
  const connections: Connection[] = [];
  t.teardown(async () => {
    Reflect.deleteProperty(performance, 'now');
    for (const connection of connections) await connection.close();
    await peer.close();
  });
  return {
    peer,
    waiting,
    advance: (ms) => {
      clock += ms;
    },
    open: async (options = {}) => {
      const opening = openConnection({ ...options, host: '127.0.0.1', port: peer.port });
      await until(() => waiting.length === 1, 'the opening ping');
      const ping = waiting.shift() as PeerFrame;
      clock += 1;
      ping.socket.write(PONG);
      const connection = await opening;
      connections.push(connection);
      return { connection, side: ping.socket };
    },
  };
}
