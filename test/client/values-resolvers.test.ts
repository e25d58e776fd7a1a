import test from 'ava';
import { RiakInvalidArgumentError } from '../../src/errors.js';
import { json, text } from '../../src/client/values/codecs.js';
import { keepAll, lastWriteWins, type Sibling, type ValueResolver } from '../../src/client/values/resolvers.js';
import { RiakSiblingsError } from '../../src/client/values/value-errors.js';
import { withServer } from '../helpers/server-harness.js';

// Issue 13, conflict resolution: a resolver registry (client, bucket type,
// bucket) under the handle's and the call's resolvers; built-ins last write
// wins and keep all; resolvers see decoded values; a resolved write-back
// collapses real siblings.

/** Two concurrent writes (no vclock): siblings on the allow_mult `siblings` type. */
async function twoSiblings(client: import('../../src/client/riak-client.js').RiakClient, bucket: string, key: string, first: string, second: string) {
  await client.put({ type: 'siblings', bucket, key, value: first, contentType: 'text/plain' });
  await client.put({ type: 'siblings', bucket, key, value: second, contentType: 'text/plain' });
}

/** A resolver merging into a tag naming who resolved. */
const tagged =
  (name: string): ValueResolver<unknown> =>
  () => ({ data: name });

test('precedence: the call beats the handle, the handle the bucket, the bucket its type, the type the client default', async (t) => {
  const { client } = await withServer(t);
  await twoSiblings(client, 'carts', 'k', 'a', 'b');
  await twoSiblings(client, 'other', 'k', 'a', 'b');
  const carts = client.bucket({ type: 'siblings', bucket: 'carts', codec: text() });
  const other = client.bucket({ type: 'siblings', bucket: 'other', codec: text() });
  const elsewhere = client.bucket({ bucket: 'default-type', codec: text() });
  await client.put({ bucket: 'default-type', key: 'k', value: 'x', contentType: 'text/plain' });

  await t.throwsAsync(carts.get('k'), { instanceOf: RiakSiblingsError }); // nothing registered: siblings stay

  client.resolvers.set(tagged('client'));
  t.is(await carts.get('k'), 'client');
  client.resolvers.set({ type: 'siblings' }, tagged('type'));
  t.is(await carts.get('k'), 'type');
  t.is(await other.get('k'), 'type');
  client.resolvers.set({ type: 'siblings', bucket: 'carts' }, tagged('bucket'));
  t.is(await carts.get('k'), 'bucket');
  t.is(await other.get('k'), 'type'); // the bucket's resolver is its own
  const handle = client.bucket({ type: 'siblings', bucket: 'carts', codec: text(), resolve: () => ({ data: 'handle' }) });
  t.is(await handle.get('k'), 'handle');
  t.is(await handle.get('k', { resolve: () => ({ data: 'call' }) }), 'call');
  t.is(await elsewhere.get('k'), 'x'); // one sibling: no resolver runs

  // Removing a scope's resolver falls back to the next one out.
  client.resolvers.set({ type: 'siblings', bucket: 'carts' }, undefined);
  t.is(await carts.get('k'), 'type');
  client.resolvers.set({ type: 'siblings' }, undefined);
  t.is(await carts.get('k'), 'client');
  client.resolvers.set(undefined);
  await t.throwsAsync(carts.get('k'), { instanceOf: RiakSiblingsError });

  // A bucket scope without a type is the bucket in Riak's default type.
  client.resolvers.set({ bucket: 'carts' }, tagged('default-type bucket'));
  await t.throwsAsync(carts.get('k'), { instanceOf: RiakSiblingsError });
  t.is(client.resolvers.lookup(undefined, 'carts'), client.resolvers.lookup('default', Buffer.from('carts')));
});

test('resolvers see decoded values and every sibling’s content; a merge returns { data }', async (t) => {
  const { client } = await withServer(t);
  const at = { type: 'siblings', bucket: 'carts', key: 'u1' };
  await client.put({ ...at, value: JSON.stringify(['apples']), contentType: 'application/json' });
  await client.put({ ...at, value: JSON.stringify(['pears', 'apples']), contentType: 'application/json' });
  let seen: readonly Sibling<string[]>[] = [];
  const carts = client.bucket({
    type: 'siblings',
    bucket: 'carts',
    codec: json<string[]>(),
    resolve: (siblings, where) => {
      seen = siblings;
      t.deepEqual(where, { type: 'siblings', bucket: 'carts', key: 'u1' });
      return { data: [...new Set(siblings.flatMap((sibling) => sibling.data))].sort() };
    },
  });
  const read = await carts.fetch('u1');
  t.deepEqual(read.data, ['apples', 'pears']);
  t.is(read.content, undefined); // a merge has no stored content
  t.is(read.value, undefined);
  t.deepEqual(seen.map((sibling) => sibling.data).sort(), [['apples'], ['pears', 'apples']]);
  t.true(seen.every((sibling) => sibling.content.contentType === 'application/json'));
});

test('lastWriteWins picks the latest lastMod; keepAll leaves every sibling; a resolved write-back collapses them', async (t) => {
  const { client } = await withServer(t);
  // Real concurrent writes: four puts without a vclock, sent at once.
  await Promise.all(['a', 'b', 'c', 'd'].map((value) => client.put({ type: 'siblings', bucket: 'lww', key: 'k', value, contentType: 'text/plain' })));
  const all = await client.bucket({ type: 'siblings', bucket: 'lww', codec: text(), resolve: keepAll }).fetch('k');
  t.is(all.siblings.length, 4);
  t.is(all.data, undefined);
  const latest = all.siblings.reduce((best, sibling) => {
    const at = (s: Sibling<string>) => [s.content.lastMod?.getTime() ?? 0, s.content.lastModUsecs ?? 0, s.content.vtag ?? ''] as const;
    const [a, b] = [at(best), at(sibling)];
    return b[0] > a[0] || (b[0] === a[0] && (b[1] > a[1] || (b[1] === a[1] && b[2] > a[2]))) ? sibling : best;
  });
  const lww = client.bucket({ type: 'siblings', bucket: 'lww', codec: text(), resolve: lastWriteWins });
  const picked = await lww.fetch('k');
  t.is(picked.data, latest.data);
  t.is(picked.content?.vtag, latest.content.vtag);

  // Writing the pick back with the read's vclock supersedes every sibling.
  const written = await lww.update('k', (value) => value ?? 'none');
  t.is(written.siblings.length, 1);
  const after = await client.get({ type: 'siblings', bucket: 'lww', key: 'k' });
  t.is(after.siblings.length, 1);
  t.is(after.value?.toString(), latest.data);
});

test('a resolver returning something else than a sibling, { data } or undefined is a RiakInvalidArgumentError', async (t) => {
  const { client } = await withServer(t);
  await twoSiblings(client, 'bad', 'k', 'a', 'b');
  const handle = client.bucket({ type: 'siblings', bucket: 'bad', codec: text() });
  for (const pick of [() => 'a', () => null, () => 42]) {
    await t.throwsAsync(handle.get('k', { resolve: pick as never }), {
      instanceOf: RiakInvalidArgumentError,
      message: /one of the siblings, \{ data \}, or undefined/,
    });
  }
  t.throws(() => client.resolvers.set('lastWriteWins' as never), { instanceOf: RiakInvalidArgumentError });
  t.throws(() => client.resolvers.set({}, lastWriteWins), { instanceOf: RiakInvalidArgumentError, message: /names a `type`, a `bucket`/ });
  t.throws(() => client.resolvers.set({ type: 5 } as never, lastWriteWins), { instanceOf: RiakInvalidArgumentError });
  t.throws(() => client.bucket({ bucket: 'b', resolve: 'pick' as never }), { instanceOf: RiakInvalidArgumentError });
  await t.throwsAsync(handle.get('k', { resolve: 'pick' as never }), { instanceOf: RiakInvalidArgumentError });
});

test('lastWriteWins: ties on lastMod go to the greater vtag, so every reader picks the same sibling', (t) => {
  const at = new Date(1_700_000_000_000);
  const sibling = (data: string, vtag: string, usecs = 5) => ({
    data,
    content: { value: Buffer.from(data), vtag, lastMod: at, lastModUsecs: usecs, links: [], usermeta: [], indexes: [], deleted: false },
  });
  t.is(lastWriteWins([sibling('a', 'x'), sibling('b', 'y')])?.data, 'b');
  t.is(lastWriteWins([sibling('b', 'y'), sibling('a', 'x')])?.data, 'b');
  t.is(lastWriteWins([sibling('a', 'z', 6), sibling('b', 'y', 5)])?.data, 'a');
  t.is(lastWriteWins([])?.data, undefined);
});
