import test from 'ava';
import { checkBucketProps, checkClientOptions, RiakClient, RiakInvalidArgumentError, type BucketPropsInput, type RiakClientOptions } from '../../src/index.js';
import { useSharedDevServer } from '../helpers/shared-dev-server.js';

const shared = useSharedDevServer(test);

/** The error `run` throws, or undefined. */
function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

const BAD_OPTIONS: (RiakClientOptions | string)[] = [
  { nodes: ['10.0.0.5:port'] },
  { nodes: ['a:1', 'b:99999'] },
  { nodes: [] },
  { nodes: ['a:1'], requestTimeout: -1 },
  { nodes: ['a:1'], bogus: 1 } as RiakClientOptions,
  { nodes: ['a:1'], auth: { user: 'ada', password: 'x' } },
  { nodes: ['a:1'], url: 'riak://b:2' },
  { nodes: ['a:1'], minConnections: 9, maxConnections: 2 },
  'riak://ada:secret@a:1',
  'http://a:1',
];

test('checkClientOptions throws exactly what new RiakClient() throws for the same options', (t) => {
  for (const options of BAD_OPTIONS) {
    const expected = thrown(() => new RiakClient(options));
    t.true(expected instanceof RiakInvalidArgumentError, JSON.stringify(options));
    const actual = thrown(() => checkClientOptions(options));
    t.true(actual instanceof RiakInvalidArgumentError, JSON.stringify(options));
    t.is((actual as Error).message, (expected as Error).message);
  }
});

test('checkClientOptions accepts good options, a URL and a dev server address', (t) => {
  t.notThrows(() => checkClientOptions({ nodes: ['10.0.0.5:8087', '[::1]:8087', 'riak.local'], requestTimeout: 0, retry: { attempts: 1 } }));
  t.notThrows(() => checkClientOptions('riak://a:1,b:2?requestTimeout=100'));
  t.notThrows(() => checkClientOptions(shared.server.url));
});

const BAD_PROPS: unknown[] = [{ nVal: -1 }, { nVal: 'five' }, { allowMult: 'yes' }, { r: 'most' }, { nope: 1 }, { hasPrecommit: true }, null, [], 'nVal=3'];

test('checkBucketProps throws exactly what setBucketProps() rejects with, before anything is sent', async (t) => {
  for (const props of BAD_PROPS) {
    const expected = await t.throwsAsync(shared.client.setBucketProps({ bucket: 'checked', props: props as BucketPropsInput }), {
      instanceOf: RiakInvalidArgumentError,
    });
    const actual = thrown(() => checkBucketProps(props as BucketPropsInput));
    t.true(actual instanceof RiakInvalidArgumentError, JSON.stringify(props));
    t.is((actual as Error).message, expected?.message);
  }
  t.notThrows(() => checkBucketProps({ nVal: 3, allowMult: true, r: 'quorum', precommit: [{ name: 'hook' }] }));
  // Nothing was set: the bucket still has the default props.
  t.is((await shared.client.getBucketProps({ bucket: 'checked' })).nVal, 3);
});
