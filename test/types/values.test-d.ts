/*
 * Compile-time tests of the value API (issue 13), checked by `npm run
 * typecheck` (tsc over test/**). Never run. Each `@ts-expect-error` line
 * must fail to compile: if it ever compiles, tsc reports the directive as
 * unused and the type check fails.
 */
import {
  bytes,
  json,
  lastWriteWins,
  NO_CHANGE,
  text,
  type GetManyItem,
  type MapValue,
  type RiakClient,
  type Sibling,
  type UpdateResult,
  type ValueCodec,
  type ValueResult,
} from '../../src/index.js';

/** Compiles only when A and B are the same type. */
type Equal<A, B> = (<V>() => V extends A ? 1 : 2) extends <V>() => V extends B ? 1 : 2 ? true : false;
function expectType<T extends true>(_proof?: T): void {}

interface User {
  name: string;
  age: number;
}
const isUser = (value: unknown): value is User => typeof value === 'object' && value !== null && 'name' in value && 'age' in value;

export async function valueTypes(client: RiakClient): Promise<void> {
  // The value type flows from the codec: no casts.
  const users = client.bucket({ type: 'siblings', bucket: 'users', codec: json<User>() });
  const ada = await users.get('ada');
  expectType<Equal<typeof ada, User | undefined>>();
  const read = await users.fetch('ada');
  expectType<Equal<typeof read, ValueResult<User>>>();
  expectType<Equal<typeof read.data, User | undefined>>();
  expectType<Equal<typeof read.value, Buffer | undefined>>(); // `value` stays the bytes view
  expectType<Equal<(typeof read.siblings)[number]['data'], User>>();

  // An explicit type argument agrees with the codec.
  const same = client.bucket<User>({ bucket: 'users', codec: json<User>() });
  expectType<Equal<Awaited<ReturnType<typeof same.get>>, User | undefined>>();

  // A validating codec infers its type from the guard.
  const validated = client.bucket({ bucket: 'users', codec: json({ validate: isUser }) });
  expectType<Equal<Awaited<ReturnType<typeof validated.get>>, User | undefined>>();
  const parsed = client.bucket({ bucket: 'users', codec: json({ parse: (raw) => String(raw) }) });
  expectType<Equal<Awaited<ReturnType<typeof parsed.get>>, string | undefined>>();

  // text and bytes: bytes reads Buffers and writes strings or byte arrays.
  const notes = client.bucket({ bucket: 'notes', codec: text({ charset: 'ISO-8859-1' }) });
  expectType<Equal<Awaited<ReturnType<typeof notes.get>>, string | undefined>>();
  const blobs = client.bucket({ bucket: 'blobs', codec: bytes() });
  expectType<Equal<Awaited<ReturnType<typeof blobs.get>>, Buffer | undefined>>();
  await blobs.put('a', 'text is fine');
  await blobs.put('b', new Uint8Array([1, 2]));

  // No codec: values decode by content type, so they are unknown.
  const anything = client.bucket({ bucket: 'misc' });
  expectType<Equal<Awaited<ReturnType<typeof anything.get>>, unknown>>();

  // A custom codec is a plain object.
  const point: ValueCodec<{ x: number; y: number }> = {
    contentType: 'application/x-point',
    encode: ({ x, y }) => `${x},${y}`,
    decode: (stored) => {
      const [x = 0, y = 0] = stored.toString().split(',').map(Number);
      return { x, y };
    },
  };
  const points = client.bucket({ bucket: 'points', codec: point });
  expectType<Equal<Awaited<ReturnType<typeof points.get>>, { x: number; y: number } | undefined>>();

  // update: the function sees T | undefined and returns T or NO_CHANGE; the result is typed.
  const updated = await users.update('ada', (user) => (user === undefined ? NO_CHANGE : { ...user, age: user.age + 1 }), { optimistic: true });
  expectType<Equal<typeof updated, UpdateResult<User>>>();
  const counted = await client.update({ bucket: 'counters', key: 'n', codec: json<{ count: number }>(), update: (c) => ({ count: (c?.count ?? 0) + 1 }) });
  expectType<Equal<typeof counted.data, { count: number } | undefined>>();

  // Resolvers: typed on a handle, generic built-ins fit anywhere.
  client.bucket({ bucket: 'users', codec: json<User>(), resolve: (siblings) => siblings.reduce((a, b) => (a.data.age >= b.data.age ? a : b)) });
  client.bucket({ bucket: 'users', codec: json<User>(), resolve: lastWriteWins });
  client.resolvers.set(lastWriteWins).set({ type: 'siblings' }, lastWriteWins);

  // getMany: items typed by the codec.
  const items = await client.getMany([{ bucket: 'users', key: 'ada' }], { codec: json<User>() });
  expectType<Equal<typeof items, GetManyItem<User>[]>>();
  const first = items[0];
  if (first?.ok) expectType<Equal<typeof first.result.data, User | undefined>>();
  else if (first) expectType<Equal<typeof first.error, Error>>();

  // updateDatatype: `datatype` types the current value and the builder.
  await client.updateDatatype({
    datatype: 'map',
    type: 'maps',
    bucket: 'users',
    key: 'ada',
    update: (map, update) => {
      expectType<Equal<typeof map, MapValue>>();
      update.incrementCounter('logins').removeCounter('legacy');
    },
  });
  await client.updateDatatype({ datatype: 'counter', type: 'counters', bucket: 'c', key: 'k', update: (n, update) => void update.increment(n < 10 ? 1 : -1) });
  await client.updateDatatype({
    datatype: 'set',
    type: 'sets',
    bucket: 's',
    key: 'k',
    update: (_members, update, fetched) => (fetched.has('x') ? void update.remove('x') : NO_CHANGE),
  });

  // ---- What must not compile ---------------------------------------------

  // @ts-expect-error a text codec does not store Users
  client.bucket<User>({ bucket: 'users', codec: text() });
  // @ts-expect-error a typed handle needs the codec that makes its type true
  client.bucket<User>({ bucket: 'users' });
  // @ts-expect-error a wrong shape is not a User
  await users.put('ada', { name: 'Ada', age: '36' });
  // @ts-expect-error a missing field is not a User either
  await users.put('ada', { name: 'Ada' });
  // @ts-expect-error get yields User | undefined, not a number
  const wrong: number | undefined = await users.get('ada');
  // @ts-expect-error the update function must return a User (or NO_CHANGE)
  await users.update('ada', () => 'Ada');
  // @ts-expect-error nor may client.update's
  await client.update({ bucket: 'u', key: 'ada', codec: json<User>(), update: (user) => ({ ...user, age: 'old' }) });
  // @ts-expect-error a resolver over strings does not fit a User handle
  client.bucket({ bucket: 'users', codec: json<User>(), resolve: (siblings: readonly Sibling<string>[]) => siblings[0] });
  // @ts-expect-error a JSON codec of Users is not a codec of numbers
  const numbers: ValueCodec<number> = json<User>();
  // @ts-expect-error bytes reads Buffers, not strings
  const textual: string | undefined = await blobs.get('a');
  // @ts-expect-error a set update has no increment
  await client.updateDatatype({ datatype: 'set', type: 'sets', bucket: 's', key: 'k', update: (_members, update) => void update.increment(1) });
  // @ts-expect-error a counter's value is a number, not members
  await client.updateDatatype({ datatype: 'counter', type: 'counters', bucket: 'c', key: 'k', update: (n: Buffer[]) => void n });
  // @ts-expect-error an unknown option is a compile error
  await users.get('ada', { resolver: lastWriteWins });
  void wrong;
  void numbers;
  void textual;
}
