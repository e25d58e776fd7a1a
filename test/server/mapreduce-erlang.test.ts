import test from 'ava';
import { MessageCode } from '../../src/codec/message-codes.js';
import { RiakServerError } from '../../src/errors.js';
import { binaryToAnyTerm, termToBinary } from '../../src/codec/erlang/etf.js';
import { formatTerm } from '../../src/server/erlang/format.js';
import { dictFind } from '../../src/server/erlang/otp-dict.js';
import {
  atom,
  charCodes,
  ErlExportFun,
  ErlFloat,
  ErlFun,
  ErlImproperList,
  ErlMap,
  ErlPid,
  type ErlTuple,
  tuple,
  type AnyTerm,
} from '../../src/codec/erlang/term.js';
import { UnorderedResults } from '../../src/server/store/unordered.js';
import { errorText, frameOf, pb, RawConnection, riakErrorOf, withServer } from '../helpers/server-harness.js';
import { seedNums } from '../helpers/mapreduce-seed.js';

/**
 * Erlang-term MapReduce (issue 17): `application/x-erlang-binary` jobs as
 * riakc sends them, parsed as riak_kv_mapred_term:parse_request/1 parses
 * them (riak_kv/src/riak_kv_mapred_term.erl), run through the same pipe as
 * JSON jobs, results sent back as term_to_binary of each batch
 * (riak_kv_pb_mapred:encode_mapred_phase/3).
 */

type Client = Awaited<ReturnType<typeof withServer>>['client'];
const b = (s: string): Buffer => Buffer.from(s, 'latin1');
const modfun = (f: string, m = 'riak_kv_mapreduce'): AnyTerm => tuple(atom('modfun'), atom(m), atom(f));
const phase = (kind: 'map' | 'reduce', fun: AnyTerm, keep: boolean, arg: AnyTerm = atom('none')): AnyTerm => tuple(atom(kind), fun, arg, atom(String(keep)));
const job = (inputs: AnyTerm, query: AnyTerm): Buffer =>
  termToBinary([tuple(atom('inputs'), inputs), tuple(atom('query'), query), tuple(atom('timeout'), 60000)]);
const ERLANG = Buffer.from('application/x-erlang-binary');

/** The streamed frames of a term job: `[phase, decoded results]`, checking the final done-only frame. */
async function mapred(client: Client, request: Buffer): Promise<[number, AnyTerm][]> {
  const frames = [];
  for await (const frame of client.stream('RpbMapRedReq', { request, contentType: ERLANG })) frames.push(frame);
  const last = frames.at(-1)!;
  if (last.done !== true || Object.hasOwn(last, 'response')) throw new Error('the stream must end with a frame with only done');
  return frames.slice(0, -1).map((f) => [f.phase as number, binaryToAnyTerm(Buffer.from(f.response!))]);
}

/** All results of a phase, as ~p text (batches concatenated; a batch of small integers arrives as STRING_EXT). */
function resultsText(frames: [number, AnyTerm][], wanted: number): string {
  return formatTerm(frames.filter(([p]) => p === wanted).flatMap(([, results]) => (typeof results === 'string' ? charCodes(results) : (results as AnyTerm[]))));
}

// ---- the external term format (its codec's own tests: test/codec/erlang-etf.test.ts)

const pid = new ErlPid(atom('client@host'), 85, 0, 1700000000);

test('~p prints funs, pids, maps, improper lists and floats as Erlang does; query is no reserved word since R16B', (t) => {
  t.is(formatTerm(tuple(atom('query'), 'Query takes a list of step tuples', atom('undefined'))), '{query,"Query takes a list of step tuples",undefined}');
  t.is(formatTerm(new ErlFun(3, Buffer.alloc(16), 0, atom('erl_eval'), 44, 97283095, pid, [])), '#Fun<erl_eval.44.97283095>');
  t.is(formatTerm(new ErlExportFun(atom('riak_kv_mapreduce'), atom('map_object_value'), 3)), 'fun riak_kv_mapreduce:map_object_value/3');
  t.is(formatTerm(pid), '<0.85.0>');
  t.is(
    formatTerm(
      new ErlMap([
        [atom('b'), 2],
        [atom('a'), 1],
      ]),
    ),
    '#{a => 1,b => 2}',
  );
  t.is(formatTerm(new ErlImproperList([1, 2], atom('c'))), '[1,2|c]');
  t.is(formatTerm([104, 105]), '"hi"');
  // io_lib_format:fwrite_g/1: the shorter of the plain and the exponent form.
  t.deepEqual(
    [1, 0.1, 100, 1000, 12.5, 0.001, 0.0001, 1e21, -2.5, 2 ** 53].map((v) => formatTerm(new ErlFloat(v))),
    ['1.0', '0.1', '100.0', '1.0e3', '12.5', '0.001', '1.0e-4', '1.0e21', '-2.5', '9.007199254740992e15'],
  );
});

// ---- jobs over the wire

test('a term job over raw frames: map_object_value over a bucket, reduce_sum, results as term_to_binary per phase', async (t) => {
  const { server, client } = await withServer(t);
  await seedNums(client);
  const raw = await RawConnection.open(server);
  t.teardown(() => raw.close());
  const query = [
    phase('map', modfun('map_object_value'), true),
    phase('reduce', modfun('reduce_string_to_integer'), false),
    phase('reduce', modfun('reduce_sum'), true),
  ];
  raw.send(frameOf(MessageCode.RpbMapRedReq, pb.RpbMapRedReq.encode({ request: job(b('nums'), query), contentType: ERLANG }).finish()));
  await raw.waitFrames(3);
  const frames = raw.frames.map((f) => pb.RpbMapRedResp.decode(f.payload));
  t.true(raw.frames.every((f) => f.code === MessageCode.RpbMapRedResp));
  t.deepEqual(
    frames
      .slice(0, 2)
      .map((f) => [f.phase, formatTerm(binaryToAnyTerm(Buffer.from(f.response)))])
      .sort(),
    [
      [0, expect0(server.seed)],
      [2, '[18]'],
    ],
  );
  t.true(frames[2].done);
});

/** The bucket's keys in the server's seeded order: map_object_value keeps it. */
function expect0(seedValue: number): string {
  const values: Record<string, string> = { a: '<<"3">>', b: '<<"5">>', c: '<<"10">>' };
  return `[${new UnorderedResults(seedValue)
    .arrangeNames(['a', 'b', 'c'])
    .map((k) => values[k])
    .join(',')}]`;
}

test('key-list inputs with key data and types; notfound actions; floats stay floats', async (t) => {
  const { client } = await withServer(t);
  await seedNums(client);
  await client.put({ bucket: 'typed', key: 'x', type: 'siblings', value: 'typed-value' });
  const inputs = [
    tuple(b('nums'), b('a')),
    tuple(tuple(b('nums'), b('missing')), 1.5),
    tuple(tuple(tuple(b('siblings'), b('typed')), b('x')), atom('undefined')),
  ];
  const frames = await mapred(
    client,
    job(inputs, [phase('map', modfun('map_object_value'), true, b('include_keydata')), phase('reduce', modfun('reduce_count_inputs'), true)]),
  );
  t.is(resultsText(frames, 0), '[<<"3">>,1.5,<<"typed-value">>]');
  t.is(resultsText(frames, 1), '[3]');
  // A float key data summed with another float: term_to_binary sends a float (4.0, not 4).
  const floats = await mapred(
    client,
    job(
      [tuple(tuple(b('nums'), b('gone1')), new ErlFloat(1.5)), tuple(tuple(b('nums'), b('gone2')), new ErlFloat(2.5))],
      [phase('map', modfun('map_object_value'), false, b('include_keydata')), phase('reduce', modfun('reduce_sum'), true)],
    ),
  );
  t.deepEqual(floats, [[1, [new ErlFloat(4)]]]);
  const notfound = await mapred(client, job([tuple(b('nums'), b('missing'))], [phase('map', modfun('map_object_value'), true, b('include_notfound'))]));
  t.is(resultsText(notfound, 0), '[{error,notfound}]');
});

test('map_identity sends the riak_object record, its metadata a real dict', async (t) => {
  const { client } = await withServer(t);
  await client.put({ bucket: 'people', key: 'ada', value: 'Ada', contentType: 'text/plain', links: [{ bucket: 'people', key: 'charles', tag: 'friend' }] });
  const [[p, results]] = await mapred(client, job([tuple(b('people'), b('ada'))], [phase('map', modfun('map_identity'), true)]));
  t.is(p, 0);
  const [object] = results as ErlTuple<AnyTerm>[];
  t.is(formatTerm(object.items[0]), 'r_object');
  t.deepEqual(object.items.slice(1, 3), [b('people'), b('ada')]);
  const [content] = object.items[3] as ErlTuple<AnyTerm>[];
  t.deepEqual(content.items[2], b('Ada'));
  t.is(formatTerm(dictFind(content.items[1], b('content-type'))!), '"text/plain"');
  t.is(formatTerm(dictFind(content.items[1], b('Links'))!), '[{{<<"people">>,<<"charles">>},<<"friend">>}]');
  t.is(formatTerm(dictFind(object.items[5], atom('clean'))!), 'true');
});

test('link phases, reduce_plist_sum on tuples, and an exported fun as qfun run', async (t) => {
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
  const links = await mapred(
    client,
    job([tuple(b('people'), b('ada'))], [tuple(atom('link'), b('people'), atom('_'), atom('true')), phase('map', modfun('map_object_value'), true)]),
  );
  t.is(resultsText(links, 0), '[[<<"people">>,<<"charles">>,<<"friend">>]]');
  t.is(resultsText(links, 1), '[<<"Charles">>]');
  // {Key, Count} pairs, which JSON cannot express, as the key data of missing keys.
  const pairs = [tuple(atom('a'), 1), tuple(atom('b'), 2), tuple(atom('a'), 3)].map((kd, i) => tuple(tuple(b('people'), b(`gone${i}`)), kd));
  const sums = await mapred(
    client,
    job(pairs, [phase('map', modfun('map_object_value'), false, b('include_keydata')), phase('reduce', modfun('reduce_plist_sum'), true)]),
  );
  t.deepEqual(((sums[0][1] as AnyTerm[]).map(formatTerm) as string[]).sort(), ['{a,4}', '{b,2}']);
  const qfun = tuple(atom('qfun'), new ErlExportFun(atom('riak_kv_mapreduce'), atom('map_object_value'), 3));
  t.is(resultsText(await mapred(client, job([tuple(b('people'), b('charles'))], [phase('map', qfun, true)])), 0), '[<<"Charles">>]');
});

test('phase specs that cannot run here fail as riak_kv_mrc_map and riak_kv_w_reduce validate them', async (t) => {
  const { client } = await withServer(t);
  await seedNums(client);
  const run = (query: AnyTerm) => riakErrorOf(t, mapred(client, job(b('nums'), query)));
  // riak_kv_mrc_map:validate_arg/1: the last fitting is renamed to its phase number (fix_final_fitting/1).
  const forms =
    'The PhaseSpec part of the argument for riak_kv_mrc_map must be of one of the following forms:\n   {modfun, Module :: atom(), Function :: atom()}\n' +
    '   {qfun, Function :: function()}\n   {strfun, Source :: string()}\n   {strfun, {Bucket :: binary(), Key :: binary()}}\n';
  t.is(await run([phase('map', tuple(atom('jsfun'), b('Riak.mapValuesJson')), true)]), `Phase 0: ${forms}`);
  t.is(
    await run([phase('map', tuple(atom('jsanon'), b('function(v){return [v];}')), false), phase('map', modfun('map_object_value'), true)]),
    `Phase {xform_map,0}: ${forms}`,
  );
  // riak_pipe_v:validate_function/3.
  t.is(
    await run([phase('map', modfun('f', 'my_mod'), true)]),
    'Phase 0: invalid module named in PhaseSpec function:\n must be a valid module name (failed to load my_mod: nofile)',
  );
  t.is(await run([phase('map', modfun('reduce_sum'), true)]), 'Phase 0: PhaseSpec specifies riak_kv_mapreduce:reduce_sum/3, which is not exported');
  t.is(
    await run([phase('map', tuple(atom('qfun'), new ErlExportFun(atom('riak_kv_mapreduce'), atom('reduce_sum'), 2)), true)]),
    'Phase 0: PhaseSpec must be of arity 3, not 2',
  );
  t.is(await run([phase('map', tuple(atom('qfun'), b('x')), true)]), 'Phase 0: PhaseSpec must be a function or {Mod, Fun} (arity 3), not a binary');
  t.is(
    await run([phase('map', modfun('map_object_value'), false), phase('reduce', modfun('nope'), true)]),
    'Phase 1: arg specifies riak_kv_mapreduce:nope/2, which is not exported',
  );
  t.is(
    await run([phase('reduce', tuple(atom('qfun'), tuple(atom('m'), atom('f'))), true)]),
    'Phase 0: riak_kv_w_reduce requires a function as argument, not a tuple',
  );
  t.is(
    await run([phase('map', tuple(atom('strfun'), tuple(atom('b'), b('k'))), true)]),
    'Phase 0: riak_kv_mrc_map requires that the {Bucket,Key} of a strfun request be a {binary,binary}, not {atom,binary}',
  );
});

test('an anonymous fun cannot run here: its code is not on this node (undef), reported as a failed phase', async (t) => {
  const { client } = await withServer(t);
  await seedNums(client);
  const fun = new ErlFun(3, Buffer.alloc(16, 1), 0, atom('erl_eval'), 44, 97283095, pid, []);
  const text = await riakErrorOf(t, mapred(client, job([tuple(b('nums'), b('a'))], [phase('map', tuple(atom('qfun'), fun), true)])));
  const error = JSON.parse(text) as Record<string, unknown>;
  t.deepEqual(Object.keys(error), ['phase', 'error', 'input', 'type', 'stack']);
  t.like(error, { phase: 0, error: 'undef', type: 'error' });
  t.true((error.input as string).startsWith('{ok,{r_object,<<"nums">>,<<"a">>,'));
  // With no input the map phase never runs: no error.
  t.deepEqual(await mapred(client, job([], [phase('map', tuple(atom('qfun'), fun), true)])), []);
});

test('a reduce crash inside done/1 is reported without its input, as riak_pipe_vnode:worker_error/3 does', async (t) => {
  const { client } = await withServer(t);
  await seedNums(client);
  const text = await riakErrorOf(
    t,
    mapred(client, job(b('nums'), [phase('map', modfun('map_object_value'), false), phase('reduce', modfun('reduce_sum'), true)])),
  );
  const error = JSON.parse(text) as Record<string, unknown>;
  t.like(error, { phase: 1, input: null, type: null, stack: null });
  t.regex(error.error as string, /^\{badarith,\[\{erlang,'\+',\s+\[<<"\d+">>,0\],\s+\[\{error_info,#\{module => erl_erts_errors\}\}\]\},/);
});

test("malformed term jobs get riak_kv_mapred_term's reasons", async (t) => {
  const { client } = await withServer(t);
  const send = (request: Buffer) => riakErrorOf(t, mapred(client, request));
  t.is(await send(termToBinary([tuple(atom('inputs'), b('b'))])), '{query,{"Query takes a list of step tuples",undefined}}');
  t.is(await send(job(b('b'), atom('nope'))), '{query,{"Query takes a list of step tuples",nope}}');
  t.is(
    await send(job(42, [])),
    '{inputs,{"Inputs must be a binary bucket, a tuple of bucket and key-filters, a list of target tuples, or a search, index, or modfun tuple:",\n         42}}',
  );
  t.is(
    await send(job([tuple(b('b'), b('k')), tuple(b('b'), 7)], [])),
    '{inputs,{"Inputs target tuples must be {B,K} or {{B,K},KeyData}:",\n         [{<<"b">>,7}]}}',
  );
  t.is(await send(job(tuple(atom('index'), b('b'), b('n_int'), b('x')), [])), '{inputs,[{field_parsing_failed,{<<"n_int">>,<<"x">>}}]}');
  t.is(await send(Buffer.from('not a term')), 'badarg');
  t.is(await send(termToBinary(tuple(atom('inputs'), b('b')))), 'function_clause');
});

test('inputs that cannot be sent: search, an unknown modfun, an unknown key filter', async (t) => {
  const { client } = await withServer(t);
  const send = (inputs: AnyTerm) => riakErrorOf(t, mapred(client, job(inputs, [])));
  t.is(await send(tuple(atom('search'), b('b'), b('q'))), 'Error sending inputs: {error,"search not enabled"}');
  // Laid out by io_lib_pretty from the column after the prefix.
  t.is(
    await send(tuple(atom('modfun'), atom('my_mod'), atom('inputs'), [])),
    'Error sending inputs: {{modfun,my_mod,inputs,[]},\n                       error,undef,\n                       [{my_mod,inputs,3,[]}]}',
  );
  t.is(await send(tuple(b('b'), [[b('nope')]])), 'Error sending inputs: {error,{bad_filter,<<"nope">>}}');
});

test("a bucket's keys reach the first phase in the server's seeded order, not sorted", async (t) => {
  const keys = Array.from({ length: 30 }, (_, i) => `k${String(i).padStart(2, '0')}`);
  const { server, client } = await withServer(t, { seed: 1234 });
  for (const key of keys) await client.put({ bucket: 'many', key, value: key });
  const frames = await mapred(client, job(b('many'), [phase('map', modfun('map_object_value'), true)]));
  const got = frames.flatMap(([, results]) => (results as Buffer[]).map((v) => v.toString()));
  t.deepEqual(got, new UnorderedResults(server.seed).arrangeNames(keys));
  t.notDeepEqual(got, keys);
});

test('a JavaScript reduce crashes the connection in reduce_compat/1, as on Riak 3.x', async (t) => {
  const { server } = await withServer(t);
  const raw = await RawConnection.open(server);
  const request = job(b('b'), [phase('reduce', tuple(atom('jsanon'), b('function(v){return v;}')), true)]);
  raw.send(frameOf(MessageCode.RpbMapRedReq, pb.RpbMapRedReq.encode({ request, contentType: ERLANG }).finish()));
  await raw.waitClose();
  t.true(errorText(raw.frames[0]).startsWith('Error processing incoming message: error:function_clause:[{riak_kv_w_reduce,'));
  t.regex(errorText(raw.frames[0]), /reduce_compat,\s+\[\{jsanon,\s+<<"function\(v\)\{return v;\}">>\}\],/);
});

test("a reduce's stored strfun source that is a tombstone is not found, as riak_client:get answers in stored_source/2", async (t) => {
  const { server, client } = await withServer(t, { deleteMode: 'keep' });
  await client.put({ bucket: 'src', key: 'live', value: 'function(v){return v;}' });
  await client.put({ bucket: 'src', key: 'gone', value: 'function(v){return v;}' });
  await client.delete({ bucket: 'src', key: 'gone' });
  const crash = async (key: string): Promise<string> => {
    const raw = await RawConnection.open(server);
    t.teardown(() => raw.close());
    const request = job(b('b'), [phase('reduce', tuple(atom('strfun'), tuple(b('src'), b(key))), true)]);
    raw.send(frameOf(MessageCode.RpbMapRedReq, pb.RpbMapRedReq.encode({ request, contentType: ERLANG }).finish()));
    return errorText((await raw.waitFrames(1))[0]);
  };
  t.regex(await crash('gone'), /\{badmatch,\{error,notfound\}\}/);
  t.regex(await crash('live'), /\{badmatch,\{allow_strfun,false\}\}/);
});

test('the server error is a RiakServerError (errcode 0) the connection survives', async (t) => {
  const { client } = await withServer(t);
  const err = await t.throwsAsync(mapred(client, job(b('b'), atom('nope'))), { instanceOf: RiakServerError });
  t.is(err?.errcode, 0);
  t.deepEqual(await mapred(client, job([tuple(b('b'), b('k'))], [])), [[0, [tuple(b('b'), b('k'))]]]);
});
