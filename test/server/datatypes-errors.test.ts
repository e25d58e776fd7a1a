import test from 'ava';
import { DtFetchResp, RpbCounterGetReq, RpbCounterUpdateReq } from '../../generated/riak.js';
import { RiakServerError } from '../../src/errors.js';
import { B, fetchReq, setup, texts, throwsRiak, updateReq } from '../helpers/datatype-handlers.js';

// The datatype handlers: Riak's errors for bucket types and operations, and Riak 1.4 counters.

test('unknown bucket type', (t) => {
  const { h } = setup();
  throwsRiak(t, () => h.fetch(fetchReq({ type: B('nope'), bucket: B('b'), key: B('k') })), 'Error no bucket type `<<"nope">>`');
  throwsRiak(t, () => h.update(updateReq({ type: B('nope'), bucket: B('b'), key: B('k'), op: { counterOp: {} } })), 'Error no bucket type `<<"nope">>`');
  throwsRiak(t, () => h.fetch(fetchReq({ type: Buffer.alloc(0), bucket: B('b'), key: B('k') })), 'Error no bucket type `<<>>`');
});

test('bucket type without a datatype', (t) => {
  const { h } = setup();
  throwsRiak(t, () => h.fetch(fetchReq({ type: B('plain'), bucket: B('b'), key: B('k') })), '`undefined` is not a supported type');
  throwsRiak(
    t,
    () => h.update(updateReq({ type: B('plain'), bucket: B('b'), key: B('k'), op: { counterOp: {} } })),
    'Bucket datatype `undefined` is not a supported type',
  );
});

test('bucket type with allow_mult=false', (t) => {
  const { h } = setup();
  throwsRiak(t, () => h.fetch(fetchReq({ type: B('lww'), bucket: B('b'), key: B('k') })), '"Bucket must be allow_mult=true"');
  throwsRiak(t, () => h.update(updateReq({ type: B('lww'), bucket: B('b'), key: B('k'), op: { counterOp: {} } })), '"Bucket must be allow_mult=true"');
});

test('operation of another type than the bucket datatype', (t) => {
  const { h } = setup();
  const at = { bucket: B('b'), key: B('k') };
  throwsRiak(t, () => h.update(updateReq({ ...at, type: B('maps'), op: { setOp: { adds: [B('a')] } } })), 'Operation type is `set` but  bucket type is `map`.');
  throwsRiak(t, () => h.update(updateReq({ ...at, type: B('sets'), op: { counterOp: {} } })), 'Operation type is `counter` but  bucket type is `set`.');
  throwsRiak(
    t,
    () => h.update(updateReq({ ...at, type: B('counters'), op: { gsetOp: { adds: [B('a')] } } })),
    'Operation type is `gset` but  bucket type is `counter`.',
  );
  throwsRiak(
    t,
    () => h.update(updateReq({ ...at, type: B('gsets'), op: { hllOp: { adds: [B('a')] } } })),
    'Operation type is `hll` but  bucket type is `gset`.',
  );
});

test('a DtOp with no operation crashes as in riak_pb_dt_codec:decode_operation', (t) => {
  const { h } = setup();
  const error = t.throws(() => h.update(updateReq({ type: B('sets'), bucket: B('b'), key: B('k'), op: {} })), { instanceOf: RiakServerError });
  t.is(error?.errmsg, 'Error processing incoming message: error:function_clause:[{riak_pb_dt_codec,decode_operation,2}]');
});

// ---------------------------------------------------------------------------
// Riak 1.4 counters (codes 50-53, and Dt* on bucket type "default")

test('legacy counters need allow_mult=true on the bucket', (t) => {
  const { h, store } = setup();
  throwsRiak(
    t,
    () => h.counterUpdate(RpbCounterUpdateReq.decode(RpbCounterUpdateReq.encode({ bucket: B('c'), key: B('k'), amount: 1 }).finish())),
    '"Counters require bucket property \'allow_mult=true\'"',
  );
  store.multBuckets.add('c');
  t.deepEqual(h.counterUpdate(RpbCounterUpdateReq.decode(RpbCounterUpdateReq.encode({ bucket: B('c'), key: B('k'), amount: 5 }).finish())), {});
  const resp = h.counterUpdate(RpbCounterUpdateReq.decode(RpbCounterUpdateReq.encode({ bucket: B('c'), key: B('k'), amount: -2, returnvalue: true }).finish()));
  t.is(Number(resp.value), 3);
  t.is(Number(h.counterGet(RpbCounterGetReq.decode(RpbCounterGetReq.encode({ bucket: B('c'), key: B('k') }).finish())).value), 3);
});

test('legacy counter get of a missing key has no value (no allow_mult needed)', (t) => {
  const { h } = setup();
  t.deepEqual(h.counterGet(RpbCounterGetReq.decode(RpbCounterGetReq.encode({ bucket: B('x'), key: B('k') }).finish())), {});
});

test('Dt* on bucket type "default" reach the legacy counter', (t) => {
  const { h, store } = setup();
  const at = { type: B('default'), bucket: B('c'), key: B('k') };
  t.deepEqual(h.fetch(fetchReq(at)), { type: DtFetchResp.DataType.COUNTER });
  throwsRiak(t, () => h.update(updateReq({ ...at, op: { counterOp: {} } })), '"Counters require bucket property \'allow_mult=true\'"');
  throwsRiak(t, () => h.update(updateReq({ ...at, op: { setOp: { adds: [B('a')] } } })), '"non-counter operation on default bucket"');
  store.multBuckets.add('c');
  // Riak's upgrade_response/2 answers an empty DtUpdateResp even with return_body.
  t.deepEqual(h.update(updateReq({ ...at, op: { counterOp: { increment: 7 } }, returnBody: true })), {});
  t.deepEqual(h.fetch(fetchReq(at)), { type: DtFetchResp.DataType.COUNTER, value: { counterValue: 7 } });
  t.is(Number(h.counterGet({ bucket: B('c'), key: B('k') }).value), 7);
  t.is(store.get(B('default'), B('c'), B('k'))?.toBinary()[1], 1, 'stored as a 1.4 (version 1) counter');
});

test('handlers accept plain objects as well as decoded messages', (t) => {
  const { h } = setup();
  h.update({ type: B('sets'), bucket: B('b'), key: B('k'), op: { setOp: { adds: [B('a')] } } });
  const got = h.fetch({ type: B('sets'), bucket: B('b'), key: B('k') });
  t.deepEqual(texts(got.value?.setValue), ['a']);
  t.true(Object.hasOwn(got, 'context'));
});
