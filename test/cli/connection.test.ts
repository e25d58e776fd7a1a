import test from 'ava';
import { createServer, type Server, type Socket } from 'node:net';
import { cli, cliOnTerminal, cliServer, fails, hasScript, ok } from '../helpers/cli-harness.js';

const riak = cliServer(test);

const COMMANDS = [
  'ping',
  'info',
  'get',
  'put',
  'delete',
  'list-buckets',
  'list-keys',
  'index',
  'bucket',
  'bucket-type',
  'counter',
  'set',
  'map',
  'hll',
  'gset',
  'mapred',
  'serve',
];

test('riak-pb --help lists every command; every command has --help', async (t) => {
  const help = ok(t, await cli(['--help']));
  for (const name of COMMANDS) t.regex(help, new RegExp(`^  ${name} +\\S`, 'm'), name);
  const helps = await Promise.all(COMMANDS.map((name) => cli([name, '--help'])));
  COMMANDS.forEach((name, i) => {
    const text = ok(t, helps[i]);
    t.true(text.startsWith(`Usage: riak-pb ${name}`), name);
    if (name !== 'serve') t.regex(text, /--nodes HOST:PORT/, name);
  });
  // --help wins over arguments that would not parse
  t.regex(ok(t, await cli(['get', '--no-such-flag', '-h'])), /^Usage: riak-pb get/);
  const none = await cli([]);
  t.is(none.code, 2);
  t.regex(none.stderr, /Usage: riak-pb <command>/);
  fails(t, await cli(['frobnicate']), 2, /unknown command "frobnicate" \(see 'riak-pb --help'\)/);
});

test('the nodes come from --nodes, else RIAK_NODES; --nodes wins', async (t) => {
  t.regex(ok(t, await cli(['ping'], { env: { RIAK_NODES: riak.address } })), /^pong/);
  t.regex(ok(t, await cli(['ping', '--nodes', riak.address], { env: { RIAK_NODES: '127.0.0.1:1' } })), /^pong/);
  t.regex(ok(t, await cli(['ping', '--nodes', `127.0.0.1:1, ${riak.address}`])), /^pong/);
  fails(t, await cli(['ping', '--nodes', ' , ']), 2, /--nodes expects HOST:PORT/);
});

test('a node that refuses connections: exit 1 with the connection error', async (t) => {
  fails(t, await cli(['ping', '--nodes', '127.0.0.1:1']), 1, /^riak-pb: Cannot connect to 127\.0\.0\.1:1: .*ECONNREFUSED/);
  fails(t, await cli(['list-keys', 'b', '--nodes', '127.0.0.1:1']), 1, /Cannot connect to 127\.0\.0\.1:1/);
});

test('--timeout (or RIAK_TIMEOUT) is a client-side deadline: a silent node times out, exit 1', async (t) => {
  const sockets = new Set<Socket>();
  const silent: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => {});
  });
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  t.teardown(() => {
    for (const socket of sockets) socket.destroy();
    silent.close();
  });
  const address = `127.0.0.1:${(silent.address() as { port: number }).port}`;
  fails(t, await cli(['ping', '--nodes', address, '--timeout', '300']), 1, /timed out|deadline/i);
  fails(t, await cli(['info', '--nodes', address], { env: { RIAK_TIMEOUT: '300' } }), 1, /timed out|deadline/i);
  fails(t, await cli(['list-keys', 'b', '--nodes', address, '--timeout', '300']), 1, /timed out|deadline/i);
  fails(t, await cli(['ping', '--timeout', 'soon']), 2, /--timeout expects a number of milliseconds \(0: no deadline\), got "soon"/);
});

test('--user without TLS: the client refuses to send credentials in plaintext (password from RIAK_PASSWORD)', async (t) => {
  const result = await riak.run(['ping', '--user', 'ada'], { env: { RIAK_PASSWORD: 'secret' } });
  fails(t, result, 1, /^riak-pb: Invalid auth: Riak credentials are only sent over TLS; set the `tls` option too \(--tls, --tls-ca or --tls-cert\)\n$/);
  t.notRegex(result.stderr, /secret/);
  // RIAK_USER works like --user, and the check comes before any password is needed.
  fails(t, await riak.run(['ping'], { env: { RIAK_USER: 'ada' } }), 1, /credentials are only sent over TLS/);
});

test('--user with TLS but no RIAK_PASSWORD and no terminal: a clear usage error', async (t) => {
  fails(t, await riak.run(['ping', '--tls', '--user', 'ada']), 2, /--user ada needs a password: set RIAK_PASSWORD, or run in a terminal to be prompted/);
});

test('TLS flags: files are read up front; --tls-cert needs --tls-key; STARTTLS refused by a TLS-less node exits 1', async (t) => {
  fails(t, await riak.run(['ping', '--tls-ca', '/nonexistent/ca.pem']), 2, /cannot read --tls-ca \/nonexistent\/ca\.pem/);
  fails(t, await riak.run(['ping', '--tls-cert', '/tmp/cert.pem']), 2, /--tls-cert and --tls-key go together/);
  fails(t, await riak.run(['ping', '--tls'], { env: { RIAK_PASSWORD: 'secret' } }), 1, /STARTTLS/);
  fails(t, await riak.run(['ping'], { env: { RIAK_TLS: '1' } }), 1, /STARTTLS/);
});

test('on a terminal, the password is prompted for without echo', async (t) => {
  if (!hasScript) return t.pass('util-linux `script` is not available: no pseudo-terminal');
  let answered = false;
  const { code, output } = await cliOnTerminal(['ping', '--tls', '--user', 'ada', '--nodes', riak.address], (seen, write) => {
    if (!answered && seen.includes('Riak password for ada: ')) {
      answered = true;
      write('tops3cret\r');
    }
  });
  t.true(answered, output);
  t.notRegex(output, /tops3cret/);
  // The dev server has no TLS: the prompt went through, then STARTTLS was refused.
  t.regex(output, /riak-pb: .*STARTTLS/);
  t.is(code, 1);
});

test('on a terminal, list-keys shows the key count on stderr', async (t) => {
  if (!hasScript) return t.pass('util-linux `script` is not available: no pseudo-terminal');
  ok(t, await riak.run(['put', 'counted', 'a', '1']));
  ok(t, await riak.run(['put', 'counted', 'b', '2']));
  const { code, output } = await cliOnTerminal(['list-keys', 'counted', '--nodes', riak.address]);
  t.is(code, 0);
  // What the terminal shows: each line's text after its last carriage return, the erase sequence dropped.
  const screen = output.split('\n').map((line) => (line.split('\r').filter(Boolean).at(-1) ?? '').replaceAll('\u001b[K', ''));
  t.deepEqual(screen.slice(0, 2).sort(), ['a', 'b'], JSON.stringify(output));
  t.is(screen[2], '2 keys', JSON.stringify(output));
});
