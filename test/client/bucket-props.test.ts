import test from 'ava';
import { RpbBucketProps, RpbGetBucketResp } from '../../generated/riak.js';
import { BUCKET_PROP_NAMES, decodeBucketProps, encodeBucketProps, type BucketProps } from '../../src/client/bucket-props.js';
import { QUORUM_SENTINELS } from '../../src/codec/quorum.js';
import { RiakInvalidArgumentError } from '../../src/errors.js';

/** Encodes as the client would send, then decodes as Riak's reply would arrive. */
function roundTrip(props: Parameters<typeof encodeBucketProps>[1]): BucketProps {
  const wire = RpbGetBucketResp.encode({ props: encodeBucketProps('test', props) }).finish();
  return decodeBucketProps(RpbGetBucketResp.decode(wire).props);
}

test('the property list comes from the generated RpbBucketProps', (t) => {
  const generated = Object.keys(RpbBucketProps.prototype).filter(
    (k) => typeof (RpbBucketProps.prototype as unknown as Record<string, unknown>)[k] !== 'function',
  );
  t.deepEqual([...BUCKET_PROP_NAMES].sort(), generated.filter((k) => !k.startsWith('$')).sort());
  t.true(BUCKET_PROP_NAMES.includes('hllPrecision'));
});

test('symbolic quorums are sent as Riak sentinels and read back as names', (t) => {
  const raw = encodeBucketProps('test', { r: 'one', w: 'quorum', pr: 'all', pw: 'default', dw: 2, rw: 'quorum' });
  t.is(raw.r, QUORUM_SENTINELS.one);
  t.is(raw.w, 4294967293);
  t.is(raw.pr, 4294967292);
  t.is(raw.pw, 4294967291);
  t.is(raw.dw, 2);
  t.deepEqual(roundTrip({ r: 'one', w: 'quorum', pr: 'all', pw: 'default', dw: 2, rw: 'quorum' }), {
    r: 'one',
    w: 'quorum',
    pr: 'all',
    pw: 'default',
    dw: 2,
    rw: 'quorum',
  });
});

test('every writable property round-trips with its friendly type', (t) => {
  const props = {
    nVal: 5,
    allowMult: true,
    lastWriteWins: false,
    precommit: [{ module: 'validate', function: 'check' }, { name: 'Riak.validate' }],
    postcommit: [{ module: 'hooks', function: 'after' }],
    chashKeyfun: { module: 'riak_core_util', function: 'chash_std_keyfun' },
    linkfun: { module: 'riak_kv_wm_link_walker', function: 'mapreduce_linkfun' },
    oldVclock: 86400,
    youngVclock: 20,
    bigVclock: 50,
    smallVclock: 50,
    basicQuorum: true,
    notfoundOk: false,
    backend: 'leveldb_mult',
    search: false,
    repl: 'fullsync' as const,
    searchIndex: 'users_idx',
    datatype: 'map',
    consistent: false,
    writeOnce: true,
    hllPrecision: 14,
  };
  const back = roundTrip(props);
  // Setting hooks sets their has_* flag, which Riak reports back.
  t.deepEqual(back, { ...props, hasPrecommit: true, hasPostcommit: true });
});

test('repl modes map both ways', (t) => {
  for (const mode of [true, false, 'realtime', 'fullsync'] as const) t.is(roundTrip({ repl: mode }).repl, mode);
  t.is(encodeBucketProps('test', { repl: true }).repl, 3);
  t.is(encodeBucketProps('test', { repl: false }).repl, 0);
});

test('an empty hook list is sent with its has_* flag, so Riak clears the hooks', (t) => {
  const raw = encodeBucketProps('test', { precommit: [] });
  t.deepEqual(raw, { precommit: [], hasPrecommit: true });
  t.deepEqual(roundTrip({ precommit: [] }), { precommit: [], hasPrecommit: true });
});

test('only the fields Riak sent are reported', (t) => {
  t.deepEqual(roundTrip({ nVal: 3 }), { nVal: 3 });
  t.deepEqual(decodeBucketProps(RpbBucketProps.decode(new Uint8Array(0))), {});
});

test('bad properties are refused, naming the property', (t) => {
  const bad = (props: unknown, message: RegExp) =>
    t.throws(() => encodeBucketProps('setBucketProps', props as never), { instanceOf: RiakInvalidArgumentError, message });
  bad({ nval: 3 }, /unknown bucket property `nval`/);
  bad({ nVal: -1 }, /`props\.nVal`/);
  bad({ nVal: 1.5 }, /`props\.nVal`/);
  bad({ r: 'most' }, /`props\.r`.*one, quorum, all, default/);
  bad({ allowMult: 'yes' }, /`props\.allowMult`/);
  bad({ precommit: [{ module: 'm' }] }, /`props\.precommit\[0\]`/);
  bad({ chashKeyfun: 'x' }, /`props\.chashKeyfun`/);
  bad({ repl: 'sometimes' }, /`props\.repl`/);
  bad({ hasPrecommit: true }, /read-only/);
  bad({ backend: 3 }, /`props\.backend`/);
  bad(null, /`props`/);
});
