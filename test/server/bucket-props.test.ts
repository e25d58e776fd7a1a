import test from 'ava';
import { QUORUM_SENTINELS } from '../../src/codec/quorum.js';
import { plainProps, RIAK_TYPE_DEFAULTS } from '../helpers/bucket-props.js';
import { pb, riakErrorOf, text, withServer } from '../helpers/server-harness.js';

const b = (s: string) => Buffer.from(s);

const DEFAULT_PROPS = { ...RIAK_TYPE_DEFAULTS, allowMult: false };

const plain = plainProps;

test('the default bucket props are Riak KV 3.x defaults, every field RpbGetBucketResp carries', async (t) => {
  const { client } = await withServer(t);
  const { props } = await client.request('RpbGetBucketReq', { bucket: b('any-bucket') });
  t.deepEqual(plain(props), {
    ...DEFAULT_PROPS,
    chashKeyfun: 'riak_core_util:chash_std_keyfun',
    linkfun: 'riak_kv_wm_link_walker:mapreduce_linkfun',
    writeOnce: false,
    // riak_repl (on every 3.x node) appends repl: true to the default bucket props; new bucket types lack it.
    repl: pb.RpbBucketProps.RpbReplMode.TRUE,
  });
  const typeProps = await client.request('RpbGetBucketTypeReq', { type: b('default') });
  t.deepEqual(plain(typeProps.props), plain(props));
});

test('bucket types default to allow_mult; datatype types report their datatype, hlls their precision', async (t) => {
  const { client } = await withServer(t);
  const siblings = plain((await client.request('RpbGetBucketReq', { bucket: b('x'), type: b('siblings') })).props);
  t.deepEqual(siblings, {
    ...DEFAULT_PROPS,
    allowMult: true,
    chashKeyfun: 'riak_core_util:chash_std_keyfun',
    linkfun: 'riak_kv_wm_link_walker:mapreduce_linkfun',
  });
  for (const [type, datatype] of [
    ['maps', 'map'],
    ['sets', 'set'],
    ['counters', 'counter'],
    ['gsets', 'gset'],
  ]) {
    const props = (await client.request('RpbGetBucketTypeReq', { type: b(type) })).props;
    t.is(text(props.datatype), datatype);
    t.true(props.allowMult);
  }
  const hll = (await client.request('RpbGetBucketTypeReq', { type: b('hlls') })).props;
  t.is(text(hll.datatype), 'hll');
  t.is(hll.hllPrecision, 14);
});

test('set, get and reset bucket props; typed buckets layer over their type', async (t) => {
  const { client } = await withServer(t);
  await client.request('RpbSetBucketReq', { bucket: b('b'), props: { nVal: 2, allowMult: true, r: 'one', backend: b('leveldb_mult') } });
  let props = (await client.request('RpbGetBucketReq', { bucket: b('b') })).props;
  t.is(props.nVal, 2);
  t.true(props.allowMult);
  t.is(props.r, QUORUM_SENTINELS.one);
  t.is(text(props.backend), 'leveldb_mult');
  t.is(props.w, QUORUM_SENTINELS.quorum);
  await client.request('RpbResetBucketReq', { bucket: b('b') });
  props = (await client.request('RpbGetBucketReq', { bucket: b('b') })).props;
  t.is(props.nVal, 3);
  t.false(props.allowMult);

  await client.request('RpbSetBucketReq', { bucket: b('t'), type: b('siblings'), props: { nVal: 1 } });
  t.is((await client.request('RpbGetBucketReq', { bucket: b('t'), type: b('siblings') })).props.nVal, 1);
  t.is((await client.request('RpbGetBucketReq', { bucket: b('other'), type: b('siblings') })).props.nVal, 3);
  // The bucket's n_val now bounds quorums.
  t.is(await riakErrorOf(t, client.get({ bucket: 't', key: 'k', type: 'siblings', r: 2 })), '{n_val_violation,1}');
});

test('bucket type props can be changed, and buckets without their own props follow', async (t) => {
  const { client } = await withServer(t);
  await client.request('RpbSetBucketTypeReq', { type: b('siblings'), props: { nVal: 5, notfoundOk: false } });
  const props = (await client.request('RpbGetBucketReq', { bucket: b('any'), type: b('siblings') })).props;
  t.is(props.nVal, 5);
  t.false(props.notfoundOk);
});

test('bucket type option and flag formats create extra types', async (t) => {
  const { client } = await withServer(t, { bucketTypes: { carts: { datatype: 'map' }, fast: { nVal: 1, allowMult: false, r: 'one' } } });
  t.is(text((await client.request('RpbGetBucketTypeReq', { type: b('carts') })).props.datatype), 'map');
  const fast = (await client.request('RpbGetBucketTypeReq', { type: b('fast') })).props;
  t.is(fast.nVal, 1);
  t.false(fast.allowMult);
  t.is(fast.r, QUORUM_SENTINELS.one);
});

test("unknown bucket types get Riak's texts", async (t) => {
  const { client } = await withServer(t);
  t.is(await riakErrorOf(t, client.request('RpbGetBucketReq', { bucket: b('b'), type: b('nope') })), "No bucket-type named 'nope'");
  t.is(await riakErrorOf(t, client.request('RpbSetBucketReq', { bucket: b('b'), type: b('nope'), props: { nVal: 2 } })), "No bucket-type named 'nope'");
  t.is(await riakErrorOf(t, client.request('RpbGetBucketTypeReq', { type: b('nope') })), 'Invalid bucket type: <<"nope">>');
  t.is(await riakErrorOf(t, client.request('RpbSetBucketTypeReq', { type: b('nope'), props: { nVal: 2 } })), 'Invalid bucket properties: not_active');
  t.is(await riakErrorOf(t, client.request('RpbSetBucketTypeReq', { type: b('default'), props: { nVal: 2 } })), 'Invalid bucket properties: no_default_update');
  // Resetting a bucket of an unknown type is accepted, as in Riak.
  await t.notThrowsAsync(client.request('RpbResetBucketReq', { bucket: b('b'), type: b('nope') }));
});

test('invalid props get "Invalid bucket properties" with Riak\'s error list, laid out like io_lib:format ~p', async (t) => {
  const { client } = await withServer(t);
  t.is(
    await riakErrorOf(t, client.request('RpbSetBucketReq', { bucket: b('b'), props: { nVal: 0, r: 0 } })),
    'Invalid bucket properties: [{r,not_valid_quorum},{n_val,not_integer}]',
  );
  t.is(
    await riakErrorOf(t, client.request('RpbSetBucketReq', { bucket: b('b'), props: { w: 'default' } })),
    'Invalid bucket properties: [{w,not_valid_quorum}]',
  );
  t.is(
    await riakErrorOf(t, client.request('RpbSetBucketReq', { bucket: b('b'), props: { consistent: true, writeOnce: true } })),
    'Invalid bucket properties: [{write_once,"cannot update write_once property"},\n                            {consistent,"cannot update consistent property"}]',
  );
  t.is(
    await riakErrorOf(t, client.request('RpbSetBucketReq', { bucket: b('b'), type: b('maps'), props: { allowMult: false } })),
    'Invalid bucket properties: [{allow_mult,\n                                "Data Type buckets must be allow_mult=true"}]',
  );
  t.is(
    await riakErrorOf(t, client.request('RpbSetBucketTypeReq', { type: b('sets'), props: { datatype: b('map') } })),
    'Invalid bucket properties: [{datatype,"map not supported for bucket datatype property"}]',
  );
  t.is(
    await riakErrorOf(t, client.request('RpbSetBucketReq', { bucket: b('b'), type: b('siblings'), props: { datatype: b('set') } })),
    'Invalid bucket properties: [{datatype,"`datatype` must not be defined."}]',
  );
  t.is(
    await riakErrorOf(t, client.request('RpbSetBucketReq', { bucket: b('b'), type: b('siblings'), props: { lastWriteWins: true } })),
    'Invalid bucket properties: [{dvv_enabled,\n                                "If last_write_wins is true, dvv_enabled must be false"}]',
  );
  t.is(
    await riakErrorOf(t, client.request('RpbSetBucketTypeReq', { type: b('hlls'), props: { hllPrecision: 20 } })),
    'Invalid bucket properties: [{hll_precision,\n                                "20 not supported for Hyperloglog precision property for bucket type. Precision must be an integer between 4 and 16, inclusive (3 < p < 17) and precision can be reduced but never increased after initial setting"}]',
  );
  // Lowering hll precision is allowed; raising it is not.
  await client.request('RpbSetBucketTypeReq', { type: b('hlls'), props: { hllPrecision: 12 } });
  t.is((await client.request('RpbGetBucketTypeReq', { type: b('hlls') })).props.hllPrecision, 12);
  t.regex(
    await riakErrorOf(t, client.request('RpbSetBucketTypeReq', { type: b('hlls'), props: { hllPrecision: 13 } })),
    /^Invalid bucket properties: \[\{hll_precision,\n {32}"13 not supported/,
  );
  // The datatype of a datatype type stays as it is; re-sending the same one is fine.
  await t.notThrowsAsync(client.request('RpbSetBucketTypeReq', { type: b('maps'), props: { datatype: b('map'), nVal: 3 } }));
  // Nothing was stored by the failed requests.
  t.is((await client.request('RpbGetBucketReq', { bucket: b('b') })).props.nVal, 3);
});

test('last_write_wins on the default type replaces instead of merging', async (t) => {
  const { client } = await withServer(t);
  await client.request('RpbSetBucketReq', { bucket: b('lww'), props: { lastWriteWins: true, allowMult: true } });
  await client.put({ bucket: 'lww', key: 'k', value: 'one' });
  await client.put({ bucket: 'lww', key: 'k', value: 'two' });
  t.deepEqual(
    (await client.get({ bucket: 'lww', key: 'k' })).siblings.map((s) => text(s.value)),
    ['two'],
  );
});
