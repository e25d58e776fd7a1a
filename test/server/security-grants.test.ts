import test, { type ExecutionContext } from 'ava';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RiakClient } from '../../src/client/riak-client.js';
import { main } from '../../src/cli/main.js';
import { RiakAuthError, RiakInvalidArgumentError, RiakServerError } from '../../src/errors.js';
import { startDevServer, type DevServer, type DevServerSecurityOptions } from '../../src/server/index.js';
import { fakeIo } from '../helpers/cli-io.js';
import { authReq, CA, CLIENT, errorText, frame, pem, RawClient } from '../helpers/security.js';
import { until } from '../helpers/wait.js';
import { tlsFixture } from '../helpers/paths.js';

/**
 * Riak's authorization (riak_core_security grants, checked by
 * riak_api_pb_server between a request's decode and its processing) and
 * sources (how a user authenticates, by client address).
 */

const b = (s: string) => Buffer.from(s);
const TLS = { cert: pem('server.crt'), key: pem('server.key'), ca: CA };

/** Users `nobody` (no grants) and `admin` (everything), trusted from anywhere, plus a test's own users, grants and sources. */
async function server(t: ExecutionContext, security: Partial<DevServerSecurityOptions> = {}): Promise<DevServer> {
  const started = await startDevServer({
    port: 0,
    security: {
      ...security,
      users: [{ name: 'nobody', source: 'trust' }, { name: 'admin', source: 'trust' }, ...(security.users ?? [])],
      grants: [{ permissions: ALL, on: 'any', to: ['admin'] }, ...(security.grants ?? [])],
      tls: TLS,
      authFailureDelayMs: 0,
    },
  });
  t.teardown(() => started.close());
  return started;
}

const ALL = [
  'riak_kv.get',
  'riak_kv.put',
  'riak_kv.delete',
  'riak_kv.list_keys',
  'riak_kv.list_buckets',
  'riak_kv.mapreduce',
  'riak_kv.index',
  'riak_kv.get_preflist',
  'riak_core.get_bucket',
  'riak_core.set_bucket',
  'riak_core.get_bucket_type',
  'riak_core.set_bucket_type',
];

function as(t: ExecutionContext, srv: DevServer, user: string, password = 'x'): RiakClient {
  const client = new RiakClient({ nodes: [`127.0.0.1:${srv.port}`], minConnections: 0, tls: { ca: CA }, auth: { user, password } });
  t.teardown(() => client.close());
  return client;
}

async function denied(t: ExecutionContext, call: Promise<unknown>): Promise<string> {
  const err = await t.throwsAsync(call, { instanceOf: RiakServerError });
  return (err as RiakServerError).errmsg;
}

async function drain(stream: AsyncIterable<unknown>): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const item of stream) out.push(item);
  return out;
}

const deny = (user: string, permission: string, where: string) => `Permission denied: User '${user}' does not have '${permission}' on ${where}`;

const JOB = (inputs: unknown, query: unknown[] = [{ map: { language: 'erlang', module: 'riak_kv_mapreduce', function: 'map_object_value' } }]) => ({
  request: b(JSON.stringify({ inputs, query })),
  contentType: b('application/json'),
});

/** Each request, the permission Riak checks for it, and how the bucket is shown. */
const CASES: [string, string, string, (c: RiakClient) => Promise<unknown>][] = [
  ['get', 'riak_kv.get', 'default/b', (c) => c.request('RpbGetReq', { bucket: b('b'), key: b('k') })],
  ['typed get', 'riak_kv.get', 'siblings/b', (c) => c.request('RpbGetReq', { type: b('siblings'), bucket: b('b'), key: b('k') })],
  ['put', 'riak_kv.put', 'default/b', (c) => c.request('RpbPutReq', { bucket: b('b'), key: b('k'), content: { value: b('v') } })],
  ['delete', 'riak_kv.delete', 'default/b', (c) => c.request('RpbDelReq', { bucket: b('b'), key: b('k') })],
  ['list keys', 'riak_kv.list_keys', 'default/b', (c) => c.listKeys({ bucket: 'b' }).toArray()],
  ['list buckets', 'riak_kv.list_buckets', 'default', (c) => c.listBuckets().toArray()],
  ['typed list buckets', 'riak_kv.list_buckets', 'maps', (c) => c.listBuckets({ type: 'maps' }).toArray()],
  ['2i', 'riak_kv.index', 'default/b', (c) => c.queryIndex({ bucket: 'b', index: '$bucket', key: 'b' })],
  ['preflist', 'riak_kv.get_preflist', 'default/b', (c) => c.request('RpbGetBucketKeyPreflistReq', { bucket: b('b'), key: b('k') })],
  ['get bucket', 'riak_core.get_bucket', 'default/b', (c) => c.getBucketProps({ bucket: 'b' })],
  ['set bucket', 'riak_core.set_bucket', 'default/b', (c) => c.setBucketProps({ bucket: 'b', props: { nVal: 3 } })],
  ['reset bucket', 'riak_core.set_bucket', 'default/b', (c) => c.resetBucketProps({ bucket: 'b' })],
  ['get bucket type', 'riak_core.get_bucket_type', 'maps', (c) => c.request('RpbGetBucketTypeReq', { type: b('maps') })],
  ['set bucket type', 'riak_core.set_bucket_type', 'maps', (c) => c.request('RpbSetBucketTypeReq', { type: b('maps'), props: { nVal: 3 } })],
  ['datatype fetch', 'riak_kv.get', 'counters/c', (c) => c.fetchCounter({ type: 'counters', bucket: 'c', key: 'k' })],
  ['datatype update', 'riak_kv.put', 'sets/s', (c) => c.updateSet({ type: 'sets', bucket: 's', key: 'k', add: 'x' })],
  ['legacy counter update', 'riak_kv.put', 'default/b', (c) => c.request('RpbCounterUpdateReq', { bucket: b('b'), key: b('k'), amount: 1 })],
  ['legacy counter get', 'riak_kv.get', 'default/b', (c) => c.request('RpbCounterGetReq', { bucket: b('b'), key: b('k') })],
  ['MapReduce over a bucket: list_keys first', 'riak_kv.list_keys', 'default/b', (c) => drain(c.stream('RpbMapRedReq', JOB('b')))],
  ['MapReduce over an index', 'riak_kv.index', 'default/b', (c) => drain(c.stream('RpbMapRedReq', JOB({ bucket: 'b', index: '$bucket', key: 'b' })))],
  [
    'MapReduce over a module function',
    'riak_kv.mapreduce',
    'any',
    (c) => drain(c.stream('RpbMapRedReq', JOB({ module: 'riak_kv_mapreduce', function: 'reduce_identity', arg: [] }))),
  ],
  [
    'MapReduce over keys: the first bucket in term order',
    'riak_kv.mapreduce',
    'default/a',
    (c) =>
      drain(
        c.stream(
          'RpbMapRedReq',
          JOB([
            ['z', 'k'],
            ['a', 'k'],
          ]),
        ),
      ),
  ],
];

for (const [what, permission, where, call] of CASES) {
  test(`${what}: needs ${permission} on ${where}`, async (t) => {
    const srv = await server(t);
    t.is(await denied(t, call(as(t, srv, 'nobody'))), deny('nobody', permission, where));
    const admin = as(t, srv, 'admin');
    try {
      await call(admin);
    } catch (err) {
      // Allowed: whatever else the request meets, it is not a permission error.
      t.false(err instanceof RiakServerError && err.errmsg.startsWith('Permission denied'), String(err));
    }
  });
}

test('ping, server info, client ids and CS bucket folds need no grant', async (t) => {
  const srv = await server(t);
  const nobody = as(t, srv, 'nobody');
  await nobody.ping();
  await nobody.serverInfo();
  t.deepEqual(await nobody.csBucketFold({ bucket: 'b', startKey: '' }).toArray(), []);
});

test('a MapReduce job over a bucket needs list_keys, then mapreduce, on it', async (t) => {
  const srv = await server(t, {
    users: [{ name: 'lister', source: 'trust' }],
    grants: [{ permissions: ['riak_kv.list_keys'], on: ['default', 'b'], to: 'lister' }],
  });
  const lister = as(t, srv, 'lister');
  t.is(await denied(t, drain(lister.stream('RpbMapRedReq', JOB('b')))), deny('lister', 'riak_kv.mapreduce', 'default/b'));
});

test('link phases are refused with security on, once the permissions pass', async (t) => {
  const srv = await server(t);
  const job = JOB('b', [{ link: { bucket: 'b' } }]);
  t.is(
    await denied(t, drain(as(t, srv, 'admin').stream('RpbMapRedReq', job))),
    '"Link walking is deprecated in Riak 2.0 and is not compatible with security."',
  );
  t.is(await denied(t, drain(as(t, srv, 'nobody').stream('RpbMapRedReq', job))), deny('nobody', 'riak_kv.list_keys', 'default/b'));
});

test('grants on a bucket, on a bucket type, on any; to a user, to groups (nested), to all', async (t) => {
  const srv = await server(t, {
    users: [
      { name: 'bucketonly', source: 'trust' },
      { name: 'typeonly', source: 'trust' },
      { name: 'member', source: 'trust', groups: ['readers'] },
      { name: 'other', source: 'trust' },
    ],
    groups: [{ name: 'readers', groups: ['staff'] }, { name: 'staff' }],
    grants: [
      { permissions: 'riak_kv.get,riak_kv.put', on: ['default', 'mine'], to: 'bucketonly' },
      { permissions: ['riak_kv.get'], on: 'sets', to: ['user/typeonly'] },
      { permissions: ['riak_kv.put'], on: ['default', 'shared'], to: ['group/staff'] },
      { permissions: ['riak_kv.get'], on: 'any', to: 'all' },
    ],
  });
  const bucketOnly = as(t, srv, 'bucketonly');
  await bucketOnly.put({ bucket: 'mine', key: 'k', value: 'v' });
  t.is(await denied(t, bucketOnly.put({ bucket: 'yours', key: 'k', value: 'v' })), deny('bucketonly', 'riak_kv.put', 'default/yours'));
  t.is(await denied(t, bucketOnly.put({ type: 'siblings', bucket: 'mine', key: 'k', value: 'v' })), deny('bucketonly', 'riak_kv.put', 'siblings/mine'));

  const typeOnly = as(t, srv, 'typeonly');
  await typeOnly.fetchSet({ type: 'sets', bucket: 'any-bucket', key: 'k' });
  t.is(await denied(t, typeOnly.updateSet({ type: 'sets', bucket: 'x', key: 'k', add: 'a' })), deny('typeonly', 'riak_kv.put', 'sets/x'));

  // A group's group's grant reaches the member; `all` reaches everyone.
  await as(t, srv, 'member').put({ bucket: 'shared', key: 'k', value: 'v' });
  t.is(await denied(t, as(t, srv, 'other').put({ bucket: 'shared', key: 'k', value: 'v' })), deny('other', 'riak_kv.put', 'default/shared'));
  t.is(String((await as(t, srv, 'other').get({ bucket: 'shared', key: 'k' })).value), 'v');
});

test('list_buckets is checked on the type itself: a grant on a bucket of it does not count', async (t) => {
  const srv = await server(t, {
    users: [{ name: 'u', source: 'trust' }],
    grants: [
      { permissions: ['riak_kv.list_buckets'], on: ['default', 'b'], to: 'u' },
      { permissions: ['riak_kv.list_buckets'], on: 'maps', to: 'u' },
    ],
  });
  const u = as(t, srv, 'u');
  t.is(await denied(t, u.listBuckets().toArray()), deny('u', 'riak_kv.list_buckets', 'default'));
  t.deepEqual(await u.listBuckets({ type: 'maps' }).toArray(), []);
});

test('without grants configured, every authenticated user may do everything', async (t) => {
  const srv = await startDevServer({ port: 0, security: { users: [{ name: 'u', source: 'trust' }], tls: TLS } });
  t.teardown(() => srv.close());
  const u = as(t, srv, 'u');
  await u.put({ bucket: 'b', key: 'k', value: 'v' });
  t.deepEqual(await u.listKeys({ bucket: 'b' }).toArray(), [b('k')]);
  // Link walking is refused whenever security is on.
  t.is(
    await denied(t, drain(u.stream('RpbMapRedReq', JOB('b', [{ link: { bucket: 'b' } }])))),
    '"Link walking is deprecated in Riak 2.0 and is not compatible with security."',
  );
});

test('bucket names in the text: UTF-8 as sent; ~n and ~~ rewritten as io_lib:format does; other ~ directives and non-UTF-8 crash the connection', async (t) => {
  const srv = await server(t);
  const nobody = as(t, srv, 'nobody');
  t.is(await denied(t, nobody.get({ bucket: 'café', key: 'k' })), deny('nobody', 'riak_kv.get', 'default/café'));
  t.is(await denied(t, nobody.get({ bucket: 'a~nb~~c', key: 'k' })), deny('nobody', 'riak_kv.get', 'default/a\nb~c'));

  for (const bucket of [b('a~pb'), Buffer.from([0xff, 0x41])]) {
    const raw = await RawClient.open(srv);
    t.teardown(() => raw.close());
    await raw.startTls();
    t.is((await raw.request(authReq('nobody'))).code, 254);
    const get = (await import('../../generated/riak.js')).RpbGetReq.encode({ bucket, key: b('k') }).finish();
    raw.send(frame(9, get), frame(1));
    await raw.waitClose();
    t.is(raw.frames.length, 3, 'the ping behind it is never answered');
    t.regex(errorText(raw.frames[2]), /^Error processing incoming message: error:badarg:/);
  }
});

test("sources: the most specific CIDR first, a user's own before all's; no matching source fails", async (t) => {
  const srv = await server(t, {
    users: [{ name: 'carol', password: 'secret' }, { name: 'dave', password: 'secret' }, { name: 'erin' }, { name: 'frank', password: 'secret' }],
    sources: [
      { users: 'all', cidr: '0.0.0.0/0', source: 'trust' },
      // carol: a /32 password source beats the /0 trust one.
      { users: ['carol'], cidr: '127.0.0.1/32', source: 'password' },
      // dave: at the same mask, dave's own password source beats all's trust source.
      { users: 'all', cidr: '127.0.0.0/8', source: 'trust' },
      { users: 'dave', cidr: '127.0.0.0/8', source: 'password' },
      // erin: only a source on another network (besides all's).
      { users: ['erin'], cidr: '10.0.0.0/8', source: 'password' },
    ],
  });
  await as(t, srv, 'carol', 'secret').ping();
  await t.throwsAsync(as(t, srv, 'carol', 'wrong').ping(), { instanceOf: RiakAuthError });
  await as(t, srv, 'dave', 'secret').ping();
  await t.throwsAsync(as(t, srv, 'dave', 'wrong').ping(), { instanceOf: RiakAuthError });
  // erin's 10/8 source does not hold 127.0.0.1: all's 127/8 trust does.
  await as(t, srv, 'erin', 'anything').ping();
  await as(t, srv, 'frank', 'anything').ping();
});

test("sources: a user with no source for the client's address cannot authenticate", async (t) => {
  const lines: string[] = [];
  const srv = await startDevServer({
    port: 0,
    log: (line) => lines.push(line),
    security: {
      users: [{ name: 'gina', password: 'pw' }],
      sources: [{ users: ['gina'], cidr: '10.1.0.0/16', source: 'trust' }],
      tls: TLS,
      authFailureDelayMs: 0,
    },
  });
  t.teardown(() => srv.close());
  await t.throwsAsync(as(t, srv, 'gina', 'pw').ping(), { instanceOf: RiakAuthError, message: /Authentication failed/ });
  await until(() => lines.some((line) => line.includes('no_matching_sources')), 'the log line');
});

test('sources: a certificate source given as a source entry', async (t) => {
  const srv = await server(t, { users: [{ name: 'certuser' }], sources: [{ users: 'certuser', cidr: '127.0.0.1/32', source: 'certificate' }] });
  const client = new RiakClient({ nodes: [`127.0.0.1:${srv.port}`], minConnections: 0, tls: { ca: CA, ...CLIENT }, auth: { user: 'certuser' } });
  t.teardown(() => client.close());
  await client.ping();
  await t.throwsAsync(as(t, srv, 'certuser').ping(), { instanceOf: RiakAuthError });
});

test("the configuration is refused with riak-admin's texts", async (t) => {
  const start = (security: Partial<DevServerSecurityOptions>) =>
    startDevServer({ port: 0, security: { users: [{ name: 'u', source: 'trust' }], tls: TLS, ...security } as DevServerSecurityOptions });
  const refused = async (security: Partial<DevServerSecurityOptions>, message: string) => {
    const err = await t.throwsAsync(start(security), { instanceOf: RiakInvalidArgumentError });
    t.true(err?.message.endsWith(message), err?.message);
  };
  await refused({ grants: [{ permissions: ['riak_kv.nope'], on: 'any', to: 'u' }] }, 'Permission not recognized: riak_kv.nope');
  await refused({ grants: [{ permissions: ['search.query'], on: 'any', to: 'u' }] }, 'Permission not recognized: search.query');
  await refused({ grants: [{ permissions: ['riak_kv.get'], on: 'any', to: ['zed', 'yan'] }] }, 'Name(s) not recognized: zed, yan');
  await refused(
    { groups: [{ name: 'u' }], grants: [{ permissions: ['riak_kv.nope'], on: 'any', to: ['u'] }] },
    "Ambiguous names need to be prefixed with 'user/' or 'group/': u\nPermission not recognized: riak_kv.nope",
  );
  await refused({ users: [{ name: 'u', groups: ['ghosts'] }] }, 'Group(s) not recognized: ghosts');
  await refused({ sources: [{ users: ['u', 'v'], cidr: '127.0.0.1/32', source: 'trust' }] }, 'User(s) not recognized: v');
  await refused({ groups: [{ name: 'any' }] }, '(This name is reserved for system use)');
  await refused({ groups: [{ name: 'g' }, { name: 'G' }] }, 'This name is already in use');
  await refused({ sources: [{ users: 'all', cidr: '127.0.0.1/33', source: 'trust' }] }, 'is not an address/mask such as 127.0.0.1/32');
  // A user and a group may share a name; prefixes pick one.
  const ok = await start({ groups: [{ name: 'u' }], grants: [{ permissions: ['riak_kv.get'], on: 'any', to: ['user/u', 'group/u'] }] });
  await ok.close();
});

test("riak-pb serve --security-config: the JSON file's users, grants and sources", async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'riak-pb-security-'));
  const write = (name: string, text: string) => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  };
  const config = write(
    'security.json',
    JSON.stringify({
      users: [{ name: 'reader', password: 'pw' }],
      grants: [{ permissions: ['riak_kv.get'], on: 'any', to: 'all' }],
      sources: [{ users: 'all', cidr: '127.0.0.1/32', source: 'password' }],
    }),
  );
  const tlsFlags = ['--tls-cert', tlsFixture('server.crt'), '--tls-key', tlsFixture('server.key')];
  const fake = fakeIo();
  const done = main(['serve', '--port', '0', ...tlsFlags, '--security-config', config, '--auth-failure-delay', '0'], fake.io);
  const listening = await until(() => fake.out.find((line) => line.startsWith('listening on')), 'the listening line');
  const port = Number(/:(\d+) /.exec(listening)?.[1]);
  const reader = new RiakClient({ nodes: [`127.0.0.1:${port}`], minConnections: 0, tls: { ca: CA }, auth: { user: 'reader', password: 'pw' } });
  await reader.get({ bucket: 'b', key: 'k' });
  const err = await t.throwsAsync(reader.put({ bucket: 'b', key: 'k', value: 'v' }), { instanceOf: RiakServerError });
  t.is(err?.errmsg, deny('reader', 'riak_kv.put', 'default/b'));
  await reader.close();
  fake.stop();
  t.is(await done, 0);

  for (const [text, pattern] of [
    ['{', /not valid JSON/],
    ['[]', /expected a JSON object/],
    ['{"roles": []}', /unknown field "roles"/],
    ['{"grants": {}}', /grants must be an array/],
  ] as const) {
    const io = fakeIo();
    t.is(await main(['serve', '--port', '0', ...tlsFlags, '--security-config', write('bad.json', text)], io.io), 2);
    t.regex(io.err.join('\n'), pattern);
  }
  const noTls = fakeIo();
  t.is(await main(['serve', '--security-config', config], noTls.io), 2);
});
