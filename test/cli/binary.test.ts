import test from 'ava';
import { cliServer, fails, ok, spawnCli } from '../helpers/cli-harness.js';

// The real `riak-pb` binary, for what only a process shows: its exit status
// and a stdin pipe. Everything else about the CLI is tested in process.
const riak = cliServer(test);

test('the binary exits 0 on success, 1 on a failure, 2 on a usage error, 3 for a missing key', async (t) => {
  // Four processes at once: each starts in its own time.
  const [pong, refused, unknown, missing] = await Promise.all([
    riak.spawn(['ping']),
    spawnCli(['ping', '--nodes', '127.0.0.1:1']),
    spawnCli(['frobnicate']),
    riak.spawn(['get', 'users', 'nobody']),
  ]);
  t.regex(ok(t, pong), /^pong/);
  fails(t, refused, 1, /Cannot connect to 127\.0\.0\.1:1/);
  fails(t, unknown, 2, /unknown command "frobnicate"/);
  fails(t, missing, 3, /not found: default\/users\/nobody/);
});

test('the binary reads a value from a piped stdin and prints it back byte for byte', async (t) => {
  const value = Buffer.from([0, 255, 10, 128, 1]);
  ok(t, await riak.spawn(['put', 'files', 'piped'], { input: value }));
  t.deepEqual((await riak.spawn(['get', 'files', 'piped'])).raw, value);
});
