import test, { type ExecutionContext } from 'ava';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { RiakClient } from '../../src/client/riak-client.js';
import { RiakClosedError, RiakConnectionError, RiakInvalidArgumentError } from '../../src/errors.js';
import { startDevServer, type DevServer } from '../../src/server/index.js';
import { builtFile } from '../helpers/built.js';
import { until } from '../helpers/wait.js';
import { repoPath, tlsFixture } from '../helpers/paths.js';

const fixture = tlsFixture;

test('`await using` closes the client and the dev server when the scope ends', async (t) => {
  let client: RiakClient | undefined;
  let server: DevServer | undefined;
  {
    await using scopedServer = await startDevServer({ port: 0 });
    await using scopedClient = new RiakClient(scopedServer.url);
    await scopedClient.ping();
    client = scopedClient;
    server = scopedServer;
  }
  await t.throwsAsync(client.ping(), { instanceOf: RiakClosedError });
  // The listener is gone: a new client cannot connect.
  const late = new RiakClient({ url: server.url, minConnections: 0 });
  t.teardown(() => late.close());
  await t.throwsAsync(late.ping({ retry: false }), { instanceOf: RiakConnectionError, message: /ECONNREFUSED/ });
  t.is(typeof client[Symbol.asyncDispose], 'function');
});

/** A dev server with `count` keys of 1 KB in bucket `b`, one key per frame: a listing far longer than one socket read. */
async function longListing(t: ExecutionContext, count = 400): Promise<{ server: DevServer; client: RiakClient; closes: string[] }> {
  const server = await startDevServer({ port: 0, streamBatchSize: 1 });
  const client = new RiakClient({ url: server.url, minConnections: 0 });
  t.teardown(async () => {
    await client.close();
    await server.close();
  });
  await Promise.all(Array.from({ length: count }, (_, i) => client.put({ bucket: 'b', key: `${String(i).padStart(4, '0')}${'k'.repeat(1000)}`, value: 'v' })));
  const closes: string[] = [];
  client.on('connectionClose', ({ node }) => closes.push(node));
  return { server, client, closes };
}

for (const exit of ['break', 'throw', 'return'] as const) {
  test(`leaving a for await over a stream by ${exit} closes its connection; the client goes on`, async (t) => {
    const { client, closes } = await longListing(t);
    const consume = async (): Promise<number> => {
      let seen = 0;
      for await (const key of client.listKeys({ bucket: 'b' })) {
        seen += key.length > 1000 ? 1 : 0;
        if (exit === 'break') break;
        if (exit === 'throw') throw new RiakInvalidArgumentError('stop here');
        return seen;
      }
      return seen;
    };
    if (exit === 'throw') await t.throwsAsync(consume(), { message: 'stop here' });
    else t.is(await consume(), 1);
    // Riak would keep streaming: the connection is closed rather than returned to the pool.
    await until(() => closes.length === 1, 'the streaming connection to close');
    t.is(client.stats().nodes[0].inFlight, 0);
    await client.ping();
    t.is((await client.listKeys({ bucket: 'b' }).toArray()).length, 400);
  });
}

test('a stream read to its end leaves its connection in the pool', async (t) => {
  const { client, closes } = await longListing(t, 50);
  t.is((await client.listKeys({ bucket: 'b' }).toArray()).length, 50);
  await client.ping();
  t.deepEqual(closes, []);
});

/** The idle child's report, and its exit once `finish` lets it (closing stdin). */
function idleChild(url: string, allowExitOnIdle: boolean): { report: Promise<{ sockets: number }>; exit: Promise<number | null>; finish(): void } {
  const dist = dirname(builtFile('index.js'));
  const script = repoPath('test/helpers/ecosystem-idle-child.mjs');
  const child = spawn(process.execPath, [script, dist, url, String(allowExitOnIdle)], { stdio: ['pipe', 'pipe', 'inherit'] });
  let out = '';
  const report = new Promise<{ sockets: number }>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve(JSON.parse(out) as { sockets: number });
    });
    // 'close', not 'exit': a process may exit before its last output is read; 'close' comes after both.
    child.once('close', (code) => reject(new Error(`child exited (${code}) before reporting: ${out}`)));
  });
  // Awaited later, perhaps after another child's: its failure is reported there, not as an unhandled rejection.
  report.catch(() => {});
  const exit = new Promise<number | null>((resolve) => child.once('close', resolve));
  return { report, exit, finish: () => child.stdin.end() };
}

test('allowExitOnIdle: a process that never closes its client exits once idle; by default the idle socket keeps it alive', async (t) => {
  const server = await startDevServer({ port: 0 });
  t.teardown(() => server.close());

  // Both processes at once.
  const held = idleChild(server.url, false);
  const free = idleChild(server.url, true);
  // Without the option, the idle connection still holds the event loop: the process would never exit by itself.
  t.true((await held.report).sockets >= 1);
  held.finish();
  t.is(await held.exit, 0);

  t.is((await free.report).sockets, 0);
  // Nothing else holds it: the process exits with the client still open (stdin is never closed).
  t.is(await free.exit, 0);
});

test('allowExitOnIdle holds after a STARTTLS upgrade too', async (t) => {
  const server = await startDevServer({
    port: 0,
    security: {
      users: [{ name: 'ada', password: 'pw', source: 'password' }],
      tls: { cert: readFileSync(fixture('server.crt')), key: readFileSync(fixture('server.key')), ca: readFileSync(fixture('ca.crt')) },
    },
  });
  t.teardown(() => server.close());
  const url = `riak://ada:pw@127.0.0.1:${server.port}?tls=true&ca=${fixture('ca.crt')}`;
  // Both processes at once.
  const free = idleChild(url, true);
  const held = idleChild(url, false);
  t.is((await free.report).sockets, 0);
  t.is(await free.exit, 0);
  t.true((await held.report).sockets >= 1);
  held.finish();
  t.is(await held.exit, 0);
});
