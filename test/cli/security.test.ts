import test from 'ava';
import { RiakClient } from '../../src/client/riak-client.js';
import { main } from '../../src/cli/main.js';
import { fakeIo } from '../helpers/cli-io.js';
import { until } from '../helpers/wait.js';
import { RiakAuthError } from '../../src/errors.js';
import { CA, CLIENT } from '../helpers/security.js';
import { tlsFixture } from '../helpers/paths.js';

const fixture = tlsFixture;

test('riak-pb serve --tls-cert/--tls-key/--tls-ca with --user and --cert-user runs a secured server', async (t) => {
  const fake = fakeIo();
  const done = main(
    [
      'serve',
      '--port',
      '0',
      '--tls-cert',
      fixture('server.crt'),
      '--tls-key',
      fixture('server.key'),
      '--tls-ca',
      fixture('ca.crt'),
      '--user',
      'alice:s3cret:with:colons',
      '--cert-user',
      'certuser',
      '--auth-failure-delay',
      '0',
    ],
    fake.io,
  );
  const listening = await until(() => fake.out.find((line) => line.startsWith('listening on')), 'the listening line');
  const match = /^listening on 127\.0\.0\.1:(\d+) \(security enabled: STARTTLS and authentication required; 2 users\)$/.exec(listening);
  t.truthy(match, listening);
  const node = `127.0.0.1:${match![1]}`;

  const byPassword = new RiakClient({ nodes: [node], tls: { ca: CA }, auth: { user: 'alice', password: 's3cret:with:colons' } });
  await byPassword.ping();
  await byPassword.close();
  const byCert = new RiakClient({ nodes: [node], tls: { ca: CA, ...CLIENT } });
  await byCert.ping();
  await byCert.close();
  const plain = new RiakClient({ nodes: [node], minConnections: 0 });
  await t.throwsAsync(plain.ping(), { instanceOf: RiakAuthError });
  await plain.close();

  t.true(fake.out.some((line) => /^authenticated "alice" from 127\.0\.0\.1:\d+$/.test(line)));
  t.true(fake.out.some((line) => /^authenticated "certuser" from 127\.0\.0\.1:\d+$/.test(line)));
  fake.stop();
  t.is(await done, 0);
});

test('riak-pb serve security usage errors exit 2', async (t) => {
  const cases: [string[], RegExp][] = [
    [['--user', 'alice:pw'], /need --tls-cert and --tls-key/],
    [['--tls-cert', fixture('server.crt')], /--tls-cert and --tls-key go together/],
    [['--tls-cert', fixture('server.crt'), '--tls-key', fixture('server.key'), '--cert-user', 'certuser'], /--cert-user needs --tls-ca/],
    [['--tls-cert', fixture('server.crt'), '--tls-key', fixture('server.key'), '--user', 'nopassword'], /NAME:PASSWORD/],
    [['--tls-cert', fixture('missing.crt'), '--tls-key', fixture('server.key')], /missing\.crt/],
    [['--tls-cert', fixture('server.crt'), '--tls-key', fixture('server.key'), '--auth-failure-delay', 'soon'], /--auth-failure-delay/],
  ];
  for (const [args, message] of cases) {
    const fake = fakeIo();
    t.is(await main(['serve', '--port', '0', ...args], fake.io), 2, args.join(' '));
    t.regex(fake.err.join('\n'), message);
  }
});

test('riak-pb serve --help documents the security flags', async (t) => {
  const fake = fakeIo();
  t.is(await main(['serve', '--help'], fake.io), 0);
  const help = fake.out.join('\n');
  for (const flag of [
    '--tls-cert FILE',
    '--tls-key FILE',
    '--tls-ca FILE',
    '--user NAME:PASSWORD',
    '--cert-user NAME',
    '--trust-user NAME',
    '--auth-failure-delay MS',
  ]) {
    t.true(help.includes(flag), flag);
  }
});
