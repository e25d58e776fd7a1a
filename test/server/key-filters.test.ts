import test, { type ExecutionContext } from 'ava';
import { binaryToAnyTerm, termToBinary } from '../../src/codec/erlang/etf.js';
import { atom, type ErlTuple, tuple, type AnyTerm } from '../../src/codec/erlang/term.js';
import { riakErrorOf, text, withServer } from '../helpers/server-harness.js';

/**
 * Key filters as riak_kv_mapred_filters runs them in Riak's vnode folds
 * (src/server/mapreduce/key-filters.ts): Erlang's values between filters
 * (char lists from to_lower / to_upper / urldecode, float_to_list's 20
 * decimals, mochiweb's query-string decoding), a filter crashing on a key
 * failing the whole job as the listkeys fitting's error, a filter that
 * crashes while the vnodes build it leaving the job to its timeout.
 */

type Client = Awaited<ReturnType<typeof withServer>>['client'];
const b = (s: string): Buffer => Buffer.from(s, 'latin1');

/** A server whose buckets hold these keys (each key's bytes its latin1 text). */
async function seeded(t: ExecutionContext, buckets: Record<string, string[]>): Promise<Client> {
  const { client } = await withServer(t);
  for (const [bucket, keys] of Object.entries(buckets)) for (const key of keys) await client.put({ bucket, key: b(key), value: 'v' });
  return client;
}

/** Every frame of a MapReduce request (rejects with the server's error). */
async function frames(client: Client, request: Buffer, contentType: string) {
  const all = [];
  for await (const frame of client.stream('RpbMapRedReq', { request, contentType: Buffer.from(contentType) })) all.push(frame);
  return all;
}

/** The keys a JSON job without phases keeps (its inputs come back as [Bucket, Key]), sorted. */
async function jsonKeys(client: Client, bucket: string, filters: unknown[], extra: object = {}): Promise<string[]> {
  const request = Buffer.from(JSON.stringify({ inputs: { bucket, key_filters: filters }, query: [], ...extra }));
  return (await frames(client, request, 'application/json'))
    .filter((f) => f.response?.length)
    .flatMap((f) => (JSON.parse(text(f.response)) as string[][]).map((pair) => pair[1]))
    .sort();
}

/** The keys an Erlang-term job `{Bucket, Filters}` without phases keeps (inputs come back as {Bucket, Key}), sorted as latin1. */
async function termKeys(client: Client, bucket: string, filters: AnyTerm): Promise<string[]> {
  const request = termToBinary([tuple(atom('inputs'), tuple(b(bucket), filters)), tuple(atom('query'), []), tuple(atom('timeout'), 60000)]);
  const keys: string[] = [];
  for (const frame of await frames(client, request, 'application/x-erlang-binary')) {
    if (!frame.response?.length) continue;
    for (const input of binaryToAnyTerm(Buffer.from(frame.response)) as ErlTuple<AnyTerm>[]) keys.push((input.items[1] as Buffer).toString('latin1'));
  }
  return keys.sort();
}

test('float_to_string writes float_to_list/1: 21 significant digits and a two-digit exponent; string_to_float takes a comma too', async (t) => {
  const client = await seeded(t, { floats: ['2.5', '0.1', '3,5'] });
  t.deepEqual(await jsonKeys(client, 'floats', [['string_to_float'], ['float_to_string'], ['eq', '2.50000000000000000000e+00']]), ['2.5']);
  t.deepEqual(await jsonKeys(client, 'floats', [['string_to_float'], ['float_to_string'], ['eq', '1.00000000000000005551e-01']]), ['0.1']);
  t.deepEqual(await jsonKeys(client, 'floats', [['string_to_float'], ['float_to_string'], ['eq', '2.5']]), []);
  t.deepEqual(await jsonKeys(client, 'floats', [['string_to_float'], ['between', 3, 4]]), ['3,5']);
  // set_member compares to_string/1 of both sides: a float argument is its float_to_list/1 too.
  t.deepEqual(await jsonKeys(client, 'floats', [['string_to_float'], ['set_member', 2.5]]), ['2.5']);
});

test('to_lower, to_upper and urldecode give Erlang strings: eq with a binary never holds, a string argument does', async (t) => {
  const client = await seeded(t, { names: ['ABC', 'abc'] });
  t.deepEqual(await jsonKeys(client, 'names', [['to_lower'], ['eq', 'abc']]), []);
  t.deepEqual(await jsonKeys(client, 'names', [['to_upper'], ['eq', 'ABC']]), []);
  t.deepEqual(await jsonKeys(client, 'names', [['urldecode'], ['eq', 'abc']]), []);
  // A list sorts before every binary.
  t.deepEqual(await jsonKeys(client, 'names', [['to_lower'], ['less_than', '']]), ['ABC', 'abc']);
  // set_member, starts_with, ends_with and similar_to compare to_string/1 of both sides: lists.
  t.deepEqual(await jsonKeys(client, 'names', [['to_lower'], ['set_member', 'abc']]), ['ABC', 'abc']);
  t.deepEqual(await termKeys(client, 'names', [[b('to_lower')], [b('eq'), 'abc']]), ['ABC', 'abc'], 'a char list argument equals');
  t.deepEqual(await termKeys(client, 'names', [[b('to_lower')], [b('eq'), b('abc')]]), [], 'a binary argument never does');
  // tokenize gives binaries again.
  t.deepEqual(await jsonKeys(client, 'names', [['to_lower'], ['tokenize', '-', 1], ['eq', 'abc']]), ['ABC', 'abc']);
});

test('to_upper and to_lower change Latin-1 letters only', async (t) => {
  const client = await seeded(t, { latin: ['\u00e9t\u00e9', '\u00f7', 'x\u00ff'] });
  const upper = [0xc9, 0x54, 0xc9];
  t.deepEqual(await termKeys(client, 'latin', [[b('to_upper')], [b('eq'), upper]]), ['\u00e9t\u00e9']);
  // ÷ (F7) and ÿ (FF) have no upper case in string:to_upper/1.
  t.deepEqual(await termKeys(client, 'latin', [[b('to_upper')], [b('set_member'), [0xf7], [0x58, 0xff]]]), ['x\u00ff', '\u00f7']);
});

test('urldecode is mochiweb_util:parse_qs/1 of "x=" ++ Key: the first value only, + and %HH decoded, bytes not UTF-8', async (t) => {
  const keys = ['a%20b', 'a+b', 'x&y=z', 'p;q', 'k=v', '%zz%4', '100%25', '%C3%A9', '%ff'];
  const client = await seeded(t, { urls: keys });
  const decoded = async (value: string) => jsonKeys(client, 'urls', [['urldecode'], ['set_member', value]]);
  t.deepEqual(await decoded('a b'), ['a%20b', 'a+b']);
  t.deepEqual(await decoded('x'), ['x&y=z'], 'a & ends the value');
  t.deepEqual(await decoded('p'), ['p;q'], 'so does a ;');
  t.deepEqual(await decoded('k=v'), ['k=v'], 'an = inside the value stays');
  t.deepEqual(await decoded('%zz%4'), ['%zz%4'], 'a bad escape stays as it is');
  t.deepEqual(await decoded('100%'), ['100%25']);
  // JSON's "é" is the binary <<195,169>>: the same two elements urldecode makes of %C3%A9.
  t.deepEqual(await decoded('\u00e9'), ['%C3%A9']);
  t.deepEqual(await termKeys(client, 'urls', [[b('urldecode')], [b('eq'), [0xc3, 0xa9]]]), ['%C3%A9']);
  t.deepEqual(await termKeys(client, 'urls', [[b('urldecode')], [b('eq'), [0xff]]]), ['%ff'], 'a byte that is no UTF-8 stays one element');
});

test('a filter that crashes on a key fails the job as the listkeys fitting: int_to_string of a binary', async (t) => {
  const client = await seeded(t, { mixed: ['k1', '42'] });
  const err = await riakErrorOf(t, jsonKeys(client, 'mixed', [['int_to_string']]));
  t.deepEqual(JSON.parse(err), {
    phase: 'listkeys',
    error: 'function_clause',
    input: '{cover,[{0,[0]}],{<<"mixed">>,[{riak_kv_mapred_filters,int_to_string,[]}]}}',
    type: 'error',
    stack: [
      '[{current_stacktrace,',
      '     [{riak_pipe_vnode_worker,processing_error,7,',
      '          [{file,"src/riak_pipe_vnode_worker.erl"},{line,480}]},',
      '      {riak_pipe_vnode_worker,process_input,3,',
      '          [{file,"src/riak_pipe_vnode_worker.erl"},{line,464}]},',
      '      {riak_pipe_vnode_worker,wait_for_input,2,',
      '          [{file,"src/riak_pipe_vnode_worker.erl"},{line,382}]}]}]',
    ].join('\n'),
  });
});

test('every kind of crash on one key fails the job, whatever the other keys give; a job without such a key runs', async (t) => {
  const client = await seeded(t, { mixed: ['k1', '42', 'a-b'] });
  const fails = async (filters: unknown[]) => JSON.parse(await riakErrorOf(t, jsonKeys(client, 'mixed', filters))) as { phase: string; error: string };
  const crashes: unknown[][] = [
    [['string_to_int']],
    [['string_to_float']],
    [['float_to_string']],
    [['string_to_int'], ['float_to_string']],
    [['tokenize', '-', 2]],
    [
      ['starts_with', 'k'],
      ['matches', 'true'],
    ],
    [['string_to_int'], ['matches', '4']],
    [['and', [['to_lower']]]],
    [['not', [['tokenize', '-', 1]]]],
  ];
  for (const filters of crashes) t.like(await fails(filters), { phase: 'listkeys', error: 'function_clause' }, JSON.stringify(filters));
  t.deepEqual(
    await jsonKeys(client, 'mixed', [
      ['starts_with', '4'],
      ['eq', true],
    ]),
    ['42'],
    "a predicate's value is the atom true, as JSON's true is",
  );
  t.deepEqual(
    await jsonKeys(client, 'mixed', [
      ['tokenize', '-', 1],
      ['eq', 'a'],
    ]),
    ['a-b'],
  );
  t.deepEqual(await jsonKeys(client, 'mixed', [['to_upper'], ['matches', '^K']]), ['k1'], 're:run/2 takes a char list of bytes');
});

test('the listkeys input names the typed bucket and the coverage plan of its n_val', async (t) => {
  const { client } = await withServer(t);
  await client.put({ type: 'siblings', bucket: 'b', key: 'k', value: 'v' });
  await client.setBucketProps({ bucket: 'one', props: { nVal: 1 } });
  await client.put({ bucket: 'one', key: 'k', value: 'v' });
  const inputOf = async (inputs: unknown) => {
    const request = Buffer.from(JSON.stringify({ inputs, query: [] }));
    const err = await riakErrorOf(t, frames(client, request, 'application/json'));
    return (JSON.parse(err) as { input: string }).input;
  };
  t.is(
    await inputOf({ bucket: ['siblings', 'b'], key_filters: [['string_to_int']] }),
    '{cover,[{0,[0]}],\n       {{<<"siblings">>,<<"b">>},[{riak_kv_mapred_filters,string_to_int,[]}]}}',
  );
  // n_val 1: each vnode covers its own partition, nothing to filter.
  t.is(
    await inputOf({ bucket: 'one', key_filters: [['and', [['string_to_int']]]] }),
    '{cover,[],\n       {<<"one">>,\n        [{riak_kv_mapred_filters,logical_and,[[[<<"string_to_int">>]]]}]}}',
  );
});

test('a filter the vnodes cannot build crashes them: nothing answers and the job ends with its timeout', async (t) => {
  const client = await seeded(t, { any: ['k'], empty: [] });
  const timesOut = async (bucket: string, filters: unknown[]) =>
    t.is(await riakErrorOf(t, jsonKeys(client, bucket, filters, { timeout: 50 })), 'timeout', JSON.stringify(filters));
  await timesOut('any', [['and', [['nope']]]]);
  await timesOut('any', [['between', 1, 2, 'yes']]);
  await timesOut('any', [['sounds_like', 'k']]);
  await timesOut('any', [['greater_than']]);
  await timesOut('any', [['matches', '(']]);
  await timesOut('empty', [['tokenize', '-']]);
  // An unknown name at the top level is build_filter/1's error, before anything is listed.
  t.is(await riakErrorOf(t, jsonKeys(client, 'any', [['nope']])), 'Error sending inputs: {error,{bad_filter,<<"nope">>}}');
});

test('an Erlang-term job with an empty filter list keeps every key; an empty and/or/not list is true', async (t) => {
  const client = await seeded(t, { all: ['a', 'b'] });
  t.deepEqual(await termKeys(client, 'all', []), ['a', 'b']);
  t.deepEqual(await jsonKeys(client, 'all', [['and', []]]), ['a', 'b']);
  t.deepEqual(await jsonKeys(client, 'all', [['not', []]]), []);
  t.deepEqual(await jsonKeys(client, 'all', [['or', [['eq', 'a']], []]]), ['a', 'b']);
});
