import test from 'ava';
import { cliServer, fails, ok } from '../helpers/cli-harness.js';

const riak = cliServer(test);

const lines = (text: string) => text.split('\n').filter((line) => line !== '');

test('counter: fetch (0 when new), --incr / --decr print the new value, --json', async (t) => {
  t.is(ok(t, await riak.run(['counter', 'pages', 'home'])), '0\n');
  t.is(ok(t, await riak.run(['counter', 'pages', 'home', '--incr', '5'])), '5\n');
  t.is(ok(t, await riak.run(['counter', 'pages', 'home', '--decr', '2'])), '3\n');
  t.is(ok(t, await riak.run(['counter', 'pages', 'home', '--incr=-1'])), '2\n');
  t.deepEqual(JSON.parse(ok(t, await riak.run(['counter', 'pages', 'home', '--json']))), {
    type: 'counters',
    bucket: 'pages',
    key: 'home',
    found: true,
    value: 2,
  });
  t.deepEqual(JSON.parse(ok(t, await riak.run(['counter', 'pages', 'home', '--incr', '10', '--json']))), {
    type: 'counters',
    bucket: 'pages',
    key: 'home',
    found: true,
    value: 12,
  });
  // Riak generates the key: it is printed instead of the value.
  const key = ok(t, await riak.run(['counter', 'pages', '--incr', '7'])).trim();
  t.is(ok(t, await riak.run(['counter', 'pages', key])), '7\n');
});

test('set: add, remove (with the context read first), fetch, --json', async (t) => {
  t.deepEqual(lines(ok(t, await riak.run(['set', 'users', 'ada', '--add', 'admin', '--add', 'dev', '--add', 'ops']))).sort(), ['admin', 'dev', 'ops']);
  t.deepEqual(lines(ok(t, await riak.run(['set', 'users', 'ada', '--remove', 'dev', '--remove', 'ops', '--add', 'math']))).sort(), ['admin', 'math']);
  t.deepEqual(lines(ok(t, await riak.run(['set', 'users', 'ada']))).sort(), ['admin', 'math']);
  const json = JSON.parse(ok(t, await riak.run(['set', 'users', 'ada', '--json'])));
  t.like(json, { type: 'sets', bucket: 'users', key: 'ada', found: true });
  t.deepEqual(json.value.sort(), ['admin', 'math']);
  t.deepEqual(JSON.parse(ok(t, await riak.run(['set', 'users', 'nobody', '--json']))), {
    type: 'sets',
    bucket: 'users',
    key: 'nobody',
    found: false,
    value: [],
  });
});

test('map: nested updates, removals, flags, the FIELD TYPE VALUE table and --json', async (t) => {
  const created = ok(
    t,
    await riak.run([
      'map',
      'users',
      'ada',
      '--counter',
      'logins=2',
      '--register',
      'name=Ada',
      '--flag',
      'verified=on',
      '--add-set',
      'tags=math',
      '--add-set',
      'tags=poetry',
      '--register',
      'address.city=London',
    ]),
  );
  t.is(
    created,
    [
      'FIELD         TYPE      VALUE',
      'address.city  register  London',
      'logins        counter   2',
      'name          register  Ada',
      'tags          set       math, poetry',
      'verified      flag      on',
      '',
    ].join('\n'),
  );
  ok(
    t,
    await riak.run([
      'map',
      'users',
      'ada',
      '--flag',
      'verified=off',
      '--remove-set',
      'tags=math',
      '--remove-field',
      'counter:logins',
      '--counter',
      'address.visits=3',
    ]),
  );
  const json = JSON.parse(ok(t, await riak.run(['map', 'users', 'ada', '--json'])));
  t.deepEqual(json, {
    type: 'maps',
    bucket: 'users',
    key: 'ada',
    found: true,
    value: {
      counters: {},
      sets: { tags: ['poetry'] },
      registers: { name: 'Ada' },
      flags: { verified: false },
      maps: { address: { counters: { visits: 3 }, sets: {}, registers: { city: 'London' }, flags: {}, maps: {} } },
    },
  });
  ok(t, await riak.run(['map', 'users', 'ada', '--remove-field', 'map:address']));
  t.is(
    ok(t, await riak.run(['map', 'users', 'ada'])),
    'FIELD     TYPE      VALUE\nname      register  Ada\ntags      set       poetry\nverified  flag      off\n',
  );
});

test('hll and gset: add, fetch, --json', async (t) => {
  t.is(ok(t, await riak.run(['hll', 'visitors', 'day1', '--add', 'a', '--add', 'b', '--add', 'a'])), '2\n');
  t.is(ok(t, await riak.run(['hll', 'visitors', 'day1'])), '2\n');
  t.deepEqual(JSON.parse(ok(t, await riak.run(['hll', 'visitors', 'day1', '--json']))), {
    type: 'hlls',
    bucket: 'visitors',
    key: 'day1',
    found: true,
    value: 2,
  });
  t.is(ok(t, await riak.run(['gset', 'audit', 'ada', '--add', 'login'])), 'login\n');
  t.deepEqual(JSON.parse(ok(t, await riak.run(['gset', 'audit', 'ada', '--add', 'logout', '--json']))).value.sort(), ['login', 'logout']);
  t.deepEqual(lines(ok(t, await riak.run(['gset', 'audit', 'ada']))).sort(), ['login', 'logout']);
});

test('datatype usage errors exit 2, a wrong bucket type is refused (exit 1)', async (t) => {
  fails(t, await riak.run(['counter', 'pages']), 2, /KEY is required to fetch a counter/);
  fails(t, await riak.run(['counter', 'pages', 'home', '--incr', 'x']), 2, /--incr expects an integer/);
  fails(t, await riak.run(['counter', 'pages', 'home', '--incr', '-3']), 2, /--incr -3: a value starting with "-" goes after "=": --incr=-3/);
  fails(t, await riak.run(['counter', 'pages', 'home', '--incr', '1', '--decr', '1']), 2, /not both/);
  fails(t, await riak.run(['set', 'users', '--remove', 'x']), 2, /KEY is required to remove members/);
  fails(t, await riak.run(['map', 'users', 'ada', '--flag', 'x=maybe']), 2, /expected on or off/);
  fails(t, await riak.run(['map', 'users', 'ada', '--remove-field', 'thing:x']), 2, /--remove-field expects TYPE:PATH/);
  fails(t, await riak.run(['map', 'users', 'ada', '--register', 'a..b=1']), 2, /invalid field path/);
  fails(t, await riak.run(['counter', 'pages', 'home', '--type', 'sets']), 1, /holds sets, not counters/);
  fails(t, await riak.run(['counter', 'pages', 'home', '--type', 'no_such_type']), 1, /^riak-pb: Riak error: /);
});
