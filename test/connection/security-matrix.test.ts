import test from 'ava';
import { inspect } from 'node:util';
import { RiakClient, type RiakClientOptions } from '../../src/client/riak-client.js';
import { RiakAuthError, RiakInvalidArgumentError, RiakServerError, RiakTimeoutError, RiakTlsError } from '../../src/errors.js';
import { startDevServer, type DevServer } from '../../src/server/index.js';
import { authReq, CA, CERT_USER, CLIENT, errorText, pem, PASSWORD_USER, PING, RawClient, RecordingProxy, secureServer } from '../helpers/security.js';
import { until } from '../helpers/wait.js';

// The client against the dev server in security mode, over real TCP and TLS.

const AUTH = { user: PASSWORD_USER.name, password: PASSWORD_USER.password };
const RIAK_CODES = { RpbPingReq: 1, RpbAuthReq: 253, RpbStartTls: 255 };

function client(t: import('ava').ExecutionContext, server: DevServer | RecordingProxy, options: Omit<RiakClientOptions, 'nodes'> = {}): RiakClient {
  const node = server instanceof RecordingProxy ? server.node : `127.0.0.1:${server.port}`;
  const riak = new RiakClient({ nodes: [node], minConnections: 0, ...options });
  t.teardown(() => riak.close());
  return riak;
}

function proxyFor(t: import('ava').ExecutionContext, server: DevServer): Promise<RecordingProxy> {
  return RecordingProxy.start(server.port).then((proxy) => {
    t.teardown(() => proxy.close());
    return proxy;
  });
}

test('password source: STARTTLS, then auth, then requests', async (t) => {
  const server = await secureServer(t);
  const riak = client(t, server, { tls: { ca: CA }, auth: AUTH });
  await riak.ping();
  await riak.put({ bucket: 'b', key: 'k', value: 'v' });
  t.is(String((await riak.get({ bucket: 'b', key: 'k' })).value), 'v');
  t.deepEqual(server.authStats(), { startTls: 1, authRequests: 1, authSuccesses: 1, authFailures: 0 });
});

test('certificate source: the client certificate, and RpbAuthReq naming its CN', async (t) => {
  const server = await secureServer(t);
  const explicit = client(t, server, { tls: { ca: CA, ...CLIENT }, auth: { user: CERT_USER } });
  await explicit.ping();
  // Without `auth`, the user is the certificate's CN.
  const derived = client(t, server, { tls: { ca: CA, ...CLIENT } });
  await derived.ping();
  t.is(server.authStats().authSuccesses, 2);
});

test("certificate source without the certificate, or with another user's: RiakAuthError", async (t) => {
  const server = await secureServer(t);
  const none = client(t, server, { tls: { ca: CA }, auth: { user: CERT_USER } });
  const err = await t.throwsAsync(none.ping(), { instanceOf: RiakAuthError });
  t.regex(err!.message, /Authentication failed/);
  const other = client(t, server, { tls: { ca: CA, cert: pem('client-other.crt'), key: pem('client-other.key') }, auth: { user: CERT_USER } });
  await t.throwsAsync(other.ping(), { instanceOf: RiakAuthError, message: /Authentication failed/ });
});

test('wrong password: RiakAuthError carrying Riak\'s "Authentication failed"', async (t) => {
  const server = await secureServer(t);
  const riak = client(t, server, { tls: { ca: CA }, auth: { user: PASSWORD_USER.name, password: 'not the password' } });
  const err = await t.throwsAsync(riak.ping(), { instanceOf: RiakAuthError });
  t.is(err!.code, 'RIAK_AUTH_ERROR');
  t.regex(err!.message, /^Authentication as "alice" on 127\.0\.0\.1:\d+ failed: Authentication failed \(RpbPingReq\)$/);
  t.true(err!.cause instanceof RiakServerError);
  t.is((err!.cause as RiakServerError).errmsg, 'Authentication failed');
  t.false(err!.message.includes('not the password'));
});

test('unknown user: RiakAuthError with the same text', async (t) => {
  const server = await secureServer(t);
  const riak = client(t, server, { tls: { ca: CA }, auth: { user: 'mallory', password: 'x' } });
  const err = await t.throwsAsync(riak.ping(), { instanceOf: RiakAuthError });
  t.is((err!.cause as RiakServerError).errmsg, 'Authentication failed');
});

test('plaintext: credentials without tls are refused at construction, before any connection', async (t) => {
  const server = await secureServer(t);
  t.throws(() => new RiakClient({ nodes: [`127.0.0.1:${server.port}`], auth: AUTH }), { instanceOf: RiakInvalidArgumentError, message: /tls/ });
  t.deepEqual(server.authStats(), { startTls: 0, authRequests: 0, authSuccesses: 0, authFailures: 0 });
});

test('plaintext: a client without tls gets RiakAuthError from the server\'s "please STARTTLS first"', async (t) => {
  const server = await secureServer(t);
  const riak = client(t, server);
  const err = await t.throwsAsync(riak.ping(), { instanceOf: RiakAuthError });
  t.regex(err!.message, /requires STARTTLS and authentication/);
  t.is((err!.cause as RiakServerError).errmsg, 'Security is enabled, please STARTTLS first');
  // The connection stays open, like Riak's: the next request gets the same answer.
  await t.throwsAsync(riak.get({ bucket: 'b', key: 'k' }), { instanceOf: RiakAuthError });
});

test('TLS without credentials: requests get RiakAuthError from "please authenticate first"', async (t) => {
  const server = await secureServer(t);
  const riak = client(t, server, { tls: { ca: CA } });
  const err = await t.throwsAsync(riak.ping(), { instanceOf: RiakAuthError });
  t.is((err!.cause as RiakServerError).errmsg, 'Security is enabled, please authenticate first');
  t.is(server.authStats().authRequests, 0);
});

test('a raw request after STARTTLS and TLS but before auth gets "Security is enabled, please authenticate first"', async (t) => {
  const server = await secureServer(t);
  const raw = await RawClient.open(server);
  t.teardown(() => raw.close());
  await raw.startTls();
  t.is(errorText(await raw.request(PING)), 'Security is enabled, please authenticate first');
  t.false(raw.closed);
  t.is((await raw.request(authReq(PASSWORD_USER.name, PASSWORD_USER.password))).code, 254);
});

test('untrusted server certificate: RiakTlsError, and nothing but STARTTLS and TLS is sent', async (t) => {
  const server = await secureServer(t, { tls: { cert: pem('untrusted-server.crt'), key: pem('untrusted-server.key'), ca: CA } });
  const proxy = await proxyFor(t, server);
  const riak = client(t, proxy, { tls: { ca: CA }, auth: AUTH, retry: { attempts: 3 } });
  const err = await t.throwsAsync(riak.ping(), { instanceOf: RiakTlsError });
  t.regex(err!.message, /TLS handshake with 127\.0\.0\.1:\d+ failed: .*\((UNABLE_TO_VERIFY_LEAF_SIGNATURE|SELF_SIGNED_CERT_IN_CHAIN)\)/);
  t.is(proxy.sent.length, 1, 'not retried on another connection');
  const { codes, rest } = proxy.plaintextFrames(0);
  t.deepEqual(codes, [RIAK_CODES.RpbStartTls]);
  t.is(rest[0], 0x16, 'then only TLS records');
  t.false(proxy.bytes(0).includes(Buffer.from(PASSWORD_USER.password)));
  t.is(server.authStats().authRequests, 0);
});

test('host name mismatch: RiakTlsError, by name and by IP address', async (t) => {
  const server = await secureServer(t, { tls: { cert: pem('wrong-host.crt'), key: pem('wrong-host.key'), ca: CA } });
  const byIp = client(t, server, { tls: { ca: CA }, auth: AUTH });
  const err = await t.throwsAsync(byIp.ping(), { instanceOf: RiakTlsError });
  t.regex(err!.message, /ERR_TLS_CERT_ALTNAME_INVALID/);
  t.regex(err!.message, /127\.0\.0\.1/);
  const byName = client(t, server, { tls: { ca: CA, servername: 'localhost' }, auth: AUTH });
  await t.throwsAsync(byName.ping(), { instanceOf: RiakTlsError, message: /localhost/ });
  t.is(server.authStats().authRequests, 0);
});

test('the trusted certificate matches both its DNS name and its IP SAN', async (t) => {
  const server = await secureServer(t);
  await client(t, server, { tls: { ca: CA }, auth: AUTH }).ping();
  await client(t, server, { tls: { ca: CA, servername: 'localhost' }, auth: AUTH }).ping();
  t.is(server.authStats().authSuccesses, 2);
});

test('rejectUnauthorized: false is an explicit opt-out of verification', async (t) => {
  const server = await secureServer(t, { tls: { cert: pem('untrusted-server.crt'), key: pem('untrusted-server.key'), ca: CA } });
  await client(t, server, { tls: { rejectUnauthorized: false }, auth: AUTH }).ping();
  t.pass();
});

test('a TLS handshake that fails: RiakTlsError with the reason, and no credentials are sent', async (t) => {
  // The dev server speaks TLS 1.2 only (as riak_api does); this client insists on 1.3.
  const log: string[] = [];
  const server = await secureServer(t, {}, { log: (line) => log.push(line) });
  const proxy = await proxyFor(t, server);
  const riak = client(t, proxy, { tls: { ca: CA, minVersion: 'TLSv1.3' }, auth: AUTH });
  const err = await t.throwsAsync(riak.ping(), { instanceOf: RiakTlsError });
  t.is(err!.code, 'RIAK_TLS_ERROR');
  // OpenSSL's text (which ends in a newline), then Node's code.
  t.regex(err!.message, /^TLS handshake with 127\.0\.0\.1:\d+ failed: .*(unsupported protocol|protocol version)[\s\S]* \(ERR_SSL_[A-Z0-9_]+\)/);
  t.regex(String((err!.cause as { code?: string }).code), /^ERR_SSL_/);
  // On the wire: STARTTLS, then TLS records only; never the password.
  const { codes, rest } = proxy.plaintextFrames(0);
  t.deepEqual(codes, [RIAK_CODES.RpbStartTls]);
  t.is(rest[0], 0x16, 'then a TLS record');
  for (let i = 0; i < proxy.sent.length; i++) t.false(proxy.bytes(i).includes(Buffer.from(PASSWORD_USER.password)), `connection ${i}`);
  t.is(server.authStats().authRequests, 0);
  await until(() => log.some((line) => line.startsWith('STARTTLS with ')), "the server's log of the failed handshake");
  t.regex(log.find((line) => line.startsWith('STARTTLS with '))!, /failed: .*(unsupported protocol|protocol version)/);
});

test('STARTTLS refused by a server without security: RiakTlsError, and no credentials are sent', async (t) => {
  const server = await startDevServer({ port: 0 });
  t.teardown(() => server.close());
  const proxy = await proxyFor(t, server);
  const riak = client(t, proxy, { tls: { ca: CA }, auth: AUTH, health: { probeInitialMs: 10 } });
  const err = await t.throwsAsync(riak.ping(), { instanceOf: RiakTlsError });
  t.regex(err!.message, /refused STARTTLS \(no credentials were sent\): Security not enabled; STARTTLS not allowed\. \(RpbPingReq\)$/);
  // The node's probe tries again on a new connection: it must not send credentials either.
  await until(
    () => proxy.ended.length >= 2 && proxy.ended.every(Boolean),
    () => `a probe's connection, closed (${proxy.ended.length} connections)`,
  );
  t.is(server.authStats().authRequests, 0);
  t.true(server.authStats().startTls >= 2);
  for (let i = 0; i < proxy.sent.length; i++) {
    const { codes, rest } = proxy.plaintextFrames(i);
    t.true(
      codes.every((code) => code === RIAK_CODES.RpbStartTls),
      `connection ${i} sent only STARTTLS`,
    );
    t.is(rest.length, 0);
    t.false(proxy.bytes(i).includes(Buffer.from(PASSWORD_USER.password)));
  }
});

test('the connect timeout covers the auth reply, and says why Riak may be slow to answer', async (t) => {
  const server = await secureServer(t, { authFailureDelayMs: 10_000 });
  // Room for the TLS handshake on a busy machine; under Riak's 5 s delay plus 1 s, so the hint is given.
  // One attempt: the error is that attempt's own (retries would wait out the same timeout twice more).
  const riak = client(t, server, { tls: { ca: CA }, auth: { user: 'nobody', password: 'x' }, connectTimeout: 5000, retry: { attempts: 1 } });
  const err = await t.throwsAsync(riak.ping(), { instanceOf: RiakTimeoutError });
  t.regex(err!.message, /No reply from 127\.0\.0\.1:\d+ to authentication as "nobody" within \d+ ms/);
});

test('the password does not show in util.inspect of the options or the client', async (t) => {
  const server = await secureServer(t);
  const riak = client(t, server, { tls: { ca: CA }, auth: AUTH });
  t.false(inspect(riak, { depth: 10, showHidden: false }).includes(PASSWORD_USER.password));
  await riak.ping();
});
