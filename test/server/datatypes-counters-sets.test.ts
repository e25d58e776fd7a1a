import test from 'ava';
import { DtFetchResp } from '../../generated/riak.js';
import { B, fetch, fetchReq, setup, texts, throwsRiak, update, updateReq } from '../helpers/datatype-handlers.js';

// The datatype handlers: counters and sets, with contexts.

test('counter: increments, decrements, default +1, no context', (t) => {
  const { h } = setup();
  const at = { type: B('counters'), bucket: B('b'), key: B('k') };
  update(h, { ...at, op: { counterOp: { increment: 10 } } });
  update(h, { ...at, op: { counterOp: { increment: -3 } } });
  const body = update(h, { ...at, op: { counterOp: {} }, returnBody: true });
  t.is(Number(body.counterValue), 8);
  t.false(Object.hasOwn(body, 'context'));
  const got = fetch(h, at);
  t.is(got.type, DtFetchResp.DataType.COUNTER);
  t.is(Number(got.value?.counterValue), 8);
  t.false(Object.hasOwn(got, 'context'));
});

test('fetch of a missing key: type only, no value, no context', (t) => {
  const { h } = setup();
  for (const [type, dt] of [
    ['counters', DtFetchResp.DataType.COUNTER],
    ['sets', DtFetchResp.DataType.SET],
    ['maps', DtFetchResp.DataType.MAP],
    ['hlls', DtFetchResp.DataType.HLL],
    ['gsets', DtFetchResp.DataType.GSET],
  ] as const) {
    const got = h.fetch(fetchReq({ type: B(type), bucket: B('b'), key: B('missing') }));
    t.deepEqual(got, { type: dt }, type);
  }
});

// ---------------------------------------------------------------------------
// Sets

test('set: sorted members, context on fetch and return_body', (t) => {
  const { h } = setup();
  const at = { type: B('sets'), bucket: B('b'), key: B('k') };
  const body = update(h, { ...at, op: { setOp: { adds: [B('b'), B('a'), B('c')] } }, returnBody: true });
  t.deepEqual(texts(body.setValue), ['a', 'b', 'c']);
  t.true(body.context.length > 0);
  const got = fetch(h, at);
  t.deepEqual(texts(got.value?.setValue), ['a', 'b', 'c']);
  t.deepEqual(Buffer.from(got.context), Buffer.from(body.context));
});

test('set: remove without context needs the member; Riak text {precondition,{not_present,...}}', (t) => {
  const { h, store } = setup();
  const at = { type: B('sets'), bucket: B('b'), key: B('k') };
  update(h, { ...at, op: { setOp: { adds: [B('a')] } } });
  throwsRiak(t, () => h.update(updateReq({ ...at, op: { setOp: { adds: [B('new')], removes: [B('x')] } } })), '{precondition,{not_present,<<"x">>}}');
  throwsRiak(t, () => h.update(updateReq({ ...at, op: { setOp: { removes: [Buffer.from([0, 1, 255])] } } })), '{precondition,{not_present,<<0,1,255>>}}');
  t.deepEqual(texts(fetch(h, at).value?.setValue), ['a'], 'a failed update changes nothing');
  update(h, { ...at, op: { setOp: { removes: [B('a')] } } });
  t.deepEqual(texts(fetch(h, at).value?.setValue), []);
  t.is(store.values.size, 1);
});

test('set: remove with a context never fails and keeps adds the context did not see', (t) => {
  const { h } = setup();
  const at = { type: B('sets'), bucket: B('b'), key: B('k') };
  update(h, { ...at, op: { setOp: { adds: [B('a'), B('b')] } } });
  const { context } = fetch(h, at);
  update(h, { ...at, op: { setOp: { adds: [B('a')] } } }); // a fresh add of 'a' after the read
  update(h, { ...at, context, op: { setOp: { removes: [B('a'), B('b'), B('never-there')] } } });
  t.deepEqual(texts(fetch(h, at).value?.setValue), ['a']);
});

test('a context for a key that does not exist yet is accepted', (t) => {
  const { h } = setup();
  const { context } = update(h, { type: B('sets'), bucket: B('b'), key: B('k1'), op: { setOp: { adds: [B('a')] } }, returnBody: true });
  const body = update(h, { type: B('sets'), bucket: B('b'), key: B('k2'), context, op: { setOp: { removes: [B('a')] } }, returnBody: true });
  t.deepEqual(texts(body.setValue), []);
});

test('a garbage context fails the way Riak does: the vnode crashes and the put times out', (t) => {
  const { h } = setup();
  for (const context of [B('garbage'), Buffer.alloc(0), Buffer.from([131, 100, 0, 3, 102, 111, 111])]) {
    throwsRiak(t, () => h.update(updateReq({ type: B('sets'), bucket: B('b'), key: B('k'), context, op: { setOp: { removes: [B('a')] } } })), 'timeout');
  }
});

test('include_context=false leaves the context out of fetch and return_body', (t) => {
  const { h } = setup();
  const at = { type: B('sets'), bucket: B('b'), key: B('k') };
  const body = update(h, { ...at, op: { setOp: { adds: [B('a')] } }, returnBody: true, includeContext: false });
  t.false(Object.hasOwn(body, 'context'));
  t.deepEqual(texts(body.setValue), ['a']);
  t.false(Object.hasOwn(fetch(h, { ...at, includeContext: false }), 'context'));
  t.true(Object.hasOwn(fetch(h, at), 'context'));
});
