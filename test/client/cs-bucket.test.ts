import test from 'ava';
import { useSharedDevServer } from '../helpers/shared-dev-server.js';
import { RiakServerError } from '../../src/errors.js';

/** RpbCSBucketReq (code 40), the Riak CS bucket fold, against the dev server. */
const shared = useSharedDevServer(test);

let seeded: Promise<void> | undefined;
/** Writes the objects once, the first time a test needs them (the dev server starts in a hook of its own). */
const seed = () =>
  (seeded ??= (async () => {
    for (const key of ['a', 'b', 'c', 'd', 'e', 'f']) {
      await shared.client.put({ bucket: 'fold', key, value: `value-${key}`, contentType: 'text/plain', indexes: [{ key: 'k_bin', value: key }] });
    }
    await shared.client.put({ bucket: 'other', key: 'c', value: 'elsewhere' });
  })());

const keysOf = (objects: { key: Buffer }[]) => objects.map((o) => o.key.toString());

test('folds the objects of a key range in key order: start included, end excluded by default', async (t) => {
  await seed();
  const objects = await shared.client.csBucketFold({ bucket: 'fold', startKey: 'b', endKey: 'e' }).toArray();
  t.deepEqual(keysOf(objects), ['b', 'c', 'd']);
  const [b] = objects;
  t.true(b.found);
  t.is(b.value?.toString(), 'value-b');
  t.is(b.content?.contentType, 'text/plain');
  t.deepEqual(b.content?.indexes, [{ key: Buffer.from('k_bin'), value: Buffer.from('b') }]);
  // The vclock is the object's: a put with it replaces the object instead of adding a sibling.
  const read = await shared.client.get({ bucket: 'fold', key: 'b' });
  t.deepEqual(b.vclock, read.vclock);
});

test('inclusive and exclusive ends, and an open end', async (t) => {
  await seed();
  const fold = (params: { startIncl?: boolean; endIncl?: boolean; endKey?: string }) =>
    shared.client
      .csBucketFold({ bucket: 'fold', startKey: 'b', ...params })
      .toArray()
      .then(keysOf);
  t.deepEqual(await fold({ startIncl: false, endKey: 'd' }), ['c']);
  t.deepEqual(await fold({ endKey: 'd', endIncl: true }), ['b', 'c', 'd']);
  // Tombstones are folded until reaped: test/server/tombstone-listings.test.ts (this shared server reaps on a timer).
  t.deepEqual(await fold({}), ['b', 'c', 'd', 'e', 'f'], 'no end key: to the end of the bucket');
});

test('maxResults pages with a continuation that resumes after the last key', async (t) => {
  await seed();
  const first = shared.client.csBucketFold({ bucket: 'fold', startKey: 'a', maxResults: 4 });
  t.deepEqual(keysOf(await first.toArray()), ['a', 'b', 'c', 'd']);
  t.truthy(first.continuation);
  const second = shared.client.csBucketFold({ bucket: 'fold', startKey: 'a', maxResults: 4, continuation: first.continuation });
  t.deepEqual(keysOf(await second.toArray()), ['e', 'f']);
  t.is(second.continuation, undefined, 'a page that is not full has no continuation');
});

test('a missing bucket type is an error; the connection stays usable', async (t) => {
  await seed();
  const error = await t.throwsAsync(shared.client.csBucketFold({ bucket: 'fold', type: 'nope', startKey: 'a' }).toArray(), { instanceOf: RiakServerError });
  t.is(error.errmsg, 'no_type');
  await shared.client.ping();
});
