import test from 'ava';
import { MapUpdate } from '../../generated/riak.js';
import { RiakServerError } from '../../src/errors.js';
import { B, COUNTER, FLAG, MAP, REGISTER, SET, fetch, field, setup, text, texts, throwsRiak, update, updateReq } from '../helpers/datatype-handlers.js';

// The datatype handlers: maps (nested fields, removes with and without a context).

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
  op([
    { field: field('r', REGISTER), registerOp: B('one') },
    { field: field('f', FLAG), flagOp: MapUpdate.FlagOp.ENABLE },
  ]);
  op([
    { field: field('r', REGISTER), registerOp: B('two') },
    { field: field('f', FLAG), flagOp: MapUpdate.FlagOp.DISABLE },
  ]);
  op([{ field: field('c', COUNTER), counterOp: { increment: 5 } }]);
  op([{ field: field('c', COUNTER), counterOp: { increment: -1 } }]);
  const entries = fetch(h, at).value?.mapValue ?? [];
  t.is(Number(entries.find((e) => e.field.type === COUNTER)?.counterValue), 4);
  t.false(entries.find((e) => e.field.type === FLAG)?.flagValue);
  t.is(text(entries.find((e) => e.field.type === REGISTER)?.registerValue), 'two');
});

test('map: a register update without register_op stores Riak undefined (no register_value)', (t) => {
  const { h } = setup();
  const resp = h.update(
    updateReq({ type: B('maps'), bucket: B('b'), key: B('k'), returnBody: true, op: { mapOp: { updates: [{ field: field('r', REGISTER) }] } } }),
  );
  t.deepEqual(resp.mapValue, [{ field: { name: B('r'), type: REGISTER } }]);
});

test('map: field remove without context needs the field; the text names the riak_dt module', (t) => {
  const { h } = setup();
  const at = { type: B('maps'), bucket: B('b'), key: B('k') };
  update(h, { ...at, op: { mapOp: { updates: [{ field: field('c', COUNTER), counterOp: {} }] } } });
  throwsRiak(t, () => h.update(updateReq({ ...at, op: { mapOp: { removes: [field('c', SET)] } } })), '{precondition,{not_present,{<<"c">>,riak_dt_orswot}}}');
  throwsRiak(
    t,
    () => h.update(updateReq({ ...at, op: { mapOp: { removes: [field('x', COUNTER)] } } })),
    '{precondition,{not_present,{<<"x">>,riak_dt_emcntr}}}',
  );
  throwsRiak(t, () => h.update(updateReq({ ...at, op: { mapOp: { removes: [field('f', FLAG)] } } })), '{precondition,{not_present,{<<"f">>,riak_dt_od_flag}}}');
  throwsRiak(
    t,
    () => h.update(updateReq({ ...at, op: { mapOp: { removes: [field('r', REGISTER)] } } })),
    '{precondition,{not_present,{<<"r">>,riak_dt_lwwreg}}}',
  );
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
  const error = t.throws(
    () => h.update(updateReq({ type: B('maps'), bucket: B('b'), key: B('k'), op: { mapOp: { updates: [{ field: field('c', COUNTER) }] } } })),
    {
      instanceOf: RiakServerError,
    },
  );
  t.true(error?.errmsg.startsWith('Error processing incoming message: error:function_clause:'));
});
