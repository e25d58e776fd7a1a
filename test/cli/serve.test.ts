import test from 'ava';
import { spawn } from 'node:child_process';
import { RiakClient } from '../../src/client/riak-client.js';
import { main } from '../../src/cli/main.js';
import { fakeIo } from '../helpers/cli-io.js';
import { builtFile } from '../helpers/built.js';
import { once, until } from '../helpers/wait.js';

test('riak-pb serve listens, logs one line per connection, adds bucket types, and stops on a stop signal', async (t) => {
  const fake = fakeIo();
  const done = main(['serve', '--port', '0', '--bucket-type', 'carts={"props":{"datatype":"map"}}', '--bucket-type', 'fast={"n_val":1}'], fake.io);
  const listening = await until(() => fake.out.find((line) => line.startsWith('listening on')), 'the listening line');
  const match = /^listening on 127\.0\.0\.1:(\d+)$/.exec(listening);
  t.truthy(match, listening);
  const client = new RiakClient({ nodes: [`127.0.0.1:${match![1]}`] });
  await client.ping();
  const carts = await client.request('RpbGetBucketTypeReq', { type: Buffer.from('carts') });
  t.is(Buffer.from(carts.props.datatype ?? []).toString(), 'map');
  t.is((await client.request('RpbGetBucketTypeReq', { type: Buffer.from('fast') })).props.nVal, 1);
  await client.close();
  const connections = fake.out.filter((line) => line.startsWith('connection from'));
  t.is(connections.length, 1, fake.out.join('\n'));
  t.regex(connections[0], /^connection from 127\.0\.0\.1:\d+$/);
  fake.stop();
  t.is(await done, 0);
});

test('riak-pb usage errors exit 2 with help; --help exits 0', async (t) => {
  const a = fakeIo();
  t.is(await main([], a.io), 2);
  t.regex(a.err.join('\n'), /Usage: riak-pb <command>/);
  const b = fakeIo();
  t.is(await main(['--help'], b.io), 0);
  t.regex(b.out.join('\n'), /serve +run the in-memory Riak dev server/);
  const c = fakeIo();
  t.is(await main(['frobnicate'], c.io), 2);
  t.regex(c.err.join('\n'), /unknown command "frobnicate"/);
  const d = fakeIo();
  t.is(await main(['serve', '--port', 'abc'], d.io), 2);
  t.regex(d.err.join('\n'), /--port expects a number/);
  const e = fakeIo();
  t.is(await main(['serve', '--bucket-type', 'nojson'], e.io), 2);
  const f = fakeIo();
  t.is(await main(['serve', '--bucket-type', 'x={"datatype":"nope"}'], f.io), 1);
  t.regex(f.err.join('\n'), /Invalid bucketTypes\.x/);
  const g = fakeIo();
  t.is(await main(['serve', '--help'], g.io), 0);
  t.regex(g.out.join('\n'), /--bucket-type NAME=JSON/);
  const h = fakeIo();
  t.is(await main(['serve', '--nope'], h.io), 2);
});

test('the riak-pb bin stops cleanly on SIGTERM', async (t) => {
  const child = spawn(process.execPath, [builtFile('cli/main.js'), 'serve', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  t.teardown(() => child.kill('SIGKILL'));
  let out = '';
  child.stdout.on('data', (chunk) => (out += chunk));
  const exit = once<[number | null]>(child, 'exit', 'the server to exit after SIGTERM');
  await until(() => /listening on/.test(out), 'the listening line');
  const port = /listening on 127\.0\.0\.1:(\d+)/.exec(out)![1];
  const client = new RiakClient({ nodes: [`127.0.0.1:${port}`] });
  await client.ping();
  await client.close();
  child.kill('SIGTERM');
  const [code] = await exit;
  t.is(code, 0);
});
