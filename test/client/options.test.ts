import test from 'ava';
import { RpbIndexReq } from '../../generated/riak.js';
import { int64Input, int64ToNumber } from '../../src/common/int64.js';
import { readOptions } from '../../src/client/options.js';
import { indexRequest, type IndexQueryParams } from '../../src/client/secondary-index.js';
import { decodeCell, encodeCell } from '../../src/client/ts-cells.js';
import { RiakClient } from '../../src/client/riak-client.js';
import { RiakInvalidArgumentError } from '../../src/errors.js';

const decode = (params: IndexQueryParams) => RpbIndexReq.decode(RpbIndexReq.encode(indexRequest('q', params).message).finish());

test('readOptions converts, and names unknown, missing and ill-typed options', (t) => {
  const { fields, call } = readOptions(
    'm',
    { bucket: 'b', timeout: 5, r: 'quorum', signal: AbortSignal.timeout(1000), requestTimeout: 10 },
    {
      bucket: 'bytes!',
      timeout: 'uint',
      r: 'quorum',
    },
  );
  t.deepEqual(fields, { bucket: Buffer.from('b'), timeout: 5, r: 4294967293 });
  t.is(call.requestTimeout, 10);
  const bad = (params: unknown, message: RegExp) =>
    t.throws(() => readOptions('m', params, { bucket: 'bytes!', timeout: 'uint', max: 'count', r: 'quorum', on: 'bool', list: 'bytesList' }), {
      instanceOf: RiakInvalidArgumentError,
      message,
    });
  bad({ bucket: 'b', bukcet: 'c' }, /^m\(\): unknown option `bukcet`/);
  bad({}, /`bucket` is required/);
  bad({ bucket: 3 }, /invalid option `bucket`/);
  bad({ bucket: 'b', timeout: -1 }, /invalid option `timeout`/);
  bad({ bucket: 'b', max: 0 }, /invalid option `max`/);
  bad({ bucket: 'b', r: 'most' }, /invalid option `r`/);
  bad({ bucket: 'b', on: 1 }, /invalid option `on`/);
  bad({ bucket: 'b', list: ['a', 2] }, /invalid option `list\[1\]`/);
  bad({ bucket: 'b', signal: {} }, /invalid option `signal`/);
  bad({ bucket: 'b', requestTimeout: -5 }, /invalid option `requestTimeout`/);
  bad('b', /needs an options object/);
});

test('2i: exact, range, $bucket and $key requests', (t) => {
  const eq = decode({ bucket: 'users', index: 'email_bin', key: 'a@b.c', maxResults: 10, continuation: 'c1', returnTerms: false });
  t.is(eq.qtype, 0);
  t.is(String(eq.key), 'a@b.c');
  t.is(eq.maxResults, 10);
  t.is(String(eq.continuation), 'c1');
  const range = decode({ bucket: 'users', index: 'age_int', range: [18, 2n ** 62n], returnTerms: true, paginationSort: true });
  t.is(range.qtype, 1);
  t.is(String(range.rangeMin), '18');
  t.is(String(range.rangeMax), (2n ** 62n).toString());
  t.true(range.returnTerms);
  const bucket = decode({ bucket: 'users', index: '$bucket' });
  t.is(String(bucket.key), 'users');
  const keys = decode({ bucket: 'users', type: 't', index: '$key', range: ['a', 'm'], termRegex: '^a', coverContext: Buffer.from([1, 2]) });
  t.is(String(keys.type), 't');
  t.is(String(keys.termRegex), '^a');
  t.deepEqual([...keys.coverContext], [1, 2]);
});

test('2i: invalid queries are refused before sending', (t) => {
  const bad = (params: unknown, message: RegExp) =>
    t.throws(() => indexRequest('queryIndex', params as IndexQueryParams), { instanceOf: RiakInvalidArgumentError, message });
  bad({ bucket: 'b', index: 'email', key: 'x' }, /`index`/);
  bad({ bucket: 'b', index: 'a_bin' }, /give `key`/);
  bad({ bucket: 'b', index: 'a_bin', key: 'x', range: ['a', 'b'] }, /not both/);
  bad({ bucket: 'b', index: 'a_int', key: 'abc' }, /invalid option `key`.*integer/);
  bad({ bucket: 'b', index: 'a_int', range: [1, 1.5] }, /`range\[1\]`/);
  bad({ bucket: 'b', index: 'a_bin', key: 5 }, /`key`/);
  bad({ bucket: 'b', index: 'a_bin', range: ['a'] }, /`range`/);
  bad({ bucket: 'b', index: '$bucket', range: ['a', 'b'] }, /exact match only/);
  bad({ bucket: 'b', index: 'a_int', range: [1, 2], termRegex: 'x' }, /`termRegex`/);
  bad({ bucket: 'b', index: 'a_bin', key: 'x', termRegex: 'x' }, /`termRegex`.*range/);
  bad({ bucket: 'b', index: 'a_bin', key: 'x', maxResults: 0 }, /`maxResults`/);
  bad({ bucket: 'b', index: 'a_bin', key: 'x', max_results: 10 }, /unknown option `max_results`/);
});

test('int64 helpers: Long objects, bigints beyond 2^53', (t) => {
  t.is(int64ToNumber({ low: -5, high: -1, unsigned: false }), -5);
  t.is(int64ToNumber({ low: 7, high: 1, unsigned: true }), 2 ** 32 + 7);
  t.is(int64ToNumber(12), 12);
  t.is(int64Input(5n, 'x'), 5);
  t.is(String(int64Input(2n ** 60n, 'x')), (2n ** 60n).toString());
  t.throws(() => int64Input(2n ** 64n, 'x'), { instanceOf: RiakInvalidArgumentError });
  t.throws(() => int64Input(0.5, 'x'), { instanceOf: RiakInvalidArgumentError });
});

test('TS cells: plain values typed by kind, explicit wrappers, and back', (t) => {
  t.deepEqual(encodeCell('m', 'c', 'x'), { varcharValue: Buffer.from('x') });
  t.deepEqual(encodeCell('m', 'c', 3), { sint64Value: 3 });
  t.deepEqual(encodeCell('m', 'c', 2.5), { doubleValue: 2.5 });
  t.deepEqual(encodeCell('m', 'c', { double: 2 }), { doubleValue: 2 });
  t.deepEqual(encodeCell('m', 'c', true), { booleanValue: true });
  t.deepEqual(encodeCell('m', 'c', new Date(1000)), { timestampValue: 1000 });
  t.deepEqual(encodeCell('m', 'c', { timestamp: 5 }), { timestampValue: 5 });
  t.deepEqual(encodeCell('m', 'c', null), {});
  t.throws(() => encodeCell('m', 'c', Number.NaN), { instanceOf: RiakInvalidArgumentError });
  t.throws(() => encodeCell('m', 'c', {} as never), { instanceOf: RiakInvalidArgumentError });
  t.is(decodeCell({ varcharValue: Buffer.from('x') }), 'x');
  t.is(decodeCell({ sint64Value: { low: 3, high: 0 } as unknown as number }), 3);
  t.deepEqual(decodeCell({ timestampValue: 1000 }), new Date(1000));
  t.is(decodeCell({ doubleValue: 1.5 }), 1.5);
  t.is(decodeCell({ booleanValue: false }), false);
  t.is(decodeCell({}), null);
});

test('client methods validate options at call time, before connecting', async (t) => {
  // Nothing listens here: only validation can answer.
  const client = new RiakClient({ nodes: ['127.0.0.1:1'] });
  t.throws(() => client.listKeys({ bucket: 'b', timeout: -1 }), { instanceOf: RiakInvalidArgumentError, message: /listKeys\(\): invalid option `timeout`/ });
  t.throws(() => client.listBuckets({ tpye: 'x' } as never), { message: /unknown option `tpye`/ });
  t.throws(() => client.streamIndex({ bucket: 'b', index: 'x_bin' }), { message: /give `key`/ });
  t.throws(() => client.indexPages({ bucket: 'b', index: 'x_bin', key: 'a' }), { message: /maxResults/ });
  t.throws(() => client.mapReduce(42 as never), { message: /MapReduceJob/ });
  t.throws(() => client.tsListKeys({ table: 5 as never }), { message: /`table`/ });
  t.throws(() => client.csBucketFold({ bucket: 'b' } as never), { message: /`startKey` is required/ });
  await t.throwsAsync(client.fetchCounter({ bucket: 'b', key: 'k' } as never), { message: /fetchCounter\(\): `type` is required/ });
  await t.throwsAsync(client.updateCounter({ type: 'counters', bucket: 'b', key: 'k' } as never), { message: /`increment` is required/ });
  await t.throwsAsync(client.updateSet({ type: 'sets', bucket: 'b', key: 'k' }), { message: /`add` or `remove`/ });
  await t.throwsAsync(client.updateMap({ type: 'maps', bucket: 'b', key: 'k', update: () => {} }), { message: /map update is empty/ });
  await t.throwsAsync(client.setBucketProps({ bucket: 'b', props: { nVal: 'three' as never } }), { message: /`props\.nVal`/ });
  await t.throwsAsync(client.getBucketTypeProps(3 as never), { message: /`type`/ });
  await t.throwsAsync(client.search({ index: 'i' } as never), { message: /`q` is required/ });
  await t.throwsAsync(client.tsPut({ table: 't', rows: [[{}]] as never }), { message: /rows\[0\]/ });
  await t.throwsAsync(client.updateLegacyCounter({ bucket: 'b', key: 'k', amount: 0.5 }), { message: /`amount`/ });
  await t.throwsAsync(client.getPreflist({ bucket: 'b', key: 'k', requestTimeout: -1 }), { message: /`requestTimeout`/ });
  // A resolver runs after the reply: a bad one is refused before the write is sent, not when siblings come back.
  await t.throwsAsync(client.put({ bucket: 'b', key: 'k', value: 'v', resolve: 'first' as never }), {
    instanceOf: RiakInvalidArgumentError,
    message: 'put(): `resolve` must be a function',
  });
  await t.throwsAsync(client.get({ bucket: 'b', key: 'k', resolve: 'first' as never }), { message: 'get(): `resolve` must be a function' });
  // A quorum that is an object without a prototype (it cannot be turned into a property key) is a typed error too.
  for (const call of [
    () => client.get({ bucket: 'b', key: 'k', r: Object.create(null) as never }),
    () => client.put({ bucket: 'b', key: 'k', value: 'v', w: Object.create(null) as never }),
    () => client.getMany([{ bucket: 'b', key: 'k' }], { r: Object.create(null) as never }),
  ]) {
    await t.throwsAsync(call(), { instanceOf: RiakInvalidArgumentError, message: /invalid option `[rw]`/ });
  }
  await client.close();
});
