import test from 'ava';
import fc from 'fast-check';
import { RiakError } from '../../src/errors.js';
import { bytes, json, text } from '../../src/client/values/codecs.js';
import { CounterUpdate, GSetUpdate, HllUpdate, SetUpdate } from '../../src/client/values/datatype-builders.js';
import { lastWriteWins } from '../../src/client/values/resolvers.js';
import { useSharedDevServer } from '../helpers/shared-dev-server.js';
import { hostile, outcome } from '../helpers/hostile.js';

// Issue 12's rule for the value API of issue 13: given hostile arguments
// from plain JavaScript, every call works or fails with a RiakError (thrown
// or rejected), never a TypeError or a plain Error.

const shared = useSharedDevServer(test);

const NAMES = [
  'bucket',
  'key',
  'type',
  'codec',
  'resolve',
  'update',
  'datatype',
  'create',
  'optimistic',
  'maxAttempts',
  'concurrency',
  'r',
  'w',
  'indexes',
  'signal',
  'requestTimeout',
  'vclock',
  'timeout',
];
const located = fc.tuple(fc.dictionary(fc.constantFrom(...NAMES), hostile, { maxKeys: 3 }), fc.boolean()).map(([fields, valid]) => ({
  ...(valid ? { type: 'maps', bucket: 'hostile', key: 'k', datatype: 'map', update: () => undefined } : {}),
  ...fields,
}));
const argument = fc.oneof(hostile, located, fc.constant([{ bucket: 'hostile', key: 'k' }]));

test('the value calls of the client, a handle, the registries and the builders fail only with RiakErrors', async (t) => {
  const { client } = shared;
  const handles = [
    client.bucket({ bucket: 'hostile', codec: json() }),
    client.bucket({ bucket: 'hostile' }),
    client.bucket({ type: 'siblings', bucket: 'hostile', codec: text(), resolve: lastWriteWins }),
  ];
  const calls: [string, (args: unknown[]) => unknown][] = [
    ...(['bucket', 'update', 'updateDatatype', 'getMany'] as const).map((name): [string, (args: unknown[]) => unknown] => [
      `client.${name}`,
      (args) => (client as unknown as Record<string, (...a: unknown[]) => unknown>)[name](...args),
    ]),
    ...handles.flatMap((handle, i) =>
      (['get', 'fetch', 'put', 'delete', 'update', 'getMany', 'keys', 'query'] as const).map((name): [string, (args: unknown[]) => unknown] => [
        `handle${i}.${name}`,
        (args) => (handle as unknown as Record<string, (...a: unknown[]) => unknown>)[name](...args),
      ]),
    ),
    ['json', (args) => json(...(args as []))],
    ['text', (args) => text(...(args as []))],
    ['bytes', (args) => bytes(...(args as []))],
    ['resolvers.set', (args) => client.resolvers.set(...(args as [never, never]))],
    ['resolvers.lookup', (args) => client.resolvers.lookup(...(args as [never, never]))],
    ['codecs.register', (args) => client.codecs.register(...(args as [never]))],
    ['codecs.codecFor', (args) => client.codecs.codecFor(...(args as [never]))],
    ['CounterUpdate', (args) => new CounterUpdate().increment(...(args as [never])).decrement(...(args as [never]))],
    ['SetUpdate', (args) => new SetUpdate().add(...(args as never[])).remove(...(args as never[]))],
    ['GSetUpdate', (args) => new GSetUpdate().add(...(args as never[]))],
    ['HllUpdate', (args) => new HllUpdate().add(...(args as never[]))],
  ];
  const escaped: string[] = [];
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...calls), fc.array(argument, { maxLength: 3 }), async ([name, call], args) => {
      const error = await outcome(() => call(args));
      if (error !== undefined && !(error instanceof RiakError))
        escaped.push(`${name}: ${error instanceof Error ? `${error.constructor.name}: ${error.message}` : String(error)}`);
    }),
    { numRuns: 1500 },
  );
  client.resolvers.set(undefined);
  t.deepEqual([...new Set(escaped)].slice(0, 20), []);
  await client.ping();
});
