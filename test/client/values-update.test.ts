import test from 'ava';
import { RiakAbortError, RiakInvalidArgumentError, RiakServerError } from '../../src/errors.js';
import { json, text } from '../../src/client/values/codecs.js';
import { NO_CHANGE } from '../../src/client/values/no-change.js';
import { RiakSiblingsError, RiakUpdateConflictError } from '../../src/client/values/value-errors.js';
import type { RiakClient } from '../../src/client/riak-client.js';
import { withServer } from '../helpers/server-harness.js';
import { gate } from '../helpers/wait.js';

// Issue 13, fetch-modify-write: update() reads, resolves, changes, writes
// with the vclock and returns what was stored; with optimistic concurrency
// it retries when another writer got in between.

interface Counter {
  count: number;
}

/**
 * A barrier: the first `n` calls of `arrive()` wait until all `n` have
 * arrived. Update functions that wait on it have all read before any of them
 * writes, so their writes are certainly concurrent (no timing involved).
 */
function barrier(n: number): { arrive(): Promise<void> } {
  let arrived = 0;
  const all = gate();
  return {
    arrive() {
      arrived += 1;
      if (arrived === n) all.release();
      return arrived <= n ? all.promise : Promise.resolve();
    },
  };
}

async function countersWithOptimisticUpdates(t: import('ava').ExecutionContext, client: RiakClient, type: string | undefined) {
  const writers = 8;
  const increments = 5;
  const counters = client.bucket({ ...(type === undefined ? {} : { type }), bucket: 'counters', codec: json<Counter>() });
  const firstRound = barrier(writers);
  let attempts = 0;
  await Promise.all(
    Array.from({ length: writers }, async (_, writer) => {
      for (let i = 0; i < increments; i++) {
        const result = await counters.update(
          'n',
          async (current) => {
            if (i === 0) await firstRound.arrive(); // every writer's first read happens before any write
            return { count: (current?.count ?? 0) + 1 };
          },
          { optimistic: true, maxAttempts: 1000 },
        );
        t.true(result.written, `writer ${writer}`);
        attempts += result.attempts;
      }
    }),
  );
  const final = await counters.fetch('n');
  t.deepEqual(final.data, { count: writers * increments });
  t.is(final.siblings.length, 1);
  // The first round alone made 7 writers lose a race and retry.
  t.true(attempts >= writers * increments + writers - 1, `${attempts} attempts`);
}

test('N concurrent writers incrementing one JSON counter with optimistic update: the count is exact (default type)', async (t) => {
  const { client } = await withServer(t);
  await countersWithOptimisticUpdates(t, client, undefined);
});

test('N concurrent writers incrementing one JSON counter with optimistic update: the count is exact (allow_mult type, no siblings)', async (t) => {
  const { client } = await withServer(t);
  await countersWithOptimisticUpdates(t, client, 'siblings');
});

test('without optimistic concurrency, concurrent updates become siblings; the next update resolves and collapses them', async (t) => {
  const { client } = await withServer(t);
  const counters = client.bucket({ type: 'siblings', bucket: 'counters', codec: json<Counter>() });
  const writers = 4;
  const allRead = barrier(writers);
  await Promise.all(
    Array.from({ length: writers }, () =>
      counters.update('n', async (current) => {
        await allRead.arrive();
        return { count: (current?.count ?? 0) + 1 };
      }),
    ),
  );
  const split = await counters.fetch('n');
  t.is(split.siblings.length, writers);
  t.deepEqual(
    split.siblings.map((sibling) => sibling.data.count),
    [1, 1, 1, 1],
  );
  await t.throwsAsync(
    counters.update('n', (current) => current ?? { count: 0 }),
    { instanceOf: RiakSiblingsError },
  );

  // Siblings resolved (here: the largest count), written back with the read's vclock: one value again.
  const merged = await counters.update('n', (current) => ({ count: (current?.count ?? 0) + 1 }), {
    resolve: (siblings) => siblings.reduce((a, b) => (a.data.count >= b.data.count ? a : b)),
  });
  t.deepEqual(merged.data, { count: 2 });
  t.is(merged.siblings.length, 1);
  t.is((await client.get({ type: 'siblings', bucket: 'counters', key: 'n' })).siblings.length, 1);
});

test('update creates a missing key, returns the stored result, and NO_CHANGE writes nothing', async (t) => {
  const { client } = await withServer(t);
  const notes = client.bucket({ bucket: 'notes', codec: text() });
  const unchanged = await notes.update('missing', () => NO_CHANGE);
  t.false(unchanged.written);
  t.false(unchanged.found);
  t.is(unchanged.attempts, 1);
  t.false((await client.get({ bucket: 'notes', key: 'missing' })).found); // nothing was created

  const created = await notes.update('k', (current) => `${current ?? ''}a`);
  t.true(created.written);
  t.is(created.data, 'a');
  t.is(created.content?.contentType, 'text/plain');
  t.true(Buffer.isBuffer(created.vclock));
  const before = await client.get({ bucket: 'notes', key: 'k' });
  const kept = await notes.update('k', (current) => (current === 'a' ? NO_CHANGE : 'changed'));
  t.false(kept.written);
  t.is(kept.data, 'a');
  const after = await client.get({ bucket: 'notes', key: 'k' });
  t.is(after.vclock?.toString('hex'), before.vclock?.toString('hex')); // not written, not even the same value again
  t.is(after.content?.vtag, before.content?.vtag);

  const appended = await notes.update('k', (current) => `${current}b`);
  t.is(appended.data, 'ab');
  t.is(await notes.get('k'), 'ab');
});

test('an optimistic update retries when another writer gets in between, and gives up with RiakUpdateConflictError', async (t) => {
  const { client } = await withServer(t);
  const at = { bucket: 'race', key: 'k' };
  const values = client.bucket({ bucket: 'race', codec: text() });
  await values.put('k', 'start');
  let calls = 0;
  // Every attempt's read goes stale: another write lands before ours.
  const error = await t.throwsAsync(
    values.update(
      'k',
      async (current) => {
        calls += 1;
        await client.put({ ...at, value: `interloper ${calls}`, contentType: 'text/plain', vclock: (await client.get(at)).vclock });
        return `${current} + ours`;
      },
      { optimistic: true, maxAttempts: 3 },
    ),
    { instanceOf: RiakUpdateConflictError },
  );
  t.is(error.attempts, 3);
  t.is(calls, 3);
  t.is(error.key, 'k');
  t.true(error.cause instanceof RiakServerError);
  t.is((error.cause as RiakServerError).errmsg, 'modified');
  t.is(await values.get('k'), 'interloper 3');

  // A key created between the read (not found) and the write: match_found, then a retry that sees it.
  let first = true;
  const created = await values.update(
    'fresh',
    async (current) => {
      if (first) {
        first = false;
        await client.put({ bucket: 'race', key: 'fresh', value: 'theirs', contentType: 'text/plain' });
      }
      return `${current ?? 'nothing'} + ours`;
    },
    { optimistic: true },
  );
  t.is(created.attempts, 2);
  t.is(created.data, 'theirs + ours');

  // Without optimistic, the interloper's write is simply superseded by ours (no retry, no error).
  const plain = await values.update('k', async (current) => {
    await client.put({ ...at, value: 'interloper', contentType: 'text/plain', vclock: (await client.get(at)).vclock });
    return `${current} + ours`;
  });
  t.is(plain.attempts, 1);
  t.is(plain.data, 'interloper 3 + ours');
});

test('the dev server answers a conditional put with a stale vclock as Riak does: modified', async (t) => {
  const { client } = await withServer(t);
  const at = { bucket: 'cond', key: 'k' };
  await client.put({ ...at, value: '1' });
  const stale = (await client.get(at)).vclock;
  await client.put({ ...at, value: '2', vclock: stale });
  const error = await t.throwsAsync(client.put({ ...at, value: '3', vclock: stale, ifNotModified: true }), { instanceOf: RiakServerError });
  t.is(error.errmsg, 'modified');
  t.is((await t.throwsAsync(client.put({ bucket: 'cond', key: 'none', value: '3', ifNotModified: true }), { instanceOf: RiakServerError })).errmsg, 'notfound');
  t.is((await t.throwsAsync(client.put({ ...at, value: '3', ifNoneMatch: true }), { instanceOf: RiakServerError })).errmsg, 'match_found');
});

test('update keeps the stored links, usermeta and indexes unless given new ones', async (t) => {
  const { client } = await withServer(t);
  const users = client.bucket({ bucket: 'users', codec: json<{ email: string }>() });
  await users.put('ada', { email: 'ada@old.example' }, { indexes: [{ key: 'email_bin', value: 'ada@old.example' }], usermeta: [{ key: 'm', value: 'v' }] });
  await users.update('ada', (user) => ({ email: user?.email ?? '' }), { indexes: undefined }); // undefined is not an option given
  t.deepEqual(
    (await users.query('email_bin', 'ada@old.example').toArray()).map((m) => m.key.toString()),
    ['ada'],
  );
  t.is((await users.fetch('ada')).content?.usermeta[0]?.value.toString(), 'v');
  await users.update('ada', () => ({ email: 'ada@new.example' }), { indexes: [{ key: 'email_bin', value: 'ada@new.example' }] });
  t.deepEqual(await users.query('email_bin', 'ada@old.example').toArray(), []);
  t.deepEqual(
    (await users.query('email_bin', 'ada@new.example').toArray()).map((m) => m.key.toString()),
    ['ada'],
  );
});

test('client.update: with a codec, or by content type without one; errors of the function propagate and write nothing', async (t) => {
  const { client } = await withServer(t);
  const first = await client.update({ bucket: 'c', key: 'n', codec: json<Counter>(), update: (c) => ({ count: (c?.count ?? 0) + 1 }) });
  t.deepEqual(first.data, { count: 1 });
  const auto = await client.update({ bucket: 'c', key: 'n', update: (c) => ({ ...(c as Counter), seen: true }) });
  t.deepEqual(auto.data, { count: 1, seen: true });
  t.is(auto.content?.contentType, 'application/json');

  const failure = new Error('no');
  const thrown = await t.throwsAsync(
    client.update({
      bucket: 'c',
      key: 'n',
      codec: json<Counter>(),
      update: () => {
        throw failure;
      },
    }),
  );
  t.is(thrown, failure);
  t.deepEqual(await client.bucket({ bucket: 'c', codec: json<Counter>() }).get('n'), { count: 1, seen: true });

  const aborted = new AbortController();
  aborted.abort(new Error('stop'));
  await t.throwsAsync(client.update({ bucket: 'c', key: 'n', update: () => 1, signal: aborted.signal }), { instanceOf: RiakAbortError });
  await t.throwsAsync(client.update({ bucket: 'c', key: 'n', update: 'x' as never }), { instanceOf: RiakInvalidArgumentError, message: /update function/ });
  await t.throwsAsync(client.update({ bucket: 'c', key: 'n', update: () => 1, maxAttempts: 0 }), {
    instanceOf: RiakInvalidArgumentError,
    message: /maxAttempts/,
  });
  await t.throwsAsync(client.update({ bucket: 'c', key: 'n', update: () => 1, optimistic: 'yes' as never }), {
    instanceOf: RiakInvalidArgumentError,
    message: /optimistic/,
  });
  await t.throwsAsync(client.update({ bucket: 'c', key: 'n', update: () => 1, returnBody: false } as never), {
    instanceOf: RiakInvalidArgumentError,
    message: /unknown option `returnBody`/,
  });
  await t.throwsAsync(client.update({ bucket: 'c', update: () => 1 } as never), { instanceOf: RiakInvalidArgumentError, message: /key/ });
  await t.throwsAsync(client.update(null as never), { instanceOf: RiakInvalidArgumentError });
});
