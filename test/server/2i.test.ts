import test from 'ava';
import { RpbIndexReq } from '../../generated/riak.js';
import { MessageCode } from '../../src/codec/message-codes.js';
import { errorText, frameOf, pb, RawConnection, riakErrorOf, text, withServer } from '../helpers/server-harness.js';

const b = (s: string) => Buffer.from(s);
const EQ = RpbIndexReq.IndexQueryType.eq;
const RANGE = RpbIndexReq.IndexQueryType.range;

type Client = Awaited<ReturnType<typeof withServer>>['client'];

async function seed(client: Client): Promise<void> {
  const people = [
    ['ada', 36, 'london'],
    ['alan', 41, 'london'],
    ['grace', 85, 'new york'],
    ['edsger', 72, 'nuenen'],
    ['barbara', 36, 'los angeles'],
  ] as const;
  for (const [key, age, city] of people) {
    await client.put({
      bucket: 'people',
      key,
      value: key,
      indexes: [
        { key: 'age_int', value: age },
        { key: 'city_bin', value: city },
        { key: 'tag_bin', value: 'x' },
        { key: 'tag_bin', value: `t-${key}` },
      ],
    });
  }
}

test('exact match on _bin and _int indexes returns the matching keys, sorted', async (t) => {
  const { client } = await withServer(t);
  await seed(client);
  const london = await client.request('RpbIndexReq', { bucket: b('people'), index: b('city_bin'), qtype: EQ, key: b('london') });
  t.deepEqual(london.keys.map(text).sort(), ['ada', 'alan']);
  t.false(Object.hasOwn(london, 'continuation'));
  const age = await client.request('RpbIndexReq', { bucket: b('people'), index: b('age_int'), qtype: EQ, key: b('36') });
  t.deepEqual(age.keys.map(text).sort(), ['ada', 'barbara']);
  // return_terms is ignored for equality queries (riak_index: return_terms=false).
  const terms = await client.request('RpbIndexReq', { bucket: b('people'), index: b('age_int'), qtype: EQ, key: b('36'), returnTerms: true });
  t.deepEqual(terms.results, []);
  t.deepEqual(terms.keys.map(text).sort(), ['ada', 'barbara']);
  // Index names are case-insensitive, like riak_index:normalize_index_field/1.
  const upper = await client.request('RpbIndexReq', { bucket: b('people'), index: b('CITY_BIN'), qtype: EQ, key: b('nuenen') });
  t.deepEqual(upper.keys.map(text), ['edsger']);
});

test('range queries compare _int numerically and _bin bytewise; return_terms gives term/key pairs', async (t) => {
  const { client } = await withServer(t);
  await seed(client);
  const ages = await client.request('RpbIndexReq', { bucket: b('people'), index: b('age_int'), qtype: RANGE, rangeMin: b('40'), rangeMax: b('80') });
  t.deepEqual(ages.keys.map(text).sort(), ['alan', 'edsger']);
  const withTerms = await client.request('RpbIndexReq', {
    bucket: b('people'),
    index: b('age_int'),
    qtype: RANGE,
    rangeMin: b('0'),
    rangeMax: b('100'),
    returnTerms: true,
  });
  t.deepEqual(withTerms.results.map((p) => [text(p.key), text(p.value)]).sort(), [
    ['36', 'ada'],
    ['36', 'barbara'],
    ['41', 'alan'],
    ['72', 'edsger'],
    ['85', 'grace'],
  ]);
  const cities = await client.request('RpbIndexReq', {
    bucket: b('people'),
    index: b('city_bin'),
    qtype: RANGE,
    rangeMin: b('l'),
    rangeMax: b('m'),
    returnTerms: true,
  });
  t.deepEqual(cities.results.map((p) => `${text(p.key)}:${text(p.value)}`).sort(), ['london:ada', 'london:alan', 'los angeles:barbara']);
  // A key matching several terms in range is listed once per term, as Riak does.
  const tags = await client.request('RpbIndexReq', { bucket: b('people'), index: b('tag_bin'), qtype: RANGE, rangeMin: b('a'), rangeMax: b('z') });
  t.is(tags.keys.length, 10);
});

test('$bucket and $key special indexes', async (t) => {
  const { client } = await withServer(t);
  await seed(client);
  const all = await client.request('RpbIndexReq', { bucket: b('people'), index: b('$bucket'), qtype: EQ, key: b('people') });
  t.deepEqual(all.keys.map(text).sort(), ['ada', 'alan', 'barbara', 'edsger', 'grace']);
  const range = await client.request('RpbIndexReq', {
    bucket: b('people'),
    index: b('$key'),
    qtype: RANGE,
    rangeMin: b('al'),
    rangeMax: b('c'),
    returnTerms: true,
  });
  t.deepEqual(range.keys.map(text).sort(), ['alan', 'barbara']);
  const one = await client.request('RpbIndexReq', { bucket: b('people'), index: b('$key'), qtype: EQ, key: b('grace') });
  t.deepEqual(one.keys.map(text), ['grace']);
});

test("max_results pages with Riak's continuation (base64 of term_to_binary of the last result)", async (t) => {
  const { client } = await withServer(t);
  await seed(client);
  const req = { bucket: b('people'), index: b('age_int'), qtype: RANGE, rangeMin: b('0'), rangeMax: b('100'), maxResults: 2 };
  const page1 = await client.request('RpbIndexReq', req);
  t.deepEqual(page1.keys.map(text), ['ada', 'barbara']);
  // {36, <<"barbara">>}
  t.is(text(page1.continuation), Buffer.from([131, 104, 2, 97, 36, 109, 0, 0, 0, 7, ...b('barbara')]).toString('base64'));
  const page2 = await client.request('RpbIndexReq', { ...req, continuation: page1.continuation });
  t.deepEqual(page2.keys.map(text), ['alan', 'edsger']);
  const page3 = await client.request('RpbIndexReq', { ...req, continuation: page2.continuation });
  t.deepEqual(page3.keys.map(text), ['grace']);
  t.false(Object.hasOwn(page3, 'continuation'));
  // Equality and $bucket queries continue from the last key: base64(term_to_binary(Key)).
  const eq = await client.request('RpbIndexReq', { bucket: b('people'), index: b('$bucket'), qtype: EQ, key: b('people'), maxResults: 3 });
  t.is(text(eq.continuation), Buffer.from([131, 109, 0, 0, 0, 7, ...b('barbara')]).toString('base64'));
  const eq2 = await client.request('RpbIndexReq', {
    bucket: b('people'),
    index: b('$bucket'),
    qtype: EQ,
    key: b('people'),
    maxResults: 3,
    continuation: eq.continuation,
  });
  t.deepEqual(eq2.keys.map(text), ['edsger', 'grace']);
});

test('stream=true sends several RpbIndexResp frames and a final done (with the continuation when paging)', async (t) => {
  const { client } = await withServer(t, { streamBatchSize: 2 });
  await seed(client);
  const frames = [];
  for await (const frame of client.stream('RpbIndexReq', { bucket: b('people'), index: b('$bucket'), qtype: EQ, key: b('people') })) frames.push(frame);
  t.deepEqual(
    frames.map((f) => f.keys.length),
    [2, 2, 1, 0],
  );
  t.true(frames.at(-1)!.done);
  t.false(Object.hasOwn(frames.at(-1)!, 'continuation'));
  const paged = [];
  for await (const frame of client.stream('RpbIndexReq', { bucket: b('people'), index: b('$bucket'), qtype: EQ, key: b('people'), maxResults: 3 }))
    paged.push(frame);
  t.deepEqual(
    paged.flatMap((f) => f.keys.map(text)),
    ['ada', 'alan', 'barbara'],
  );
  t.truthy(paged.at(-1)!.continuation?.length);
});

test("term_regex filters terms; bad or integer regexes get Riak's errors", async (t) => {
  const { client } = await withServer(t);
  await seed(client);
  const re = await client.request('RpbIndexReq', {
    bucket: b('people'),
    index: b('city_bin'),
    qtype: RANGE,
    rangeMin: b('a'),
    rangeMax: b('z'),
    termRegex: b('^lo'),
    returnTerms: true,
  });
  t.deepEqual(re.results.map((p) => text(p.value)).sort(), ['ada', 'alan', 'barbara']);
  t.is(
    await riakErrorOf(
      t,
      client.request('RpbIndexReq', { bucket: b('people'), index: b('age_int'), qtype: RANGE, rangeMin: b('1'), rangeMax: b('2'), termRegex: b('1') }),
    ),
    'Can not use term regular expression in integer query',
  );
  t.is(
    await riakErrorOf(
      t,
      client.request('RpbIndexReq', { bucket: b('people'), index: b('city_bin'), qtype: RANGE, rangeMin: b('a'), rangeMax: b('z'), termRegex: b('(abc') }),
    ),
    'Invalid term regular expression <<"(abc">> : {"missing )",4}',
  );
});

test("malformed queries get riak_kv_pb_index's texts", async (t) => {
  const { client } = await withServer(t);
  t.is(await riakErrorOf(t, client.request('RpbIndexReq', { bucket: b('p'), index: b('a_bin'), qtype: EQ })), 'Invalid equality query undefined');
  t.is(
    await riakErrorOf(t, client.request('RpbIndexReq', { bucket: b('p'), index: b('a_bin'), qtype: RANGE, rangeMax: b('x') })),
    'Invalid range query: undefined -> <<"x">>',
  );
});

test('an unknown index suffix or an unparsable _int term crashes the request like Riak (error, then close)', async (t) => {
  const { server, client } = await withServer(t);
  const raw = await RawConnection.open(server);
  raw.send(frameOf(MessageCode.RpbIndexReq, pb.RpbIndexReq.encode({ bucket: b('p'), index: b('color'), qtype: EQ, key: b('red') }).finish()));
  await raw.waitClose();
  t.regex(errorText(raw.frames[0]), /^Error processing incoming message: error:function_clause:.*\{unknown_field_type,<<"color">>\}/);
  const raw2 = await RawConnection.open(server);
  raw2.send(frameOf(MessageCode.RpbIndexReq, pb.RpbIndexReq.encode({ bucket: b('p'), index: b('age_int'), qtype: EQ, key: b('old') }).finish()));
  await raw2.waitClose();
  t.regex(errorText(raw2.frames[0]), /\{field_parsing_failed,\{<<"age_int">>,<<"old">>\}\}/);
  await t.notThrowsAsync(client.ping());
});

test('deleted objects and overwritten index values leave the index', async (t) => {
  const { client } = await withServer(t);
  await client.put({ bucket: 'x', key: 'k1', value: 'v', indexes: [{ key: 'c_bin', value: 'red' }] });
  await client.put({ bucket: 'x', key: 'k2', value: 'v', indexes: [{ key: 'c_bin', value: 'red' }] });
  await client.put({ bucket: 'x', key: 'k2', value: 'v', indexes: [{ key: 'c_bin', value: 'blue' }] });
  await client.put({ bucket: 'x', key: 'k3', value: 'v', indexes: [{ key: 'c_bin', value: 'red' }] });
  await client.delete({ bucket: 'x', key: 'k3' });
  const red = await client.request('RpbIndexReq', { bucket: b('x'), index: b('c_bin'), qtype: EQ, key: b('red') });
  t.deepEqual(red.keys.map(text), ['k1']);
});
