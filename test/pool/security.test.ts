import test from 'ava';
import { RiakClient } from '../../src/client/riak-client.js';
import { RiakAuthError, RiakInvalidArgumentError } from '../../src/errors.js';
import { resolvePoolOptions } from '../../src/pool/pool-options.js';
import { startDevServer } from '../../src/server/index.js';
import { FaultProxy } from '../helpers/fault-proxy.js';
import { holdTimers } from '../helpers/held-timers.js';
import { once, until } from '../helpers/wait.js';
import { CA, PASSWORD_USER, secureServer, securityOptions } from '../helpers/security.js';

// The pool over secured connections: every connection it opens or reopens is
// authenticated, and refused credentials are not retried in a loop.

const AUTH = { user: PASSWORD_USER.name, password: PASSWORD_USER.password };
/** A probe interval no other timer uses: the tests hold the probes (see holdTimers) and run them one at a time. */
const PROBE_MS = 876_543;
/** Probes that cannot run during a test. */
const NO_PROBE = { probeInitialMs: 3_600_000, probeMaxMs: 3_600_000 };

test('several authenticated connections carry a pipelined load', async (t) => {
  const server = await secureServer(t);
  const riak = new RiakClient({ nodes: [`127.0.0.1:${server.port}`], tls: { ca: CA }, auth: AUTH, maxConnections: 4, maxInFlightPerConnection: 16 });
  t.teardown(() => riak.close());
  await riak.put({ bucket: 'load', key: 'k', value: 'v' });
  const results = await Promise.all(Array.from({ length: 500 }, () => riak.get({ bucket: 'load', key: 'k' })));
  t.true(results.every((r) => String(r.value) === 'v'));
  const [node] = riak.stats().nodes;
  t.true(node.connections >= 2 && node.connections <= 4, `${node.connections} connections`);
  const stats = server.authStats();
  // Each connection was secured once: as many auths as STARTTLS, none failed.
  t.is(stats.authSuccesses, stats.startTls);
  t.true(stats.authSuccesses >= node.connections && stats.authSuccesses <= 4);
  t.is(stats.authFailures, 0);
});

test('a connection reopened after a cut is authenticated again', async (t) => {
  const server = await secureServer(t);
  const proxy = await FaultProxy.start(server.port);
  t.teardown(() => proxy.close());
  const riak = new RiakClient({ nodes: [proxy.node], tls: { ca: CA }, auth: AUTH, maxConnections: 1, health: { probeInitialMs: 10 } });
  t.teardown(() => riak.close());
  await riak.ping();
  t.is(server.authStats().authSuccesses, 1);
  const closed = once(riak, 'connectionClose', 'the client to see its connection cut');
  proxy.cut();
  await closed;
  await riak.put({ bucket: 'b', key: 'after-cut', value: 'v' });
  t.true(proxy.connections >= 2);
  t.true(server.authStats().authSuccesses >= 2);
  t.is(server.authStats().authFailures, 0);
});

test('refused credentials are not hammered: requests fail fast without reconnecting', async (t) => {
  // No delay on the server: the worst case for a retry loop. Only the node's
  // probe may try again, and it cannot run during this test.
  const server = await secureServer(t, { authFailureDelayMs: 0 });
  const riak = new RiakClient({
    nodes: [`127.0.0.1:${server.port}`],
    tls: { ca: CA },
    auth: { user: PASSWORD_USER.name, password: 'wrong' },
    health: NO_PROBE,
  });
  t.teardown(() => riak.close());
  for (let i = 0; i < 30; i++) await t.throwsAsync(riak.ping(), { instanceOf: RiakAuthError, message: /Authentication failed/ });
  const attempts = server.authStats().authRequests;
  // The warm-up connection and at most the first request's own.
  t.true(attempts >= 1 && attempts <= 2, `${attempts} auth attempts for 30 requests`);
  t.is(riak.stats().nodes[0].state, 'down');
});

test('refused credentials: concurrent requests and warm-up connections stay bounded too', async (t) => {
  const server = await secureServer(t, { authFailureDelayMs: 0 });
  const riak = new RiakClient({
    nodes: [`127.0.0.1:${server.port}`],
    tls: { ca: CA },
    auth: { user: 'mallory', password: 'x' },
    minConnections: 2,
    maxConnections: 4,
    health: NO_PROBE,
  });
  t.teardown(() => riak.close());
  for (let round = 0; round < 10; round++) {
    const results = await Promise.allSettled(Array.from({ length: 50 }, () => riak.ping()));
    t.true(results.every((r) => r.status === 'rejected' && r.reason instanceof RiakAuthError));
  }
  const attempts = server.authStats().authRequests;
  t.true(attempts <= 6, `${attempts} auth attempts`);
});

test('a node that refused the credentials is probed only at probeMaxMs and comes back once they are accepted', async (t) => {
  // First no such user, then (same port, e.g. after `riak-admin security add-user`) the user exists.
  const probes = holdTimers(t, PROBE_MS);
  const first = await startDevServer({ port: 0, security: securityOptions({ users: [], authFailureDelayMs: 0 }) });
  t.teardown(() => first.close());
  const port = first.port;
  // probeInitialMs is not used for refused credentials: the first probe waits probeMaxMs.
  const riak = new RiakClient({ nodes: [`127.0.0.1:${port}`], tls: { ca: CA }, auth: AUTH, health: { probeInitialMs: 10, probeMaxMs: PROBE_MS } });
  t.teardown(() => riak.close());
  await t.throwsAsync(riak.ping(), { instanceOf: RiakAuthError });
  await until(() => probes.pending === 1, 'the probe to be scheduled at probeMaxMs');
  const attempts = first.authStats().authRequests;
  // While the probe waits, requests fail at once and nothing reconnects.
  for (let i = 0; i < 5; i++) await t.throwsAsync(riak.ping(), { instanceOf: RiakAuthError });
  t.is(first.authStats().authRequests, attempts, 'no auth attempt before the probe runs');
  probes.release();
  await until(() => first.authStats().authRequests === attempts + 1 && probes.pending === 1, 'the probe to fail and the next one to be scheduled');
  t.is(riak.stats().nodes[0].state, 'down');

  await first.close();
  const second = await startDevServer({ port, security: securityOptions() });
  t.teardown(() => second.close());
  probes.release();
  await until(() => riak.stats().nodes[0].state === 'up', 'the node to be up again');
  await riak.ping();
  t.true(second.authStats().authSuccesses >= 1);
});

test("with auth, the connect timeout defaults to 10 s so Riak's 5 s-delayed refusal arrives", (t) => {
  t.is(resolvePoolOptions({ nodes: ['h:1'] }).connectTimeout, 5000);
  t.is(resolvePoolOptions({ nodes: ['h:1'], tls: { ca: CA }, auth: AUTH }).connectTimeout, 10_000);
  t.is(resolvePoolOptions({ nodes: ['h:1'], tls: { ca: CA }, auth: AUTH, connectTimeout: 7000 }).connectTimeout, 7000);
});

test("with a client certificate and no auth, the user is the certificate's CN, lowercased", (t) => {
  const { cert, key } = { cert: CA, key: undefined };
  // The CA certificate's CN is "riak-pb test CA".
  t.is(resolvePoolOptions({ nodes: ['h:1'], tls: { cert, key } }).security?.auth?.user, 'riak-pb test ca');
  t.throws(() => resolvePoolOptions({ nodes: ['h:1'], tls: { cert: 'not a certificate' } }), { instanceOf: RiakInvalidArgumentError, message: /Invalid tls/ });
});

test('TLS material that does not parse is refused at construction', (t) => {
  t.throws(() => new RiakClient({ nodes: ['h:1'], tls: { ca: CA, cert: 'x', key: 'y' }, auth: AUTH }), {
    instanceOf: RiakInvalidArgumentError,
    message: /Invalid tls/,
  });
});
