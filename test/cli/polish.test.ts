import test from 'ava';
import { readFileSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { Readable, Writable } from 'node:stream';
import type { CommandIo } from '../../src/cli/command.js';
import { resolveConnection } from '../../src/cli/connection-options.js';
import { main } from '../../src/cli/main.js';
import { cleanEnv, cli, cliServer, fails, ok, root, type CliResult } from '../helpers/cli-harness.js';
import { RiakClient } from '../../src/client/riak-client.js';
import { fakeIo } from '../helpers/cli-io.js';
import { once, until } from '../helpers/wait.js';

// Issue 14, "CLI polish": each case through main(argv, io), in process.
const riak = cliServer(test, async (client) => {
  await client.put({ bucket: 'blobs', key: 'bin', value: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff]) });
  await client.put({ bucket: 'blobs', key: 'text', value: 'hello' });
  await client.put({ bucket: 'people', key: 'ada', value: 'x', indexes: [{ key: 'email_bin', value: 'ada@example.org' }] });
  await client.put({ bucket: 'single', key: 'only', value: 'x' });
});

/** Runs the CLI with stdout and stderr as (fake) terminals: their `isTTY` is what the CLI checks. */
async function onTerminal(args: string[]): Promise<CliResult> {
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const recorder = (chunks: Buffer[]) =>
    Object.assign(
      new Writable({
        write(chunk: Buffer, _encoding, callback) {
          chunks.push(chunk);
          callback();
        },
      }),
      { isTTY: true },
    );
  const stdout = recorder(out);
  const stderr = recorder(err);
  const io: CommandIo = {
    out: (line) => stdout.write(`${line}\n`),
    err: (line) => stderr.write(`${line}\n`),
    onStop: () => () => {},
    stdio: { stdin: Readable.from([]), stdout, stderr, env: cleanEnv() },
  };
  const code = await main([...args, '--nodes', riak.address], io);
  const raw = Buffer.concat(out);
  return { code, raw, stdout: raw.toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}

test('--version prints the package version', async (t) => {
  const { version } = JSON.parse(readFileSync(`${root}/package.json`, 'utf8')) as { version: string };
  t.is(ok(t, await cli(['--version'])), `riak-pb ${version}\n`);
  t.regex(ok(t, await cli(['--help'])), /--version/);
});

test('unknown flags and missing values: one plain line naming the flag, exit 2', async (t) => {
  fails(t, await cli(['ping', '--bogus']), 2, /^riak-pb: unknown option --bogus \(see 'riak-pb ping --help'\)\n$/);
  fails(t, await cli(['ping', '--tiemout', '5']), 2, /unknown option --tiemout \(did you mean --timeout\?\)/);
  fails(t, await cli(['get', 'b', 'k', '-x']), 2, /unknown option -x /);
  fails(t, await cli(['get', 'b', 'k', '--type']), 2, /^riak-pb: --type needs a value \(see 'riak-pb get --help'\)\n$/);
  fails(t, await cli(['ping', '--json=yes']), 2, /--json takes no value/);
  fails(t, await cli(['serve', '--prot', '1']), 2, /^riak-pb: unknown option --prot \(did you mean --port\?\) \(see 'riak-pb serve --help'\)\n$/);
  fails(t, await cli(['serve', 'extra']), 2, /unexpected argument "extra"/);
});

test('a bad --nodes or RIAK_NODES address is a usage error (exit 2) naming where it came from', async (t) => {
  fails(t, await cli(['ping', '--nodes', 'foo:bar']), 2, /^riak-pb: --nodes expects HOST:PORT\[,HOST:PORT\.\.\.\], got "foo:bar" \(see/);
  fails(t, await cli(['ping'], { env: { RIAK_NODES: '127.0.0.1:99999' } }), 2, /RIAK_NODES expects HOST:PORT.*"127\.0\.0\.1:99999"/);
});

test('a refused connection suggests riak-pb serve', async (t) => {
  fails(t, await cli(['ping', '--nodes', '127.0.0.1:1']), 1, /ECONNREFUSED.*\(is Riak running at 127\.0\.0\.1:1\? For a local dev server: riak-pb serve\)\n$/);
});

test('--timeout 0 means no deadline, as requestTimeout: 0 in the library', async (t) => {
  const { options, timeout } = await resolveConnection({ timeout: '0' }, { stdin: Readable.from([]), stdout: process.stdout, stderr: process.stderr, env: {} });
  t.is(timeout, 0);
  t.is(options.requestTimeout, 0);
  t.is(options.connectTimeout, undefined, 'connecting keeps its own deadline');
  t.regex(ok(t, await riak.run(['ping', '--timeout', '0'])), /^pong/);
  t.deepEqual(JSON.parse(ok(t, await riak.run(['list-keys', 'single', '--timeout', '0', '--json']))), ['only']);

  // A node that never answers: the request waits (no 0 ms deadline) until the node goes away.
  const sockets = new Set<Socket>();
  const silent = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => {});
  });
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  const address = `127.0.0.1:${(silent.address() as { port: number }).port}`;
  const received = once<[Socket]>(silent, 'connection', 'the CLI to connect').then(([socket]) => once(socket, 'data', 'the ping request'));
  const run = cli(['ping', '--nodes', address, '--timeout', '0']);
  await received;
  silent.close();
  for (const socket of sockets) socket.destroy();
  const result = await run;
  t.is(result.code, 1);
  t.notRegex(result.stderr, /timed out|deadline/i);
});

test('values the client library refuses are usage errors naming the CLI argument, not the library option', async (t) => {
  // 127.0.0.1:1 refuses connections: the props are checked before connecting.
  const result = await cli(['bucket', 'set', 'users', 'n_val=five', '--nodes', '127.0.0.1:1']);
  fails(t, result, 2, /^riak-pb: property n_val: expected a non-negative integer, got "five" \(see 'riak-pb bucket --help'\)\n$/);
  t.notRegex(result.stderr, /setBucketProps|nVal/);
  fails(t, await cli(['bucket-type', 'set', 'maps', '{"allow_mult": "yes"}', '--nodes', '127.0.0.1:1']), 2, /property allow_mult: expected true or false/);
  fails(t, await riak.run(['index', 'people', '--index', 'email', '--key', 'x']), 2, /^riak-pb: --index: expected a name ending in _bin or _int/);
  fails(
    t,
    await cli(['counter', 'hits', 'home', '--incr', '9223372036854775808', '--nodes', '127.0.0.1:1']),
    2,
    /^riak-pb: --incr expects an integer that fits in 64 bits/,
  );
  fails(
    t,
    await cli(['map', 'maps', 'k', '--counter', 'n=-9223372036854775809', '--nodes', '127.0.0.1:1']),
    2,
    /^riak-pb: --counter n expects an integer that fits in 64 bits/,
  );
  // Below 2^53 but within 64 bits: accepted (the bound used to be Number.MIN_SAFE_INTEGER).
  t.is(ok(t, await riak.run(['counter', 'hits', 'small', '--incr=-9007199254740992'])), '-9007199254740992\n');
});

test('plurals: a one-item scan on a terminal counts "1 key", "1 bucket"', async (t) => {
  const keys = await onTerminal(['list-keys', 'single']);
  t.is(keys.code, 0);
  t.is(keys.stdout, 'only\n');
  t.regex(keys.stderr, /(^|\r\u001b\[K)1 key\n$/);
  const buckets = await onTerminal(['list-buckets', '--type', 'sets']);
  t.is(buckets.code, 0);
  t.regex(buckets.stderr, /(^|\r\u001b\[K)0 buckets\n$/);
});

test('an exact 2i match with --return-terms shows its term, never an empty TERM column', async (t) => {
  t.is(
    ok(t, await riak.run(['index', 'people', '--index', 'email_bin', '--key', 'ada@example.org', '--return-terms'])),
    'TERM             KEY\nada@example.org  ada\n',
  );
  t.deepEqual(JSON.parse(ok(t, await riak.run(['index', 'people', '--index', 'email_bin', '--key', 'ada@example.org', '--return-terms', '--json']))), {
    keys: ['ada'],
    results: [{ term: 'ada@example.org', key: 'ada' }],
    continuation: null,
  });
  t.is(ok(t, await riak.run(['index', 'single', '--index', '$bucket', '--return-terms'])), 'TERM    KEY\nsingle  only\n');
});

test('every table has a header', async (t) => {
  t.regex(ok(t, await riak.run(['info'])), /^NAME +VALUE\n/);
  t.regex(ok(t, await riak.run(['bucket', 'get', 'people'])), /^NAME +VALUE\n/);
  t.regex(ok(t, await riak.run(['bucket-type', 'get', 'maps'])), /^NAME +VALUE\n/);
  t.is(ok(t, await riak.run(['map', 'maps', 'empty'])), 'FIELD  TYPE  VALUE\n');
});

test('counter --json has one shape, as documented: type, bucket, key, found, value', async (t) => {
  const fields = ['bucket', 'found', 'key', 'type', 'value'];
  const updated = JSON.parse(ok(t, await riak.run(['counter', 'hits', 'home', '--incr', '2', '--json']))) as Record<string, unknown>;
  t.deepEqual(Object.keys(updated).sort(), fields);
  t.like(updated, { found: true, value: 2 });
  const fetched = JSON.parse(ok(t, await riak.run(['counter', 'hits', 'home', '--json']))) as Record<string, unknown>;
  t.deepEqual(Object.keys(fetched).sort(), fields);
  t.like(fetched, { found: true, value: 2 });
  const generated = JSON.parse(ok(t, await riak.run(['counter', 'hits', '--incr', '1', '--json']))) as Record<string, unknown>;
  t.deepEqual(Object.keys(generated).sort(), fields);
  t.is(typeof generated.key, 'string');
});

test('get refuses to write a binary value to a terminal (exit 2) unless --force; --json and pipes are unaffected', async (t) => {
  const refused = await onTerminal(['get', 'blobs', 'bin']);
  t.is(refused.code, 2);
  t.is(refused.stdout, '');
  t.regex(
    refused.stderr,
    /^riak-pb: not writing 6 bytes of binary data to the terminal: redirect it \(riak-pb get blobs bin > FILE\), see it as base64 with --json, or write it anyway with --force \(see 'riak-pb get --help'\)\n$/,
  );
  const forced = await onTerminal(['get', 'blobs', 'bin', '--force']);
  t.is(forced.code, 0);
  t.deepEqual(forced.raw, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff, 0x0a]));
  const json = await onTerminal(['get', 'blobs', 'bin', '--json']);
  t.is(json.code, 0);
  t.deepEqual((JSON.parse(json.stdout) as { siblings: { value: unknown }[] }).siblings[0].value, { base64: 'iVBORwD/' });
  t.is((await onTerminal(['get', 'blobs', 'text'])).stdout, 'hello\n');
  t.deepEqual((await riak.run(['get', 'blobs', 'bin'])).raw, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff]));
});

test('serve --log requests prints one line per request: message, type/bucket/key, reply', async (t) => {
  const fake = fakeIo();
  const done = main(['serve', '--port', '0', '--log', 'requests'], fake.io);
  const listening = await until(() => fake.out.find((line) => line.startsWith('listening on')), 'the listening line');
  const port = /:(\d+)$/.exec(listening)![1];
  const client = new RiakClient({ nodes: [`127.0.0.1:${port}`] });
  try {
    await client.put({ bucket: 'users', key: 'ada', value: 'x' });
    await client.get({ bucket: 'users', key: 'ada' });
    await client.get({ type: 'maps', bucket: 'users', key: 'ada' });
    await t.throwsAsync(client.get({ type: 'nope', bucket: 'users', key: 'ada' }));
    for await (const key of client.listKeys({ bucket: 'users' })) t.is(key.toString(), 'ada');
    await client.ping();
  } finally {
    await client.close();
  }
  // The client's connections may interleave: each expected line, in any order.
  const expected = [
    'RpbPutReq default/users/ada -> RpbPutResp',
    'RpbGetReq default/users/ada -> RpbGetResp',
    'RpbGetReq maps/users/ada -> RpbGetResp',
    'RpbListKeysReq default/users -> RpbListKeysResp (2 frames)',
    'RpbPingReq -> RpbPingResp',
  ];
  await until(
    () => expected.every((line) => fake.out.includes(line)),
    () => `the request lines in ${JSON.stringify(fake.out)}`,
  );
  t.regex(fake.out.find((line) => line.startsWith('RpbGetReq nope/')) ?? '', /^RpbGetReq nope\/users\/ada -> error: .*no_type/);
  fake.stop();
  t.is(await done, 0);

  const plain = fakeIo();
  t.is(await main(['serve', '--port', '0', '--log', 'everything'], plain.io), 2);
  t.regex(plain.err.join('\n'), /--log expects requests, got "everything"/);
});
