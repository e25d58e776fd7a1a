import test, { type ExecutionContext } from 'ava';
import {
  DtFetchReq,
  DtFetchResp,
  DtUpdateReq,
  DtUpdateResp,
  MapField,
  MapUpdate,
  RpbCounterGetReq,
  RpbCounterUpdateReq,
} from '../../generated/riak.js';
import { RiakClient } from '../../src/client/riak-client.js';
import { RiakServerError } from '../../src/errors.js';
import { FatalRequestError } from '../../src/server/protocol/replies.js';
import { startDevServer, type DevServer } from '../../src/server/index.js';
import {
  DatatypeValue,
  createDatatypeHandlers,
  type DatatypeBucketProps,
  type DatatypeHandlers,
  type DatatypeStore,
} from '../../src/server/datatypes/handlers.js';

// ---------------------------------------------------------------------------
// A small in-memory store standing in for the dev-server core.

class MemoryStore implements DatatypeStore {
  readonly values = new Map<string, DatatypeValue>();
  readonly types = new Map<string, DatatypeBucketProps>([
    ['default', { allowMult: false, nVal: 3 }],
    ['maps', { datatype: 'map', allowMult: true, nVal: 3 }],
    ['sets', { datatype: 'set', allowMult: true, nVal: 3 }],
    ['counters', { datatype: 'counter', allowMult: true, nVal: 3 }],
    ['hlls', { datatype: 'hll', allowMult: true, nVal: 3 }],
    ['hll10', { datatype: 'hll', allowMult: true, nVal: 3, hllPrecision: 10 }],
    ['gsets', { datatype: 'gset', allowMult: true, nVal: 3 }],
    ['plain', { allowMult: true, nVal: 3 }],
    ['lww', { allowMult: false, nVal: 3 }],
  ]);
  /** Default-type buckets whose allow_mult was set to true. */
  readonly multBuckets = new Set<string>();
  #keys = 0;

  bucketProps(type: Buffer, bucket: Buffer): DatatypeBucketProps {
    const props = this.types.get(type.toString());
    if (props === undefined) throw new RiakServerError(`No bucket-type named '${type.toString()}'`, 0);
    return type.toString() === 'default' && this.multBuckets.has(bucket.toString()) ? { ...props, allowMult: true } : props;
  }

  get(type: Buffer, bucket: Buffer, key: Buffer): DatatypeValue | undefined {
    return this.values.get(`${type.toString('hex')}/${bucket.toString('hex')}/${key.toString('hex')}`);
  }

  put(type: Buffer, bucket: Buffer, key: Buffer, value: DatatypeValue): void {
    this.values.set(`${type.toString('hex')}/${bucket.toString('hex')}/${key.toString('hex')}`, value);
  }

  newKey(): Buffer {
    this.#keys += 1;
    return Buffer.from(`generated${this.#keys}`);
  }
}

function setup(): { store: MemoryStore; h: DatatypeHandlers } {
  const store = new MemoryStore();
  return { store, h: createDatatypeHandlers(store, { actor: Buffer.from('node1') }) };
}

const B = (text: string) => Buffer.from(text);
const texts = (values: Uint8Array[] | null | undefined) => (values ?? []).map((v) => Buffer.from(v).toString());
const text = (value: Uint8Array | null | undefined) => Buffer.from(value ?? []).toString();

// Requests go through the protobuf codec, so presence works as on the wire.
function fetchReq(props: DtFetchReq.$Properties): DtFetchReq {
  return DtFetchReq.decode(DtFetchReq.encode(props).finish());
}
function updateReq(props: DtUpdateReq.$Properties): DtUpdateReq {
  return DtUpdateReq.decode(DtUpdateReq.encode(props).finish());
}
// ...and so do responses, which proves they encode.
function fetch(h: DatatypeHandlers, props: DtFetchReq.$Properties): DtFetchResp {
  return DtFetchResp.decode(DtFetchResp.encode(h.fetch(fetchReq(props))).finish());
}
function update(h: DatatypeHandlers, props: DtUpdateReq.$Properties): DtUpdateResp {
  return DtUpdateResp.decode(DtUpdateResp.encode(h.update(updateReq(props))).finish());
}

function throwsRiak(t: ExecutionContext, fn: () => unknown, errmsg: string): void {
  const error = t.throws(fn, { instanceOf: RiakServerError });
  t.is(error?.errmsg, errmsg);
  t.is(error?.errcode, 0);
}

const field = (name: string, type: MapField.MapFieldType) => ({ name: B(name), type });
const { COUNTER, SET, REGISTER, FLAG, MAP } = MapField.MapFieldType;

// ---------------------------------------------------------------------------
// Counters

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

// ---------------------------------------------------------------------------
// Maps

test('map: counters, sets, registers, flags and nested maps', (t) => {
  const { h } = setup();
  const at = { type: B('maps'), bucket: B('b'), key: B('k') };
  const body = update(h, {
    ...at,
    returnBody: true,
    op: {
      mapOp: {
        updates: [
          { field: field('visits', COUNTER), counterOp: { increment: 2 } },
          { field: field('tags', SET), setOp: { adds: [B('y'), B('x')] } },
          { field: field('name', REGISTER), registerOp: B('Ada') },
          { field: field('admin', FLAG), flagOp: MapUpdate.FlagOp.ENABLE },
          { field: field('address', MAP), mapOp: { updates: [{ field: field('city', REGISTER), registerOp: B('London') }] } },
        ],
      },
    },
  });
  t.true(body.context.length > 0);
  const got = fetch(h, at);
  const entries = got.value?.mapValue ?? [];
  t.deepEqual(
    entries.map((e) => [Buffer.from(e.field.name).toString(), e.field.type]),
    [
      ['address', MAP],
      ['admin', FLAG],
      ['name', REGISTER],
      ['tags', SET],
      ['visits', COUNTER],
    ],
  );
  t.is(text(entries[0].mapValue?.[0].registerValue), 'London');
  t.true(entries[1].flagValue);
  t.is(text(entries[2].registerValue), 'Ada');
  t.deepEqual(texts(entries[3].setValue), ['x', 'y']);
  t.is(Number(entries[4].counterValue), 2);
});

test('map: register overwrite, flag disable without context, counter keeps counting', (t) => {
  const { h } = setup();
  const at = { type: B('maps'), bucket: B('b'), key: B('k') };
  const op = (updates: MapUpdate.$Properties[]) => update(h, { ...at, op: { mapOp: { updates } } });
  op([{ field: field('r', REGISTER), registerOp: B('one') }, { field: field('f', FLAG), flagOp: MapUpdate.FlagOp.ENABLE }]);
  op([{ field: field('r', REGISTER), registerOp: B('two') }, { field: field('f', FLAG), flagOp: MapUpdate.FlagOp.DISABLE }]);
  op([{ field: field('c', COUNTER), counterOp: { increment: 5 } }]);
  op([{ field: field('c', COUNTER), counterOp: { increment: -1 } }]);
  const entries = fetch(h, at).value?.mapValue ?? [];
  t.is(Number(entries.find((e) => e.field.type === COUNTER)?.counterValue), 4);
  t.false(entries.find((e) => e.field.type === FLAG)?.flagValue);
  t.is(text(entries.find((e) => e.field.type === REGISTER)?.registerValue), 'two');
});

test('map: a register update without register_op stores Riak undefined (no register_value)', (t) => {
  const { h } = setup();
  const resp = h.update(updateReq({ type: B('maps'), bucket: B('b'), key: B('k'), returnBody: true, op: { mapOp: { updates: [{ field: field('r', REGISTER) }] } } }));
  t.deepEqual(resp.mapValue, [{ field: { name: B('r'), type: REGISTER } }]);
});

test('map: field remove without context needs the field; the text names the riak_dt module', (t) => {
  const { h } = setup();
  const at = { type: B('maps'), bucket: B('b'), key: B('k') };
  update(h, { ...at, op: { mapOp: { updates: [{ field: field('c', COUNTER), counterOp: {} }] } } });
  throwsRiak(t, () => h.update(updateReq({ ...at, op: { mapOp: { removes: [field('c', SET)] } } })), '{precondition,{not_present,{<<"c">>,riak_dt_orswot}}}');
  throwsRiak(t, () => h.update(updateReq({ ...at, op: { mapOp: { removes: [field('x', COUNTER)] } } })), '{precondition,{not_present,{<<"x">>,riak_dt_emcntr}}}');
  throwsRiak(t, () => h.update(updateReq({ ...at, op: { mapOp: { removes: [field('f', FLAG)] } } })), '{precondition,{not_present,{<<"f">>,riak_dt_od_flag}}}');
  throwsRiak(t, () => h.update(updateReq({ ...at, op: { mapOp: { removes: [field('r', REGISTER)] } } })), '{precondition,{not_present,{<<"r">>,riak_dt_lwwreg}}}');
  throwsRiak(t, () => h.update(updateReq({ ...at, op: { mapOp: { removes: [field('m', MAP)] } } })), '{precondition,{not_present,{<<"m">>,riak_dt_map}}}');
  // A set remove inside the map needs the element, too.
  throwsRiak(
    t,
    () => h.update(updateReq({ ...at, op: { mapOp: { updates: [{ field: field('s', SET), setOp: { removes: [B('e')] } }] } } })),
    '{precondition,{not_present,<<"e">>}}',
  );
  update(h, { ...at, op: { mapOp: { removes: [field('c', COUNTER)] } } });
  t.deepEqual(fetch(h, at).value?.mapValue, []);
});

test('map: removes with a context do not fail and spare fields written after the read', (t) => {
  const { h } = setup();
  const at = { type: B('maps'), bucket: B('b'), key: B('k') };
  update(h, { ...at, op: { mapOp: { updates: [{ field: field('a', COUNTER), counterOp: {} }] } } });
  const { context } = fetch(h, at);
  update(h, { ...at, op: { mapOp: { updates: [{ field: field('b', COUNTER), counterOp: {} }] } } });
  update(h, { ...at, context, op: { mapOp: { removes: [field('a', COUNTER), field('b', COUNTER), field('zz', MAP)] } } });
  const names = (fetch(h, at).value?.mapValue ?? []).map((e) => Buffer.from(e.field.name).toString());
  t.deepEqual(names, ['b']);
});

test('map: nested map removes need the nested field', (t) => {
  const { h } = setup();
  const at = { type: B('maps'), bucket: B('b'), key: B('k') };
  update(h, { ...at, op: { mapOp: { updates: [{ field: field('n', MAP), mapOp: { updates: [{ field: field('i', COUNTER), counterOp: {} }] } }] } } });
  throwsRiak(
    t,
    () => h.update(updateReq({ ...at, op: { mapOp: { updates: [{ field: field('n', MAP), mapOp: { removes: [field('j', COUNTER)] } }] } } })),
    '{precondition,{not_present,{<<"j">>,riak_dt_emcntr}}}',
  );
});

test('map: an update that lacks its sub-operation crashes as in riak_pb_dt_codec', (t) => {
  const { h } = setup();
  const error = t.throws(() => h.update(updateReq({ type: B('maps'), bucket: B('b'), key: B('k'), op: { mapOp: { updates: [{ field: field('c', COUNTER) }] } } })), {
    instanceOf: RiakServerError,
  });
  t.true(error?.errmsg.startsWith('Error processing incoming message: error:function_clause:'));
});

// ---------------------------------------------------------------------------
// HLL and GSet

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

// ---------------------------------------------------------------------------
// Riak's errors for bucket types and operations

test('unknown bucket type', (t) => {
  const { h } = setup();
  throwsRiak(t, () => h.fetch(fetchReq({ type: B('nope'), bucket: B('b'), key: B('k') })), 'Error no bucket type `<<"nope">>`');
  throwsRiak(t, () => h.update(updateReq({ type: B('nope'), bucket: B('b'), key: B('k'), op: { counterOp: {} } })), 'Error no bucket type `<<"nope">>`');
  throwsRiak(t, () => h.fetch(fetchReq({ type: Buffer.alloc(0), bucket: B('b'), key: B('k') })), 'Error no bucket type `<<>>`');
});

test('bucket type without a datatype', (t) => {
  const { h } = setup();
  throwsRiak(t, () => h.fetch(fetchReq({ type: B('plain'), bucket: B('b'), key: B('k') })), '`undefined` is not a supported type');
  throwsRiak(t, () => h.update(updateReq({ type: B('plain'), bucket: B('b'), key: B('k'), op: { counterOp: {} } })), 'Bucket datatype `undefined` is not a supported type');
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
  throwsRiak(t, () => h.update(updateReq({ ...at, type: B('counters'), op: { gsetOp: { adds: [B('a')] } } })), 'Operation type is `gset` but  bucket type is `counter`.');
  throwsRiak(t, () => h.update(updateReq({ ...at, type: B('gsets'), op: { hllOp: { adds: [B('a')] } } })), 'Operation type is `hll` but  bucket type is `gset`.');
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
  throwsRiak(t, () => h.counterUpdate(RpbCounterUpdateReq.decode(RpbCounterUpdateReq.encode({ bucket: B('c'), key: B('k'), amount: 1 }).finish())), '"Counters require bucket property \'allow_mult=true\'"');
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

// ---------------------------------------------------------------------------
// Through TCP: the dev server wires these handlers to codes 50-53 and 80-83.

const tcp = test.serial;
let server: DevServer | undefined;
let client: RiakClient | undefined;

test.before(async () => {
  server = await startDevServer({ port: 0 });
  client = new RiakClient({ nodes: [`127.0.0.1:${server.port}`] });
});

test.after.always(async () => {
  await client?.close();
  await server?.close();
});

function riak(): RiakClient {
  if (client === undefined) throw new Error('dev server not started');
  return client;
}

async function rejectsRiak(t: ExecutionContext, promise: Promise<unknown>, errmsg: string): Promise<void> {
  const error = await t.throwsAsync(promise, { instanceOf: RiakServerError });
  t.is(error?.errmsg, errmsg);
}

tcp('tcp: maps update, fetch and context round trip', async (t) => {
  const at = { type: B('maps'), bucket: B('tcp'), key: B('m') };
  const body = await riak().request('DtUpdateReq', {
    ...at,
    returnBody: true,
    op: {
      mapOp: {
        updates: [
          { field: field('n', REGISTER), registerOp: B('v') },
          { field: field('s', SET), setOp: { adds: [B('a'), B('b')] } },
        ],
      },
    },
  });
  t.is(body.mapValue.length, 2);
  const got = await riak().request('DtFetchReq', at);
  t.is(got.type, DtFetchResp.DataType.MAP);
  t.deepEqual(Buffer.from(got.context), Buffer.from(body.context));
  await riak().request('DtUpdateReq', { ...at, context: got.context, op: { mapOp: { removes: [field('n', REGISTER)] } } });
  const after = await riak().request('DtFetchReq', at);
  t.deepEqual(
    after.value?.mapValue?.map((e) => Buffer.from(e.field.name).toString()),
    ['s'],
  );
});

tcp('tcp: precondition and type errors come back as RpbErrorResp; the connection stays usable', async (t) => {
  await rejectsRiak(t, riak().request('DtUpdateReq', { type: B('sets'), bucket: B('tcp'), key: B('s'), op: { setOp: { removes: [B('x')] } } }), '{precondition,{not_present,<<"x">>}}');
  await rejectsRiak(t, riak().request('DtUpdateReq', { type: B('maps'), bucket: B('tcp'), key: B('s'), op: { counterOp: {} } }), 'Operation type is `counter` but  bucket type is `map`.');
  await rejectsRiak(t, riak().request('DtFetchReq', { type: B('no_such_type'), bucket: B('tcp'), key: B('s') }), 'Error no bucket type `<<"no_such_type">>`');
  const fetched = await riak().request('DtFetchReq', { type: B('sets'), bucket: B('tcp'), key: B('s') });
  t.is(fetched.type, DtFetchResp.DataType.SET);
  t.false(Object.hasOwn(fetched, 'value'), 'not found: no value');
});

tcp('tcp: counters, sets, hlls and gsets', async (t) => {
  const counter = await riak().request('DtUpdateReq', { type: B('counters'), bucket: B('tcp'), key: B('c'), op: { counterOp: { increment: 41 } }, returnBody: true });
  t.is(Number(counter.counterValue), 41);
  const set = await riak().request('DtUpdateReq', { type: B('sets'), bucket: B('tcp'), key: B('s2'), op: { setOp: { adds: [B('b'), B('a')] } }, returnBody: true });
  t.deepEqual(texts(set.setValue), ['a', 'b']);
  await riak().request('DtUpdateReq', { type: B('hlls'), bucket: B('tcp'), key: B('h'), op: { hllOp: { adds: [B('a'), B('b'), B('a')] } } });
  const hll = await riak().request('DtFetchReq', { type: B('hlls'), bucket: B('tcp'), key: B('h') });
  t.is(Number(hll.value?.hllValue), 2);
  await riak().request('DtUpdateReq', { type: B('gsets'), bucket: B('tcp'), key: B('g'), op: { gsetOp: { adds: [B('z'), B('y')] } } });
  const gset = await riak().request('DtFetchReq', { type: B('gsets'), bucket: B('tcp'), key: B('g') });
  t.deepEqual(texts(gset.value?.gsetValue), ['y', 'z']);
});

tcp('tcp: a server-generated key is returned and readable', async (t) => {
  const made = await riak().request('DtUpdateReq', { type: B('counters'), bucket: B('tcp'), op: { counterOp: {} } });
  t.true(made.key.length > 0);
  const got = await riak().request('DtFetchReq', { type: B('counters'), bucket: B('tcp'), key: made.key });
  t.is(Number(got.value?.counterValue), 1);
});

tcp('tcp: legacy counters on a default bucket without allow_mult', async (t) => {
  await rejectsRiak(t, riak().request('RpbCounterUpdateReq', { bucket: B('tcp-legacy'), key: B('k'), amount: 1 }), '"Counters require bucket property \'allow_mult=true\'"');
  const got = await riak().request('RpbCounterGetReq', { bucket: B('tcp-legacy'), key: B('k') });
  t.false(Object.hasOwn(got, 'value'));
  await rejectsRiak(t, riak().request('DtUpdateReq', { type: B('default'), bucket: B('tcp-legacy'), key: B('k'), op: { setOp: { adds: [B('a')] } } }), '"non-counter operation on default bucket"');
});
