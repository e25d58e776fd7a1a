import test from 'ava';
import { plainProps, RIAK_TYPE_DEFAULTS } from '../helpers/bucket-props.js';
import { withServer } from '../helpers/server-harness.js';

/**
 * The bucket props a Riak KV 3.2 node reports over PB, field by field: the
 * riak_core_bucket_type defaults, what riak_kv_app appends (write_once)
 * and, for the default type only, riak_repl's `repl: true`. Props without a
 * RpbBucketProps field (node_confirms, dvv_enabled, sync_on_write) are not
 * on the wire.
 */
const COMMON = RIAK_TYPE_DEFAULTS;

/** RpbBucketProps.RpbReplMode.TRUE */
const REPL_TRUE = 3;

const DEFAULT_BUCKET = { ...COMMON, allowMult: false, writeOnce: false, repl: REPL_TRUE };

const b = (s: string) => Buffer.from(s);

const plain = plainProps;

test('an untyped bucket reports every default prop a 3.2 node reports, repl included', async (t) => {
  const { client } = await withServer(t);
  const { props } = await client.request('RpbGetBucketReq', { bucket: b('any-bucket') });
  t.deepEqual(plain(props), DEFAULT_BUCKET);
});

test('the default bucket type reports the same props as its buckets', async (t) => {
  const { client } = await withServer(t);
  const { props } = await client.request('RpbGetBucketTypeReq', { type: b('default') });
  t.deepEqual(plain(props), DEFAULT_BUCKET);
  const typed = await client.request('RpbGetBucketReq', { bucket: b('x'), type: b('default') });
  t.deepEqual(plain(typed.props), DEFAULT_BUCKET);
});

test('the client sees repl true on default buckets', async (t) => {
  const { client } = await withServer(t);
  const props = await client.getBucketProps({ bucket: 'b' });
  t.is(props.repl, true);
  t.is(props.writeOnce, false);
});

test('new bucket types start from riak_core_bucket_type:defaults/0: no repl, no write_once, allow_mult on', async (t) => {
  const { client } = await withServer(t);
  const { props } = await client.request('RpbGetBucketReq', { bucket: b('x'), type: b('siblings') });
  t.deepEqual(plain(props), { ...COMMON, allowMult: true });
});

test('repl set on a default bucket replaces the default, and a reset restores it', async (t) => {
  const { client } = await withServer(t);
  await client.setBucketProps({ bucket: 'r', props: { repl: 'fullsync' } });
  t.is((await client.getBucketProps({ bucket: 'r' })).repl, 'fullsync');
  await client.resetBucketProps({ bucket: 'r' });
  t.is((await client.getBucketProps({ bucket: 'r' })).repl, true);
});
