import test from 'ava';
import { execFile as execFileCallback } from 'node:child_process';
import { dirname } from 'node:path';
import { promisify } from 'node:util';
import { RiakClient } from '../../src/client/riak-client.js';
import { withRequestContext } from '../../src/error-context.js';
import { RiakConnectionError, type RiakError, RiakProtocolError, RiakServerError, RiakTimeoutError } from '../../src/errors.js';
import { startFakePeer } from '../helpers/fake-peer.js';
import { frame } from '../helpers/frames.js';
import { withServer } from '../helpers/server-harness.js';
import { builtFile } from '../helpers/built.js';
import { repoPath } from '../helpers/paths.js';
import { startDevServer } from '../../src/server/index.js';

// Every error names where it happened: the node, the request, and for KV and
// datatype calls the bucket type, bucket and key; as fields and in the message.

test('a Riak error names the node, the request and the object', async (t) => {
  const { server, client } = await withServer(t);
  const node = `${server.host}:${server.port}`;
  await client.put({ bucket: 'users', key: 'ada', value: 'v' });
  const error = await t.throwsAsync(client.put({ bucket: 'users', key: 'ada', value: 'w', ifNoneMatch: true }), { instanceOf: RiakServerError });
  t.is(error.errmsg, 'match_found');
  t.like(error, { node, request: 'RpbPutReq', bucketType: 'default', bucket: 'users', key: 'ada' });
  t.is(error.message, `Riak error: match_found (RpbPutReq default/users/ada on ${node})`);
  t.true(error.stack!.startsWith(`RiakServerError: Riak error: match_found (RpbPutReq default/users/ada on ${node})`));
  const dt = await t.throwsAsync(client.fetchCounter({ type: 'no-such-type', bucket: 'hits', key: 'home' }), { instanceOf: RiakServerError });
  t.like(dt, { node, request: 'DtFetchReq', bucketType: 'no-such-type', bucket: 'hits', key: 'home' });
});

test('keys that are not UTF-8 are shown as hex; a bucket-level call names no key', async (t) => {
  const { client } = await withServer(t);
  const key = Buffer.from([0xff, 0x00, 0xc3]);
  await client.put({ bucket: 'b', key, value: 'v' });
  const error = await t.throwsAsync(client.put({ bucket: 'b', key, value: 'w', ifNoneMatch: true }), { instanceOf: RiakServerError });
  t.is(error.key, '0xff00c3');
  const props = await t.throwsAsync(client.request('RpbSetBucketReq', { bucket: Buffer.from('b'), props: { nVal: 0 } }), { instanceOf: RiakServerError });
  t.like(props, { request: 'RpbSetBucketReq', bucket: 'b', key: undefined });
});

test('one connection failure shared by several requests: each caller gets its own error naming its own request', async (t) => {
  const peer = await startFakePeer(({ code, socket }) => {
    if (code === 1) socket.write(frame(2));
    if (code === 9 && !socket.destroyed) socket.write(frame(0)); // undecodable RpbErrorResp: the connection is destroyed
  });
  t.teardown(() => peer.close());
  const client = new RiakClient({ nodes: [peer.node], maxConnections: 1, retry: { attempts: 1 } });
  t.teardown(() => client.close());
  await client.ping();
  const results = await Promise.allSettled(['a', 'b', 'c'].map((key) => client.get({ bucket: 'b', key })));
  const errors = results.map((r) => (r as PromiseRejectedResult).reason as RiakError);
  t.true(
    errors.every((e) => e instanceof RiakProtocolError || e instanceof RiakConnectionError),
    errors.map(String).join('; '),
  );
  t.deepEqual(
    errors.map((e) => e.key),
    ['a', 'b', 'c'],
  );
  t.true(errors.every((e, i) => e.message.endsWith(`(RpbGetReq default/b/${['a', 'b', 'c'][i]} on ${peer.node})`) || e.message.includes(peer.node)));
  t.is(new Set(errors).size, 3, 'three distinct error objects');
});

test('withRequestContext keeps an error located for the same request as it is, and copies one located for another', (t) => {
  const owner = {};
  const error = new RiakTimeoutError('Request timed out after 5 ms', 5);
  const located = withRequestContext(error, { owner, node: 'h:1', request: 'RpbGetReq', message: { bucket: 'b', key: 'k' } }) as RiakError;
  t.is(located, error);
  t.is(located.message, 'Request timed out after 5 ms (RpbGetReq default/b/k on h:1)');
  t.is(withRequestContext(located, { owner, node: 'h:1', request: 'RpbGetReq', message: { bucket: 'b', key: 'k' } }), located, 'not located twice');
  const other = withRequestContext(located, {
    owner: {},
    node: 'h:1',
    request: 'RpbPutReq',
    message: { type: 't', bucket: 'b2', key: 'k2' },
  }) as RiakTimeoutError;
  t.not(other, located);
  t.true(other instanceof RiakTimeoutError);
  t.is(other.timeoutMs, 5);
  t.is(other.message, 'Request timed out after 5 ms (RpbPutReq t/b2/k2 on h:1)');
  t.is(located.message, 'Request timed out after 5 ms (RpbGetReq default/b/k on h:1)', 'the first is unchanged');
});

test("captureStackTraces: a failed call's stack shows the application code that made it", async (t) => {
  const { server } = await withServer(t);
  const client = new RiakClient({ nodes: [`${server.host}:${server.port}`], captureStackTraces: true });
  t.teardown(() => client.close());
  await client.put({ bucket: 'b', key: 'k', value: 'v' });
  async function applicationCodeThatWrites() {
    return client.put({ bucket: 'b', key: 'k', value: 'w', ifNoneMatch: true });
  }
  const error = await t.throwsAsync(applicationCodeThatWrites(), { instanceOf: RiakServerError });
  t.regex(error.stack!, /--- the call was made at:\n[\s\S]*applicationCodeThatWrites/);
  // Streams too: the error a stream fails with carries the call site.
  async function applicationCodeThatLists() {
    for await (const _ of client.listKeys({ type: 'no-such-type', bucket: 'b' }));
  }
  const listing = await t.throwsAsync(applicationCodeThatLists(), { instanceOf: RiakServerError });
  t.regex(listing.stack!, /--- the call was made at:\n[\s\S]*applicationCodeThatLists/);
  // Off by default: no call site.
  const plainClient = new RiakClient({ nodes: [`${server.host}:${server.port}`] });
  t.teardown(() => plainClient.close());
  const plain = await t.throwsAsync(plainClient.put({ bucket: 'b', key: 'k', value: 'w', ifNoneMatch: true }));
  t.false(plain!.stack!.includes('--- the call was made at:'));
});

test('captureStackTraces: a listing made before the generated classes have loaded keeps its call site', async (t) => {
  // A fresh process: here other tests have long loaded the classes.
  const server = await startDevServer({ port: 0 });
  t.teardown(() => server.close());
  const script = repoPath('test/helpers/first-stream-call-site-child.mjs');
  const { stdout } = await promisify(execFileCallback)(process.execPath, [script, dirname(builtFile('index.js')), `127.0.0.1:${server.port}`]);
  const { loadedBefore, stack } = JSON.parse(stdout) as { loadedBefore: boolean; stack: string };
  t.false(loadedBefore, 'the listing is the call that loads them');
  t.regex(stack, /RiakServerError/);
  t.regex(stack, /--- the call was made at:\n[\s\S]*applicationCodeThatListsFirst/);
});
