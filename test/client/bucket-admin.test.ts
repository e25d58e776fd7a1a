import test from 'ava';
import { useSharedDevServer } from '../helpers/shared-dev-server.js';
import { RiakServerError } from '../../src/errors.js';

const shared = useSharedDevServer(test);

test('get bucket props: defaults with friendly types', async (t) => {
  const props = await shared.client.getBucketProps({ bucket: 'fresh' });
  t.is(typeof props.nVal, 'number');
  t.is(props.allowMult, false);
  t.is(props.r, 'quorum');
  t.is(props.w, 'quorum');
  t.is(props.pr, 0);
  t.deepEqual(props.chashKeyfun, { module: 'riak_core_util', function: 'chash_std_keyfun' });
});

test('set then get: values round-trip, symbolic quorums both ways, hooks', async (t) => {
  const at = { bucket: 'tuned' };
  await shared.client.setBucketProps({
    ...at,
    props: {
      nVal: 5,
      allowMult: true,
      r: 'one',
      w: 'all',
      dw: 2,
      pr: 'quorum',
      basicQuorum: true,
      notfoundOk: false,
      oldVclock: 1000,
      precommit: [{ module: 'my_hooks', function: 'validate' }],
    },
  });
  const props = await shared.client.getBucketProps(at);
  t.is(props.nVal, 5);
  t.is(props.allowMult, true);
  t.is(props.r, 'one');
  t.is(props.w, 'all');
  t.is(props.dw, 2);
  t.is(props.pr, 'quorum');
  t.is(props.basicQuorum, true);
  t.is(props.notfoundOk, false);
  t.is(props.oldVclock, 1000);
  t.deepEqual(props.precommit, [{ module: 'my_hooks', function: 'validate' }]);
  t.is(props.hasPrecommit, true);
  // Other buckets are untouched.
  t.is((await shared.client.getBucketProps({ bucket: 'other' })).allowMult, false);
  // Clearing the hooks with an empty list.
  await shared.client.setBucketProps({ ...at, props: { precommit: [] } });
  t.deepEqual((await shared.client.getBucketProps(at)).precommit ?? [], []);
});

test('reset drops a bucket back to its type defaults', async (t) => {
  const at = { bucket: 'to-reset' };
  const before = await shared.client.getBucketProps(at);
  await shared.client.setBucketProps({ ...at, props: { nVal: 1, allowMult: true } });
  t.is((await shared.client.getBucketProps(at)).nVal, 1);
  await shared.client.resetBucketProps(at);
  const after = await shared.client.getBucketProps(at);
  t.is(after.nVal, before.nVal);
  t.is(after.allowMult, before.allowMult);
});

test('bucket props inside a bucket type inherit the type', async (t) => {
  const props = await shared.client.getBucketProps({ type: 'siblings', bucket: 'carts' });
  t.is(props.allowMult, true);
  const maps = await shared.client.getBucketProps({ type: 'maps', bucket: 'users' });
  t.is(maps.datatype, 'map');
});

test('bucket type props: get and set', async (t) => {
  const maps = await shared.client.getBucketTypeProps('maps');
  t.is(maps.datatype, 'map');
  t.is(maps.allowMult, true);
  await shared.client.setBucketTypeProps('siblings', { nVal: 2, r: 'quorum' });
  const siblings = await shared.client.getBucketTypeProps('siblings');
  t.is(siblings.nVal, 2);
  t.is(siblings.r, 'quorum');
  t.is((await shared.client.getBucketProps({ type: 'siblings', bucket: 'new-bucket' })).nVal, 2);
});

test('server refusals surface as RiakServerError', async (t) => {
  await t.throwsAsync(shared.client.getBucketTypeProps('no-such-type'), { instanceOf: RiakServerError });
  await t.throwsAsync(shared.client.getBucketProps({ type: 'no-such-type', bucket: 'b' }), { instanceOf: RiakServerError });
  // Riak accepts `default` in requests but not as a bucket property.
  const error = await t.throwsAsync(shared.client.setBucketProps({ bucket: 'b', props: { pr: 'default' } }), { instanceOf: RiakServerError });
  t.regex(error.errmsg, /pr/);
  // A datatype bucket type's datatype cannot change.
  await t.throwsAsync(shared.client.setBucketTypeProps('maps', { datatype: 'set' }), { instanceOf: RiakServerError });
  await shared.client.ping();
});
