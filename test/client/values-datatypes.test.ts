import test from 'ava';
import { RiakInvalidArgumentError, RiakServerError } from '../../src/errors.js';
import { MapUpdate } from '../../src/datatypes/map-update.js';
import { NO_CHANGE } from '../../src/client/values/no-change.js';
import { useSharedDevServer } from '../helpers/shared-dev-server.js';

// Issue 13, fetch-modify-update for datatypes: the function gets the current
// value and a builder; the operation goes out with the fetch's context, so
// removes need nothing from the caller, even on an empty store.

const shared = useSharedDevServer(test);

test('the README map example, removes included, works on an empty store and again on the stored map', async (t) => {
  const { client } = shared;
  const at = { type: 'maps', bucket: 'dt-users', key: 'ada' };
  // The plain updateMap fails here: a remove without a context of a field Riak does not hold.
  const plain = await t.throwsAsync(client.updateMap({ ...at, update: new MapUpdate().incrementCounter('logins').removeCounter('legacy_score') }), {
    instanceOf: RiakServerError,
  });
  t.regex(plain.errmsg, /precondition,\{not_present/);

  const change = (_map: unknown, update: MapUpdate) => {
    update
      .incrementCounter('logins', 1)
      .addToSet('tags', 'math', 'poetry')
      .removeFromSet('tags', 'draft')
      .setRegister('name', 'Ada Lovelace')
      .enableFlag('verified')
      .removeCounter('legacy_score')
      .updateMap('address', (a) => a.setRegister('city', 'London').removeFlag('old'));
  };
  const first = await client.updateDatatype({ datatype: 'map', ...at, update: change });
  t.true(first.written);
  t.false(first.found);
  t.deepEqual(first.value.counters, { logins: 1 });
  t.deepEqual(first.value.sets.tags?.map(String), ['math', 'poetry']);
  t.is(first.value.registers.name?.toString(), 'Ada Lovelace');
  t.is(first.value.maps.address?.registers.city?.toString(), 'London');
  t.true(Buffer.isBuffer(first.context));

  // Now the fields exist: the removes are sent, with the context, and applied.
  await client.updateDatatype({ datatype: 'map', ...at, update: (_map, update) => void update.incrementCounter('legacy_score', 7).addToSet('tags', 'draft') });
  const second = await client.updateDatatype({
    datatype: 'map',
    ...at,
    update: (map, update) => {
      t.is(map.counters.legacy_score, 7);
      update.removeCounter('legacy_score').removeFromSet('tags', 'draft').incrementCounter('logins');
    },
  });
  t.true(second.found);
  t.deepEqual(second.value.counters, { logins: 2 });
  t.deepEqual(second.value.sets.tags?.map(String), ['math', 'poetry']);
  t.deepEqual((await client.fetchMap(at)).value.counters, { logins: 2 });
});

test('sets: removes carry the context; removes of absent members are dropped; nothing left means nothing written', async (t) => {
  const { client } = shared;
  const at = { type: 'sets', bucket: 'dt-sets', key: 'roles' };
  const empty = await client.updateDatatype({ datatype: 'set', ...at, update: (_members, update) => void update.remove('ghost') });
  t.false(empty.written);
  t.false((await client.fetchSet(at)).found); // not created
  const added = await client.updateDatatype({ datatype: 'set', ...at, update: (_members, update) => void update.add('admin', 'dev').remove('ghost') });
  t.deepEqual(added.value.map(String), ['admin', 'dev']);
  const removed = await client.updateDatatype({
    datatype: 'set',
    ...at,
    update: (members, update, fetched) => {
      t.true(fetched.has('dev'));
      t.deepEqual(members.map(String), ['admin', 'dev']);
      update.remove('dev');
    },
  });
  t.true(removed.written);
  t.deepEqual(removed.value.map(String), ['admin']);
  t.deepEqual((await client.fetchSet(at)).strings(), ['admin']);
});

test('counters, HyperLogLogs and grow-only sets; NO_CHANGE and empty builders write nothing', async (t) => {
  const { client } = shared;
  const counter = { type: 'counters', bucket: 'dt-counters', key: 'c' };
  const up = await client.updateDatatype({ datatype: 'counter', ...counter, update: (n, update) => void update.increment(5).decrement(2).increment(n) });
  t.true(up.written);
  t.is(up.value, 3);
  const capped = await client.updateDatatype({ datatype: 'counter', ...counter, update: (n, update) => (n >= 3 ? NO_CHANGE : void update.increment()) });
  t.false(capped.written);
  t.is(capped.value, 3);
  const zero = await client.updateDatatype({ datatype: 'counter', ...counter, update: (_n, update) => void update.increment(2).decrement(2) });
  t.false(zero.written);
  t.is((await client.fetchCounter(counter)).value, 3);

  const hll = await client.updateDatatype({
    datatype: 'hll',
    type: 'hlls',
    bucket: 'dt-hll',
    key: 'h',
    update: (_n, update) => void update.add('a', 'b', 'c', 'a'),
  });
  t.is(hll.value, 3);
  const gset = await client.updateDatatype({
    datatype: 'gset',
    type: 'gsets',
    bucket: 'dt-gset',
    key: 'g',
    update: (_members, update) => void update.add('x').add('y'),
  });
  t.true(gset.written);
  t.deepEqual(gset.value.map(String), ['x', 'y']);
  const idle = await client.updateDatatype({ datatype: 'gset', type: 'gsets', bucket: 'dt-gset', key: 'g', update: () => undefined });
  t.false(idle.written);
  t.deepEqual(idle.value.map(String), ['x', 'y']);
});

test('create: false leaves a missing key missing; a wrong datatype or bad options are RiakInvalidArgumentErrors', async (t) => {
  const { client } = shared;
  let called = false;
  const missing = await client.updateDatatype({
    datatype: 'counter',
    type: 'counters',
    bucket: 'dt-create',
    key: 'none',
    create: false,
    update: (_n, update) => void ((called = true), update.increment()),
  });
  t.false(missing.written);
  t.false(missing.found);
  t.is(missing.value, 0);
  t.false(called);
  t.false((await client.fetchCounter({ type: 'counters', bucket: 'dt-create', key: 'none' })).found);

  await t.throwsAsync(client.updateDatatype({ datatype: 'set', type: 'maps', bucket: 'b', key: 'k', update: () => undefined }), {
    instanceOf: RiakInvalidArgumentError,
    message: /holds maps, not sets/,
  });
  await t.throwsAsync(client.updateDatatype({ datatype: 'tree' as never, type: 'maps', bucket: 'b', key: 'k', update: () => undefined }), {
    instanceOf: RiakInvalidArgumentError,
    message: /`datatype`/,
  });
  await t.throwsAsync(client.updateDatatype({ datatype: 'map', type: 'maps', bucket: 'b', key: 'k', update: 5 as never }), {
    instanceOf: RiakInvalidArgumentError,
    message: /`update`/,
  });
  await t.throwsAsync(client.updateDatatype({ datatype: 'map', type: 'maps', bucket: 'b', update: () => undefined } as never), {
    instanceOf: RiakInvalidArgumentError,
    message: /`key` is required/,
  });
  await t.throwsAsync(client.updateDatatype({ datatype: 'map', type: 'maps', bucket: 'b', key: 'k', w: 'most' as never, update: () => undefined }), {
    instanceOf: RiakInvalidArgumentError,
  });
  await t.throwsAsync(
    client.updateDatatype({ datatype: 'counter', type: 'counters', bucket: 'b', key: 'k', update: (_n, update) => void update.increment(1.5) }),
    { instanceOf: RiakInvalidArgumentError },
  );
  await t.throwsAsync(client.updateDatatype({ datatype: 'set', type: 'sets', bucket: 'b', key: 'k', update: (_m, update) => void update.add(5 as never) }), {
    instanceOf: RiakInvalidArgumentError,
  });
});
