import test from 'ava';
import { MessageCode } from '../../src/codec/message-codes.js';
import { errorText, frameOf, pb, RawConnection, riakErrorOf, text, withServer } from '../helpers/server-harness.js';
import { seedNums } from '../helpers/mapreduce-seed.js';

type Client = Awaited<ReturnType<typeof withServer>>['client'];

async function mapred(client: Client, job: unknown): Promise<{ phase: number | undefined; response: unknown }[]> {
  const frames = [];
  for await (const frame of client.stream('RpbMapRedReq', { request: Buffer.from(JSON.stringify(job)), contentType: Buffer.from('application/json') })) {
    frames.push(frame);
  }
  const last = frames.at(-1)!;
  if (last.done !== true || Object.hasOwn(last, 'response')) throw new Error('the stream must end with a frame with only done');
  return frames.slice(0, -1).map((f) => ({ phase: Object.hasOwn(f, 'phase') ? f.phase : undefined, response: JSON.parse(text(f.response)) }));
}

/** A phase's results where Riak promises no order (bucket, key filter and 2i inputs): sorted, to compare as a multiset. */
function unordered(response: unknown): unknown[] {
  if (!Array.isArray(response)) throw new Error('a phase response must be a list');
  const byJson = (a: unknown, b: unknown) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : JSON.stringify(a) > JSON.stringify(b) ? 1 : 0);
  return [...(response as unknown[])].sort(byJson);
}

const erl = (kind: string, fun: string, extra: object = {}) => ({ [kind]: { language: 'erlang', module: 'riak_kv_mapreduce', function: fun, ...extra } });

test('map_object_value over a bucket, then reduce_string_to_integer and reduce_sum, streamed per phase', async (t) => {
  const { client } = await withServer(t);
  await seedNums(client);
  const frames = await mapred(client, {
    inputs: 'nums',
    query: [erl('map', 'map_object_value', { keep: true }), erl('reduce', 'reduce_string_to_integer'), erl('reduce', 'reduce_sum')],
  });
  // A bucket's keys come in the server's seeded order: the kept map results in any order, the sum the same.
  t.deepEqual(
    frames.map((f) => ({ ...f, response: f.phase === 0 ? unordered(f.response) : f.response })),
    [
      { phase: 0, response: unordered(['3', '5', '10']) },
      { phase: 2, response: [18] },
    ],
  );
});

test('key list inputs (with key data and bucket types), notfound handling and reduce_count_inputs', async (t) => {
  const { client } = await withServer(t);
  await seedNums(client);
  await client.put({ bucket: 'typed', key: 'x', type: 'siblings', value: 'typed-value' });
  const frames = await mapred(client, {
    inputs: [
      ['nums', 'a'],
      ['nums', 'missing', 'kd'],
      ['typed', 'x', null, 'siblings'],
    ],
    query: [erl('map', 'map_object_value', { arg: 'include_keydata', keep: true }), erl('reduce', 'reduce_count_inputs')],
  });
  t.deepEqual(frames, [
    { phase: 0, response: ['3', 'kd', 'typed-value'] },
    { phase: 1, response: [3] },
  ]);
  const filtered = await mapred(client, {
    inputs: [
      ['nums', 'missing'],
      ['nums', 'b'],
    ],
    query: [erl('map', 'map_object_value', { arg: 'filter_notfound' })],
  });
  t.deepEqual(filtered, [{ phase: 0, response: ['5'] }]);
  // With no arg, a missing key crashes map_object_value: Riak reports the failed fitting as JSON.
  const err = await riakErrorOf(t, mapred(client, { inputs: [['nums', 'missing']], query: [erl('map', 'map_object_value')] }));
  t.like(JSON.parse(err), { phase: 0, error: 'function_clause', type: 'error' });
});

test('2i inputs: exact and range queries', async (t) => {
  const { client } = await withServer(t);
  await seedNums(client);
  const range = await mapred(client, {
    inputs: { bucket: 'nums', index: 'n_int', start: 4, end: 20 },
    query: [erl('map', 'map_object_value'), erl('reduce', 'reduce_sort')],
  });
  t.deepEqual(range, [{ phase: 1, response: ['10', '5'] }]);
  const exact = await mapred(client, { inputs: { bucket: 'nums', index: 'n_int', key: '3' }, query: [erl('map', 'map_object_value')] });
  t.deepEqual(exact, [{ phase: 0, response: ['3'] }]);
  const keys = await mapred(client, { inputs: { bucket: 'nums', index: '$key', start: 'b', end: 'z' }, query: [] });
  t.deepEqual(
    keys.map((f) => ({ ...f, response: unordered(f.response) })),
    [
      {
        phase: 0,
        response: unordered([
          ['nums', 'b'],
          ['nums', 'c'],
        ]),
      },
    ],
  );
});

test('reduce built-ins: sort in Erlang term order, set union, identity; an empty input still runs the reduce once', async (t) => {
  const { client } = await withServer(t);
  for (const [key, value] of [
    ['1', 'b'],
    ['2', 'a'],
    ['3', 'b'],
  ]) {
    await client.put({ bucket: 'letters', key, value });
  }
  t.deepEqual(
    await mapred(client, { inputs: 'letters', query: [erl('map', 'map_object_value'), erl('reduce', 'reduce_set_union'), erl('reduce', 'reduce_sort')] }),
    [{ phase: 2, response: ['a', 'b'] }],
  );
  t.deepEqual(
    await mapred(client, {
      inputs: [
        ['letters', '1'],
        ['letters', '2'],
      ],
      query: [erl('reduce', 'reduce_identity')],
    }),
    [
      {
        phase: 0,
        response: [
          ['letters', '2'],
          ['letters', '1'],
        ],
      },
    ],
  );
  t.deepEqual(await mapred(client, { inputs: 'empty-bucket', query: [erl('reduce', 'reduce_count_inputs')] }), [{ phase: 0, response: [0] }]);
  t.deepEqual(await mapred(client, { inputs: 'empty-bucket', query: [erl('map', 'map_object_value')] }), []);
});

test('reduce re-reduces in batches of 20 like riak_kv_w_reduce', async (t) => {
  const { client } = await withServer(t);
  await Promise.all(Array.from({ length: 45 }, (_, i) => client.put({ bucket: 'many', key: `k${String(i).padStart(2, '0')}`, value: 'v' })));
  const frames = await mapred(client, { inputs: 'many', query: [erl('reduce', 'reduce_count_inputs')] });
  t.deepEqual(frames, [{ phase: 0, response: [45] }]);
});

test('link phases follow links by bucket and tag', async (t) => {
  const { client } = await withServer(t);
  await client.put({
    bucket: 'people',
    key: 'ada',
    value: 'Ada',
    links: [
      { bucket: 'people', key: 'charles', tag: 'friend' },
      { bucket: 'pets', key: 'rex', tag: 'owns' },
    ],
  });
  await client.put({ bucket: 'people', key: 'charles', value: 'Charles' });
  const frames = await mapred(client, {
    inputs: [['people', 'ada']],
    query: [{ link: { bucket: 'people', tag: '_', keep: true } }, erl('map', 'map_object_value')],
  });
  t.deepEqual(frames, [
    { phase: 0, response: [['people', 'charles', 'friend']] },
    { phase: 1, response: ['Charles'] },
  ]);
});

test('key filter inputs', async (t) => {
  const { client } = await withServer(t);
  for (const key of ['user-1', 'user-22', 'admin-3']) await client.put({ bucket: 'accounts', key, value: key });
  const frames = await mapred(client, {
    inputs: {
      bucket: 'accounts',
      key_filters: [
        ['tokenize', '-', 1],
        ['eq', 'user'],
      ],
    },
    query: [erl('map', 'map_object_value')],
  });
  t.deepEqual(
    frames.map((f) => ({ ...f, response: unordered(f.response) })),
    [{ phase: 0, response: unordered(['user-1', 'user-22']) }],
  );
  const starts = await mapred(client, { inputs: { bucket: 'accounts', key_filters: [['starts_with', 'adm']] }, query: [] });
  t.deepEqual(starts, [{ phase: 0, response: [['accounts', 'admin-3']] }]);
});

test('JavaScript phases and unknown Erlang functions fail like Riak KV 3.x', async (t) => {
  const { client } = await withServer(t);
  const js = await riakErrorOf(t, mapred(client, { inputs: 'b', query: [{ map: { language: 'javascript', source: 'function(v) { return [v]; }' } }] }));
  // fix_final_fitting/1 names the last fitting by its phase number; earlier ones keep {xform_map,I} / {reduce,I}.
  t.true(js.startsWith('Phase 0: The PhaseSpec part of the argument for riak_kv_mrc_map must be of one of the following forms:\n'));
  t.is(
    await riakErrorOf(t, mapred(client, { inputs: 'b', query: [erl('map', 'map_nope')] })),
    'Phase 0: PhaseSpec specifies riak_kv_mapreduce:map_nope/3, which is not exported',
  );
  t.is(
    await riakErrorOf(t, mapred(client, { inputs: 'b', query: [erl('map', 'map_nope'), erl('reduce', 'reduce_sum')] })),
    'Phase {xform_map,0}: PhaseSpec specifies riak_kv_mapreduce:map_nope/3, which is not exported',
  );
  t.is(
    await riakErrorOf(t, mapred(client, { inputs: 'b', query: [erl('map', 'map_object_value'), erl('reduce', 'reduce_nope')] })),
    'Phase 1: arg specifies riak_kv_mapreduce:reduce_nope/2, which is not exported',
  );
  t.is(
    await riakErrorOf(t, mapred(client, { inputs: 'b', query: [erl('map', 'map_object_value'), erl('reduce', 'reduce_nope'), erl('reduce', 'reduce_sum')] })),
    'Phase {reduce,1}: arg specifies riak_kv_mapreduce:reduce_nope/2, which is not exported',
  );
  t.is(
    await riakErrorOf(t, mapred(client, { inputs: 'b', query: [{ map: { language: 'erlang', module: 'my_mod', function: 'f' } }] })),
    'Phase 0: invalid module named in PhaseSpec function:\n must be a valid module name (failed to load my_mod: nofile)',
  );
});

test("malformed jobs get Riak's parse errors", async (t) => {
  const { client } = await withServer(t);
  t.is(await riakErrorOf(t, mapred(client, { inputs: 'b' })), 'missing_field');
  t.is(await riakErrorOf(t, mapred(client, [1, 2])), 'not_json');
  t.is(await riakErrorOf(t, mapred(client, { inputs: [], query: [] })), '{inputs,"No inputs were given.\\n"}');
  // riak_kv_mapred_json's reasons are iolists holding mochijson2's encoding of the offending JSON, printed with ~p ('query' is bare since R16B).
  t.regex(
    await riakErrorOf(t, mapred(client, { inputs: 42, query: [] })),
    /^\{inputs,\["Unrecognized format of \\"inputs\\" field:"," {3}","42","\\n\\n",\n {9}"Valid formats are:\\n",/,
  );
  t.is(
    await riakErrorOf(t, mapred(client, { inputs: 'b', query: [{ map: { module: 'm', function: 'f' } }] })),
    [
      '{query,["No \\"language\\" was specified for the phase:\\n","   ",',
      '        [123,',
      '         [34,<<"module">>,34],',
      '         58,',
      '         [34,<<"m">>,34],',
      '         44,',
      '         [34,<<"function">>,34],',
      '         58,',
      '         [34,<<"f">>,34],',
      '         125],',
      '        "\\n"]}',
    ].join('\n'),
  );
  t.is(
    await riakErrorOf(t, mapred(client, { inputs: 'b', query: [{ map: { language: 'python', source: 'x' } }] })),
    [
      '{query,["Unknown language ",',
      '        [34,<<"python">>,34],',
      '        " in phase:\\n","   ",',
      '        [123,',
      '         [34,<<"language">>,34],',
      '         58,',
      '         [34,<<"python">>,34],',
      '         44,',
      '         [34,<<"source">>,34],',
      '         58,',
      '         [34,<<"x">>,34],',
      '         125],',
      '        "\\n"]}',
    ].join('\n'),
  );
  const consume = async () => {
    for await (const f of client.stream('RpbMapRedReq', { request: Buffer.from('{}'), contentType: Buffer.from('text/plain') })) void f;
  };
  t.is(await riakErrorOf(t, consume()), '{unknown_content_type,<<"text/plain">>}');
});

test('a JavaScript reduce crashes the connection, as reduce_compat/1 does in Riak 3.x', async (t) => {
  const { server } = await withServer(t);
  const raw = await RawConnection.open(server);
  const job = { inputs: 'b', query: [{ reduce: { language: 'javascript', name: 'Riak.reduceSum' } }] };
  raw.send(
    frameOf(
      MessageCode.RpbMapRedReq,
      pb.RpbMapRedReq.encode({ request: Buffer.from(JSON.stringify(job)), contentType: Buffer.from('application/json') }).finish(),
    ),
  );
  await raw.waitClose();
  t.regex(errorText(raw.frames[0]), /^Error processing incoming message: error:function_clause:/);
});
