import test from 'ava';
import { RiakAbortError, RiakInvalidArgumentError, RiakServerError } from '../../src/errors.js';
import { json } from '../../src/client/values/codecs.js';
import { CodecRegistry } from '../../src/client/values/codec-registry.js';
import { checkGetManyOptions, getMany } from '../../src/client/values/get-many.js';
import { ResolverRegistry } from '../../src/client/values/resolver-registry.js';
import { RiakValueDecodeError } from '../../src/client/values/value-errors.js';
import type { ValueClient } from '../../src/client/values/value-client.js';
import { makeScope } from '../../src/client/values/value-scope.js';
import type { GetParams, GetResult } from '../../src/client/kv-types.js';
import { useSharedDevServer } from '../helpers/shared-dev-server.js';
import { until } from '../helpers/wait.js';

// Issue 13, batch reads: getMany pipelines reads with a bounded number in
// flight, returns one settled item per location in input order (not found is
// a result), and one failure hides none of the others.

const shared = useSharedDevServer(test);

test('results come back in input order, not found included, decoded by the codec', async (t) => {
  const { client } = shared;
  const users = client.bucket({ bucket: 'many-users', codec: json<{ n: number }>() });
  const keys = Array.from({ length: 50 }, (_, i) => `u${i}`);
  await Promise.all(keys.filter((_, i) => i % 3 !== 0).map((key) => users.put(key, { n: Number(key.slice(1)) })));
  const items = await users.getMany(keys, { concurrency: 4 });
  t.is(items.length, keys.length);
  items.forEach((item, i) => {
    t.is(item.location.key, keys[i]);
    if (!item.ok) {
      t.fail(String(item.error));
      return;
    }
    t.is(item.result.found, i % 3 !== 0);
    t.deepEqual(item.result.data, i % 3 === 0 ? undefined : { n: i });
  });

  // Across buckets and types, from the client.
  await client.put({ type: 'siblings', bucket: 'many-other', key: 'x', value: '{"n":-1}', contentType: 'application/json' });
  const mixed = await client.getMany(
    [
      { bucket: 'many-users', key: 'u1' },
      { type: 'siblings', bucket: 'many-other', key: 'x' },
      { bucket: 'many-users', key: 'u0' },
    ],
    { codec: json<{ n: number }>() },
  );
  t.deepEqual(
    mixed.map((item) => item.ok && item.result.data?.n),
    [1, -1, undefined],
  );
  t.deepEqual(mixed[1]?.location, { type: 'siblings', bucket: 'many-other', key: 'x' });
});

test('one failure does not hide the others: each read settles on its own', async (t) => {
  const { client } = shared;
  await client.put({ bucket: 'many-mixed', key: 'good', value: '{"ok":true}', contentType: 'application/json' });
  await client.put({ bucket: 'many-mixed', key: 'bad', value: '{nope', contentType: 'application/json' });
  const items = await client.getMany(
    [
      { bucket: 'many-mixed', key: 'good' },
      { bucket: 'many-mixed', key: 'bad' }, // does not decode
      { type: 'no-such-type', bucket: 'many-mixed', key: 'good' }, // Riak refuses it
      { bucket: 'many-mixed', key: 'absent' },
      { bucket: 'many-mixed', key: 'good' },
    ],
    { codec: json() },
  );
  t.deepEqual(
    items.map((item) => item.ok),
    [true, false, false, true, true],
  );
  const [, decode, server] = items;
  t.true(decode !== undefined && !decode.ok && decode.error instanceof RiakValueDecodeError);
  t.true(server !== undefined && !server.ok && server.error instanceof RiakServerError);
  t.deepEqual(items[4]?.ok && items[4].result.data, { ok: true });
});

test('at most `concurrency` reads are in flight at once, and the slot of a finished read is reused at once', async (t) => {
  let inFlight = 0;
  let most = 0;
  const pending: (() => void)[] = [];
  const fake = {
    codecs: new CodecRegistry(),
    resolvers: new ResolverRegistry(),
    get(params: GetParams): Promise<GetResult> {
      inFlight += 1;
      most = Math.max(most, inFlight);
      return new Promise((resolve) => {
        pending.push(() => {
          inFlight -= 1;
          resolve({ found: false, vclock: undefined, siblings: [], content: undefined, value: undefined, unchanged: false });
          void params;
        });
      });
    },
  } as unknown as ValueClient;
  const scope = makeScope<unknown, unknown>(fake, 'test', { bucket: 'b' });
  const jobs = Array.from({ length: 10 }, (_, i) => ({ scope, key: `k${i}`, location: { bucket: 'b', key: `k${i}` } }));
  const { read, concurrency } = checkGetManyOptions('getMany()', { concurrency: 3 });
  const all = getMany(jobs, read, concurrency, 'getMany()');
  for (let answered = 0; answered < 10; answered++) {
    await until(() => pending.length > 0, 'a read in flight');
    t.true(inFlight <= 3);
    pending.shift()?.();
  }
  const items = await all;
  t.is(most, 3);
  t.is(items.length, 10);
  t.true(items.every((item) => item.ok));
});

test('an abort settles the reads not yet answered with RiakAbortError; bad arguments reject the call', async (t) => {
  const { client } = shared;
  const controller = new AbortController();
  controller.abort(new Error('enough'));
  const items = await client.getMany(
    [
      { bucket: 'many', key: 'a' },
      { bucket: 'many', key: 'b' },
    ],
    { signal: controller.signal },
  );
  t.true(items.every((item) => !item.ok && item.error instanceof RiakAbortError));

  await t.throwsAsync(client.getMany('k' as never), { instanceOf: RiakInvalidArgumentError, message: /array of locations/ });
  await t.throwsAsync(client.getMany([null as never]), { instanceOf: RiakInvalidArgumentError, message: /locations\[0\]/ });
  await t.throwsAsync(client.getMany([{ bucket: 'b', key: 5 as never }]), { instanceOf: RiakInvalidArgumentError, message: /locations\[0\]\.key/ });
  await t.throwsAsync(client.getMany([{ key: 'k' } as never]), { instanceOf: RiakInvalidArgumentError, message: /`bucket` is required/ });
  await t.throwsAsync(client.getMany([], { concurrency: 0 }), { instanceOf: RiakInvalidArgumentError, message: /concurrency/ });
  await t.throwsAsync(client.getMany([], { r: 'most' as never }), { instanceOf: RiakInvalidArgumentError, message: /`r`/ });
  await t.throwsAsync(client.getMany([], { resolve: 'x' as never }), { instanceOf: RiakInvalidArgumentError });
  await t.throwsAsync(client.getMany([], { codec: {} as never }), { instanceOf: RiakInvalidArgumentError });
  t.deepEqual(await client.getMany([]), []);
});
