import test from 'ava';
import { cliServer, fails, ok, spawnCli } from '../helpers/cli-harness.js';

// The real `riak-pb` binary, for what only a process shows: its exit status
// and a stdin pipe. Everything else about the CLI is tested in process.
const riak = cliServer(test);

test('the binary exits 0 on success, 1 on a failure, 2 on a usage error, 3 for a missing key', async (t) => {
  t.regex(ok(t, await riak.spawn(['ping'])), /^pong/);
  fails(t, await spawnCli(['ping', '--nodes', '127.0.0.1:1']), 1, /Cannot connect to 127\.0\.0\.1:1/);
  fails(t, await spawnCli(['frobnicate']), 2, /unknown command "frobnicate"/);
  fails(t, await riak.spawn(['get', 'users', 'nobody']), 3, /not found: default\/users\/nobody/);
});

test('the binary reads a value from a piped stdin and prints it back byte for byte', async (t) => {
  const value = Buffer.from([0, 255, 10, 128, 1]);
  ok(t, await riak.spawn(['put', 'files', 'piped'], { input: value }));
  t.deepEqual((await riak.spawn(['get', 'files', 'piped'])).raw, value);
});
