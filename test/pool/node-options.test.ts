import test, { type ExecutionContext } from 'ava';
import { RiakClient } from '../../src/client/riak-client.js';
import { RiakInvalidArgumentError, RiakTlsError } from '../../src/errors.js';
import { startDevServer, type DevServer } from '../../src/server/index.js';
import { weightedLeastInFlight, weightedRoundRobin } from '../../src/pool/weighted-balancer.js';
import { CA, PASSWORD_USER, pem, secureServer } from '../helpers/security.js';
import { until } from '../helpers/wait.js';

// Issue 16: per-node options (connection limits, weight, TLS server name)
// beside the pool's shared defaults.

async function devServers(t: ExecutionContext, count: number): Promise<DevServer[]> {
  const servers = await Promise.all(Array.from({ length: count }, () => startDevServer({ port: 0 })));
  t.teardown(() => Promise.all(servers.map((s) => s.close())));
  return servers;
}

const nodeOf = (server: DevServer) => `${server.host}:${server.port}`;
const requestsOn = (client: RiakClient, node: string) => client.stats().nodes.find((n) => n.node === node)?.requests ?? 0;

test('node options are validated with errors that name the entry and the option', (t) => {
  const cases: [unknown[], RegExp, object?][] = [
    [[{ node: 'a:1', weight: 0 }], /Invalid nodes\[0\]\.weight: expected a positive number, got 0/],
    [['a:1', { node: 'b:1', weight: Number.NaN }], /Invalid nodes\[1\]\.weight/],
    [[{ node: 'a:1', maxConnections: 0 }], /Invalid nodes\[0\]\.maxConnections: 0 \(expected an integer >= 1\)/],
    [[{ node: 'a:1', minConnections: 3, maxConnections: 2 }], /Invalid nodes\[0\]\.minConnections: 3 is above its maxConnections 2/],
    [[{ node: 'a:1', wieght: 2 }], /Invalid nodes\[0\]: unknown option "wieght"/],
    [[{ weight: 2 }], /Invalid nodes\[0\]\.node: expected "host:port", got undefined/],
    [[{ node: 'a:port' }], /Invalid nodes\[0\]\.node: Invalid node address "a:port"/],
    [[{ node: 'a:1', servername: 'riak.example' }], /Invalid nodes\[0\]\.servername: it names the TLS server, but the pool has no `tls` option/],
    [[{ node: 'a:1', servername: 7 }], /Invalid nodes\[0\]\.servername: expected a host name/, { tls: {} }],
    [['a:1', 'a:1'], /Invalid nodes\[1\]: a:1 is listed twice/],
    [['a', { node: 'a:8087' }], /Invalid nodes\[1\]: a:8087 is listed twice/],
    [[42], /Invalid nodes\[0\]: expected "host:port" or \{ node: "host:port", \.\.\. \}, got 42/],
  ];
  for (const [nodes, message, extra] of cases) {
    t.throws(() => new RiakClient({ nodes: nodes as never, ...extra }), { instanceOf: RiakInvalidArgumentError, message }, JSON.stringify(nodes));
  }
  t.notThrows(() => new RiakClient({ nodes: [{ node: 'a:1', weight: 0.5, minConnections: 0, maxConnections: 2 }], minConnections: 0 }).close());
});

test('smooth weighted round-robin gives each node its weight’s share, spread out', (t) => {
  const nodes = [
    { node: 'a', inFlight: 0, openConnections: 1, weight: 3 },
    { node: 'b', inFlight: 0, openConnections: 1, weight: 1 },
  ];
  const rr = weightedRoundRobin();
  t.deepEqual(Array.from({ length: 8 }, () => nodes[rr(nodes)].node).join(''), 'aabaaaba');
  // Least in flight per unit of weight; ties go by weight too.
  const lif = weightedLeastInFlight();
  t.is(
    nodes[
      lif([
        { ...nodes[0], inFlight: 6 },
        { ...nodes[1], inFlight: 3 },
      ])
    ].node,
    'a',
    '6/3 < 3/1',
  );
  t.is(
    nodes[
      lif([
        { ...nodes[0], inFlight: 9 },
        { ...nodes[1], inFlight: 2 },
      ])
    ].node,
    'b',
    '9/3 > 2/1',
  );
  const picks = Array.from({ length: 8 }, () => nodes[lif(nodes)].node);
  t.is(picks.filter((n) => n === 'a').length, 6);
});

for (const balancer of ['least-in-flight', 'round-robin'] as const) {
  test(`a node of weight 3 takes three times the sequential requests of a node of weight 1 (${balancer})`, async (t) => {
    const [a, b] = await devServers(t, 2);
    const client = new RiakClient({ nodes: [{ node: nodeOf(a), weight: 3 }, nodeOf(b)], balancer });
    t.teardown(() => client.close());
    await until(() => client.stats().nodes.every((n) => n.connections === 1), 'both nodes warmed up');
    for (let i = 0; i < 200; i++) await client.get({ bucket: 'b', key: `k${i}` });
    const heavy = requestsOn(client, nodeOf(a));
    const light = requestsOn(client, nodeOf(b));
    t.is(heavy + light, 200);
    t.true(Math.abs(heavy - 150) <= 3, `${heavy} / ${light}`);
  });
}

test('per-node maxConnections and minConnections override the shared ones', async (t) => {
  const [a, b] = await devServers(t, 2);
  const client = new RiakClient({
    nodes: [
      { node: nodeOf(a), minConnections: 2 },
      { node: nodeOf(b), maxConnections: 1 },
    ],
    maxInFlightPerConnection: 1,
  });
  t.teardown(() => client.close());
  await until(() => a.connectionCount() === 2 && b.connectionCount() === 1, 'two warm connections to a, one to b');
  await Promise.all(Array.from({ length: 200 }, (_, i) => client.put({ bucket: 'b', key: `k${i}`, value: 'v' })));
  const stats = Object.fromEntries(client.stats().nodes.map((n) => [n.node, n.connections]));
  t.is(stats[nodeOf(b)], 1, 'node b never had more than one connection');
  t.true(stats[nodeOf(a)] > 2, `node a grew to ${stats[nodeOf(a)]} (shared maxConnections 8)`);
  t.is(b.connectionCount(), 1);
});

test('a node’s own TLS servername: each node’s certificate is checked against its own name', async (t) => {
  const localhost = await secureServer(t);
  const other = await secureServer(t, { tls: { cert: pem('wrong-host.crt'), key: pem('wrong-host.key'), ca: CA } });
  const auth = { user: PASSWORD_USER.name, password: PASSWORD_USER.password };
  const client = new RiakClient({
    nodes: [`localhost:${localhost.port}`, { node: `localhost:${other.port}`, servername: 'other.example' }],
    tls: { ca: CA },
    auth,
    minConnections: 0,
  });
  t.teardown(() => client.close());
  for (const node of client.nodes) await client.requestRaw(1, undefined, { node });
  t.is(client.stats().nodes.filter((n) => n.connections > 0).length, 2);
  // Without its servername, the second node's certificate does not match.
  const plain = new RiakClient({ nodes: [`localhost:${other.port}`], tls: { ca: CA }, auth, retry: { attempts: 1 } });
  t.teardown(() => plain.close());
  await t.throwsAsync(plain.ping(), { instanceOf: RiakTlsError });
});
