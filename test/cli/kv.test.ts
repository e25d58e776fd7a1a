import test from 'ava';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RiakClient } from '../../src/client/riak-client.js';
import { cliServer, fails, ok } from '../helpers/cli-harness.js';

const riak = cliServer(test);

test('ping and info, as text and --json', async (t) => {
  t.regex(ok(t, await riak.run(['ping'])), /^pong \(\d+(\.\d)? ms\)\n$/);
  const ping = JSON.parse(ok(t, await riak.run(['ping', '--json'])));
  t.is(ping.ok, true);
  t.is(typeof ping.ms, 'number');
  t.is(ok(t, await riak.run(['info'])), 'NAME     VALUE\nnode     riak@127.0.0.1\nversion  3.2.0\n');
  t.deepEqual(JSON.parse(ok(t, await riak.run(['info', '--json']))), { node: 'riak@127.0.0.1', serverVersion: '3.2.0' });
});

test('put a value from the argument, get it back raw and as --json', async (t) => {
  t.is(
    ok(
      t,
      await riak.run([
        'put',
        'users',
        'ada',
        '{"name":"Ada"}',
        '--content-type',
        'application/json',
        '--index',
        'email_bin=ada@example.org',
        '--index',
        'age_int=36',
      ]),
    ),
    '',
  );
  t.is(ok(t, await riak.run(['get', 'users', 'ada'])), '{"name":"Ada"}'); // as stored: no newline added off a terminal
  const got = JSON.parse(ok(t, await riak.run(['get', 'users', 'ada', '--json'])));
  t.like(got, { type: 'default', bucket: 'users', key: 'ada', found: true });
  t.regex(got.vclock, /^[A-Za-z0-9+/]+=*$/);
  t.is(got.siblings.length, 1);
  t.like(got.siblings[0], { value: '{"name":"Ada"}', contentType: 'application/json', charset: null, deleted: false, links: [], usermeta: [] });
  t.deepEqual(
    [...got.siblings[0].indexes].sort((a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key)),
    [
      { key: 'age_int', value: '36' },
      { key: 'email_bin', value: 'ada@example.org' },
    ],
  );
  t.false(Number.isNaN(Date.parse(got.siblings[0].lastModified)));
});

test('put reads the value from stdin and from --file; binary values come back byte for byte', async (t) => {
  ok(t, await riak.run(['put', 'files', 'piped'], { input: 'from stdin\n' }));
  t.is(ok(t, await riak.run(['get', 'files', 'piped'])), 'from stdin\n');
  const binary = Buffer.from([0, 255, 10, 128, 1]);
  const path = join(tmpdir(), `riak-pb-cli-${process.pid}.bin`);
  await writeFile(path, binary);
  t.teardown(() => rm(path, { force: true }));
  ok(t, await riak.run(['put', 'files', 'binary', '--file', path]));
  t.deepEqual((await riak.run(['get', 'files', 'binary'])).raw, binary);
  const json = JSON.parse(ok(t, await riak.run(['get', 'files', 'binary', '--json'])));
  t.deepEqual(json.siblings[0].value, { base64: binary.toString('base64') });
  ok(t, await riak.run(['put', 'files', 'dash', '--file', '-'], { input: 'dash' }));
  t.is(ok(t, await riak.run(['get', 'files', 'dash'])), 'dash');
});

test('put without a key prints the key Riak generated', async (t) => {
  const key = ok(t, await riak.run(['put', 'generated'], { input: 'v1' })).trim();
  t.regex(key, /^\S+$/);
  t.is(ok(t, await riak.run(['get', 'generated', key])), 'v1');
  const json = JSON.parse(ok(t, await riak.run(['put', 'generated', '--json'], { input: 'v2' })));
  t.like(json, { type: 'default', bucket: 'generated', generated: true });
  t.is(ok(t, await riak.run(['get', 'generated', json.key])), 'v2');
});

test('get of a missing key exits 3; --json still prints found: false', async (t) => {
  fails(t, await riak.run(['get', 'users', 'nobody']), 3, /not found: default\/users\/nobody/);
  const result = await riak.run(['get', 'users', 'nobody', '--json']);
  t.is(result.code, 3);
  t.deepEqual(JSON.parse(result.stdout), { type: 'default', bucket: 'users', key: 'nobody', found: false, vclock: null, siblings: [] });
});

test('siblings: text output refuses to pick one, --json shows them all, --vclock resolves them', async (t) => {
  ok(t, await riak.run(['put', 'carts', 'u1', 'apple', '--type', 'siblings']));
  ok(t, await riak.run(['put', 'carts', 'u1', 'pear', '--type', 'siblings']));
  fails(t, await riak.run(['get', 'carts', 'u1', '--type', 'siblings']), 1, /has 2 siblings; see them with --json/);
  const both = JSON.parse(ok(t, await riak.run(['get', 'carts', 'u1', '--type', 'siblings', '--json'])));
  t.deepEqual(both.siblings.map((s: { value: string }) => s.value).sort(), ['apple', 'pear']);
  ok(t, await riak.run(['put', 'carts', 'u1', 'apple+pear', '--type', 'siblings', '--vclock', both.vclock]));
  t.is(ok(t, await riak.run(['get', 'carts', 'u1', '--type', 'siblings'])), 'apple+pear');
});

test('delete removes the object', async (t) => {
  ok(t, await riak.run(['put', 'users', 'gone', 'x']));
  t.is(ok(t, await riak.run(['delete', 'users', 'gone'])), '');
  t.is((await riak.run(['get', 'users', 'gone'])).code, 3);
  t.deepEqual(JSON.parse(ok(t, await riak.run(['delete', 'users', 'gone', '--json']))), { ok: true });
});

test('the client sees what the CLI wrote (and the reverse)', async (t) => {
  const client = new RiakClient({ nodes: [riak.address] });
  t.teardown(() => client.close());
  ok(t, await riak.run(['put', 'shared', 'from-cli', 'hello', '--content-type', 'text/plain']));
  const got = await client.get({ bucket: 'shared', key: 'from-cli' });
  t.is(got.value?.toString(), 'hello');
  t.is(got.content?.contentType, 'text/plain');
  await client.put({ bucket: 'shared', key: 'from-client', value: 'hi' });
  t.is(ok(t, await riak.run(['get', 'shared', 'from-client'])), 'hi');
});

test('usage errors exit 2 with one line pointing at --help', async (t) => {
  fails(t, await riak.run(['get', 'users']), 2, /expected BUCKET KEY, got "users" \(see 'riak-pb get --help'\)/);
  fails(t, await riak.run(['get', 'users', 'ada', '--nope']), 2, /unknown option --nope \(see 'riak-pb get --help'\)/);
  fails(t, await riak.run(['put', 'b', 'k', 'v', '--file', 'x']), 2, /not both/);
  fails(t, await riak.run(['put', 'b', 'k', '--index', 'bad=1']), 2, /must end in _bin or _int/);
  fails(t, await riak.run(['put', 'b', 'k', '--index', 'n_int=abc']), 2, /needs an integer/);
  fails(t, await riak.run(['put', 'b', 'k', '--file', '/nonexistent/file']), 2, /cannot read --file \/nonexistent\/file/);
  fails(t, await riak.run(['delete', 'b', 'k', '--vclock', '!!']), 2, /--vclock expects the base64/);
});

test('a Riak error exits 1 with its message', async (t) => {
  // Riak's text, then where it happened (the client's error context).
  fails(
    t,
    await riak.run(['get', 'b', 'k', '--type', 'no_such_type']),
    1,
    /^riak-pb: Riak error: no_type \(RpbGetReq no_such_type\/b\/k on 127\.0\.0\.1:\d+\)\n$/,
  );
  fails(
    t,
    await riak.run(['put', 'b', 'k', 'v', '--type', 'no_such_type']),
    1,
    /^riak-pb: Riak error: no_type \(RpbPutReq no_such_type\/b\/k on 127\.0\.0\.1:\d+\)\n$/,
  );
  fails(t, await riak.run(['bucket-type', 'get', 'no_such_type']), 1, /^riak-pb: Riak error: .*no_such_type/);
});

test('quorum flags reach Riak: accepted names and counts, n_val violations reported, bad values are usage errors', async (t) => {
  ok(t, await riak.run(['put', 'quorums', 'k', 'v', '--w', 'all', '--dw', 'quorum', '--pw', '1']));
  t.is(ok(t, await riak.run(['get', 'quorums', 'k', '--r', 'quorum', '--pr', 'one'])), 'v');
  // More replicas than n_val (3): Riak refuses, which shows the flag was sent.
  fails(t, await riak.run(['get', 'quorums', 'k', '--r', '4']), 1, /n_val_violation/);
  fails(t, await riak.run(['put', 'quorums', 'k', 'v2', '--w', '5']), 1, /n_val_violation/);
  fails(t, await riak.run(['get', 'quorums', 'k', '--pr', 'most']), 2, /--pr "most": expected a count or one of one, quorum, all, default/);
  ok(t, await riak.run(['delete', 'quorums', 'k', '--rw', 'all', '--r', '1', '--w', 'default']));
  fails(t, await riak.run(['get', 'quorums', 'k']), 3, /not found/);
});

test('put stores charset, content encoding, user metadata and links; get --json shows them', async (t) => {
  ok(
    t,
    await riak.run([
      'put',
      'meta',
      'k',
      'hello',
      '--content-type',
      'text/plain',
      '--charset',
      'utf-8',
      '--content-encoding',
      'identity',
      '--usermeta',
      'owner=ada',
      '--usermeta',
      'note=a=b',
      '--link',
      'friend=people/grace',
      '--link',
      'parent=docs/a/b',
    ]),
  );
  const [content] = JSON.parse(ok(t, await riak.run(['get', 'meta', 'k', '--json']))).siblings;
  t.like(content, { value: 'hello', contentType: 'text/plain', charset: 'utf-8', contentEncoding: 'identity' });
  t.deepEqual(content.usermeta, [
    { key: 'owner', value: 'ada' },
    { key: 'note', value: 'a=b' },
  ]);
  t.deepEqual(content.links, [
    { bucket: 'people', key: 'grace', tag: 'friend' },
    { bucket: 'docs', key: 'a/b', tag: 'parent' },
  ]);
  fails(t, await riak.run(['put', 'meta', 'k', 'v', '--link', 'friend=people']), 2, /--link expects TAG=BUCKET\/KEY/);
  fails(t, await riak.run(['put', 'meta', 'k', 'v', '--usermeta', 'novalue']), 2, /--usermeta expects NAME=VALUE/);
});
