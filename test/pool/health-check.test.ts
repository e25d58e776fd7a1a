import test, { type ExecutionContext } from 'ava';
import { RiakClient } from '../../src/client/riak-client.js';
import { RiakConnectionError, RiakInvalidArgumentError, RiakServerError, RiakTimeoutError } from '../../src/errors.js';
import type { HealthProbe } from '../../src/pool/pool.js';
import { startDevServer, type DevServer } from '../../src/server/index.js';
import { holdTimers } from '../helpers/held-timers.js';
import { once, until } from '../helpers/wait.js';

// Issue 16: a pluggable health check (default ping), run by the down-probe,
// by a request's own connect to a down node, and every health.intervalMs.
// Delays no other timer uses, held by the tests (never a clock).
const INTERVAL_MS = 987_611;
const PROBE_MS = 987_613;
const CHECK_TIMEOUT_MS = 987_617;

async function devServer(t: ExecutionContext): Promise<DevServer> {
  const server = await startDevServer({ port: 0 });
  t.teardown(() => server.close());
  return server;
}

const nodeOf = (server: DevServer) => `${server.host}:${server.port}`;
const stateOf = (client: RiakClient) => client.stats().nodes[0].state;

test('health options are validated with errors that name them', (t) => {
  const nodes = ['h:1'];
  const cases: [unknown, RegExp][] = [
    [{ check: 42 }, /Invalid health\.check: expected 'ping', \{ canary: \{ bucket, key \} \} or a function, got 42/],
    [{ check: 'pong' }, /Invalid health\.check/],
    [{ check: { canary: { bucket: 'b' } } }, /Invalid health\.check\.canary\.key: expected a non-empty string/],
    [{ check: { canary: { bucket: 'b', key: 'k', type: '' } } }, /Invalid health\.check\.canary\.type/],
    [{ check: { canary: { bucket: 'b', key: 'k', w: 1 } } }, /Invalid health\.check\.canary: unknown option "w"/],
    [{ check: { canary: 'b/k' } }, /Invalid health\.check\.canary: expected \{ bucket, key, type\? \}/],
    [{ intervalMs: -1 }, /Invalid health\.intervalMs: -1/],
    [{ intervalMs: 2 ** 31 }, /Invalid health\.intervalMs: 2147483648 \(expected an integer from 0 to 2147483647 ms\)/],
    [{ timeoutMs: 0 }, /Invalid health\.timeoutMs/],
    [{ probeInitialMs: 1.5 }, /Invalid health\.probeInitialMs/],
    [{ intervalMS: 10 }, /Invalid health: unknown option "intervalMS"/],
    ['ping', /Invalid health: expected an object/],
  ];
  for (const [health, message] of cases) {
    t.throws(() => new RiakClient({ nodes, health: health as never }), { instanceOf: RiakInvalidArgumentError, message }, JSON.stringify(health));
  }
});

test.serial('a failing periodic check marks the node down; its probe runs the check until it passes', async (t) => {
  const rounds = holdTimers(t, INTERVAL_MS);
  const probes = holdTimers(t, PROBE_MS);
  const server = await devServer(t);
  let healthy = true;
  const checked: string[] = [];
  const check = async (probe: HealthProbe) => {
    checked.push(probe.node);
    await probe.request('RpbPingReq', undefined);
    if (!healthy) throw new Error('in maintenance');
  };
  const client = new RiakClient({ nodes: [nodeOf(server)], health: { check, intervalMs: INTERVAL_MS, probeInitialMs: PROBE_MS, probeMaxMs: PROBE_MS } });
  t.teardown(() => client.close());
  await client.ping();
  t.deepEqual(checked, [], 'a new connection answered a ping: no check before the first round');
  t.is(rounds.pending, 1);
  rounds.release();
  await until(() => checked.length === 1, 'the first round’s check');
  t.deepEqual(checked, [nodeOf(server)]);
  t.is(stateOf(client), 'up');

  healthy = false;
  const down = once<[{ node: string; error: unknown }]>(client, 'nodeDown', 'the node to be marked down');
  rounds.release();
  const [{ error }] = await down;
  t.true(error instanceof RiakConnectionError);
  t.regex((error as Error).message, /failed its health check: in maintenance/);
  t.is(stateOf(client), 'down');

  // The probe opens a connection and runs the check on it: still failing, the node stays down.
  await until(() => probes.pending === 1, 'the probe to be scheduled');
  probes.release();
  await until(() => checked.length === 3 && probes.pending === 1, 'the probe’s check, and the next probe');
  t.is(stateOf(client), 'down');
  // Rounds skip a node that is down.
  rounds.release();
  t.is(checked.length, 3);

  healthy = true;
  const up = once(client, 'nodeUp', 'the node to come back');
  probes.release();
  await up;
  t.is(checked.length, 4);
  t.is(stateOf(client), 'up');
  await client.ping();
});

test.serial('a request connecting to a down node itself runs the check first: it fails while the node is unfit', async (t) => {
  const rounds = holdTimers(t, INTERVAL_MS);
  holdTimers(t, PROBE_MS);
  const server = await devServer(t);
  let healthy = false;
  const client = new RiakClient({
    nodes: [nodeOf(server)],
    retry: { attempts: 1 },
    health: {
      intervalMs: INTERVAL_MS,
      probeInitialMs: PROBE_MS,
      probeMaxMs: PROBE_MS,
      check: () => {
        if (!healthy) throw new Error('read-only mode');
      },
    },
  });
  t.teardown(() => client.close());
  await client.ping();
  const down = once(client, 'nodeDown', 'the node to be marked down');
  rounds.release();
  await down;
  // The only node is down: the request connects by itself, and the check refuses that connection.
  const error = await t.throwsAsync(client.get({ bucket: 'b', key: 'k' }), {
    instanceOf: RiakConnectionError,
    message: /failed its health check: read-only mode/,
  });
  t.false(error?.outcomeUnknown, 'nothing of the request was sent');
  healthy = true;
  t.false((await client.get({ bucket: 'b', key: 'k' })).found);
  t.is(stateOf(client), 'up');
});

test.serial('the canary check writes and reads back a key on the node; one that cannot write marks the node down', async (t) => {
  const rounds = holdTimers(t, INTERVAL_MS);
  holdTimers(t, PROBE_MS);
  const server = await devServer(t);
  const reader = new RiakClient({ nodes: [nodeOf(server)] });
  t.teardown(() => reader.close());
  const canary = { bucket: 'health', key: 'canary' };
  const client = new RiakClient({ nodes: [nodeOf(server)], health: { check: { canary }, intervalMs: INTERVAL_MS, probeInitialMs: PROBE_MS } });
  t.teardown(() => client.close());
  await client.ping();
  t.false((await reader.get(canary)).found);
  rounds.release();
  const written = await until(async () => (await reader.get(canary)).value?.toString(), 'the canary to be written');
  t.regex(written, /^riak-pb health check /);
  t.is(stateOf(client), 'up');
  // A round that fires while the previous check still runs (its get after the put we saw) is skipped, by design:
  // release rounds until one has run after it.
  const again = await until(async () => {
    if (rounds.pending > 0) rounds.release();
    const value = (await reader.get(canary)).value?.toString();
    return value !== written && value;
  }, 'a second, different canary value');
  t.not(again, written);
  t.is(stateOf(client), 'up');
  await client.close();
  t.is(rounds.pending, 0, 'a closed client schedules no more rounds');

  const broken = new RiakClient({
    nodes: [nodeOf(server)],
    health: { check: { canary: { type: 'nope', bucket: 'health', key: 'canary' } }, intervalMs: INTERVAL_MS, probeInitialMs: PROBE_MS },
  });
  t.teardown(() => broken.close());
  await broken.ping();
  const down = once<[{ error: unknown }]>(broken, 'nodeDown', 'the node whose canary cannot be written to go down');
  rounds.release();
  const [{ error }] = await down;
  t.true(error instanceof RiakConnectionError);
  t.true((error as RiakConnectionError).cause instanceof RiakServerError);
  t.regex((error as Error).message, /failed its health check: Riak error: no_type/);
});

test.serial('a check that does not finish within health.timeoutMs fails, and its requests are aborted', async (t) => {
  const rounds = holdTimers(t, INTERVAL_MS);
  holdTimers(t, PROBE_MS);
  const timeouts = holdTimers(t, CHECK_TIMEOUT_MS);
  const server = await devServer(t);
  let aborted = false;
  const client = new RiakClient({
    nodes: [nodeOf(server)],
    health: {
      intervalMs: INTERVAL_MS,
      probeInitialMs: PROBE_MS,
      timeoutMs: CHECK_TIMEOUT_MS,
      check: (probe) =>
        new Promise((resolve) => {
          probe.signal.addEventListener('abort', () => {
            aborted = true;
            resolve(undefined);
          });
        }),
    },
  });
  t.teardown(() => client.close());
  await client.ping();
  rounds.release();
  await until(() => timeouts.pending === 1, 'the check to be running');
  t.is(stateOf(client), 'up', 'a check in progress changes nothing');
  const down = once<[{ error: unknown }]>(client, 'nodeDown', 'the node to go down');
  timeouts.release();
  const [{ error }] = await down;
  t.true((error as RiakConnectionError).cause instanceof RiakTimeoutError);
  t.regex((error as Error).message, /took longer than 987617 ms \(health\.timeoutMs\)/);
  t.true(aborted, 'the check’s signal was aborted');
});
