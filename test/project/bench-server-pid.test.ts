import net from 'node:net';
import { pathToFileURL } from 'node:url';
import test from 'ava';
import { repoPath } from '../helpers/paths.js';

// `bench.mjs --target` against a server on this machine measures its CPU: the pid comes from /proc.
type Find = (host: string, port: number) => number | null;
const { findServerPid } = (await import(pathToFileURL(repoPath('scripts/bench-lib/server-pid.mjs')).href)) as { findServerPid: Find };

test('the process listening on a local port is found; a port nobody listens on, or a remote host, gives null', async (t) => {
  if (process.platform !== 'linux') return t.pass('reads /proc: Linux only');
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  t.is(findServerPid('127.0.0.1', port), process.pid);
  t.is(findServerPid('localhost', port), process.pid);
  t.is(findServerPid('192.0.2.1', port), null); // TEST-NET-1: not this machine
  await new Promise<void>((resolve) => server.close(() => resolve()));
  t.is(findServerPid('127.0.0.1', port), null);
});
