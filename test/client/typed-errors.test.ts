import test from 'ava';
import fc from 'fast-check';
import { MapReduceJob } from '../../src/client/mapreduce-job.js';
import { MapUpdate } from '../../src/datatypes/map-update.js';
import { RiakError, RiakInvalidArgumentError, RiakProtocolError } from '../../src/errors.js';
import { fetchDatatype } from '../../src/client/datatypes.js';
import type { Transport } from '../../src/client/transport.js';
import { useSharedDevServer } from '../helpers/shared-dev-server.js';
import { hostile, outcome } from '../helpers/hostile.js';

// Issue 12: no plain Error or TypeError escapes the public API. Every public
// method, given hostile arguments from plain JavaScript, either works or
// fails with a RiakError (thrown or rejected), never anything else.

const shared = useSharedDevServer(test);

const describeError = (error: unknown) => (error instanceof Error ? `${error.constructor.name}: ${error.message}` : String(error));

/** Values plain JavaScript may pass anywhere. */

const OPTION_NAMES = [
  'bucket',
  'key',
  'type',
  'value',
  'vclock',
  'index',
  'range',
  'returnTerms',
  'maxResults',
  'continuation',
  'add',
  'remove',
  'update',
  'increment',
  'context',
  'returnBody',
  'props',
  'query',
  'rows',
  'columns',
  'interpolations',
  'table',
  'name',
  'schema',
  'content',
  'q',
  'fl',
  'startKey',
  'endKey',
  'links',
  'usermeta',
  'indexes',
  'contentType',
  'r',
  'w',
  'timeout',
  'resolve',
  'signal',
  'requestTimeout',
  'termRegex',
  'nVal',
  'includeContext',
  'coverContext',
  'minPartitions',
  'keyFilters',
];
/** An options object with some real option names set to hostile values (and a valid location most of the time). */
const params = fc.tuple(fc.dictionary(fc.constantFrom(...OPTION_NAMES), hostile, { maxKeys: 4 }), fc.boolean()).map(([fields, located]) => ({
  ...(located ? { type: 'maps', bucket: 'typed-errors', key: 'k' } : {}),
  ...fields,
}));
const argument = fc.oneof(hostile, params);

const METHODS = [
  'request',
  'stream',
  'ping',
  'serverInfo',
  'getClientId',
  'setClientId',
  'get',
  'put',
  'delete',
  'listBuckets',
  'listKeys',
  'queryIndex',
  'streamIndex',
  'indexPages',
  'mapReduce',
  'mapReduceAll',
  'fetchDatatype',
  'fetchCounter',
  'updateCounter',
  'fetchSet',
  'updateSet',
  'fetchMap',
  'updateMap',
  'fetchHll',
  'updateHll',
  'fetchGSet',
  'updateGSet',
  'updateLegacyCounter',
  'fetchLegacyCounter',
  'getBucketProps',
  'setBucketProps',
  'resetBucketProps',
  'getBucketTypeProps',
  'setBucketTypeProps',
  'search',
  'getSearchIndex',
  'listSearchIndexes',
  'putSearchIndex',
  'deleteSearchIndex',
  'getSearchSchema',
  'putSearchSchema',
  'tsQuery',
  'tsGet',
  'tsPut',
  'tsDelete',
  'tsListKeys',
  'tsCoverage',
  'coveragePlan',
  'csBucketFold',
  'getPreflist',
  'clusterMembers',
] as const;

test('every client method given hostile arguments works or fails with a RiakError', async (t) => {
  const client = shared.client as unknown as Record<string, (...args: unknown[]) => unknown>;
  const escaped: string[] = [];
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...METHODS), fc.array(argument, { maxLength: 3 }), async (method, args) => {
      const error = await outcome(() => client[method](...args));
      if (error !== undefined && !(error instanceof RiakError)) escaped.push(`${method}: ${describeError(error)}`);
    }),
    { numRuns: 1500 },
  );
  t.deepEqual([...new Set(escaped)].slice(0, 20), []);
  await shared.client.ping();
});

test('MapUpdate and MapReduceJob builders given hostile arguments work or throw a RiakError', async (t) => {
  const escaped: string[] = [];
  const builders: [string, (args: unknown[]) => unknown][] = [
    ...(
      [
        'incrementCounter',
        'addToSet',
        'removeFromSet',
        'setRegister',
        'enableFlag',
        'disableFlag',
        'updateMap',
        'removeCounter',
        'removeSet',
        'removeRegister',
        'removeFlag',
        'removeMap',
      ] as const
    ).map((name): [string, (args: unknown[]) => unknown] => [
      `MapUpdate.${name}`,
      (args) => (new MapUpdate() as unknown as Record<string, (...a: unknown[]) => MapUpdate>)[name](...args).toOp(),
    ]),
    ...(['bucket', 'keys', 'index', 'modfun'] as const).map((name): [string, (args: unknown[]) => unknown] => [
      `MapReduceJob.${name}`,
      (args) => (MapReduceJob as unknown as Record<string, (...a: unknown[]) => MapReduceJob>)[name](...args).toJSON(),
    ]),
    ...(['map', 'reduce', 'link', 'timeout'] as const).map((name): [string, (args: unknown[]) => unknown] => [
      `MapReduceJob#${name}`,
      (args) => (MapReduceJob.bucket('b') as unknown as Record<string, (...a: unknown[]) => MapReduceJob>)[name](...args).toJSON(),
    ]),
  ];
  fc.assert(
    fc.property(fc.constantFrom(...builders), fc.array(argument, { maxLength: 3 }), ([name, call], args) => {
      try {
        call(args);
      } catch (error) {
        if (!(error instanceof RiakError)) escaped.push(`${name}: ${describeError(error)}`);
      }
    }),
    { numRuns: 1500 },
  );
  t.deepEqual([...new Set(escaped)].slice(0, 20), []);
});

test('a RiakStream iterated twice, and a set helper given a non-member type, throw RiakInvalidArgumentError', async (t) => {
  const { client } = shared;
  const stream = client.listKeys({ bucket: 'typed-errors-empty' });
  await stream.toArray();
  t.throws(() => stream[Symbol.asyncIterator](), { instanceOf: RiakInvalidArgumentError, message: /iterated only once/ });
  await client.updateSet({ type: 'sets', bucket: 'typed-errors', key: 's', add: 'a' });
  const set = await client.fetchSet({ type: 'sets', bucket: 'typed-errors', key: 's' });
  t.true(set.has('a'));
  t.throws(() => set.has(5 as never), { instanceOf: RiakInvalidArgumentError });
  t.throws(() => client.mapReduce({ inputs: 'b', query: [{ map: { language: 'javascript', source: 'f', arg: 1n } }] } as never), {
    instanceOf: RiakInvalidArgumentError,
  });
});

test('a datatype fetch answered with an unknown datatype code is a RiakProtocolError', async (t) => {
  const transport = { request: async () => ({ type: 9, value: null }) } as unknown as Transport;
  await t.throwsAsync(fetchDatatype(transport, { type: 't', bucket: 'b', key: 'k' }), { instanceOf: RiakProtocolError, message: /unknown datatype code 9/ });
});
