import test from 'ava';
import { keySegment, RiakServerError } from '../../src/index.js';
import { tictacHash, binaryKey, keyToSegment32 } from '../../src/aae/segment.js';
import { hashClock } from '../../src/server/aae/keystore.js';
import { decodeVClock } from '../../src/server/vclock.js';
import { withServer } from '../helpers/server-harness.js';

/** NextGenRepl fetch/push (202-205) through client.aae against the dev server (issue 16). */

test('replPush queues keys at full-sync priority; replFetch returns each object decoded, then queueEmpty', async (t) => {
  const { client } = await withServer(t);
  await client.put({
    bucket: 'b',
    key: 'k1',
    value: 'hello',
    contentType: 'text/plain',
    usermeta: [{ key: 'who', value: 'me' }],
    indexes: [{ key: 'n_int', value: 7 }],
  });
  await client.put({ type: 'siblings', bucket: 's', key: 'k2', value: 'typed' });
  const k1 = await client.get({ bucket: 'b', key: 'k1' });
  const pushed = await client.aae.replPush({
    queue: 'q',
    keys: [
      { bucket: 'b', key: 'k1', vclock: k1.vclock! },
      { type: 'siblings', bucket: 's', key: 'k2', vclock: Buffer.alloc(0) },
    ],
  });
  t.deepEqual(pushed, { queueExists: true, lengths: { fold: 0, fullSync: 2, realTime: 0 } });

  const first = await client.aae.replFetch({ queue: 'q' });
  if (first.queueEmpty) return t.fail('queue empty');
  t.false(first.deleted);
  t.true(first.crcOk);
  t.is(first.segmentId, undefined);
  const object = first.object!;
  t.is(object.type, undefined);
  t.is(object.bucket.toString(), 'b');
  t.is(object.key.toString(), 'k1');
  t.deepEqual(
    object.clock.map((e) => e.counter),
    [1],
  );
  t.deepEqual(decodeVClock(object.vclock), decodeVClock(k1.vclock), 'the same clock, in an encoding put accepts');
  const [content] = object.contents;
  t.is(content.value.toString(), 'hello');
  t.is(content.contentType, 'text/plain');
  t.deepEqual(content.usermeta, [{ key: Buffer.from('who'), value: Buffer.from('me') }]);
  t.deepEqual(content.indexes, [{ key: Buffer.from('n_int'), value: Buffer.from('7') }]);
  t.is(content.vtag, k1.content!.vtag);
  t.is(content.lastMod?.getTime(), k1.content!.lastMod?.getTime());

  const second = await client.aae.replFetch({ queue: 'q', aaeHash: true });
  if (second.queueEmpty) return t.fail('queue empty');
  t.is(second.object?.type?.toString(), 'siblings');
  const binKey = binaryKey(Buffer.from('s'), Buffer.from('k2'), Buffer.from('siblings'));
  const stored = await client.get({ type: 'siblings', bucket: 's', key: 'k2' });
  t.is(second.segmentId, keyToSegment32(binKey), 'the full 32-bit segment hash');
  t.is(second.segmentHash, tictacHash(binKey, hashClock(decodeVClock(stored.vclock))).changeHash);
  t.is(second.segmentId! & (4096 * 256 - 1), keySegment(Buffer.from('s'), Buffer.from('k2'), { type: Buffer.from('siblings') }));

  t.deepEqual(await client.aae.replFetch({ queue: 'q' }), { queueEmpty: true });
});

test('a queued tombstone comes back deleted with its clock; a reaped key is notfound', async (t) => {
  const { client } = await withServer(t, { deleteMode: 'keep' });
  await client.put({ bucket: 'b', key: 'gone', value: 'x' });
  await client.put({ bucket: 'b', key: 'reaped', value: 'x' });
  await client.delete({ bucket: 'b', key: 'gone' });
  await client.aae.replPush({
    queue: 'q',
    keys: [
      { bucket: 'b', key: 'gone', vclock: Buffer.alloc(0) },
      { bucket: 'b', key: 'nothing', vclock: Buffer.alloc(0) },
    ],
  });
  const tomb = await client.aae.replFetch({ queue: 'q' });
  if (tomb.queueEmpty) return t.fail('queue empty');
  t.true(tomb.deleted);
  const read = await client.get({ bucket: 'b', key: 'gone', deletedvclock: true });
  t.deepEqual(decodeVClock(tomb.deletedVclock), decodeVClock(read.vclock));
  t.true(tomb.object?.contents.every((c) => c.deleted));
  const err = await t.throwsAsync(client.aae.replFetch({ queue: 'q' }), { instanceOf: RiakServerError });
  t.is((err as RiakServerError).errmsg, 'notfound');
});

test('fold-queued keys come after pushed ones; a queue never named is queue_not_defined', async (t) => {
  const { client } = await withServer(t);
  for (const key of ['a', 'b']) await client.put({ bucket: 'b', key, value: key });
  t.is(await client.aae.rangeReplKeys({ bucket: 'b', queue: 'q' }), 2);
  const pushed = await client.aae.replPush({ queue: 'q', keys: [{ bucket: 'b', key: 'b', vclock: Buffer.alloc(0) }] });
  t.deepEqual(pushed.lengths, { fold: 2, fullSync: 1, realTime: 0 });
  const order: string[] = [];
  for (;;) {
    const next = await client.aae.replFetch({ queue: 'q' });
    if (next.queueEmpty) break;
    order.push(next.object!.key.toString());
  }
  t.deepEqual(order, ['b', 'a', 'b']);
  const err = await t.throwsAsync(client.aae.replFetch({ queue: 'never' }), { instanceOf: RiakServerError });
  t.is((err as RiakServerError).errmsg, 'queue_not_defined');
});
