import test from 'ava';
import { RiakInvalidArgumentError, RiakServerError } from '../../src/errors.js';
import { json, text } from '../../src/client/values/codecs.js';
import { RiakSiblingsError } from '../../src/client/values/value-errors.js';
import { useSharedDevServer } from '../helpers/shared-dev-server.js';

// Issue 13, typed bucket handles: get / fetch / put / delete / keys / query
// bound to a type, bucket and codec, with defaults every call inherits
// under its own options. (Their types: test/types/values.test-d.ts.)

const shared = useSharedDevServer(test);

interface User {
  name: string;
  email: string;
}

test('get, fetch, put and delete on a JSON handle; not found is undefined', async (t) => {
  const users = shared.client.bucket({ type: 'siblings', bucket: 'handle-users', codec: json<User>() });
  t.is(users.bucket, 'handle-users');
  t.is(users.type, 'siblings');
  await users.put('ada', { name: 'Ada', email: 'ada@example.com' });
  t.deepEqual(await users.get('ada'), { name: 'Ada', email: 'ada@example.com' });
  const read = await users.fetch('ada');
  t.true(read.found);
  t.is(read.siblings.length, 1);
  t.deepEqual(read.data, { name: 'Ada', email: 'ada@example.com' });
  t.is(read.value?.toString(), '{"name":"Ada","email":"ada@example.com"}'); // the bytes view, beside the decoded value
  t.is(read.content?.value, read.value);
  t.true(Buffer.isBuffer(read.vclock));

  await users.delete('ada', { vclock: read.vclock });
  t.is(await users.get('ada'), undefined);
  const gone = await users.fetch('ada');
  t.false(gone.found);
  t.deepEqual(gone.siblings, []);
  t.is(gone.data, undefined);
});

test('the handle’s defaults apply to every call; a call’s own options win', async (t) => {
  const { client } = shared;
  // n_val is 3: a quorum of 5 is refused by Riak, so the default is observable.
  const strict = client.bucket({ bucket: 'handle-defaults', codec: text(), r: 5, w: 5, rw: 5 });
  await t.throwsAsync(strict.put('k', 'v'), { instanceOf: RiakServerError, message: /n_val_violation/ });
  await strict.put('k', 'v', { w: 'quorum' });
  await t.throwsAsync(strict.get('k'), { instanceOf: RiakServerError, message: /n_val_violation/ });
  t.is(await strict.get('k', { r: 1 }), 'v');
  await t.throwsAsync(strict.fetch('k'), { instanceOf: RiakServerError, message: /n_val_violation/ });
  await t.throwsAsync(strict.delete('k'), { instanceOf: RiakServerError, message: /n_val_violation/ });
  await strict.delete('k', { rw: 'all', r: 'one', w: 'one' });
  t.is(await strict.get('k', { r: 'one' }), undefined);
  // The update's read and write take them too.
  await t.throwsAsync(
    strict.update('k', () => 'x'),
    { instanceOf: RiakServerError, message: /n_val_violation/ },
  );
  t.is((await strict.update('k', () => 'x', { r: 1, w: 1 })).data, 'x');
  // A bad default fails when the handle is made, before anything is sent.
  t.throws(() => client.bucket({ bucket: 'b', r: 'most' as never }), { instanceOf: RiakInvalidArgumentError, message: /`r`/ });
  t.throws(() => client.bucket({ bucket: 'b', requestTimeout: -1 }), { instanceOf: RiakInvalidArgumentError, message: /requestTimeout/ });
});

test('put keeps metadata (indexes, usermeta, links); query streams index matches; keys lists the bucket', async (t) => {
  const users = shared.client.bucket({ bucket: 'handle-2i', codec: json<User>() });
  for (const [key, email] of [
    ['ada', 'ada@example.com'],
    ['alan', 'alan@example.com'],
    ['grace', 'grace@example.org'],
  ] as const) {
    await users.put(
      key,
      { name: key, email },
      {
        indexes: [
          { key: 'email_bin', value: email },
          { key: 'born_int', value: key.length },
        ],
        usermeta: [{ key: 'by', value: 'test' }],
      },
    );
  }
  const exact = await users.query('email_bin', 'alan@example.com').toArray();
  t.deepEqual(
    exact.map((match) => match.key.toString()),
    ['alan'],
  );
  const range = await users.query('email_bin', ['a', 'b'], { returnTerms: true }).toArray();
  // A 2i range without pagination comes back in no particular order, as from Riak.
  t.deepEqual(range.map((match) => [match.key.toString(), match.term?.toString()]).sort(), [
    ['ada', 'ada@example.com'],
    ['alan', 'alan@example.com'],
  ]);
  const byLength = await users.query('born_int', [4, 5]).toArray();
  t.deepEqual(byLength.map((match) => match.key.toString()).sort(), ['alan', 'grace']);
  t.deepEqual((await users.keys().toArray()).map(String).sort(), ['ada', 'alan', 'grace']);
  const raw = await users.fetch('ada');
  t.deepEqual(
    raw.content?.usermeta.map((pair) => [pair.key.toString(), pair.value.toString()]),
    [['by', 'test']],
  );
  // The matches' values, in the order of the keys.
  const values = await users.getMany(range.map((match) => match.key));
  t.deepEqual(
    values.map((item) => item.ok && item.result.data?.email),
    range.map((match) => `${match.key.toString()}@example.com`),
  );
});

test('get rejects unresolved siblings with RiakSiblingsError; fetch returns them all', async (t) => {
  const { client } = shared;
  await client.put({ type: 'siblings', bucket: 'handle-sib', key: 'k', value: '"a"', contentType: 'application/json' });
  await client.put({ type: 'siblings', bucket: 'handle-sib', key: 'k', value: '"b"', contentType: 'application/json' });
  const handle = client.bucket({ type: 'siblings', bucket: 'handle-sib', codec: json<string>() });
  const error = await t.throwsAsync(handle.get('k'), { instanceOf: RiakSiblingsError });
  t.is(error.siblings, 2);
  t.is(error.bucketType, 'siblings');
  t.is(error.key, 'k');
  const all = await handle.fetch('k');
  t.deepEqual(all.siblings.map((sibling) => sibling.data).sort(), ['a', 'b']);
  t.is(all.data, undefined);
});

test('bad handle options, keys and call options are RiakInvalidArgumentErrors, before anything is sent', async (t) => {
  const { client } = shared;
  t.throws(() => client.bucket(undefined as never), { instanceOf: RiakInvalidArgumentError });
  t.throws(() => client.bucket({} as never), { instanceOf: RiakInvalidArgumentError, message: /`bucket` is required/ });
  t.throws(() => client.bucket({ bucket: 5 } as never), { instanceOf: RiakInvalidArgumentError, message: /`bucket`/ });
  t.throws(() => client.bucket({ bucket: 'b', codec: json(), colour: 'red' } as never), {
    instanceOf: RiakInvalidArgumentError,
    message: /unknown option `colour`/,
  });
  const handle = client.bucket({ bucket: 'handle-bad', codec: json() });
  await t.throwsAsync(handle.get(5 as never), { instanceOf: RiakInvalidArgumentError, message: /key/ });
  await t.throwsAsync(handle.get('k', { bucket: 'other' } as never), { instanceOf: RiakInvalidArgumentError, message: /`bucket` is not an option here/ });
  await t.throwsAsync(handle.get('k', { head: true } as never), { instanceOf: RiakInvalidArgumentError, message: /unknown option `head`/ });
  await t.throwsAsync(handle.put('k', 1, { returnBody: true } as never), { instanceOf: RiakInvalidArgumentError, message: /unknown option `returnBody`/ });
  await t.throwsAsync(handle.put('k', 1, { w: 'most' } as never), { instanceOf: RiakInvalidArgumentError });
  await t.throwsAsync(handle.delete('k', 'now' as never), { instanceOf: RiakInvalidArgumentError });
  await t.throwsAsync(handle.getMany('k' as never), { instanceOf: RiakInvalidArgumentError, message: /array of keys/ });
  t.throws(() => handle.keys({ bucket: 'x' } as never), { instanceOf: RiakInvalidArgumentError });
  t.throws(() => handle.query('email_bin', 'x', { index: 'y' } as never), { instanceOf: RiakInvalidArgumentError });
  t.throws(() => handle.query('email' as never, 'x'), { instanceOf: RiakInvalidArgumentError });
});
