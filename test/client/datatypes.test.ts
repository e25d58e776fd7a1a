import test from 'ava';
import { useSharedDevServer } from '../helpers/shared-dev-server.js';
import { MapUpdate } from '../../src/datatypes/map-update.js';
import { RiakInvalidArgumentError, RiakServerError } from '../../src/errors.js';

const shared = useSharedDevServer(test);

test('counter: increments, decrements, bigints, returnBody', async (t) => {
  const at = { type: 'counters', bucket: 'pages', key: 'home' };
  const missing = await shared.client.fetchCounter(at);
  t.deepEqual({ found: missing.found, value: missing.value }, { found: false, value: 0 });
  t.is((await shared.client.updateCounter({ ...at, increment: 5 })).value, undefined);
  t.is((await shared.client.updateCounter({ ...at, increment: -2, returnBody: true })).value, 3);
  await shared.client.updateCounter({ ...at, increment: 10n });
  const fetched = await shared.client.fetchCounter(at);
  t.true(fetched.found);
  t.is(fetched.value, 13);
});

test('set: add, remove with context, string helpers', async (t) => {
  const at = { type: 'sets', bucket: 'users', key: 'ada' };
  await shared.client.updateSet({ ...at, add: ['admin', 'dev', 'ops'] });
  const fetched = await shared.client.fetchSet(at);
  t.true(fetched.found);
  t.deepEqual(fetched.strings().sort(), ['admin', 'dev', 'ops']);
  t.true(fetched.value.every((m) => Buffer.isBuffer(m)));
  t.true(fetched.has('dev'));
  t.false(fetched.has('nope'));
  t.truthy(fetched.context);
  const updated = await shared.client.updateSet({ ...at, remove: 'dev', add: Buffer.from('qa'), context: fetched.context, returnBody: true });
  t.deepEqual(updated.value?.map(String).sort(), ['admin', 'ops', 'qa']);
  t.truthy(updated.context);
  t.deepEqual((await shared.client.fetchSet(at)).strings().sort(), ['admin', 'ops', 'qa']);
  const empty = await shared.client.fetchSet({ ...at, key: 'nobody' });
  t.false(empty.found);
  t.deepEqual(empty.value, []);
});

test('set: removing an absent member without context is refused by the server', async (t) => {
  await t.throwsAsync(shared.client.updateSet({ type: 'sets', bucket: 'users', key: 'bob', remove: 'x' }), { instanceOf: RiakServerError });
});

test('map: nested counters, sets, registers, flags and maps round-trip', async (t) => {
  const at = { type: 'maps', bucket: 'users', key: 'ada' };
  const result = await shared.client.updateMap({
    ...at,
    returnBody: true,
    update: new MapUpdate()
      .incrementCounter('logins', 2)
      .addToSet('tags', 'math', 'poetry')
      .setRegister('name', 'Ada')
      .enableFlag('verified')
      .updateMap('address', (a) => a.setRegister('city', 'London').incrementCounter('moves', 1)),
  });
  const value = result.value;
  t.truthy(value);
  t.is(value?.counters.logins, 2);
  t.deepEqual(value?.sets.tags.map(String).sort(), ['math', 'poetry']);
  t.is(value?.registers.name.toString(), 'Ada');
  t.is(value?.flags.verified, true);
  t.is(value?.maps.address.registers.city.toString(), 'London');
  t.is(value?.maps.address.counters.moves, 1);

  const fetched = await shared.client.fetchMap(at);
  t.true(fetched.found);
  t.deepEqual(fetched.value.counters, { logins: 2 });
  t.truthy(fetched.context);

  // Removals with the fetched context; the callback form of `update`.
  await shared.client.updateMap({
    ...at,
    context: fetched.context,
    update: (m) =>
      m
        .removeCounter('logins')
        .removeFromSet('tags', 'poetry')
        .disableFlag('verified')
        .updateMap('address', (a) => a.removeRegister('city')),
  });
  const after = await shared.client.fetchMap(at);
  t.deepEqual(after.value.counters, {});
  t.deepEqual(after.value.sets.tags.map(String), ['math']);
  t.is(after.value.flags.verified, false);
  t.deepEqual(Object.keys(after.value.maps.address.registers), []);
  t.is(after.value.maps.address.counters.moves, 1);
});

test('map: a missing key is an empty map', async (t) => {
  const fetched = await shared.client.fetchMap({ type: 'maps', bucket: 'users', key: 'nobody' });
  t.false(fetched.found);
  t.deepEqual(fetched.value, { counters: {}, sets: {}, registers: {}, flags: {}, maps: {} });
});

test('hll: estimates distinct elements', async (t) => {
  const at = { type: 'hlls', bucket: 'visitors', key: 'day1' };
  t.is((await shared.client.fetchHll(at)).value, 0);
  await shared.client.updateHll({ ...at, add: ['a', 'b', 'c'] });
  const updated = await shared.client.updateHll({ ...at, add: ['c', 'd'], returnBody: true });
  t.is(updated.value, 4);
  const fetched = await shared.client.fetchHll(at);
  t.true(fetched.found);
  t.is(fetched.value, 4);
});

test('gset: grows', async (t) => {
  const at = { type: 'gsets', bucket: 'audit', key: 'ada' };
  await shared.client.updateGSet({ ...at, add: 'login' });
  const updated = await shared.client.updateGSet({ ...at, add: ['logout', 'login'], returnBody: true });
  t.deepEqual(updated.value?.map(String).sort(), ['login', 'logout']);
  const fetched = await shared.client.fetchGSet(at);
  t.deepEqual(fetched.strings().sort(), ['login', 'logout']);
  t.true(fetched.has('logout'));
});

test('server-generated keys come back in `key`', async (t) => {
  const created = await shared.client.updateCounter({ type: 'counters', bucket: 'generated', increment: 7 });
  t.truthy(created.key);
  t.true((created.key?.length ?? 0) > 0);
  t.is((await shared.client.fetchCounter({ type: 'counters', bucket: 'generated', key: created.key as Buffer })).value, 7);
  const map = await shared.client.updateMap({ type: 'maps', bucket: 'generated', update: (m) => m.setRegister('r', 'v') });
  t.truthy(map.key);
});

test('includeContext: false omits the context', async (t) => {
  const at = { type: 'sets', bucket: 'ctx', key: 'k' };
  await shared.client.updateSet({ ...at, add: 'x' });
  t.is((await shared.client.fetchSet({ ...at, includeContext: false })).context, undefined);
  t.truthy((await shared.client.fetchSet(at)).context);
});

test('fetchDatatype tags the result; a typed fetch on the wrong bucket type is refused', async (t) => {
  await shared.client.updateGSet({ type: 'gsets', bucket: 'any', key: 'k', add: 'x' });
  const any = await shared.client.fetchDatatype({ type: 'gsets', bucket: 'any', key: 'k' });
  t.is(any.datatype, 'gset');
  if (any.datatype === 'gset') t.deepEqual(any.strings(), ['x']);
  await t.throwsAsync(shared.client.fetchCounter({ type: 'gsets', bucket: 'any', key: 'k' }), {
    instanceOf: RiakInvalidArgumentError,
    message: /holds gsets, not counters/,
  });
});

test('an update of the wrong datatype is a server error', async (t) => {
  await t.throwsAsync(shared.client.updateCounter({ type: 'sets', bucket: 'b', key: 'k', increment: 1 }), { instanceOf: RiakServerError });
  await t.throwsAsync(shared.client.updateSet({ type: 'counters', bucket: 'b', key: 'k', add: 'x' }), { instanceOf: RiakServerError });
});

test('the `default` bucket type takes the legacy-counter path', async (t) => {
  // riak_kv_pb_crdt downgrades a typeless (default) counter request to a 1.4 counter.
  await shared.client.setBucketProps({ bucket: 'legacy-dt', props: { allowMult: true } });
  await shared.client.updateCounter({ type: 'default', bucket: 'legacy-dt', key: 'k', increment: 4 });
  t.deepEqual(await shared.client.fetchLegacyCounter({ bucket: 'legacy-dt', key: 'k' }), { found: true, value: 4 });
  t.is((await shared.client.fetchCounter({ type: 'default', bucket: 'legacy-dt', key: 'k' })).value, 4);
});

test('quorum options are accepted by name', async (t) => {
  const at = { type: 'counters', bucket: 'quorum', key: 'k' };
  await shared.client.updateCounter({ ...at, increment: 1, w: 'quorum', dw: 'one', pw: 0, nodeConfirms: 1, timeout: 5000 });
  t.is((await shared.client.fetchCounter({ ...at, r: 'all', pr: 'default', notfoundOk: true, basicQuorum: false })).value, 1);
});

test('legacy counters (codes 50-53) in an allow_mult bucket', async (t) => {
  await shared.client.setBucketProps({ bucket: 'legacy', props: { allowMult: true } });
  t.deepEqual(await shared.client.fetchLegacyCounter({ bucket: 'legacy', key: 'hits' }), { found: false, value: 0 });
  t.is(await shared.client.updateLegacyCounter({ bucket: 'legacy', key: 'hits', amount: 3 }), undefined);
  t.is(await shared.client.updateLegacyCounter({ bucket: 'legacy', key: 'hits', amount: -1, returnValue: true }), 2);
  t.deepEqual(await shared.client.fetchLegacyCounter({ bucket: 'legacy', key: 'hits', r: 'quorum' }), { found: true, value: 2 });
  // Riak refuses legacy counters where allow_mult is false.
  await t.throwsAsync(shared.client.updateLegacyCounter({ bucket: 'plain', key: 'hits', amount: 1 }), { instanceOf: RiakServerError, message: /allow_mult/ });
});
