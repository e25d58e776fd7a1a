import test from 'ava';
import { RiakInvalidArgumentError } from '../../src/errors.js';
import { startDevServer } from '../../src/server/index.js';
import {
  authReq,
  CA,
  CERT_USER,
  CLIENT,
  errorText,
  frame,
  pem,
  PASSWORD_USER,
  PING,
  RawClient,
  secureServer,
  securityOptions,
  START_TLS,
  TRUST_USER,
} from '../helpers/security.js';
import { holdTimers } from '../helpers/held-timers.js';
import { until } from '../helpers/wait.js';

// The dev server in security mode, byte by byte, against riak_api_pb_server's
// wait_for_tls → wait_for_auth → connected states.

const AUTH_OK = Buffer.from([0, 0, 0, 1, 254]);
const PING_RESP = Buffer.from([0, 0, 0, 1, 2]);
/** A failure delay no other timer uses, so that the test can hold it (see holdTimers). */
const AUTH_DELAY_MS = 987_654;

test('before STARTTLS every request gets "Security is enabled, please STARTTLS first" and the connection stays open', async (t) => {
  const server = await secureServer(t);
  const raw = await RawClient.open(server);
  t.teardown(() => raw.close());
  t.is(errorText(await raw.request(PING)), 'Security is enabled, please STARTTLS first');
  t.is(errorText(await raw.request(authReq(PASSWORD_USER.name, PASSWORD_USER.password))), 'Security is enabled, please STARTTLS first');
  t.is(errorText(await raw.request(frame(9))), 'Security is enabled, please STARTTLS first');
  t.false(raw.closed);
  // Still able to upgrade afterwards.
  await raw.startTls();
  t.deepEqual((await raw.request(authReq(PASSWORD_USER.name, PASSWORD_USER.password))).bytes, AUTH_OK);
  t.deepEqual(server.authStats(), { startTls: 1, authRequests: 1, authSuccesses: 1, authFailures: 0 });
});

test('STARTTLS is acked with a bare code-255 frame; after TLS, requests other than auth get "please authenticate first"', async (t) => {
  const server = await secureServer(t);
  const raw = await RawClient.open(server);
  t.teardown(() => raw.close());
  await raw.startTls(); // asserts the ack is exactly 00 00 00 01 ff
  t.is(errorText(await raw.request(PING)), 'Security is enabled, please authenticate first');
  t.is(errorText(await raw.request(START_TLS)), 'Security is enabled, please authenticate first');
  t.false(raw.closed);
  t.deepEqual((await raw.request(authReq(PASSWORD_USER.name, PASSWORD_USER.password))).bytes, AUTH_OK);
  t.deepEqual((await raw.request(PING)).bytes, PING_RESP);
});

test("once authenticated the connection is served as usual: a second STARTTLS and auth get Riak's connected-state answers", async (t) => {
  const server = await secureServer(t);
  const raw = await RawClient.open(server);
  t.teardown(() => raw.close());
  await raw.startTls();
  await raw.request(authReq(TRUST_USER, 'anything'));
  t.is(errorText(await raw.request(START_TLS)), 'Security not enabled; STARTTLS not allowed.');
  t.is(errorText(await raw.request(authReq(TRUST_USER))), 'Unknown message code: 253');
  t.deepEqual((await raw.request(PING)).bytes, PING_RESP);
});

test('a failed authentication is answered "Authentication failed" only once the configured delay has run; the third one closes', async (t) => {
  // The delay's timer is held until the test releases it: no reply before, the reply right after.
  const delay = holdTimers(t, AUTH_DELAY_MS);
  const server = await secureServer(t, { authFailureDelayMs: AUTH_DELAY_MS });
  const raw = await RawClient.open(server);
  t.teardown(() => raw.close());
  await raw.startTls();
  const replies = () => raw.frames.slice(1); // after the STARTTLS ack
  raw.send(authReq(PASSWORD_USER.name, 'wrong'));
  await until(() => delay.pending === 1, 'the failure delay to start');
  t.deepEqual(replies(), [], 'no answer while the delay runs');
  delay.release();
  await raw.waitFrames(2);
  t.is(errorText(replies()[0]), 'Authentication failed');
  t.false(raw.closed);
  // A request pipelined behind a failing auth waits for the delay too (Riak's FSM sleeps).
  raw.send(authReq('nobody', 'x'), PING);
  await until(() => delay.pending === 1, 'the second failure delay to start');
  t.is(replies().length, 1, 'neither the auth nor the ping behind it is answered while the delay runs');
  delay.release();
  await raw.waitFrames(4);
  t.is(errorText(replies()[1]), 'Authentication failed');
  t.is(errorText(replies()[2]), 'Security is enabled, please authenticate first');
  raw.send(authReq(PASSWORD_USER.name, 'wrong again'));
  await until(() => delay.pending === 1, 'the third failure delay to start');
  t.false(raw.closed, 'not closed before the delay has run');
  delay.release();
  await raw.waitClose();
  t.is(errorText(replies()[3]), 'Authentication failed');
  t.deepEqual(server.authStats(), { startTls: 1, authRequests: 3, authSuccesses: 0, authFailures: 3 });
});

test('two failures leave a third try, which may succeed', async (t) => {
  const server = await secureServer(t, { authFailureDelayMs: 0 });
  const raw = await RawClient.open(server);
  t.teardown(() => raw.close());
  await raw.startTls();
  t.is(errorText(await raw.request(authReq(PASSWORD_USER.name, 'a'))), 'Authentication failed');
  t.is(errorText(await raw.request(authReq(PASSWORD_USER.name, 'b'))), 'Authentication failed');
  t.deepEqual((await raw.request(authReq(PASSWORD_USER.name, PASSWORD_USER.password))).bytes, AUTH_OK);
});

test('the same text for an unknown user, a bad password, a certificate user without or with a mismatched certificate', async (t) => {
  const server = await secureServer(t, { authFailureDelayMs: 0 });
  const cases: [string, string, object][] = [
    ['nobody', 'x', {}],
    [PASSWORD_USER.name, 'not it', {}],
    [CERT_USER, '', {}],
    [CERT_USER, '', { cert: pem('client-other.crt'), key: pem('client-other.key') }],
    // A password user cannot log in with someone's certificate either.
    [PASSWORD_USER.name, '', CLIENT],
  ];
  for (const [user, password, tls] of cases) {
    const raw = await RawClient.open(server);
    await raw.startTls(tls);
    t.is(errorText(await raw.request(authReq(user, password))), 'Authentication failed', `${user} ${JSON.stringify(Object.keys(tls))}`);
    raw.close();
  }
});

test('certificate source: a CA-signed client certificate whose CN is the user, with any password', async (t) => {
  const server = await secureServer(t);
  const raw = await RawClient.open(server);
  t.teardown(() => raw.close());
  await raw.startTls(CLIENT);
  t.deepEqual((await raw.request(authReq(CERT_USER, 'ignored'))).bytes, AUTH_OK);
  t.deepEqual((await raw.request(PING)).bytes, PING_RESP);
});

test('user names are stored lowercased, as riak-admin does; the CN is compared lowercased', async (t) => {
  const server = await secureServer(t, {
    users: [
      { name: 'Carol', password: 'pw', source: 'password' },
      { name: 'CertUser', source: 'certificate' },
    ],
    authFailureDelayMs: 0,
  });
  const raw = await RawClient.open(server);
  t.teardown(() => raw.close());
  await raw.startTls(CLIENT);
  t.is(errorText(await raw.request(authReq('Carol', 'pw'))), 'Authentication failed');
  t.deepEqual((await raw.request(authReq('carol', 'pw'))).bytes, AUTH_OK);
  const cert = await RawClient.open(server);
  t.teardown(() => cert.close());
  await cert.startTls(CLIENT);
  t.deepEqual((await cert.request(authReq('certuser'))).bytes, AUTH_OK);
});

test('a client certificate that does not verify against the CA ends the connection (Riak verify_peer)', async (t) => {
  const server = await secureServer(t);
  const raw = await RawClient.open(server);
  t.teardown(() => raw.close());
  // The server checks the certificate as its handshake completes and closes
  // at once: the client usually sees its own handshake fail.
  const upgraded = await raw.startTls({ cert: pem('untrusted-client.crt'), key: pem('untrusted-client.key') }).then(
    () => true,
    () => false,
  );
  if (upgraded) {
    raw.send(authReq(CERT_USER));
    await raw.waitClose();
  }
  t.false(raw.frames.some((f) => f.code === 254));
  t.is(server.authStats().authSuccesses, 0);
});

test('plaintext sent behind STARTTLS is refused: the connection is closed without an ack', async (t) => {
  const server = await secureServer(t);
  const raw = await RawClient.open(server);
  t.teardown(() => raw.close());
  raw.send(Buffer.concat([START_TLS, authReq(TRUST_USER)]));
  await raw.waitClose();
  t.deepEqual(raw.frames, []);
  t.is(server.authStats().authRequests, 0);
});

test('a TLS handshake that fails: the server says why in its log, answers nothing and closes', async (t) => {
  const log: string[] = [];
  const server = await secureServer(t, {}, { log: (line) => log.push(line) });
  const raw = await RawClient.open(server);
  t.teardown(() => raw.close());
  t.deepEqual((await raw.request(START_TLS)).bytes, START_TLS);
  raw.send(Buffer.from('this is not a TLS ClientHello\r\n'), authReq(PASSWORD_USER.name, PASSWORD_USER.password));
  await raw.waitClose();
  t.is(raw.frames.length, 1, 'nothing after the STARTTLS ack');
  t.true(
    log.some((line) => /^STARTTLS with 127\.0\.0\.1:\d+ failed: .*wrong version number/.test(line)),
    log.join('\n'),
  );
  t.deepEqual(server.authStats(), { startTls: 1, authRequests: 0, authSuccesses: 0, authFailures: 0 });
});

test('the server speaks TLS 1.2 by default, like riak_api; other versions can be allowed', async (t) => {
  const server = await secureServer(t);
  const raw = await RawClient.open(server);
  t.teardown(() => raw.close());
  await t.throwsAsync(raw.startTls({ minVersion: 'TLSv1.3' }));
  const modern = await secureServer(t, { tls: { cert: pem('server.crt'), key: pem('server.key'), ca: CA, maxVersion: 'TLSv1.3' } });
  const raw13 = await RawClient.open(modern);
  t.teardown(() => raw13.close());
  await raw13.startTls({ minVersion: 'TLSv1.3' });
  t.deepEqual((await raw13.request(authReq(TRUST_USER))).bytes, AUTH_OK);
});

test("without security, STARTTLS and auth get Riak's texts and are counted", async (t) => {
  const server = await startDevServer({ port: 0 });
  t.teardown(() => server.close());
  const raw = await RawClient.open(server);
  t.teardown(() => raw.close());
  t.is(errorText(await raw.request(START_TLS)), 'Security not enabled; STARTTLS not allowed.');
  t.is(errorText(await raw.request(authReq('u', 'p'))), 'Unknown message code: 253');
  t.deepEqual((await raw.request(PING)).bytes, PING_RESP);
  t.deepEqual(server.authStats(), { startTls: 1, authRequests: 1, authSuccesses: 0, authFailures: 0 });
});

test('security options are validated like riak-admin would', async (t) => {
  const base = securityOptions();
  const start = (security: object) => startDevServer({ port: 0, security: security as never });
  await t.throwsAsync(start({ ...base, tls: { cert: pem('server.crt') } }), { instanceOf: RiakInvalidArgumentError, message: /security\.tls/ });
  await t.throwsAsync(start({ ...base, tls: { cert: pem('server.crt'), key: pem('client.key') } }), { message: /security\.tls/ });
  await t.throwsAsync(start({ ...base, users: [{ name: 'all', source: 'trust' }] }), { message: /reserved/ });
  await t.throwsAsync(start({ ...base, users: [{ name: 'a:b', source: 'trust' }] }), { message: /":"/ });
  await t.throwsAsync(start({ ...base, users: [{ name: 'x', source: 'password' }] }), { message: /password/ });
  await t.throwsAsync(start({ ...base, users: [{ name: 'x', source: 'pam' }] }), { message: /source "pam"/ });
  await t.throwsAsync(
    start({
      ...base,
      users: [
        { name: 'X', source: 'trust' },
        { name: 'x', source: 'trust' },
      ],
    }),
    { message: /duplicate/ },
  );
  await t.throwsAsync(start({ ...base, tls: { cert: pem('server.crt'), key: pem('server.key') } }), { message: /security\.tls\.ca/ });
  await t.throwsAsync(start({ ...base, authFailureDelayMs: -1 }), { message: /authFailureDelayMs/ });
});
