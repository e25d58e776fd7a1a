import test from 'ava';
import { useSharedDevServer } from '../helpers/shared-dev-server.js';

const shared = useSharedDevServer(test);

test('concurrent writes become siblings; a resolved write with the vclock collapses them (README example)', async (t) => {
  const at = { type: 'siblings', bucket: 'carts', key: 'u1' };
  await shared.client.put({ ...at, value: 'apples' });
  await shared.client.put({ ...at, value: 'pears' }); // no vclock: concurrent with the first
  const read = await shared.client.get(at);
  t.is(read.siblings.length, 2);
  t.is(read.content, undefined);
  t.deepEqual(read.siblings.map((s) => s.value.toString()).sort(), ['apples', 'pears']);

  const resolved = await shared.client.get({ ...at, resolve: (siblings) => siblings.find((s) => s.value.toString() === 'pears') ?? siblings[0] });
  t.is(resolved.value?.toString(), 'pears');
  await shared.client.put({ ...at, value: resolved.value as Buffer, vclock: resolved.vclock });
  const after = await shared.client.get(at);
  t.is(after.siblings.length, 1);
  t.is(after.value?.toString(), 'pears');
});

test('the default type keeps one value (allow_mult false)', async (t) => {
  await shared.client.put({ bucket: 'carts', key: 'u1', value: 'a' });
  await shared.client.put({ bucket: 'carts', key: 'u1', value: 'b' });
  const read = await shared.client.get({ bucket: 'carts', key: 'u1' });
  t.is(read.siblings.length, 1);
  t.is(read.value?.toString(), 'b');
});
