import test from 'ava';
import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import { createServer as createTlsServer } from 'node:tls';
import { RiakClient } from '../../src/client/riak-client.js';
import { RiakAuthError, RiakProtocolError } from '../../src/errors.js';
import { listenOnLoopback } from '../helpers/listen.js';
import { pem, secureServer } from '../helpers/security.js';

// Pointed at a port that does not speak Riak PB, the first call fails within
// connectTimeout with a RiakProtocolError naming host:port and what the port
// seems to speak; none of the caller's requests is written to it.

const listen = listenOnLoopback;

function clientFor(t: import('ava').ExecutionContext, node: string, connectTimeout = 5000): RiakClient {
  const client = new RiakClient({ nodes: [node], connectTimeout, retry: { attempts: 1 } });
  t.teardown(() => client.close());
  return client;
}

test('an HTTP port (it answers 400 at once): named as HTTP, with host:port', async (t) => {
  const node = await listen(
    t,
    createHttpServer((_, res) => res.end('hello')),
  );
  const error = await t.throwsAsync(clientFor(t, node).put({ bucket: 'b', key: 'k', value: 'v' }), { instanceOf: RiakProtocolError });
  t.regex(error.message, new RegExp(`^${node.replace(/\./g, '\\.')} does not speak Riak Protocol Buffers: it answered with HTTP \\("HTTP/1\\.1 400`));
  t.is(error.node, node);
});

test('a silent port (an HTTP server waiting for a request line): fails within connectTimeout as not Riak PB', async (t) => {
  const received: Buffer[] = [];
  const node = await listen(
    t,
    createServer((socket) => {
      socket.on('data', (chunk) => received.push(chunk));
      socket.on('error', () => {});
    }),
  );
  const error = await t.throwsAsync(clientFor(t, node, 200).put({ bucket: 'b', key: 'k', value: 'v' }), { instanceOf: RiakProtocolError });
  t.regex(error.message, /did not answer a Riak PB ping within \d+ ms \(connectTimeout\): it does not speak Riak Protocol Buffers/);
  t.is(error.node, node);
  // Each connection (warm-up, the call's own, the probe) sent its ping and nothing else: never the put.
  const bytes = Buffer.concat(received);
  t.true(bytes.length > 0 && bytes.length % 5 === 0, `${bytes.length} bytes`);
  t.deepEqual(bytes, Buffer.concat(Array.from({ length: bytes.length / 5 }, () => Buffer.from([0, 0, 0, 1, 1]))));
});

test('a TLS port (it hangs up on a PB frame): named as TLS', async (t) => {
  const tlsServer = createTlsServer({ cert: pem('server.crt'), key: pem('server.key') }, (socket) => socket.end());
  tlsServer.on('tlsClientError', () => {});
  const node = await listen(t, tlsServer);
  const error = await t.throwsAsync(clientFor(t, node).ping(), { instanceOf: RiakProtocolError });
  t.regex(error.message, /does not speak Riak Protocol Buffers: it closed the connection on a PB frame and answers a TLS handshake/);
  t.is(error.node, node);
});

test('a Riak node with security on, reached without tls/auth: a RiakAuthError at connect that says what to set', async (t) => {
  const server = await secureServer(t);
  const error = await t.throwsAsync(clientFor(t, `127.0.0.1:${server.port}`).get({ bucket: 'b', key: 'k' }), { instanceOf: RiakAuthError });
  t.regex(error.message, /requires STARTTLS and authentication \(set the `tls` and `auth` options\)/);
});

test('a peer that hangs up without a byte and does not speak TLS either stays a connection error', async (t) => {
  const node = await listen(
    t,
    createServer((socket) => socket.destroy()),
  );
  const error = await t.throwsAsync(clientFor(t, node).ping());
  t.false(error instanceof RiakProtocolError, String(error));
  t.is(error!.name, 'RiakConnectionError');
});
