import test from 'ava';
import { DtFetchResp } from '../../generated/riak.js';
import { FatalRequestError } from '../../src/server/protocol/replies.js';
import { B, COUNTER, FLAG, fetch, field, setup, texts, update, updateReq } from '../helpers/datatype-handlers.js';

// The datatype handlers: HLLs and gsets, generated keys, and the replies.

test('hll: counts distinct members; precision from the bucket type', (t) => {
  const { h } = setup();
  const at = { type: B('hlls'), bucket: B('b'), key: B('k') };
  update(h, { ...at, op: { hllOp: { adds: [B('a'), B('b'), B('c')] } } });
  const body = update(h, { ...at, op: { hllOp: { adds: [B('c'), B('d')] } }, returnBody: true });
  t.is(Number(body.hllValue), 4);
  t.false(Object.hasOwn(body, 'context'));
  const got = fetch(h, at);
  t.is(got.type, DtFetchResp.DataType.HLL);
  t.is(Number(got.value?.hllValue), 4);
  const small = update(h, { type: B('hll10'), bucket: B('b'), key: B('k'), op: { hllOp: { adds: [B('x')] } }, returnBody: true });
  t.is(Number(small.hllValue), 1);
});

const indent = (columns: number, line: string) => ' '.repeat(columns) + line;

test('gset: grows only, sorted; return_body stores the update, then crashes as riak_pb_dt_codec does on Riak 3.x', (t) => {
  const { h } = setup();
  const at = { type: B('gsets'), bucket: B('b'), key: B('k') };
  update(h, { ...at, op: { gsetOp: { adds: [B('z'), B('a')] } } });
  t.deepEqual(texts(fetch(h, at).value?.gsetValue), ['a', 'z']);
  // encode_update_response/5 has no gset clause: a FatalRequestError, which answers the crash text and closes the connection.
  const crash = t.throws(() => h.update(updateReq({ ...at, op: { gsetOp: { adds: [B('m'), B('a')] } }, returnBody: true })), { instanceOf: FatalRequestError });
  t.is(
    crash?.errmsg,
    [
      'Error processing incoming message: error:function_clause:[{riak_pb_dt_codec,',
      indent(59, 'encode_update_response,'),
      indent(59, '[gset,'),
      indent(60, '[<<"a">>,<<"m">>,'),
      indent(61, '<<"z">>],'),
      indent(60, 'undefined,'),
      indent(60, 'undefined,'),
      indent(60, '[{map,riak_dt_map},'),
      indent(61, '{set,'),
      indent(62, 'riak_dt_orswot},'),
      indent(61, '{counter,'),
      indent(62, 'riak_dt_pncounter},'),
      indent(61, '{hll,riak_kv_hll},'),
      indent(61, '{gset,'),
      indent(62, 'riak_dt_gset}]],'),
      indent(59, '[{file,'),
      indent(61, '"src/riak_pb_dt_codec.erl"},'),
      indent(60, '{line,568}]},'),
      indent(58, '{riak_kv_pb_crdt,'),
      indent(59, 'process_update_response,'),
      indent(59, '2,'),
      indent(59, '[{file,'),
      indent(61, '"src/riak_kv_pb_crdt.erl"},'),
      indent(60, '{line,192}]},'),
      indent(58, '{riak_api_pb_server,'),
      indent(59, 'process_message,4,'),
      indent(59, '[{file,'),
      indent(61, '"src/riak_api_pb_server.erl"},'),
      indent(60, '{line,402}]},'),
      indent(58, '{riak_api_pb_server,'),
      indent(59, 'connected,2,'),
      indent(59, '[{file,'),
      indent(61, '"src/riak_api_pb_server.erl"},'),
      indent(60, '{line,242}]},'),
      indent(58, '{gen_fsm,'),
      indent(59, 'handle_msg,8,'),
      indent(59, '[{file,'),
      indent(61, '"gen_fsm.erl"},'),
      indent(60, '{line,486}]},'),
      indent(58, '{proc_lib,'),
      indent(59, 'init_p_do_apply,3,'),
      indent(59, '[{file,'),
      indent(61, '"proc_lib.erl"},'),
      indent(60, '{line,226}]}]'),
    ].join('\n'),
  );
  t.deepEqual(texts(fetch(h, at).value?.gsetValue), ['a', 'm', 'z']);
});

// ---------------------------------------------------------------------------
// Keys and responses

test('update without a key: the server makes one up and returns it', (t) => {
  const { h } = setup();
  const plain = h.update(updateReq({ type: B('counters'), bucket: B('b'), op: { counterOp: {} } }));
  t.deepEqual(plain, { key: B('generated1') });
  const body = update(h, { type: B('sets'), bucket: B('b'), op: { setOp: { adds: [B('a')] } }, returnBody: true });
  t.is(Buffer.from(body.key).toString(), 'generated2');
  t.deepEqual(texts(body.setValue), ['a']);
  t.is(Number(fetch(h, { type: B('counters'), bucket: B('b'), key: B('generated1') }).value?.counterValue), 1);
});

test('update with a key and no return_body answers an empty DtUpdateResp', (t) => {
  const { h } = setup();
  t.deepEqual(h.update(updateReq({ type: B('maps'), bucket: B('b'), key: B('k'), op: { mapOp: { updates: [{ field: field('f', FLAG), flagOp: 1 }] } } })), {});
});

test('the stored value is visible to the core as a Riak-tagged binary', (t) => {
  const { h, store } = setup();
  update(h, { type: B('maps'), bucket: B('b'), key: B('k'), op: { mapOp: { updates: [{ field: field('c', COUNTER), counterOp: {} }] } } });
  const [value] = store.values.values();
  t.is(value.kind, 'map');
  t.is(value.contentType, 'application/riak_map');
  const bin = value.toBinary();
  t.deepEqual([...bin.subarray(0, 6)], [69, 2, 0, 0, 0, 11]);
  t.is(bin.subarray(6, 17).toString(), 'riak_dt_map');
});
