import test from 'ava';
import { inflateRawSync } from 'node:zlib';
import { riakErrorOf, text, withServer } from '../helpers/server-harness.js';
import { until } from '../helpers/wait.js';

test('put then get returns the value, its metadata exactly, a vclock and Riak-style timestamps', async (t) => {
  const { client } = await withServer(t);
  const before = Date.now();
  await client.put({
    bucket: 'users',
    key: 'ada',
    value: '{"name":"Ada"}',
    contentType: 'application/json',
    charset: 'utf-8',
    contentEncoding: 'identity',
    usermeta: [
      { key: 'x-b', value: '2' },
      { key: 'x-a', value: '1' },
    ],
    links: [{ bucket: 'users', key: 'charles', tag: 'friend' }],
    indexes: [{ key: 'email_bin', value: 'ada@example.com' }],
  });
  const got = await client.get({ bucket: 'users', key: 'ada' });
  t.true(got.found);
  t.is(got.siblings.length, 1);
  const c = got.content!;
  t.is(text(c.value), '{"name":"Ada"}');
  t.is(c.contentType, 'application/json');
  t.is(c.charset, 'utf-8');
  t.is(c.contentEncoding, 'identity');
  t.deepEqual(
    c.usermeta.map((m) => [text(m.key), text(m.value)]),
    [
      ['x-b', '2'],
      ['x-a', '1'],
    ],
  );
  t.deepEqual(c.links, [{ bucket: Buffer.from('users'), key: Buffer.from('charles'), tag: Buffer.from('friend') }]);
  t.deepEqual(c.indexes, [{ key: Buffer.from('email_bin'), value: Buffer.from('ada@example.com') }]);
  t.regex(c.vtag ?? '', /^[0-9A-Za-z]{1,22}$/);
  t.true(c.lastMod!.getTime() >= before - 1000 && c.lastMod!.getTime() <= Date.now() + 1000);
  t.true(c.lastModUsecs! >= 0 && c.lastModUsecs! < 1e6);
  t.false(c.deleted);
  // Riak's encode_zlib vclock: raw deflate of term_to_binary([{Actor, {Counter, Ts}}]).
  const term = inflateRawSync(got.vclock!);
  t.is(term[0], 131);
  t.is(term[1], 108); // LIST_EXT
});

test('a get of a missing key is not found: an RpbGetResp with no content and no vclock', async (t) => {
  const { client } = await withServer(t);
  const raw = await client.request('RpbGetReq', { bucket: Buffer.from('b'), key: Buffer.from('nope') });
  t.deepEqual(raw.content, []);
  t.false(Object.hasOwn(raw, 'vclock'));
  t.false((await client.get({ bucket: 'b', key: 'nope' })).found);
});

test('a put without a key gets a base-62 key from the server, returned in `key`', async (t) => {
  const { client } = await withServer(t);
  const put = await client.put({ bucket: 'b', value: 'v' });
  t.regex(put.key!.toString(), /^[0-9A-Za-z]{20,27}$/);
  t.is(text((await client.get({ bucket: 'b', key: put.key! })).value), 'v');
  const withKey = await client.put({ bucket: 'b', key: 'given', value: 'v' });
  t.is(withKey.key, undefined);
  const body = await client.put({ bucket: 'b', value: 'w', returnBody: true });
  t.truthy(body.key);
  t.is(text(body.value), 'w');
});

test('returnBody returns the stored siblings and vclock; returnHead empties the values, with returnBody too', async (t) => {
  const { client } = await withServer(t);
  const body = await client.put({ bucket: 'b', key: 'k', value: 'hello', contentType: 'text/plain', returnBody: true });
  t.is(text(body.value), 'hello');
  t.is(body.content?.contentType, 'text/plain');
  t.truthy(body.vclock);
  const head = await client.put({ bucket: 'b', key: 'k', value: 'again', vclock: body.vclock, returnHead: true });
  t.is(head.value?.length, 0);
  t.is(head.content?.contentType, undefined);
  t.truthy(head.content?.vtag);
  // Both asked: returnHead wins, as in riak_kv_pb_object (values blanked, metadata kept).
  const both = await client.put({ bucket: 'b', key: 'k', value: 'both', contentType: 'text/plain', vclock: head.vclock, returnBody: true, returnHead: true });
  t.is(both.value?.length, 0);
  t.is(both.content?.contentType, 'text/plain');
  const plain = await client.put({ bucket: 'b', key: 'k', value: 'third' });
  t.deepEqual(plain.siblings, []);
  t.is(plain.vclock, undefined);
});

test('get with head returns metadata with empty values', async (t) => {
  const { client } = await withServer(t);
  await client.put({ bucket: 'b', key: 'k', value: 'hello', contentType: 'text/plain' });
  const got = await client.get({ bucket: 'b', key: 'k', head: true });
  t.is(got.value?.length, 0);
  t.is(got.content?.contentType, 'text/plain');
});

test('default bucket (allow_mult false): concurrent puts do not create siblings, the last write wins', async (t) => {
  const { client } = await withServer(t);
  await client.put({ bucket: 'b', key: 'k', value: 'one' });
  await client.put({ bucket: 'b', key: 'k', value: 'two' });
  const got = await client.get({ bucket: 'b', key: 'k' });
  t.is(got.siblings.length, 1);
  t.is(text(got.value), 'two');
});

test('allow_mult bucket: puts without or with a stale vclock create siblings; a put with the read vclock replaces them (DVV)', async (t) => {
  const { client } = await withServer(t);
  const first = await client.put({ bucket: 'b', key: 'k', type: 'siblings', value: 'one', returnBody: true });
  await client.put({ bucket: 'b', key: 'k', type: 'siblings', value: 'two' });
  await client.put({ bucket: 'b', key: 'k', type: 'siblings', value: 'three', vclock: first.vclock });
  const got = await client.get({ bucket: 'b', key: 'k', type: 'siblings' });
  // 'one' was seen by the stale-vclock put, so DVV drops it: two and three remain, sorted by value.
  t.deepEqual(
    got.siblings.map((s) => text(s.value)),
    ['three', 'two'],
  );
  t.is(got.content, undefined);
  const resolved = await client.put({ bucket: 'b', key: 'k', type: 'siblings', value: 'merged', vclock: got.vclock, returnBody: true });
  t.deepEqual(
    resolved.siblings.map((s) => text(s.value)),
    ['merged'],
  );
  t.is(text((await client.get({ bucket: 'b', key: 'k', type: 'siblings' })).value), 'merged');
});

test('allow_mult on a default-type bucket without DVV keeps every sibling', async (t) => {
  const { client } = await withServer(t);
  await client.request('RpbSetBucketReq', { bucket: Buffer.from('legacy'), props: { allowMult: true } });
  const first = await client.put({ bucket: 'legacy', key: 'k', value: 'one', returnBody: true });
  await client.put({ bucket: 'legacy', key: 'k', value: 'two' });
  await client.put({ bucket: 'legacy', key: 'k', value: 'three', vclock: first.vclock });
  const got = await client.get({ bucket: 'legacy', key: 'k' });
  t.deepEqual(
    got.siblings.map((s) => text(s.value)),
    ['one', 'three', 'two'],
  );
});

test('get with ifModified answers unchanged when the vclock matches', async (t) => {
  const { client } = await withServer(t);
  const put = await client.put({ bucket: 'b', key: 'k', value: 'v', returnBody: true });
  const same = await client.get({ bucket: 'b', key: 'k', ifModified: put.vclock });
  t.true(same.unchanged);
  t.deepEqual(same.siblings, []);
  await client.put({ bucket: 'b', key: 'k', value: 'w', vclock: put.vclock });
  const changed = await client.get({ bucket: 'b', key: 'k', ifModified: put.vclock });
  t.false(changed.unchanged);
  t.is(text(changed.value), 'w');
});

test('ifNoneMatch fails with "match_found" on an existing key; ifNotModified fails with "modified" / "notfound"', async (t) => {
  const { client } = await withServer(t);
  await client.put({ bucket: 'b', key: 'new', value: 'v', ifNoneMatch: true });
  t.is(await riakErrorOf(t, client.put({ bucket: 'b', key: 'new', value: 'w', ifNoneMatch: true })), 'match_found');
  const read = await client.get({ bucket: 'b', key: 'new' });
  await client.put({ bucket: 'b', key: 'new', value: 'x', vclock: read.vclock, ifNotModified: true });
  t.is(await riakErrorOf(t, client.put({ bucket: 'b', key: 'new', value: 'y', vclock: read.vclock, ifNotModified: true })), 'modified');
  t.is(await riakErrorOf(t, client.put({ bucket: 'b', key: 'absent', value: 'y', vclock: read.vclock, ifNotModified: true })), 'notfound');
  t.is(text((await client.get({ bucket: 'b', key: 'new' })).value), 'x');
});

test('delete leaves a tombstone: a get is not found, with deletedvclock it returns only the tombstone vclock', async (t) => {
  const { client } = await withServer(t);
  const put = await client.put({ bucket: 'b', key: 'k', value: 'v', returnBody: true });
  await client.delete({ bucket: 'b', key: 'k' });
  t.false((await client.get({ bucket: 'b', key: 'k' })).found);
  const raw = await client.request('RpbGetReq', { bucket: Buffer.from('b'), key: Buffer.from('k'), deletedvclock: true });
  t.deepEqual(raw.content, []);
  t.true(Object.hasOwn(raw, 'vclock'));
  t.notDeepEqual(Buffer.from(raw.vclock), put.vclock);
  // Writing with the tombstone's vclock replaces it cleanly, even on an allow_mult type.
  await client.delete({ bucket: 'b', key: 'k2', type: 'siblings' });
  await client.put({ bucket: 'b', key: 'k2', type: 'siblings', value: 'v1' });
  await client.delete({ bucket: 'b', key: 'k2', type: 'siblings' });
  const tomb = await client.get({ bucket: 'b', key: 'k2', type: 'siblings', deletedvclock: true });
  await client.put({ bucket: 'b', key: 'k2', type: 'siblings', value: 'v2', vclock: tomb.vclock });
  t.deepEqual(
    (await client.get({ bucket: 'b', key: 'k2', type: 'siblings' })).siblings.map((s) => text(s.value)),
    ['v2'],
  );
  // Deleting a missing key succeeds.
  await t.notThrowsAsync(client.delete({ bucket: 'b', key: 'never' }));
});

test('on allow_mult, a write without the tombstone vclock becomes a sibling of the tombstone', async (t) => {
  const { client } = await withServer(t);
  await client.put({ bucket: 'b', key: 'k', type: 'siblings', value: 'v1' });
  await client.delete({ bucket: 'b', key: 'k', type: 'siblings' });
  await client.put({ bucket: 'b', key: 'k', type: 'siblings', value: 'v2' });
  const got = await client.get({ bucket: 'b', key: 'k', type: 'siblings' });
  t.deepEqual(
    got.siblings.map((s) => [text(s.value), s.deleted]),
    [
      ['', true],
      ['v2', false],
    ],
  );
});

test('tombstones are reaped after delete_mode', async (t) => {
  // Long enough for the get right after the delete to see the tombstone on a busy machine.
  const { client } = await withServer(t, { deleteMode: 1000 });
  await client.put({ bucket: 'b', key: 'k', value: 'v' });
  await client.delete({ bucket: 'b', key: 'k' });
  t.truthy((await client.get({ bucket: 'b', key: 'k', deletedvclock: true })).vclock);
  await until(async () => (await client.get({ bucket: 'b', key: 'k', deletedvclock: true })).vclock === undefined, 'the tombstone to be reaped');
});

test('delete with a vclock writes a tombstone over exactly that version', async (t) => {
  const { client } = await withServer(t);
  const put = await client.put({ bucket: 'b', key: 'k', type: 'siblings', value: 'v1', returnBody: true });
  await client.put({ bucket: 'b', key: 'k', type: 'siblings', value: 'concurrent' });
  await client.delete({ bucket: 'b', key: 'k', type: 'siblings', vclock: put.vclock });
  const got = await client.get({ bucket: 'b', key: 'k', type: 'siblings' });
  t.deepEqual(
    got.siblings.map((s) => [text(s.value), s.deleted]),
    [
      ['', true],
      ['concurrent', false],
    ],
  );
});

test("empty bucket, key or type get Riak's zero-length errors", async (t) => {
  const { client } = await withServer(t);
  t.is(await riakErrorOf(t, client.get({ bucket: '', key: 'k' })), 'Bucket cannot be zero-length');
  t.is(await riakErrorOf(t, client.get({ bucket: 'b', key: '' })), 'Key cannot be zero-length');
  t.is(await riakErrorOf(t, client.get({ bucket: 'b', key: 'k', type: '' })), 'Type cannot be zero-length');
  t.is(await riakErrorOf(t, client.put({ bucket: '', key: 'k', value: 'v' })), 'Bucket cannot be zero-length');
  t.is(await riakErrorOf(t, client.put({ bucket: 'b', key: '', value: 'v' })), 'Key cannot be zero-length');
  t.is(await riakErrorOf(t, client.put({ bucket: 'b', key: 'k', type: '', value: 'v' })), 'Type cannot be zero-length');
});

test('an unknown bucket type fails KV requests with "no_type"', async (t) => {
  const { client } = await withServer(t);
  t.is(await riakErrorOf(t, client.get({ bucket: 'b', key: 'k', type: 'nope' })), 'no_type');
  t.is(await riakErrorOf(t, client.put({ bucket: 'b', key: 'k', type: 'nope', value: 'v' })), 'no_type');
  t.is(await riakErrorOf(t, client.delete({ bucket: 'b', key: 'k', type: 'nope' })), 'no_type');
});

test('quorums above n_val fail like the get/put FSMs', async (t) => {
  const { client } = await withServer(t);
  t.is(await riakErrorOf(t, client.get({ bucket: 'b', key: 'k', r: 4 })), '{n_val_violation,3}');
  t.is(await riakErrorOf(t, client.get({ bucket: 'b', key: 'k', pr: 'all', nVal: 5 })), '{n_val_violation,5}');
  t.is(await riakErrorOf(t, client.put({ bucket: 'b', key: 'k', value: 'v', w: 5 })), '{n_val_violation,3}');
  t.is(await riakErrorOf(t, client.put({ bucket: 'b', key: 'k', value: 'v', dw: 2, nVal: 1 })), '{n_val_violation,1}');
  t.is(await riakErrorOf(t, client.delete({ bucket: 'b', key: 'k', rw: 9 })), '{n_val_violation,3}');
  t.is(await riakErrorOf(t, client.get({ bucket: 'b', key: 'k', nodeConfirms: 2 })), '{insufficient_nodes,1,need,2}');
  await t.notThrowsAsync(client.get({ bucket: 'b', key: 'k', r: 'all', pr: 'quorum' }));
  await t.notThrowsAsync(client.put({ bucket: 'b', key: 'k', value: 'v', w: 'all', dw: 'one', pw: 3 }));
});

test('secondary index fields are normalised on write; bad ones fail the precommit like Riak', async (t) => {
  const { client } = await withServer(t);
  const put = await client.put({
    bucket: 'b',
    key: 'k',
    value: 'v',
    indexes: [
      { key: 'Zip_BIN', value: 'b' },
      { key: 'age_int', value: '007' },
      { key: 'zip_bin', value: 'a' },
      { key: 'zip_bin', value: 'a' },
    ],
    returnBody: true,
  });
  t.deepEqual(
    put.content?.indexes.map(({ key, value }) => ({ key: text(key), value: text(value) })),
    [
      { key: 'age_int', value: '7' },
      { key: 'zip_bin', value: 'a' },
      { key: 'zip_bin', value: 'b' },
    ],
  );
  t.is(
    await riakErrorOf(t, client.put({ bucket: 'b', key: 'k', value: 'v', indexes: [{ key: 'color', value: 'red' }] })),
    '{precommit_fail,[{unknown_field_type,<<"color">>}]}',
  );
  t.is(
    await riakErrorOf(t, client.put({ bucket: 'b', key: 'k', value: 'v', indexes: [{ key: 'Age_int', value: 'old' }] })),
    '{precommit_fail,[{field_parsing_failed,{<<"age_int">>,<<"old">>}}]}',
  );
});

test('binary keys, buckets and values round-trip byte for byte', async (t) => {
  const { client } = await withServer(t);
  const bucket = Buffer.from([0, 255, 1, 0xc3]);
  const key = Buffer.from([0xff, 0xfe, 0, 10]);
  const value = Buffer.from([0, 1, 2, 250, 251, 252]);
  await client.put({ bucket, key, value });
  t.deepEqual((await client.get({ bucket, key })).value, value);
});

test('client ids are per connection and echoed (vnode vclocks)', async (t) => {
  const { client } = await withServer(t);
  t.deepEqual(await client.getClientId(), Buffer.from([0, 0, 0, 0]));
  await client.setClientId('abcd');
  t.is((await client.getClientId()).toString(), 'abcd');
});

test('datatype values share the keyspace: KV get shows their content type and vclock, list keys lists them', async (t) => {
  const { client } = await withServer(t);
  await client.request('DtUpdateReq', {
    bucket: Buffer.from('c'),
    key: Buffer.from('hits'),
    type: Buffer.from('counters'),
    op: { counterOp: { increment: 5 } },
  });
  const got = await client.get({ bucket: 'c', key: 'hits', type: 'counters' });
  t.true(got.found);
  t.is(got.content?.contentType, 'application/riak_counter');
  t.is(got.value?.[0], 69); // riak_kv_crdt's ?TAG
  t.truthy(got.vclock);
  const keys = [];
  for await (const frame of client.stream('RpbListKeysReq', { bucket: Buffer.from('c'), type: Buffer.from('counters') })) keys.push(...frame.keys.map(text));
  t.deepEqual(keys, ['hits']);
  const fetched = await client.request('DtFetchReq', { bucket: Buffer.from('c'), key: Buffer.from('hits'), type: Buffer.from('counters') });
  t.is(Number(fetched.value?.counterValue), 5);
});
