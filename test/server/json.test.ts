import test from 'ava';
import fc from 'fast-check';
import { MessageCode } from '../../src/codec/message-codes.js';
import { iolistToBuffer } from '../../src/server/erlang/iolist.js';
import { formatTerm } from '../../src/server/erlang/format.js';
import { atom, ErlFloat, tuple, type AnyTerm } from '../../src/codec/erlang/term.js';
import { decodeJson, MochiDecodeError, MochiThrow } from '../../src/server/json/mochijson2-decode.js';
import { encodeJson, MochiEncodeError } from '../../src/server/json/mochijson2-encode.js';
import { mochinumDigits } from '../../src/server/json/mochinum.js';
import { errorText, frameOf, pb, RawConnection, riakErrorOf, withServer } from '../helpers/server-harness.js';

/**
 * JSON as Riak reads and writes it (issue 17): mochijson2 from basho's
 * mochiweb (develop-3.2, src/mochijson2.erl), for MapReduce jobs
 * (riak_kv_mapred_json:parse_request/1) and their results. Its grammar is
 * not RFC 8259's, and its failures are Erlang's, never Node's.
 */

type Client = Awaited<ReturnType<typeof withServer>>['client'];
const decode = (text: string): string => formatTerm(decodeJson(Buffer.from(text, 'latin1')));
const encode = (term: AnyTerm): string => iolistToBuffer(encodeJson(term)).toString('latin1');

/** The decode failure: `throw:Value`, or `error:Reason` with the innermost frame's function and line. */
function failure(text: string): string {
  try {
    decodeJson(Buffer.from(text, 'latin1'));
    return 'ok';
  } catch (err) {
    if (err instanceof MochiThrow) return `throw:${formatTerm(err.value)}`;
    if (err instanceof MochiDecodeError) {
      const [top] = err.frames as { items: AnyTerm[] }[];
      return `${formatTerm(err.reason)} at ${formatTerm(top.items[1])}:${formatTerm((top.items[3] as { items: AnyTerm[] }[])[1]?.items[1] ?? [])}`;
    }
    throw err;
  }
}

async function mapred(client: Client, job: string): Promise<unknown[]> {
  const out = [];
  for await (const { phase, response } of client.mapReduce(job)) out.push([phase, response]);
  return out;
}

test('mochijson2 accepts what strict JSON refuses: unknown escapes keep their backslash, raw control characters, trailing commas, non-string keys', (t) => {
  // tokenize_string/3: "\w" matches no escape clause; the backslash is taken as a plain character.
  t.is(decode('"a\\wb\\\'c"'), '<<"a\\\\wb\\\\\'c">>');
  t.is(decode('"tab\there\nnewline"'), '<<"tab\\there\\nnewline">>');
  t.is(decode('[1,2,]'), '[1,2]');
  t.is(decode('{"a":1,}'), '{struct,[{<<"a">>,1}]}');
  t.is(decode('{1:2,true:null}'), '{struct,[{1,2},{true,null}]}');
  // \u escapes become UTF-8; a surrogate pair one character.
  t.deepEqual(decodeJson(Buffer.from('"\\u00e9\\ud83d\\ude00"')), Buffer.from('é😀'));
  // Integers stay integers (bigints past 2^53); a fraction or an exponent makes a float, "1e5" reads as 1.0e5.
  t.is(decode('[0,-7,12345678901234567890,1.5,1e5,-0.0,2E-3]'), '[0,-7,12345678901234567890,1.5,1.0e5,-0.0,0.002]');
  t.deepEqual(decodeJson(Buffer.from('1.0')), new ErlFloat(1));
});

test('mochijson2 refuses as mochijson2 does, with its reasons and lines', (t) => {
  // The tokenize/2 case has no clause for the byte: case_clause with the whole input.
  t.is(failure('{"a":tru}'), '{case_clause,<<"{\\"a\\":tru}">>} at tokenize:583');
  t.is(failure('[NaN]'), '{case_clause,<<"[NaN]">>} at tokenize:583');
  t.is(failure('{} x'), '{case_clause,<<"{} x">>} at tokenize:583');
  // The input ends where a value is due: `trim = S#decoder.state` fails.
  t.is(failure(''), '{badmatch,any} at tokenize:610');
  t.is(failure('[1,2'), '{badmatch,comma} at tokenize:610');
  // Trailing data after the value: `{eof, _} = tokenize(...)` fails with the token and the decoder state.
  t.is(failure('{} {}'), '{badmatch,{start_object,{decoder,null,4,1,5,trim}}} at json_decode:356');
  t.is(failure('{"a" 1}'), '{badmatch,{{const,1},{decoder,null,6,1,7,key}}} at decode_object:387');
  t.is(failure('[01]'), '{case_clause,{{const,1},{decoder,null,3,1,4,comma}}} at decode_array:417');
  t.is(failure('-x'), '{case_clause,<<"-x">>} at tokenize_number:531');
  t.is(failure('"\\u00zz"'), 'badarg at list_to_integer:[]');
  t.is(failure('[1e999]'), 'badarg at list_to_float:[]');
  // An unterminated string and bytes that are not UTF-8 are throw(invalid_utf8).
  t.is(failure('"abc'), 'throw:invalid_utf8');
  t.is(failure('"\xff"'), 'throw:invalid_utf8');
});

test('decoding then encoding valid JSON gives what JSON.parse reads (property)', (t) => {
  const noLoneSurrogates = (text: string): boolean => !/[\ud800-\udfff]/.test(text);
  fc.assert(
    fc.property(fc.json().filter(noLoneSurrogates), (text) => {
      const back = JSON.parse(encode(decodeJson(Buffer.from(text, 'utf8')))) as unknown;
      t.deepEqual(back, JSON.parse(text));
    }),
  );
});

test('mochijson2 encodes as mochiweb does: \\u escapes in lowercase, floats by mochinum, proplists as objects, bad terms exit', (t) => {
  t.is(encode(Buffer.from('é\u0001"\\\n😀')), '"\\u00e9\\u0001\\"\\\\\\n\\ud83d\\ude00"');
  t.is(encode([tuple(atom('a'), 1), tuple(Buffer.from('b'), [])]), '{"a":1,"b":[]}');
  t.is(encode(tuple(atom('struct'), [])), '{}');
  t.is(encode('abc'), '[97,98,99]');
  t.deepEqual([1, 0.1, 100, 123456, 1e21, 1e-7, 0.00001, -2.5].map(mochinumDigits), [
    '1.0',
    '0.1',
    '100.0',
    '123456.0',
    '1.0e+21',
    '1.0e-7',
    '0.00001',
    '-2.5',
  ]);
  const err = t.throws(() => encodeJson(tuple(atom('r_object'), 1)), { instanceOf: MochiEncodeError });
  t.is(formatTerm(err!.reason), '{json_encode,{bad_term,{r_object,1}}}');
  // The iolist keeps mochijson2's shape: Riak prints it with ~p in its error texts.
  t.is(formatTerm(encodeJson(tuple(atom('struct'), [tuple(Buffer.from('module'), Buffer.from('m'))]))), '[123,[34,<<"module">>,34],58,[34,<<"m">>,34],125]');
});

test("a MapReduce job with \\w in a string runs (Node's JSON.parse refuses it)", async (t) => {
  const { client } = await withServer(t);
  t.throws(() => JSON.parse('{"inputs":[["b","k\\w"]],"query":[]}'));
  t.deepEqual(await mapred(client, '{"inputs":[["b","k\\w"]],"query":[]}'), [[0, [['b', 'k\\w']]]]);
  t.deepEqual(await mapred(client, '{"inputs":[["b","k"],],"query":[],}'), [[0, [['b', 'k']]]]);
});

test("an undecodable job is invalid_json with mochijson2's reason and stack, or not_json; never Node's words", async (t) => {
  const { client } = await withServer(t);
  // riak_kv_mapred_json:parse_request/1: `{'EXIT', Message}` -> {error, {invalid_json, Message}}, printed with ~p.
  t.is(
    await riakErrorOf(t, mapred(client, '{} x')),
    '{invalid_json,{{case_clause,<<"{} x">>},\n' +
      '               [{mochijson2,tokenize,2,\n' +
      '                            [{file,"src/mochijson2.erl"},{line,583}]},\n' +
      '                {mochijson2,json_decode,2,\n' +
      '                            [{file,"src/mochijson2.erl"},{line,356}]},\n' +
      '                {riak_kv_mapred_json,parse_request,1,\n' +
      '                                     [{file,"src/riak_kv_mapred_json.erl"},\n' +
      '                                      {line,42}]},\n' +
      '                {riak_kv_pb_mapred,process,2,\n' +
      '                                   [{file,"src/riak_kv_pb_mapred.erl"},\n' +
      '                                    {line,92}]},\n' +
      '                {riak_api_pb_server,process_message,4,\n' +
      '                                    [{file,"src/riak_api_pb_server.erl"},\n' +
      '                                     {line,402}]},\n' +
      '                {riak_api_pb_server,connected,2,\n' +
      '                                    [{file,"src/riak_api_pb_server.erl"},\n' +
      '                                     {line,238}]}]}}',
  );
  // A throw (invalid UTF-8, an unterminated string) and JSON that is not an object are not_json.
  t.is(await riakErrorOf(t, mapred(client, '{"inputs":"b","query":[],"x":"abc')), 'not_json');
  t.is(await riakErrorOf(t, mapred(client, '[1,2]')), 'not_json');
  for (const bad of ['{"inputs":"\\q","query":[]', '{"a":NaN}', '{"inputs": "b", "query": [1, 2,, 3]}', '\u00a0{}']) {
    const text = await riakErrorOf(t, mapred(client, bad));
    t.notRegex(text, /in JSON at position|Unexpected token|Bad escaped|Expected/);
    t.regex(text, /^(\{invalid_json,|not_json$)/);
  }
});

test('parse errors print the iolists riak_kv_mapred_json builds, with the offending JSON as mochijson2 encodes it', async (t) => {
  const { client } = await withServer(t);
  t.is(
    await riakErrorOf(t, mapred(client, '{"inputs":"b","query":[{"map":{"module":"m","function":"f"}}]}')),
    '{query,["No \\"language\\" was specified for the phase:\\n","   ",\n' +
      '        [123,\n' +
      '         [34,<<"module">>,34],\n' +
      '         58,\n' +
      '         [34,<<"m">>,34],\n' +
      '         44,\n' +
      '         [34,<<"function">>,34],\n' +
      '         58,\n' +
      '         [34,<<"f">>,34],\n' +
      '         125],\n' +
      '        "\\n"]}',
  );
  t.is(
    await riakErrorOf(t, mapred(client, '{"inputs":"b","query":"x"}')),
    '{query,["The value of the \\"query\\" field was not a list:\\n   ",\n        [34,<<"x">>,34],\n        "\\n"]}',
  );
  t.is(
    await riakErrorOf(t, mapred(client, '{"inputs":{"bucket":"b","index":"n_int","key":"x"},"query":[]}')),
    '{inputs,[{field_parsing_failed,{<<"n_int">>,<<"x">>}}]}',
  );
  t.regex(await riakErrorOf(t, mapred(client, '{"inputs":42,"query":[]}')), /^\{inputs,\["Unrecognized format of \\"inputs\\" field:"," {3}","42","\\n\\n",\n/);
});

test('phase errors are worded as riak_kv words them: the last fitting is its phase number', async (t) => {
  const { client } = await withServer(t);
  const js = { map: { language: 'javascript', source: 'function(v) { return [v]; }' } };
  const erl = (fun: string, kind = 'map') => ({ [kind]: { language: 'erlang', module: 'riak_kv_mapreduce', function: fun } });
  const run = (query: object[]) => riakErrorOf(t, mapred(client, JSON.stringify({ inputs: 'b', query })));
  const forms = 'The PhaseSpec part of the argument for riak_kv_mrc_map must be of one of the following forms:\n';
  t.true((await run([js])).startsWith(`Phase 0: ${forms}`));
  t.true((await run([js, erl('map_object_value')])).startsWith(`Phase {xform_map,0}: ${forms}`));
  t.is(await run([erl('map_object_value'), erl('reduce_nope', 'reduce')]), 'Phase 1: arg specifies riak_kv_mapreduce:reduce_nope/2, which is not exported');
  t.is(await run([erl('map_nope'), erl('map_object_value')]), 'Phase {xform_map,0}: PhaseSpec specifies riak_kv_mapreduce:map_nope/3, which is not exported');
  // A map phase that fails on an input: riak_kv_mapred_json:jsonify_pipe_error/2.
  const failed = JSON.parse(await riakErrorOf(t, mapred(client, JSON.stringify({ inputs: [['b', 'missing']], query: [erl('map_object_value')] })))) as Record<
    string,
    unknown
  >;
  t.like(failed, { phase: 0, error: 'function_clause', input: '{{error,notfound},{<<"b">>,<<"missing">>},undefined}', type: 'error' });
  t.true((failed.stack as string).startsWith('[{current_stacktrace,'));
});

test('results are mochijson2 JSON on the wire; a term it cannot encode crashes the connection', async (t) => {
  const { server, client } = await withServer(t);
  await client.put({ bucket: 'b', key: 'k', value: 'é\u0001' });
  const raw = await RawConnection.open(server);
  t.teardown(() => raw.close());
  const send = (job: object) =>
    raw.send(
      frameOf(
        MessageCode.RpbMapRedReq,
        pb.RpbMapRedReq.encode({ request: Buffer.from(JSON.stringify(job)), contentType: Buffer.from('application/json') }).finish(),
      ),
    );
  send({ inputs: [['b', 'k']], query: [{ map: { language: 'erlang', module: 'riak_kv_mapreduce', function: 'map_object_value' } }] });
  await raw.waitFrames(2);
  t.is(Buffer.from(pb.RpbMapRedResp.decode(raw.frames[0].payload).response).toString('latin1'), '["\\u00e9\\u0001"]');
  send({ inputs: [['b', 'k']], query: [{ map: { language: 'erlang', module: 'riak_kv_mapreduce', function: 'map_identity' } }] });
  await raw.waitClose();
  t.true(errorText(raw.frames[2]).startsWith('Error processing stream message: exit:{json_encode,\n'));
  t.regex(errorText(raw.frames[2]), /\{bad_term,\s+\{r_object,<<"b">>,<<"k">>,/);
});
