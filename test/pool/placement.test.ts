import test from 'ava';
import type { Connection } from '../../src/connection/connection.js';
import { RiakAuthError, RiakConnectionError } from '../../src/errors.js';
import type { Balancer } from '../../src/pool/balancer.js';
import type { NodePool } from '../../src/pool/node-pool.js';
import { place } from '../../src/pool/placement.js';

// Placement (issue 15 moved it out of pool.ts): it returns the node and the
// connection it chose together, instead of leaving the connection in a
// NodePool field only valid until the next placement.

interface StubNode {
  node: string;
  state: 'up' | 'down' | 'removed';
  /** What pick() answers (undefined: no connection with room). */
  connection: Connection | undefined;
  canGrow: boolean;
  opening: number;
  busy: boolean;
  credentialError: RiakAuthError | undefined;
  inFlight: number;
  openConnections: number;
  grown: number;
}

const connection = (name: string) => ({ name }) as unknown as Connection;

function stub(node: string, fields: Partial<StubNode> = {}): StubNode & NodePool {
  const s: StubNode = {
    node,
    state: 'up',
    connection: undefined,
    canGrow: false,
    opening: 0,
    busy: false,
    credentialError: undefined,
    inFlight: 0,
    openConnections: 1,
    grown: 0,
    ...fields,
  };
  return Object.assign(s, {
    pick: () => s.connection,
    open: () => {
      s.grown++;
      return Promise.reject(new Error('not in this test'));
    },
  }) as unknown as StubNode & NodePool;
}

const nodes = (...list: NodePool[]) => new Map(list.map((n) => [n.node, n]));
const first: Balancer = () => 0;
const last: Balancer = (candidates) => candidates.length - 1;

test('one node with room: that node and the connection it picked', (t) => {
  const a = stub('a:1', { connection: connection('a1') });
  const placement = place(nodes(a), first, false, undefined);
  t.is(placement?.node, a);
  t.is(placement?.connection, a.connection);
});

test('several nodes: the connection is the one the balancer’s node picked, whichever index it chose', (t) => {
  const a = stub('a:1', { connection: connection('a1') });
  const b = stub('b:1', { connection: connection('b1') });
  const c = stub('c:1', { connection: undefined, canGrow: true }); // must open one first
  const all = nodes(a, b, c);
  const byIndex =
    (i: number): Balancer =>
    () =>
      i;
  t.deepEqual(place(all, byIndex(0), false, undefined), { node: a, connection: a.connection });
  t.deepEqual(place(all, byIndex(1), false, undefined), { node: b, connection: b.connection });
  t.deepEqual(place(all, last, false, undefined), { node: c, connection: undefined });
  // Each placement stands on its own: an earlier one changes nothing of a later one.
  const earlier = place(all, byIndex(0), false, undefined);
  place(all, byIndex(1), false, undefined);
  t.is(earlier?.connection, a.connection);
  t.deepEqual(place(all, byIndex(7), false, undefined), { node: a, connection: a.connection }, 'an index out of range takes the first');
});

test('full nodes are skipped; a node that must open a connection waits for one being opened', (t) => {
  const full = stub('a:1');
  t.is(place(nodes(full), first, false, undefined), undefined);
  const growing = stub('b:1', { canGrow: true, opening: 1 });
  t.is(place(nodes(full, growing), first, false, undefined), undefined);
  growing.opening = 0;
  t.deepEqual(place(nodes(full, growing), first, false, undefined), { node: growing, connection: undefined });
});

test('a node every connection of which has work grows one in the background', (t) => {
  const a = stub('a:1', { connection: connection('a1'), canGrow: true, busy: true });
  t.is(place(nodes(a), first, false, undefined)?.connection, a.connection);
  t.is(a.grown, 1);
});

test('nodes a request failed on are avoided while another can take it', (t) => {
  const a = stub('a:1', { connection: connection('a1') });
  const b = stub('b:1', { connection: connection('b1') });
  t.is(place(nodes(a, b), first, false, new Set([a]))?.node, b);
  t.is(place(nodes(a, b), first, false, new Set([a, b]))?.node, a, 'every node tried: any of them');
});

test('every node down: one not connecting is tried; one that refused the credentials only when nothing else can be', (t) => {
  t.throws(() => place(nodes(), first, false, undefined), { instanceOf: RiakConnectionError, message: 'No Riak node is configured' });
  const refused = stub('a:1', { state: 'down', credentialError: new RiakAuthError('refused') });
  const connecting = stub('b:1', { state: 'down', opening: 1 });
  const idle = stub('c:1', { state: 'down' });
  t.deepEqual(place(nodes(refused, idle), first, false, undefined), { node: idle, connection: undefined });
  t.is(place(nodes(refused, connecting), first, false, undefined), undefined, 'waits for the connect under way');
  t.deepEqual(place(nodes(refused), first, false, undefined), { node: refused, connection: undefined });
});
