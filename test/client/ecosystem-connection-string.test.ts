import test from 'ava';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { inspect } from 'node:util';
import { RiakClient } from '../../src/client/riak-client.js';
import { RiakConnectionError, RiakInvalidArgumentError } from '../../src/errors.js';
import { parseRiakUrl, redactUrl } from '../../src/pool/connection-url.js';
import { startDevServer } from '../../src/server/index.js';
import { cli, fails, ok } from '../helpers/cli-harness.js';
import { tlsFixture } from '../helpers/paths.js';

const tls = tlsFixture;
const CA = tls('ca.crt');

/** A password with every character a URL reserves, written percent-encoded in URLs. */
const PASSWORD = 'p@ss:w/rd?#%&=';
const ENCODED = encodeURIComponent(PASSWORD);

test('new RiakClient(server.url), { url }, and nodes: [server.url] all reach the dev server', async (t) => {
  const server = await startDevServer({ port: 0 });
  t.teardown(() => server.close());
  t.is(server.url, `riak://127.0.0.1:${server.port}`);
  for (const client of [new RiakClient(server.url), new RiakClient({ url: `${server.url}/` }), new RiakClient({ nodes: [server.url] })]) {
    t.deepEqual(client.nodes, [`127.0.0.1:${server.port}`]);
    await client.ping();
    await client.close();
  }
});

test('a dev server listening on every interface gives a URL its clients can reach', async (t) => {
  const server = await startDevServer({ port: 0, host: '0.0.0.0' });
  t.teardown(() => server.close());
  t.is(server.url, `riak://127.0.0.1:${server.port}`);
  const client = new RiakClient(server.url);
  t.teardown(() => client.close());
  await client.ping();
});

test('a URL lists nodes with default port 8087, IPv6 in brackets; parameters set the options', (t) => {
  const options = parseRiakUrl('riak://db1,db2:8088,[::1],[fe80::1]:9000/?connectTimeout=250&requestTimeout=0&maxConnections=4&minConnections=0');
  t.deepEqual(options, {
    nodes: ['db1:8087', 'db2:8088', '[::1]:8087', '[fe80::1]:9000'],
    connectTimeout: 250,
    requestTimeout: 0,
    maxConnections: 4,
    minConnections: 0,
  });
  const client = new RiakClient('RIAK://db1,[::1]:8087?minConnections=0');
  t.deepEqual(client.nodes, ['db1:8087', '[::1]:8087']);
  void client.close();

  const secured = parseRiakUrl(`riak://ada:${ENCODED}@db1?tls=1&ca=${encodeURIComponent(CA)}&servername=riak.example&rejectUnauthorized=false`);
  t.deepEqual(secured.tls, { ca: readFileSync(CA), servername: 'riak.example', rejectUnauthorized: false });
  t.is(secured.auth?.user, 'ada');
  t.is(secured.auth?.password, PASSWORD);
  // TLS parameters turn TLS on; a user alone (certificate auth) has no password.
  t.deepEqual(parseRiakUrl(`riak://certuser@db1?cert=${tls('client.crt')}&key=${tls('client.key')}`).tls, {
    cert: readFileSync(tls('client.crt')),
    key: readFileSync(tls('client.key')),
  });
  t.deepEqual({ ...parseRiakUrl('riak://certuser@db1?tls=true').auth }, { user: 'certuser' });
  t.deepEqual(parseRiakUrl('riak://db1?tls=false'), { nodes: ['db1:8087'] });
});

test('user, percent-decoded password, TLS with a CA file and servername: authenticates to a secured dev server over IPv6', async (t) => {
  const server = await startDevServer({
    port: 0,
    host: '::1',
    security: {
      users: [{ name: 'ada', password: PASSWORD, source: 'password' }],
      tls: { cert: readFileSync(tls('server.crt')), key: readFileSync(tls('server.key')), ca: readFileSync(CA) },
      authFailureDelayMs: 20,
    },
  });
  t.teardown(() => server.close());
  t.is(server.url, `riak://[::1]:${server.port}`);
  const client = new RiakClient(`riak://ada:${ENCODED}@[::1]:${server.port}/?tls=true&ca=${CA}&servername=localhost`);
  t.teardown(() => client.close());
  await client.ping();
  t.is(server.authStats().authSuccesses, 1);
});

test('a bad URL is a RiakInvalidArgumentError naming what is wrong, with the password redacted', (t) => {
  const cases: [url: string, message: RegExp][] = [
    ['http://db1:8087', /expected riak:\/\/\[user\[:password\]@\]host\[:port\]/],
    ['riak://', /no host/],
    ['riak://db1,,db2', /an empty host in the list/],
    ['riak://db1:99999', /"db1:99999" is not host\[:port\]/],
    ['riak://::1', /an IPv6 address goes in brackets/],
    ['riak://db1/bucket', /a path \("\/bucket"\) is not allowed/],
    ['riak://db1#frag', /a fragment/],
    ['riak://db1?tls=yes', /`tls` expects true or false, got "yes"/],
    ['riak://db1?maxConnections=many', /`maxConnections` expects a whole number, got "many"/],
    [
      'riak://db1?timeout=5',
      /unknown parameter `timeout` \(known: tls, ca, cert, key, servername, rejectUnauthorized, connectTimeout, requestTimeout, maxConnections, minConnections\)/,
    ],
    ['riak://db1?tls=true&tls=false', /parameter `tls` is given twice/],
    ['riak://db1?tls=false&ca=/x', /`ca` configures TLS, which tls=false turns off/],
    ['riak://db1?ca=/no/such/ca.pem', /`ca`: cannot read \/no\/such\/ca\.pem: ENOENT/],
    ['riak://db1?cert=/x', /`cert` and `key` go together/],
    ['riak://:secret@db1?tls=true', /an empty user name/],
    ['riak://ada:%E0%A4%A@db1?tls=true', /the password has a bad percent-escape/],
    ['riak://ada:pa/ss@db1?tls=true', /an `@` after the host: percent-encode `\/ \? # @` in the user name and password/],
  ];
  for (const [url, message] of cases) {
    const error = t.throws(() => parseRiakUrl(url), { instanceOf: RiakInvalidArgumentError }, url);
    t.regex(error?.message ?? '', message, url);
    t.true(error?.message.startsWith('Invalid url "'), url);
  }
  // Errors from the client show the URL with the password redacted, whatever failed.
  const secret = 'hunter2';
  for (const url of [
    `riak://ada:${secret}@db1?tls=maybe`,
    `riak://ada:${secret}@db1:0`,
    `riak://ada:${secret}@db1`,
    `riak://ada:${secret}@db1/path`,
    `riak://ada:a@${secret}@db1?x=1`,
    `riak://ada:${secret}/x?y@db1`,
  ]) {
    const error = t.throws(() => new RiakClient(url), { instanceOf: RiakInvalidArgumentError }, url);
    t.false(error?.message.includes(secret), error?.message);
    t.regex(error?.message ?? '', /riak:\/\/ada:\*\*\*@db1/, url);
  }
  t.regex(t.throws(() => new RiakClient(`riak://ada:${secret}@db1`))?.message ?? '', /Riak credentials are only sent over TLS: add tls=true/);
  // A node entry is one host: credentials and parameters belong in `url`.
  const entry = t.throws(() => new RiakClient({ nodes: [`riak://ada:${secret}@db1?tls=true`] }), { instanceOf: RiakInvalidArgumentError });
  t.is(
    entry?.message,
    'Invalid node address "riak://ada:***@db1?tls=true": a node URL names one host[:port]; give credentials, parameters and several hosts as the client\'s `url`',
  );
  t.throws(() => new RiakClient({ nodes: [`ada:${secret}@db1`] }), { message: 'Invalid node address "ada:***@db1" (expected host:port)' });
  t.throws(() => new RiakClient({}), { instanceOf: RiakInvalidArgumentError, message: /give at least one "host:port" string \(or a riak:\/\/ `url`\)/ });
  t.throws(() => new RiakClient(42 as never), { instanceOf: RiakInvalidArgumentError, message: /needs a riak:\/\/ URL or an options object/ });
});

test('options beside `url` win over its parameters, `tls` objects merge; `url` with `nodes` is refused', async (t) => {
  const server = await startDevServer({ port: 0 });
  t.teardown(() => server.close());
  const client = new RiakClient({ url: `${server.url}?requestTimeout=1&minConnections=0`, requestTimeout: 0, minConnections: 1 });
  t.teardown(() => client.close());
  await client.ping(); // a 1 ms deadline is not in force
  t.throws(() => new RiakClient({ url: server.url, nodes: ['db2'] }), {
    instanceOf: RiakInvalidArgumentError,
    message: 'Give the nodes either as `nodes` or in `url`, not both',
  });
  // Credentials in the URL, TLS from the options: accepted (the handshake then fails against this plain server).
  t.notThrows(() => void new RiakClient({ url: 'riak://ada:x@db1?minConnections=0', tls: { ca: readFileSync(CA) } }).close());
  // The URL's CA and the options' servername together.
  const merged = new RiakClient({ url: `riak://db1?ca=${CA}&minConnections=0`, tls: { servername: 'x' }, connectTimeout: 1 });
  t.teardown(() => merged.close());
  t.notThrows(() => merged.stats());
});

test('the password never shows: not in a refused connection error, util.inspect of the client or its options, nor a nodeDown event', async (t) => {
  const secret = 'hunter2-secret';
  const url = `riak://ada:${secret}@127.0.0.1:1/?tls=true&ca=${CA}&minConnections=0&connectTimeout=2000`;
  const client = new RiakClient(url);
  t.teardown(() => client.close());
  const down = new Promise<unknown>((resolve) => client.on('nodeDown', resolve));
  const error = await t.throwsAsync(client.ping({ retry: false }), { instanceOf: RiakConnectionError });
  const event = await down;
  const options = parseRiakUrl(url);
  for (const [what, text] of [
    ['error', `${error?.message} ${error?.stack} ${inspect(error, { depth: Infinity })}`],
    ['nodeDown', inspect(event, { depth: Infinity })],
    ['client', inspect(client, { depth: Infinity, showHidden: true })],
    ['options', `${inspect(options, { depth: Infinity })} ${JSON.stringify(options)}`],
  ] as const) {
    t.false(text.includes(secret), `${what}: ${text}`);
  }
  t.regex(inspect(options), /auth: \{ user: 'ada' \}/);
  t.is(options.auth?.password, secret);
});

test('redactUrl hides any password, parseRiakUrl decodes any percent-encoded one, and no error shows a piece of a raw one (property)', (t) => {
  fc.assert(
    fc.property(
      fc.oneof(
        fc.string({ minLength: 1, unit: 'grapheme' }),
        fc.string({ minLength: 1, unit: fc.constantFrom('@', ':', '/', '?', '#', '%', '&', '=', ',', '[', ']', 'Q', 'Z', ' ') }),
      ),
      fc.stringMatching(/^[a-z][a-z0-9._-]{0,8}$/),
      (password, user) => {
        const encoded = `riak://${user}:${encodeURIComponent(password)}@db1:8087,db2?tls=true`;
        const raw = `riak://${user}:${password}@db1:8087?tls=true`;
        const parsed = parseRiakUrl(encoded);
        if (parsed.auth?.user !== user || parsed.auth.password !== password) return false;
        if (parsed.nodes.join() !== 'db1:8087,db2:8087') return false;
        // A raw password (a reserved character in it or not) never survives redaction.
        const redacted = redactUrl(raw);
        if (redacted !== `riak://${user}:***@db1:8087?tls=true`) return false;
        try {
          parseRiakUrl(raw);
        } catch (error) {
          if (!(error instanceof RiakInvalidArgumentError)) return false;
          // No piece of the password either: Q and Z appear in no error text, only in passwords.
          const rest = error.message.replace(JSON.stringify(redactUrl(raw)), '');
          if ((password.length > 3 && rest.includes(password)) || (/[QZ]/.test(password) && /[QZ]/.test(rest))) return false;
        }
        return true;
      },
    ),
  );
  t.is(redactUrl('riak://db1:8087'), 'riak://db1:8087');
  t.is(redactUrl('riak://ada@db1'), 'riak://ada@db1');
});

test('CLI: --url and RIAK_URL name the nodes; a password only from RIAK_URL; bad URLs exit 2', async (t) => {
  const server = await startDevServer({ port: 0 });
  t.teardown(() => server.close());
  t.regex(ok(t, await cli(['ping', '--url', server.url])), /^pong/);
  t.regex(ok(t, await cli(['ping'], { env: { RIAK_URL: server.url, RIAK_NODES: '127.0.0.1:1' } })), /^pong/);
  // A flag wins over a variable: --nodes over RIAK_URL.
  t.regex(ok(t, await cli(['ping', '--nodes', `127.0.0.1:${server.port}`], { env: { RIAK_URL: 'riak://127.0.0.1:1' } })), /^pong/);
  fails(t, await cli(['ping', '--url', server.url, '--nodes', 'db1']), 2, /--url and --nodes both name the nodes: give one of them/);
  fails(
    t,
    await cli(['ping', '--url', 'riak://ada:hunter2@db1?tls=true']),
    2,
    /^riak-pb: --url carries a password, which would show in `ps`: put the URL in RIAK_URL/,
  );
  const bad = await cli(['ping'], { env: { RIAK_URL: 'riak://ada:hunter2@db1?tls=perhaps' } });
  fails(t, bad, 2, /RIAK_URL: Invalid url "riak:\/\/ada:\*\*\*@db1\?tls=perhaps": `tls` expects true or false/);
  t.false(bad.stderr.includes('hunter2'));
  // Credentials from RIAK_URL need TLS, as from --user.
  fails(t, await cli(['ping'], { env: { RIAK_URL: `riak://ada:hunter2@127.0.0.1:${server.port}` } }), 1, /Riak credentials are only sent over TLS/);
});
