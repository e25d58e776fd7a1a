import test from 'ava';
import { MessageCode } from '../../src/codec/message-codes.js';
import { errorText, frameOf, pb, RawConnection, withServer } from '../helpers/server-harness.js';
import { cliServer, ok } from '../helpers/cli-harness.js';

/**
 * Riak KV 3.x stores a gset update sent with `return_body`, then crashes
 * encoding the reply (riak_pb_dt_codec:encode_update_response/5 has no gset
 * clause): the client gets the crash text and the connection closes.
 */

const b = (s: string) => Buffer.from(s);
const riak = cliServer(test);

/** The crash text's first frame, the call that has no clause, as io_lib_pretty lays it out after the 57-column prefix. */
function firstFrame(members: string, key: string): string {
  const pad = ' '.repeat(59);
  return [
    'Error processing incoming message: error:function_clause:[{riak_pb_dt_codec,',
    `${pad}encode_update_response,`,
    `${pad}[gset,`,
    `${pad} ${members},`,
    `${pad} ${key},`,
    `${pad} undefined,`,
    `${pad} [{map,riak_dt_map},`,
  ].join('\n');
}

test('a gset update with return_body is stored, answered with the function_clause crash, and the connection closes', async (t) => {
  const { server, client } = await withServer(t);
  await client.updateGSet({ type: 'gsets', bucket: 'g', key: 'k', add: 'z' });
  const raw = await RawConnection.open(server);
  t.teardown(() => raw.close());
  const update = { type: b('gsets'), bucket: b('g'), key: b('k'), op: { gsetOp: { adds: [b('a')] } }, returnBody: true };
  raw.send(frameOf(MessageCode.DtUpdateReq, pb.DtUpdateReq.encode(update).finish()), frameOf(MessageCode.RpbPingReq));
  await raw.waitClose();
  t.is(raw.frames.length, 1, 'the ping behind it is never answered');
  const text = errorText(raw.frames[0]);
  t.true(text.startsWith(firstFrame('[<<"a">>,<<"z">>]', 'undefined')), text);
  t.true(text.includes('{riak_kv_pb_crdt,'), text);
  t.true(text.endsWith('{line,226}]}]'), text);
  // The update itself was applied before the crash.
  t.deepEqual((await client.fetchGSet({ type: 'gsets', bucket: 'g', key: 'k' })).strings(), ['a', 'z']);
});

test('without a key, the crash shows the key the server made up (and the object is stored under it)', async (t) => {
  const { server, client } = await withServer(t);
  const raw = await RawConnection.open(server);
  t.teardown(() => raw.close());
  raw.send(
    frameOf(
      MessageCode.DtUpdateReq,
      pb.DtUpdateReq.encode({ type: b('gsets'), bucket: b('gen'), op: { gsetOp: { adds: [b('m')] } }, returnBody: true }).finish(),
    ),
  );
  await raw.waitClose();
  const text = errorText(raw.frames[0]);
  const key = /\n {60}<<"([0-9A-Za-z]+)">>,\n/.exec(text)?.[1];
  t.truthy(key, text);
  t.deepEqual((await client.fetchGSet({ type: 'gsets', bucket: 'gen', key: key as string })).strings(), ['m']);
});

test('a gset update without return_body is answered normally', async (t) => {
  const { server } = await withServer(t);
  const raw = await RawConnection.open(server);
  t.teardown(() => raw.close());
  raw.send(
    frameOf(MessageCode.DtUpdateReq, pb.DtUpdateReq.encode({ type: b('gsets'), bucket: b('g'), key: b('k'), op: { gsetOp: { adds: [b('a')] } } }).finish()),
  );
  const [reply] = await raw.waitFrames(1);
  t.is(reply.code, MessageCode.DtUpdateResp);
  t.false(raw.closed);
});

test('updateGSet with returnBody updates, then fetches: it works where return_body crashes', async (t) => {
  const { client } = await withServer(t);
  await client.updateGSet({ type: 'gsets', bucket: 'audit', key: 'ada', add: 'login' });
  const updated = await client.updateGSet({ type: 'gsets', bucket: 'audit', key: 'ada', add: ['logout'], returnBody: true });
  t.deepEqual(updated.value?.map(String), ['login', 'logout']);
  t.is(updated.key, undefined);
  const generated = await client.updateGSet({ type: 'gsets', bucket: 'audit', add: 'x', returnBody: true });
  t.truthy(generated.key);
  t.deepEqual(generated.value?.map(String), ['x']);
  // The connection survived: another call on the same client works.
  t.deepEqual((await client.fetchGSet({ type: 'gsets', bucket: 'audit', key: 'ada' })).strings(), ['login', 'logout']);
});

test('riak-pb gset --add prints the set against a server that crashes on return_body', async (t) => {
  t.is(ok(t, await riak.run(['gset', 'audit', 'grace', '--add', 'b', '--add', 'a'])), 'a\nb\n');
  const json = JSON.parse(ok(t, await riak.run(['gset', 'audit', 'grace', '--add', 'c', '--json'])));
  t.deepEqual(json.value, ['a', 'b', 'c']);
});
