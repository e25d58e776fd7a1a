import test, { type ExecutionContext } from 'ava';
import { execFile as execFileCallback } from 'node:child_process';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { dirname } from 'node:path';
import { promisify } from 'node:util';
import { RiakClient } from '../../src/client/riak-client.js';
import { RiakConnectionError, RiakServerError } from '../../src/errors.js';
import { encodeRequest } from '../../src/codec/message-table.js';
import type { Operation } from '../../src/connection/operation.js';
import { traceOperation, type RequestMessage, type RetryMessage } from '../../src/pool/diagnostics.js';
import { startDevServer, type DevServer } from '../../src/server/index.js';
import { builtFile } from '../helpers/built.js';
import { until } from '../helpers/wait.js';
import { repoPath } from '../helpers/paths.js';

const execFile = promisify(execFileCallback);

/** Collects what is published on `names` (by channel) while the test runs. */
function listen(t: ExecutionContext, names: string[]): Map<string, unknown[]> {
  const seen = new Map<string, unknown[]>(names.map((name) => [name, []]));
  for (const name of names) {
    const onMessage = (message: unknown): void => void seen.get(name)?.push(message);
    subscribe(name, onMessage);
    t.teardown(() => unsubscribe(name, onMessage));
  }
  return seen;
}

/**
 * Request messages of this test only: the channels are process-wide and
 * tests run concurrently, so each test names its bucket after its node.
 */
function at(seen: Map<string, unknown[]>, name: string, bucket: string): RequestMessage[] {
  return (seen.get(name) as RequestMessage[]).filter((message) => message.bucket === bucket);
}

async function serverAndClient(t: ExecutionContext): Promise<{ server: DevServer; client: RiakClient; node: string }> {
  const server = await startDevServer({ port: 0, streamBatchSize: 1 });
  const client = new RiakClient(server.url);
  t.teardown(async () => {
    await client.close();
    await server.close();
  });
  return { server, client, node: `127.0.0.1:${server.port}` };
}

const REQUEST_CHANNELS = ['riak-pb:request:start', 'riak-pb:request:end', 'riak-pb:request:error'];

test('request start and end: one message object per call, with node, request, type/bucket/key, bytes, duration, retries', async (t) => {
  const seen = listen(t, REQUEST_CHANNELS);
  const { client, node } = await serverAndClient(t);
  // The bucket is the node name: unique to this test, so concurrent tests' messages are told apart.
  await client.put({ bucket: node, key: 'ada', value: 'x'.repeat(100) });
  const got = await client.get({ bucket: node, key: 'ada' });
  t.is(got.value?.length, 100);

  const starts = at(seen, 'riak-pb:request:start', node);
  const ends = at(seen, 'riak-pb:request:end', node);
  t.deepEqual(
    starts.map((m) => m.request),
    ['RpbPutReq', 'RpbGetReq'],
  );
  // The same objects: a subscriber keys its span or timer on them.
  t.is(ends[0], starts[0]);
  t.is(ends[1], starts[1]);
  const [put, get] = ends;
  t.like(get, {
    request: 'RpbGetReq',
    streaming: false,
    bucketType: 'default',
    bucket: node,
    key: 'ada',
    node,
    retries: 0,
    responseFrames: 1,
    cancelled: false,
    error: undefined,
  });
  t.true(put.requestBytes > 100 && get.requestBytes > 5 && get.requestBytes < 100);
  t.true(get.responseBytes > 100 && put.responseBytes < 100);
  t.true(typeof get.durationMs === 'number' && get.durationMs >= 0);
  t.deepEqual(at(seen, 'riak-pb:request:error', node), []);
});

test('a traced operation is the operation, field for field, plus its trace', (t) => {
  const check = <T>(op: Operation<T>): void => {
    const traced = traceOperation(op);
    for (const [name, value] of Object.entries(op))
      if (name !== 'decode' && name !== 'decodeAt') t.is((traced as unknown as Record<string, unknown>)[name], value, name);
    t.deepEqual(Object.keys(traced).sort(), [...Object.keys(op), 'trace'].sort());
    t.like(traced.trace, { bucketType: 'default', bucket: 'b', requestBytes: op.frameEnd - op.frameStart, streaming: op.isLast !== undefined });
  };
  check(encodeRequest('RpbGetReq', { bucket: Buffer.from('b'), key: Buffer.from([0xff]) }));
  check(encodeRequest('RpbListKeysReq', { bucket: Buffer.from('b') }));
  t.is(traceOperation(encodeRequest('RpbGetReq', { bucket: Buffer.from('b'), key: Buffer.from([0xff, 0x00]) })).trace.key, '0xff00');
});

test('request error: the message carries the error the call rejected with', async (t) => {
  const seen = listen(t, REQUEST_CHANNELS);
  const { client, node } = await serverAndClient(t);
  const error = await t.throwsAsync(client.get({ type: 'no_such_type', bucket: node, key: 'k' }), { instanceOf: RiakServerError });
  const [failed] = at(seen, 'riak-pb:request:error', node);
  t.like(failed, { request: 'RpbGetReq', bucketType: 'no_such_type', bucket: node, key: 'k', node, retries: 0 });
  t.is(failed.error, error);
  t.true(typeof failed.durationMs === 'number');
  t.deepEqual(at(seen, 'riak-pb:request:end', node), []);
});

test('a retried request: riak-pb:request:retry names the failed attempt; the end message counts the retry and names the node that answered', async (t) => {
  const seen = listen(t, [...REQUEST_CHANNELS, 'riak-pb:request:retry', 'riak-pb:node:down']);
  const { server, node } = await serverAndClient(t);
  const refused = '127.0.0.1:1';
  // The balancer sends the first attempt to the refused node.
  const client = new RiakClient({
    nodes: [refused, server.url],
    minConnections: 0,
    balancer: (nodes) =>
      Math.max(
        0,
        nodes.findIndex((n) => n.node === refused),
      ),
  });
  t.teardown(() => client.close());
  await client.get({ bucket: node, key: 'missing' });
  const [end] = at(seen, 'riak-pb:request:end', node);
  t.like(end, { request: 'RpbGetReq', node, retries: 1 });
  const retries = (seen.get('riak-pb:request:retry') as RetryMessage[]).filter((m) => m.message === end);
  t.is(retries.length, 1);
  t.like(retries[0], { request: 'RpbGetReq', attempt: 1, node: '' });
  t.true(retries[0].error instanceof RiakConnectionError);
  t.true((seen.get('riak-pb:node:down') as { node: string }[]).some((m) => m.node === refused));
});

test('streams: start, then end once the last frame is read, or end with cancelled when the loop leaves early', async (t) => {
  const seen = listen(t, REQUEST_CHANNELS);
  const { client, node } = await serverAndClient(t);
  // 1 KB keys, one per frame: far more than one socket read, so the loop leaves before the last frame.
  await Promise.all(Array.from({ length: 200 }, (_, i) => client.put({ bucket: node, key: `${i}`.padEnd(1000, '-'), value: 'v' })));
  t.is((await client.listKeys({ bucket: node }).toArray()).length, 200);
  for await (const _ of client.listKeys({ bucket: node })) break;
  const lists = at(seen, 'riak-pb:request:end', node).filter((m) => m.request === 'RpbListKeysReq');
  t.is(lists.length, 2);
  // One frame per key and one with `done` (streamBatchSize 1).
  t.like(lists[0], { streaming: true, cancelled: false, node, responseFrames: 201 });
  t.true(lists[0].responseBytes > 200_000);
  t.like(lists[1], { streaming: true, cancelled: true, node });
  t.true(lists[1].responseFrames < 201);
});

test('connection and node channels: open and close with the node; nodeDown published once per transition, as the event', async (t) => {
  const seen = listen(t, ['riak-pb:connection:open', 'riak-pb:connection:close', 'riak-pb:node:down', 'riak-pb:node:up']);
  // A port nothing listens on yet (found by listening once), where a dev server starts later.
  const probe = await startDevServer({ port: 0 });
  const port = probe.port;
  await probe.close();
  const node = `127.0.0.1:${port}`;
  const client = new RiakClient({ nodes: [node], minConnections: 0, retry: { attempts: 3, backoffMs: 1 }, health: { probeInitialMs: 5, probeMaxMs: 20 } });
  t.teardown(() => client.close());
  const events: string[] = [];
  client.on('nodeDown', () => events.push('down'));
  client.on('nodeUp', () => events.push('up'));
  client.on('retry', () => events.push('retry'));
  const of = (name: string): unknown[] => (seen.get(name) as { node: string }[]).filter((m) => m.node === node);

  // Many requests, each retried twice, while the node refuses connections: one transition, one nodeDown.
  await Promise.all(Array.from({ length: 5 }, () => t.throwsAsync(client.ping(), { instanceOf: RiakConnectionError })));
  for (let i = 0; i < 3; i++) await t.throwsAsync(client.ping(), { instanceOf: RiakConnectionError });
  t.true(events.filter((e) => e === 'retry').length >= 8);
  t.is(events.filter((e) => e === 'down').length, 1);
  t.is(of('riak-pb:node:down').length, 1);

  // The node comes back: the probe finds it, one nodeUp.
  const server = await startDevServer({ port });
  t.teardown(() => server.close());
  await until(() => events.includes('up'), 'the probe to bring the node up');
  await client.ping();
  t.is(of('riak-pb:node:up').length, 1);
  t.true(of('riak-pb:connection:open').length >= 1);

  // It goes away again: one more nodeDown, however many requests fail and retry.
  await server.close();
  await until(() => of('riak-pb:connection:close').length >= of('riak-pb:connection:open').length, 'the connections to close');
  for (let i = 0; i < 3; i++) await t.throwsAsync(client.ping(), { instanceOf: RiakConnectionError });
  t.deepEqual(
    events.filter((e) => e !== 'retry'),
    ['down', 'up', 'down'],
  );
  t.is(of('riak-pb:node:down').length, 2);
});

test('NODE_DEBUG=riak-pb prints the connection lifecycle, node health and retries', async (t) => {
  const server = await startDevServer({ port: 0 });
  t.teardown(() => server.close());
  const good = `127.0.0.1:${server.port}`;
  const script = repoPath('test/helpers/ecosystem-debug-child.mjs');
  // With NODE_DEBUG, and without: two processes at once.
  const [{ stdout, stderr }, quiet] = await Promise.all([
    execFile(process.execPath, [script, dirname(builtFile('index.js')), '127.0.0.1:1', good], { env: { ...process.env, NODE_DEBUG: 'riak-pb' } }),
    execFile(process.execPath, [script, dirname(builtFile('index.js')), '127.0.0.1:1', good], { env: { ...process.env, NODE_DEBUG: '' } }),
  ]);
  t.is(stdout.trim(), 'done');
  const lines = stderr.split('\n').map((line) => line.replace(/^RIAK-PB \d+: /, ''));
  for (const expected of [
    /^127\.0\.0\.1:1: connect failed \(Cannot connect to 127\.0\.0\.1:1: connect ECONNREFUSED/,
    /^127\.0\.0\.1:1: node down, probing it \(Cannot connect/,
    /^127\.0\.0\.1:1: probe in 100 ms$/,
    /^no node: RpbPingReq attempt 1 failed \(Cannot connect to 127\.0\.0\.1:1: .*\); retrying$/,
    new RegExp(`^${good.replaceAll('.', '\\.')}: connection open$`),
    /^closing the client \(grace 0 ms\)$/,
    new RegExp(`^${good.replaceAll('.', '\\.')}: connection closed$`),
  ]) {
    t.true(
      lines.some((line) => expected.test(line)),
      `${expected} in:\n${stderr}`,
    );
  }
  // Nothing is printed without NODE_DEBUG.
  t.is(quiet.stderr, '');
});
