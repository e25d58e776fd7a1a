import test from 'ava';
import type { Socket } from 'node:net';
import { RpbGetReq, type RpbGetResp } from '../../generated/riak.js';
import { encodeMessage, encodeRequest } from '../../src/codec/message-table.js';
import type { Connection } from '../../src/connection/connection.js';
import { openConnection } from '../../src/connection/open-connection.js';
import type { Operation } from '../../src/connection/operation.js';
import { RiakInvalidArgumentError } from '../../src/errors.js';
import { adaptiveNode, type PoolSizing, WINDOW_MS, WINDOW_REPLIES } from '../../src/pool/adaptive-pool.js';
import { clientBound, QUEUEING_DEPTH, type SizingState } from '../../src/pool/adaptive-policy.js';
import { LatencyReservoir } from '../../src/pool/latency.js';
import type { NodePool } from '../../src/pool/node-pool.js';
import { place } from '../../src/pool/placement.js';
import { resolvePoolOptions } from '../../src/pool/pool-options.js';
import { Pool } from '../../src/pool/pool.js';
import { startFakePeer, type FakePeer } from '../helpers/fake-peer.js';
import { startMiniRiak } from '../helpers/mini-riak.js';

// The adaptive pool's placement over real connections: whatever the policy
// decides (its target is moved here by hand, up and down, while requests
// flow), no request is lost, duplicated or reordered on a connection, and
// the depth and connection limits hold.

const get = (key: string): Operation<RpbGetResp> => encodeRequest('RpbGetReq', { bucket: Buffer.from('b'), key: Buffer.from(key) });

/**
 * A Riak-like peer: each connection's requests are answered one after
 * another, one per turn of the event loop (so they queue on the connection),
 * with the key echoed in the vclock. Records the keys each socket received, in order.
 */
async function startSerialRiak(): Promise<FakePeer & { keysBySocket: Map<Socket, string[]> }> {
  const keysBySocket = new Map<Socket, string[]>();
  const queues = new Map<Socket, Buffer[]>();
  const serve = (socket: Socket) => {
    const queue = queues.get(socket);
    const payload = queue?.shift();
    if (payload === undefined || socket.destroyed) return;
    socket.write(encodeMessage('RpbGetResp', { vclock: RpbGetReq.decode(payload).key }));
    if (queue !== undefined && queue.length > 0) setImmediate(serve, socket);
  };
  const peer = await startFakePeer(({ code, payload, socket }) => {
    if (code !== 9) return;
    const keys = keysBySocket.get(socket) ?? [];
    keys.push(RpbGetReq.decode(payload).key.toString());
    keysBySocket.set(socket, keys);
    const queue = queues.get(socket) ?? [];
    queues.set(socket, queue);
    queue.push(payload);
    if (queue.length === 1) setImmediate(serve, socket);
  });
  return Object.assign(peer, { keysBySocket });
}

/** A node's connection limits (NodePool.settings). */
type Limits = { minConnections: number; maxConnections: number };

/** Just enough of a NodePool for placement, over real connections; counts what it opened. */
class TestNode {
  readonly node: string;
  state: 'up' | 'down' | 'removed' = 'up';
  readonly connections: Connection[] = [];
  opening = 0;
  opened = 0;
  mostOpen = 0;
  readonly latency = new LatencyReservoir();
  replyReads = 0;
  credentialError = undefined;
  readonly settings: { minConnections: number; maxConnections: number };
  readonly #port: number;

  constructor(port: number, sizing: Limits) {
    this.#port = port;
    this.settings = { minConnections: sizing.minConnections, maxConnections: sizing.maxConnections };
    this.node = `127.0.0.1:${port}`;
  }

  get canGrow(): boolean {
    return this.connections.length + this.opening < this.settings.maxConnections;
  }

  get busy(): boolean {
    return this.connections.every((c) => c.pending > 0);
  }

  get inFlight(): number {
    return this.connections.reduce((n, c) => n + c.pending, 0);
  }

  get openConnections(): number {
    return this.connections.length;
  }

  pick(): Connection | undefined {
    throw new Error('the adaptive placement picks by itself');
  }

  async open(claimSlot = false): Promise<Connection> {
    this.opening++;
    try {
      const connection = await openConnection(
        { host: '127.0.0.1', port: this.#port },
        {
          onReply: (ms, firstOfRead) => {
            this.latency.record(ms);
            if (firstOfRead) this.replyReads++;
          },
        },
      );
      this.connections.push(connection);
      this.opened++;
      this.mostOpen = Math.max(this.mostOpen, this.connections.length);
      if (claimSlot) connection.claimSlot();
      return connection;
    } finally {
      this.opening--;
    }
  }
}

/**
 * Sends `count` gets from `lanes` concurrent callers through place(), moving
 * the policy's target through `targets` as requests go out. Returns, per
 * connection, the keys in the order they were sent on it.
 */
async function drive(node: TestNode, sizing: PoolSizing, count: number, lanes: number, targets: number[], check: (c: Connection) => void) {
  const nodes = new Map([[node.node, node as unknown as NodePool]]);
  const sentOn = new Map<Connection, string[]>();
  const results: string[] = [];
  const adaptive = adaptiveNode(node as unknown as NodePool);
  let next = 0;
  const waiters: (() => void)[] = [];
  const wake = () => {
    for (const w of waiters.splice(0)) w();
  };
  const lane = async () => {
    while (next < count) {
      const i = next++;
      const turn = Math.floor((i * targets.length) / count);
      adaptive.state = { ...adaptive.state, target: targets[turn] } satisfies SizingState;
      const key = `k${i}`;
      let connection: Connection | undefined;
      for (;;) {
        const placement = place(nodes, () => 0, false, undefined, sizing);
        if (placement?.connection !== undefined) {
          connection = placement.connection;
          break;
        }
        if (placement !== undefined) {
          connection = await node.open(true);
          connection.releaseSlot();
          break;
        }
        // Everything full: wait for a reply to free a slot.
        await new Promise<void>((resolve) => waiters.push(resolve));
      }
      check(connection);
      const keys = sentOn.get(connection) ?? [];
      keys.push(key);
      sentOn.set(connection, keys);
      const reply = await connection.send(get(key));
      results.push(`${key}=${String(reply.vclock)}`);
      wake();
    }
  };
  await Promise.all(Array.from({ length: lanes }, lane));
  return { sentOn, results };
}

const cases: [string, PoolSizing & Limits, number[]][] = [
  [
    'cap 16, up to 4 connections, target moving 1 -> 4 -> 2 -> 1 -> 4',
    { adaptive: true, maxInFlightPerConnection: 16, minConnections: 1, maxConnections: 4 },
    [1, 4, 2, 1, 4],
  ],
  ['cap 1 (one request per connection), up to 8', { adaptive: true, maxInFlightPerConnection: 1, minConnections: 1, maxConnections: 8 }, [2, 8, 1]],
  ['cap 128, target above maxConnections', { adaptive: true, maxInFlightPerConnection: 128, minConnections: 1, maxConnections: 2 }, [1, 8, 3]],
];
for (const [label, sizing, targets] of cases) {
  test(`adaptive placement over real connections (${label}): nothing lost, duplicated or reordered; limits hold`, async (t) => {
    const riak = await startSerialRiak();
    const node = new TestNode(riak.port, sizing);
    t.teardown(async () => {
      for (const c of node.connections) c.destroy(undefined);
      await riak.close();
    });
    let deepest = 0;
    const { sentOn, results } = await drive(node, sizing, 3000, 200, targets, (connection) => {
      // The load before this request is sent: under the cap, or the request would not have been placed here.
      deepest = Math.max(deepest, connection.load);
      t.true(connection.load < sizing.maxInFlightPerConnection, `load ${connection.load} on a connection at placement`);
    });
    // Each reply carries its own key: nothing answered out of order or to another caller.
    t.is(results.length, 3000);
    t.true(results.every((r) => r.split('=')[0] === r.split('=')[1]));
    // The server saw every key once, and each connection's keys in the order they were sent on it.
    const byPort = new Map([...riak.keysBySocket].map(([socket, keys]) => [socket.remotePort, keys]));
    const seen = [...riak.keysBySocket.values()].flat();
    t.is(seen.length, 3000);
    t.is(new Set(seen).size, 3000);
    for (const [connection, keys] of sentOn) t.deepEqual(byPort.get(connection.socket.localPort), keys);
    t.true(node.mostOpen <= sizing.maxConnections, `${node.mostOpen} connections open at most`);
    t.true(deepest < sizing.maxInFlightPerConnection);
  });
}

test('connections beyond the target take no new requests while the active ones have room', async (t) => {
  const riak = await startMiniRiak();
  const sizing: PoolSizing = { adaptive: true, maxInFlightPerConnection: 4 };
  const node = new TestNode(riak.port, { minConnections: 1, maxConnections: 4 });
  t.teardown(async () => {
    for (const c of node.connections) c.destroy(undefined);
    await riak.close();
  });
  for (let i = 0; i < 3; i++) await node.open();
  const nodes = new Map([[node.node, node as unknown as NodePool]]);
  const adaptive = adaptiveNode(node as unknown as NodePool);
  adaptive.state = { ...adaptive.state, target: 1 };
  // Target 1: the first connection takes requests up to the cap...
  const placed: Connection[] = [];
  const replies: Promise<unknown>[] = [];
  for (let i = 0; i < 6; i++) {
    const connection = place(nodes, () => 0, false, undefined, sizing)?.connection;
    if (connection === undefined) return t.fail('no connection');
    placed.push(connection);
    replies.push(connection.send(get(`k${i}`)));
  }
  // ...then the least-loaded one beyond it (an overflow, not a spread).
  // (indexes: deepEqual would find any two connections alike)
  const at = placed.map((c) => node.connections.indexOf(c));
  t.deepEqual(at.slice(0, 4), [0, 0, 0, 0]);
  t.true(at[4] === 1 || at[4] === 2);
  t.not(at[5], 0);
  // No more than one connection wanted: no background open.
  t.false(adaptive.wantsConnection(node as unknown as NodePool));
  // The target moves up again (as when a window closes during a placement): the connections already open are enough.
  adaptive.state = { ...adaptive.state, target: 3 };
  t.false(adaptive.wantsConnection(node as unknown as NodePool), 'three are open: none to open');
  adaptive.state = { ...adaptive.state, target: 4 };
  place(nodes, () => 0, false, undefined, sizing);
  t.true(adaptive.wantsConnection(node as unknown as NodePool) || node.opening > 0 || node.connections.length === 4);
  await Promise.all(replies);
});

test('adaptive and maxInFlightPerConnection options: defaults and typed errors', (t) => {
  const defaults = resolvePoolOptions({ nodes: ['h:1'] });
  t.is(defaults.adaptive, true);
  t.is(defaults.maxInFlightPerConnection, 128);
  const fixed = resolvePoolOptions({ nodes: ['h:1'], adaptive: false });
  t.is(fixed.adaptive, false);
  t.is(fixed.maxInFlightPerConnection, 16);
  t.is(resolvePoolOptions({ nodes: ['h:1'], adaptive: false, maxInFlightPerConnection: 4 }).maxInFlightPerConnection, 4);
  t.is(resolvePoolOptions({ nodes: ['h:1'], maxInFlightPerConnection: 4 }).maxInFlightPerConnection, 4);
  const pinned = resolvePoolOptions({ nodes: ['h:1'], minConnections: 3, maxConnections: 3 });
  t.deepEqual([pinned.minConnections, pinned.maxConnections, pinned.adaptive], [3, 3, true]);
  for (const bad of ['yes', 1, null]) {
    t.throws(() => new Pool({ nodes: ['h:1'], adaptive: bad as never }), {
      instanceOf: RiakInvalidArgumentError,
      message: /Invalid adaptive: .* \(expected true or false\)/,
    });
  }
  t.throws(() => new Pool({ nodes: ['h:1'], maxInFlightPerConnection: 0 }), { instanceOf: RiakInvalidArgumentError, message: /maxInFlightPerConnection/ });
});

test('a pool with default options under 256 concurrent callers: every reply to its own caller, within maxConnections', async (t) => {
  const riak = await startMiniRiak();
  const pool = new Pool({ nodes: [riak.node] });
  t.teardown(async () => {
    await pool.close();
    await riak.close();
  });
  let next = 0;
  const wrong: string[] = [];
  const lane = async () => {
    while (next < 5000) {
      const key = `k${next++}`;
      const reply = await pool.send(get(key));
      if (String(reply.vclock) !== key) wrong.push(key);
    }
  };
  await Promise.all(Array.from({ length: 256 }, lane));
  t.deepEqual(wrong, []);
  const stats = pool.stats().nodes[0];
  t.is(stats.requests, 5000);
  t.true(stats.connections >= 1 && stats.connections <= 8, `${stats.connections} connections`);
  t.true(riak.sockets.size <= 8);
});

/** A peer that answers every request of a read at once, in one write (as a server that is never the bottleneck). */
async function startBatchingRiak(): Promise<FakePeer> {
  const due = new Map<Socket, Buffer[]>();
  return startFakePeer(({ code, payload, socket }) => {
    if (code !== 9) return;
    const replies = due.get(socket) ?? [];
    if (replies.length === 0) {
      due.set(socket, replies);
      setImmediate(() => {
        if (!socket.destroyed) socket.write(Buffer.concat(replies.splice(0)));
      });
    }
    replies.push(encodeMessage('RpbGetResp', { vclock: RpbGetReq.decode(payload).key }));
  });
}

/**
 * 64 callers send gets through place() until the node's adaptive policy has
 * decided on `windows` windows; returns every phase seen after a placement.
 */
async function driveWindows(node: TestNode, windows: number): Promise<Set<string>> {
  const nodes = new Map([[node.node, node as unknown as NodePool]]);
  const adaptive = adaptiveNode(node as unknown as NodePool);
  const sizing: PoolSizing = { adaptive: true, maxInFlightPerConnection: 128 };
  const phases = new Set<string>();
  let sent = 0;
  const lane = async () => {
    while (adaptive.windows < windows) {
      const connection = place(nodes, () => 0, false, undefined, sizing)?.connection;
      if (connection === undefined) throw new Error('no connection with room');
      phases.add(adaptive.state.phase);
      await connection.send(get(`k${sent++}`));
    }
  };
  await Promise.all(Array.from({ length: 64 }, lane));
  return phases;
}

// Serial: the event loop's busy time is shared out over every reply the process receives, and the other tests' replies would dilute it.
test.serial(
  'a wait the client work explains (replies in batches from a server answering at once) starts no growth; replies one by one are told apart',
  async (t) => {
    const batching = await startBatchingRiak();
    const serial = await startSerialRiak();
    const nodes = [new TestNode(batching.port, { minConnections: 1, maxConnections: 4 }), new TestNode(serial.port, { minConnections: 1, maxConnections: 4 })];
    t.teardown(async () => {
      for (const node of nodes) for (const c of node.connections) c.destroy(undefined);
      await Promise.all([batching.close(), serial.close()]);
    });
    for (const node of nodes) await node.open();
    // A server answering 64 pipelined requests at once (in this process: its
    // work is the client's loop's too): without the client-bound check, a
    // stable window would start a trial of two connections.
    const phases = await driveWindows(nodes[0], 6);
    const seen = adaptiveNode(nodes[0] as unknown as NodePool);
    t.false(phases.has('trying'), `phases: ${[...phases].join(', ')}`);
    t.is(seen.state.target, 1);
    t.is(nodes[0].connections.length, 1);
    const batched = seen.lastWindow;
    t.true(batched !== undefined && clientBound(batched), JSON.stringify(batched));
    // A server serving one request after another: its replies come a few at a
    // time (one per read on an idle machine, up to 6 measured on a busy one),
    // far from a batch of all those outstanding: not the client's wait.
    await driveWindows(nodes[1], 2);
    const apart = adaptiveNode(nodes[1] as unknown as NodePool).lastWindow;
    t.true(apart !== undefined && !clientBound(apart) && apart.repliesPerRead < apart.depth / 4 && apart.depth > 2 * QUEUEING_DEPTH, JSON.stringify(apart));
  },
);

test("the event loop's busy time is shared out over the replies of every node of the process, not charged to one node's", (t) => {
  // Just enough of a NodePool for a window to close; no connections.
  const fakeNode = (node: string) => ({
    node,
    latency: new LatencyReservoir(),
    replyReads: 0,
    connections: [],
    opening: 0,
    canGrow: true,
    settings: { minConnections: 1, maxConnections: 4 },
  });
  const quiet = fakeNode('quiet:1');
  const busy = fakeNode('busy:1');
  const adaptive = adaptiveNode(quiet as unknown as NodePool);
  adaptive.observe(quiet as unknown as NodePool); // opens the window
  for (let i = 0; i < WINDOW_REPLIES; i++) {
    quiet.latency.record(10);
    quiet.replyReads++;
  }
  // Another node's 100 times as many replies, and the loop busy past a window's length (what the replies cost).
  for (let i = 0; i < 100 * WINDOW_REPLIES; i++) busy.latency.record(1);
  const until = performance.now() + 1.1 * WINDOW_MS;
  while (performance.now() < until);
  adaptive.observe(quiet as unknown as NodePool); // closes it
  const window = adaptive.lastWindow;
  if (window === undefined) return t.fail('no window closed');
  t.is(window.replies, WINDOW_REPLIES);
  // The busy time over all 101 x 32 replies, not over this node's 32 (which would be about 3.4 ms each).
  const allReplies = 101 * WINDOW_REPLIES;
  t.true(
    window.clientMsPerReply >= WINDOW_MS / allReplies && window.clientMsPerReply < (5 * WINDOW_MS) / allReplies,
    `${window.clientMsPerReply} ms per reply`,
  );
});
