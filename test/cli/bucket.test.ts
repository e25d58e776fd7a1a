import test from 'ava';
import { cliServer, fails, ok } from '../helpers/cli-harness.js';

const riak = cliServer(test);

/** The NAME VALUE table (after its header) as an object. */
function table(text: string): Record<string, string> {
  const [header, ...rows] = text.trimEnd().split('\n');
  if (!/^NAME\s+VALUE$/.test(header)) throw new Error(`no NAME VALUE header: ${JSON.stringify(header)}`);
  return Object.fromEntries(
    rows.map((line) => {
      const [, name, value] = /^(\S+)\s+(.*)$/.exec(line) ?? [];
      return [name, value];
    }),
  );
}

test('bucket get prints the properties as a table with Riak names, and as --json', async (t) => {
  const props = table(ok(t, await riak.run(['bucket', 'get', 'fresh'])));
  t.like(props, { n_val: '3', allow_mult: 'false', r: 'quorum', w: 'quorum', chash_keyfun: 'riak_core_util:chash_std_keyfun', precommit: '(none)' });
  const json = JSON.parse(ok(t, await riak.run(['bucket', 'get', 'fresh', '--json'])));
  t.like(json, { n_val: 3, allow_mult: false, r: 'quorum', chash_keyfun: { module: 'riak_core_util', function: 'chash_std_keyfun' } });
});

test('bucket set takes key=value pairs with type coercion, reset goes back to the defaults', async (t) => {
  t.is(
    ok(t, await riak.run(['bucket', 'set', 'users', 'n_val=5', 'allow_mult=true', 'r=one', 'w=2', 'precommit=my_hooks:validate,named_hook', 'backend=123'])),
    '',
  );
  const json = JSON.parse(ok(t, await riak.run(['bucket', 'get', 'users', '--json'])));
  t.like(json, { n_val: 5, allow_mult: true, r: 'one', w: 2, backend: '123' });
  t.deepEqual(json.precommit, [{ module: 'my_hooks', function: 'validate' }, { name: 'named_hook' }]);
  t.is(table(ok(t, await riak.run(['bucket', 'get', 'users']))).precommit, 'my_hooks:validate,named_hook');

  ok(t, await riak.run(['bucket', 'set', 'users', 'precommit=']));
  t.deepEqual(JSON.parse(ok(t, await riak.run(['bucket', 'get', 'users', '--json']))).precommit, []);

  t.deepEqual(JSON.parse(ok(t, await riak.run(['bucket', 'reset', 'users', '--json']))), { ok: true });
  t.like(JSON.parse(ok(t, await riak.run(['bucket', 'get', 'users', '--json']))), { n_val: 3, allow_mult: false, r: 'quorum' });
});

test('bucket set takes a JSON object too (riak-admin wrapper and mod/fun spelling included), in a bucket type', async (t) => {
  ok(t, await riak.run(['bucket', 'set', 'carts', '--type', 'siblings', '{"nVal": 2, "last_write_wins": false, "pr": "all"}']));
  t.like(JSON.parse(ok(t, await riak.run(['bucket', 'get', 'carts', '--type', 'siblings', '--json']))), { n_val: 2, allow_mult: true, pr: 'all' });
  ok(t, await riak.run(['bucket', 'set', 'carts', '--type', 'siblings', '{"props": {"linkfun": {"mod": "my_links", "fun": "walk"}}}']));
  t.is(table(ok(t, await riak.run(['bucket', 'get', 'carts', '--type', 'siblings']))).linkfun, 'my_links:walk');
});

test('bucket-type get and set', async (t) => {
  t.like(table(ok(t, await riak.run(['bucket-type', 'get', 'maps']))), { datatype: 'map', allow_mult: 'true' });
  t.deepEqual(JSON.parse(ok(t, await riak.run(['bucket-type', 'set', 'sets', 'n_val=2', '--json']))), { ok: true });
  t.like(JSON.parse(ok(t, await riak.run(['bucket-type', 'get', 'sets', '--json']))), { n_val: 2, datatype: 'set' });
});

test('bucket usage errors exit 2, values the client refuses too (named by their property); Riak errors exit 1', async (t) => {
  fails(t, await riak.run(['bucket', 'frob', 'users']), 2, /expected get, set or reset, got "frob"/);
  fails(t, await riak.run(['bucket', 'get']), 2, /expected get\|set\|reset BUCKET \[PROPS\.\.\.\], got "get"/);
  fails(t, await riak.run(['bucket', 'set', 'users']), 2, /no properties given/);
  fails(t, await riak.run(['bucket', 'set', 'users', 'nval=3']), 2, /unknown bucket property "nval" \(known: n_val, allow_mult/);
  fails(t, await riak.run(['bucket', 'set', 'users', 'has_precommit=true']), 2, /read-only; set precommit instead/);
  fails(t, await riak.run(['bucket', 'set', 'users', 'chash_keyfun=nocolon']), 2, /chash_keyfun expects MODULE:FUNCTION/);
  fails(t, await riak.run(['bucket', 'set', 'users', '{"n_val": }']), 2, /not valid JSON/);
  fails(t, await riak.run(['bucket', 'set', 'users', 'r=bogus']), 2, /property r: expected a node count/);
  fails(t, await riak.run(['bucket-type', 'get', 'maps', 'extra']), 2, /bucket-type get takes only TYPE/);
  fails(t, await riak.run(['bucket-type', 'get', 'nope']), 1, /^riak-pb: Riak error: /);
});
