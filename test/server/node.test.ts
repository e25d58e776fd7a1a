import test from 'ava';
import { createHash } from 'node:crypto';
import { RpbGetBucketKeyPreflistReq } from '../../generated/riak.js';
import { MessageCode } from '../../src/codec/message-codes.js';
import { termToBinary } from '../../src/codec/erlang/etf.js';
import { tuple } from '../../src/codec/erlang/term.js';
import { errorText, frameOf, RawConnection, text, withServer } from '../helpers/server-harness.js';

test('ping and server info answer like a Riak 3.x node', async (t) => {
  const { client, server } = await withServer(t, { nodeName: 'riak@10.0.0.1' });
  await t.notThrowsAsync(client.ping());
  t.deepEqual(await client.serverInfo(), { node: 'riak@10.0.0.1', serverVersion: '3.2.0' });
  t.is(server.url, `riak://127.0.0.1:${server.port}`);
});

test("membership lists this node's PB address as the only up node", async (t) => {
  const { client, server } = await withServer(t);
  const resp = await client.request('RpbMembershipReq', {});
  t.deepEqual(
    resp.upNodes.map((n) => [text(n.ip), n.port]),
    [['127.0.0.1', server.port]],
  );
});

// int64 fields decode as Long objects when the `long` package is present (see the report).
const asNumber = (v: unknown): number => (typeof v === 'number' ? v : (v as { toNumber(): number }).toNumber());

test('preflists are n_val consecutive partitions of a 64-partition ring, hashed as riak_core does', async (t) => {
  const { client } = await withServer(t);
  const resp = await client.request('RpbGetBucketKeyPreflistReq', { bucket: Buffer.from('b'), key: Buffer.from('k') });
  const hash = BigInt(
    `0x${createHash('sha1')
      .update(termToBinary(tuple(Buffer.from('b'), Buffer.from('k'))))
      .digest('hex')}`,
  );
  const first = Number((hash / ((1n << 160n) / 64n) + 1n) % 64n);
  t.deepEqual(
    resp.preflist.map((p) => [asNumber(p.partition), text(p.node), p.primary]),
    [0, 1, 2].map((i) => [(first + i) % 64, 'riak@127.0.0.1', true]),
  );
  await client.request('RpbSetBucketReq', { bucket: Buffer.from('one'), props: { nVal: 1 } });
  t.is((await client.request('RpbGetBucketKeyPreflistReq', { bucket: Buffer.from('one'), key: Buffer.from('k') })).preflist.length, 1);
});

test('a preflist in a bucket type that does not exist crashes the connection as on Riak 3.2.3: the function_clause text, then the close', async (t) => {
  const { server } = await withServer(t);
  const raw = await RawConnection.open(server);
  t.teardown(() => raw.close());
  const req = RpbGetBucketKeyPreflistReq.encode({ type: Buffer.from('nosuchtype'), bucket: Buffer.from('b'), key: Buffer.from('k') }).finish();
  raw.send(frameOf(MessageCode.RpbGetBucketKeyPreflistReq, Buffer.from(req)), frameOf(MessageCode.RpbPingReq, Buffer.alloc(0)));
  const [frame] = await raw.waitFrames(1);
  await raw.waitClose();
  // The text a Riak KV 3.2.3 node sent (OTP 25), its build's absolute source paths shortened to src/ as everywhere here.
  const lines = errorText(frame).split('\n');
  t.is(lines[0], 'Error processing incoming message: error:function_clause:[{proplists,');
  t.is(lines.length, 44);
  t.regex(errorText(frame), /\[n_val,\s+\{error,no_type\},\s+undefined\]/);
  t.regex(errorText(frame), /\{riak_kv_pb_bucket_key_apl,\s+process,2,\s+\[\{file,\s+"src\/riak_kv_pb_bucket_key_apl.erl"\},\s+\{line,73\}\]\}/);
  t.true(errorText(frame).endsWith('{line,479}]}]'));
  t.is(raw.frames.length, 1, 'the ping after it is never answered');
});

test('Yokozuna, TS and coverage requests get "Unknown message code", as on a 3.x node without them', async (t) => {
  const { server } = await withServer(t);
  const raw = await RawConnection.open(server);
  t.teardown(() => raw.close());
  const codes = [
    MessageCode.RpbSearchQueryReq,
    MessageCode.RpbYokozunaIndexPutReq,
    MessageCode.RpbYokozunaSchemaGetReq,
    MessageCode.TsPutReq,
    MessageCode.TsTtbMsg,
    MessageCode.RpbCoverageReq,
  ];
  raw.send(...codes.map((c) => frameOf(c, Buffer.from([0x0a, 0x01, 0x61]))));
  const frames = await raw.waitFrames(codes.length);
  t.deepEqual(
    frames.map(errorText),
    codes.map((c) => `Unknown message code: ${c}`),
  );
});
