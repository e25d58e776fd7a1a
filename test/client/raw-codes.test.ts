import test from 'ava';
import fc from 'fast-check';
import { RiakClient } from '../../src/client/riak-client.js';
import { binaryToTerm, termToBinary } from '../../src/codec/erlang/etf.js';
import { atom, tuple, UNDEFINED, type ErlTuple } from '../../src/codec/erlang/term.js';
import { MessageCode } from '../../src/codec/message-codes.js';
import { REQUESTS, decodeMessage, encodeMessage, messageName, responseCodeFor } from '../../src/codec/message-table.js';
import { RiakError, RiakInvalidArgumentError, RiakProtocolError, RiakServerError } from '../../src/errors.js';
import { RpbGetReq, RpbListKeysReq, RpbPutReq, type RpbGetResp } from '../../generated/riak.js';
import { startFakePeer, type PeerFrame } from '../helpers/fake-peer.js';
import { frame } from '../helpers/frames.js';
import { withServer } from '../helpers/server-harness.js';

// Issue 16: every code in riak_pb's message list can be sent and received,
// through the typed calls or by code (`requestRaw`), and a request by code
// never fails with anything but a RiakError.

const isRequest = (code: number) => {
  const name = messageName(code);
  return name !== undefined && Object.hasOwn(REQUESTS, name);
};

/** What a raw request came to: its reply code, or its error. */
async function outcome(promise: Promise<{ code: number; payload: Buffer }>): Promise<{ code: number } | { error: unknown }> {
  try {
    return { code: (await promise).code };
  } catch (error) {
    return { error };
  }
}

test('every code from 0 to 255 with an empty payload, against the dev server: a reply or a RiakError, on one connection that survives', async (t) => {
  const { client } = await withServer(t);
  let closes = 0;
  client.on('connectionClose', () => closes++);
  await client.ping();
  for (let code = 0; code <= 255; code++) {
    const result = await outcome(client.requestRaw(code));
    const name = messageName(code) ?? `code ${code}`;
    if ('code' in result) {
      t.is<number | undefined, number | undefined>(result.code, responseCodeFor(code), name);
      continue;
    }
    t.true(result.error instanceof RiakError, `${name}: ${String(result.error)}`);
    if (isRequest(code)) continue;
    // Not a request riak_pb defines (a response, riak_repl's, TTB, a gap): Riak's own answer, riak_api_pb_server's text.
    const expected = code === MessageCode.RpbStartTls ? 'Security not enabled; STARTTLS not allowed.' : `Unknown message code: ${code}`;
    t.true(result.error instanceof RiakServerError, name);
    t.is((result.error as RiakServerError).errmsg, expected, name);
  }
  t.is(closes, 0, 'no request by code cost the connection');
  t.is(client.stats().nodes[0].connections, 1);
  await client.ping();
});

test('the typed path and the raw path together cover every code of riak_pb’s list', async (t) => {
  const { client } = await withServer(t);
  const raw = RpbPutReq.encode({ bucket: Buffer.from('b'), key: Buffer.from('k'), content: { value: Buffer.from('v') } }).finish();
  t.is((await client.requestRaw(MessageCode.RpbPutReq, raw)).code, MessageCode.RpbPutResp);
  const got = await client.requestRaw(MessageCode.RpbGetReq, RpbGetReq.encode({ bucket: Buffer.from('b'), key: Buffer.from('k') }).finish());
  t.is(String((decodeMessage(got.code, got.payload) as RpbGetResp).content[0].value), 'v');
  // Body-less requests, by code.
  t.deepEqual(await client.requestRaw(MessageCode.RpbPingReq), { code: MessageCode.RpbPingResp, payload: Buffer.alloc(0) });
  // riak_repl's requests and TsTtbMsg: not served by a stock 3.x node (nor the dev server), answered as Riak does.
  for (const code of [MessageCode.RpbReplGetReq, MessageCode.RpbReplGetClusterIdReq, MessageCode.TsTtbMsg]) {
    const payload = code === MessageCode.TsTtbMsg ? termToBinary(tuple(atom('tsgetreq'), Buffer.from('t'), [], UNDEFINED)) : undefined;
    const error = await t.throwsAsync(client.requestRaw(code, payload), { instanceOf: RiakServerError });
    t.is(error?.errmsg, `Unknown message code: ${code}`);
    t.is(error?.request, messageName(code));
  }
  // The typed path names the raw one for them.
  for (const [name, code] of [
    ['RpbReplGetReq', 128],
    ['RpbReplGetClusterIdReq', 129],
    ['TsTtbMsg', 104],
  ] as const) {
    await t.throwsAsync(client.request(name as never, undefined as never), {
      instanceOf: RiakInvalidArgumentError,
      message: `"${name}" has no generated message class (its body is not in riak_pb's protos): send it with requestRaw(${code}, payload)`,
    });
  }
  t.is(responseCodeFor(MessageCode.TsTtbMsg), MessageCode.TsTtbMsg);
  t.is(responseCodeFor(MessageCode.RpbReplGetClusterIdReq), MessageCode.RpbReplGetClusterIdResp);
});

test('replies with no generated class come back as { code, payload }: riak_repl’s, TTB terms, TTB errors as RiakServerError', async (t) => {
  const clusterId = Buffer.from([10, 7, ...Buffer.from('cluster')]); // RpbReplGetClusterIdResp { cluster_id: "cluster" }
  const getResp = encodeMessage('RpbGetResp', { content: [{ value: Buffer.from('replicated') }] });
  const ttbRows = termToBinary(tuple(atom('tsgetresp'), tuple([Buffer.from('a')], [atom('varchar')], [tuple(Buffer.from('x'))])));
  const ttbError = termToBinary(tuple(atom('rpberrorresp'), 'notfound', 1001));
  const answer = ({ code, payload, socket }: PeerFrame) => {
    if (code === 129) socket.write(frame(130, clusterId));
    else if (code === 128) socket.write(getResp);
    else if (code === 104 && payload.includes(Buffer.from('missing'))) socket.write(frame(104, ttbError));
    else if (code === 104) socket.write(frame(104, ttbRows));
    else if (code === 150) socket.write(frame(151, Buffer.from('custom')));
    else if (code === 152) socket.write(frame(153));
  };
  const peer = await startFakePeer(answer);
  const client = new RiakClient({ nodes: [peer.node] });
  t.teardown(async () => {
    await client.close();
    await peer.close();
  });
  t.deepEqual(await client.requestRaw(129), { code: 130, payload: clusterId });
  t.deepEqual(peer.received.at(-1)?.payload, Buffer.alloc(0), 'body-less: the frame is the code alone');
  const replGet = await client.requestRaw(128, Buffer.from([10, 1, 98, 18, 1, 107, 26, 1, 99]));
  t.is(replGet.code, 10);
  t.is(String((decodeMessage(replGet.code, replGet.payload) as RpbGetResp).content[0].value), 'replicated');

  const rows = await client.requestRaw(104, termToBinary(tuple(atom('tsgetreq'), Buffer.from('t'), [Buffer.from('k')], UNDEFINED)));
  t.is(rows.code, 104);
  t.is((binaryToTerm(rows.payload) as ErlTuple).items.length, 2);
  const error = await t.throwsAsync(client.requestRaw(104, termToBinary(tuple(atom('tsgetreq'), Buffer.from('missing'), [], UNDEFINED))), {
    instanceOf: RiakServerError,
  });
  t.is(error?.errmsg, 'notfound');
  t.is(error?.errcode, 1001);

  // Codes outside the list: the reply code given as `expect`.
  t.deepEqual(await client.requestRaw(150, Buffer.from('x'), { expect: 151 }), { code: 151, payload: Buffer.from('custom') });
  // Without it only an error reply is expected: another one is a protocol error (and closes the connection).
  await t.throwsAsync(client.requestRaw(152), { instanceOf: RiakProtocolError, message: /Unexpected response code 153/ });
});

test('bad arguments are RiakInvalidArgumentError rejections, checked before anything is sent', async (t) => {
  const peer = await startFakePeer(() => {});
  const client = new RiakClient({ nodes: [peer.node] });
  t.teardown(async () => {
    await client.close();
    await peer.close();
  });
  const cases: [() => Promise<unknown>, RegExp][] = [
    [() => client.requestRaw(256), /message code must be an integer from 0 to 255, got 256/],
    [() => client.requestRaw(-1), /got -1/],
    [() => client.requestRaw(1.5), /got 1\.5/],
    [() => client.requestRaw('1' as never), /got "1"/],
    [() => client.requestRaw(150, 'text' as never), /the payload must be a Uint8Array/],
    [() => client.requestRaw(150, undefined, { expect: 0 }), /`expect` must be the reply's message code, an integer from 1 to 255, got 0/],
    [() => client.requestRaw(150, undefined, null as never), /requestRaw\(\): the call options must be an object/],
    [() => client.requestRaw(150, undefined, { requestTimeout: -1 }), /requestTimeout/],
    [() => client.requestRaw(MessageCode.RpbPingReq, Buffer.from([1])), /RpbPingReq \(code 1\) has no body; send an empty payload/],
    [
      () => client.requestRaw(MessageCode.RpbGetReq, Buffer.from([0xff, 0xff])),
      /the payload is not a valid RpbGetReq \(code 9\): .*; Riak would close the connection/,
    ],
    [() => client.requestRaw(MessageCode.RpbGetReq, Buffer.alloc(0)), /not a valid RpbGetReq.*missing required/],
    [
      () => client.requestRaw(MessageCode.RpbListKeysReq, RpbListKeysReq.encode({ bucket: Buffer.from('b') }).finish()),
      /RpbListKeysReq \(code 17\) streams its reply; use stream\('RpbListKeysReq', \.\.\.\)/,
    ],
    [() => client.requestRaw(MessageCode.RpbListBucketsReq, Buffer.from([16, 1])), /RpbListBucketsReq \(code 15\) streams its reply/],
  ];
  for (const [call, message] of cases) {
    let promise: Promise<unknown> | undefined;
    t.notThrows(() => {
      promise = call();
    }, String(message));
    await t.throwsAsync(promise as Promise<unknown>, { instanceOf: RiakInvalidArgumentError, message }, String(message));
  }
  t.deepEqual(peer.received, [], 'nothing was sent');
});

test('any code with any payload: a reply or a RiakError, never another error, and the client keeps working (property)', async (t) => {
  const { client } = await withServer(t);
  await fc.assert(
    fc.asyncProperty(fc.integer({ min: 0, max: 255 }), fc.uint8Array({ maxLength: 48 }), async (code, payload) => {
      try {
        await client.requestRaw(code, payload, { requestTimeout: 10_000 });
      } catch (error) {
        if (!(error instanceof RiakError)) throw error;
      }
    }),
    { numRuns: 300 },
  );
  await client.ping();
  t.pass();
});
