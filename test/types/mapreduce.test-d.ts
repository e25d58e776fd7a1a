/*
 * Compile-time tests of the MapReduce builders (issue 16), checked by `npm
 * run typecheck` (tsc over test/**). Never run. Each `@ts-expect-error` line
 * must fail to compile: if it ever compiles, tsc reports the directive as
 * unused and the type check fails.
 */
import { atom, type ErlangTerm, tuple } from '../../src/client/erlang-terms.js';
import { type KeyFilter, keyFilter } from '../../src/client/key-filters.js';
import { mapReduce, mapReduceAll } from '../../src/client/mapreduce.js';
import { MapReduceJob } from '../../src/client/mapreduce-job.js';
import type { JsonValue } from '../../src/client/mapreduce-job-types.js';
import type { RiakClient } from '../../src/client/riak-client.js';

/** Compiles only when A and B are the same type. */
type Equal<A, B> = (<V>() => V extends A ? 1 : 2) extends <V>() => V extends B ? 1 : 2 ? true : false;
function expectType<T extends true>(_proof?: T): void {}

declare const client: RiakClient;
declare const integerFilter: KeyFilter<'integer'>;

// ---- key filters: the types follow the value, so only filters Riak can run compile

expectType<Equal<typeof keyFilter.eq, (text: string) => KeyFilter<'text'>>>();
const byYear: KeyFilter = keyFilter.tokenize('-', 2).stringToInt().between(2009, 2010);
keyFilter.and((k) => k.startsWith('a'), keyFilter.endsWith('z'));
keyFilter.toLower().setMember('basho');
keyFilter.stringToFloat().between(1.5, 2, false);

// @ts-expect-error a chain of transforms alone never says true: it needs a predicate
const unfinished: KeyFilter = keyFilter.tokenize('-', 2);
// @ts-expect-error between takes two values of the same kind
keyFilter.stringToInt().between(1, '9');
// @ts-expect-error a binary compares with strings, not numbers
keyFilter.greaterThan(10);
// @ts-expect-error after to_lower the value is an Erlang string: eq with a binary never holds
keyFilter.toLower().eq('basho');
// @ts-expect-error nor does the byte order of a binary apply
keyFilter.toUpper().lessThan('M');
// @ts-expect-error int_to_string needs an integer
keyFilter.intToString();
// @ts-expect-error float_to_string needs a float
keyFilter.stringToInt().floatToString();
// @ts-expect-error text predicates need text: int_to_string first
keyFilter.stringToInt().startsWith('1');
// @ts-expect-error a float never equals what JSON can say of an integral number
keyFilter.stringToFloat().eq(2);
// @ts-expect-error predicates end a filter: combine them with and()
keyFilter.startsWith('a').endsWith('z');
// @ts-expect-error and() takes filters, not steps
keyFilter.and(['starts_with', 'a']);
// @ts-expect-error and() needs at least one filter
keyFilter.and();
// @ts-expect-error a sub-filter applies to the current value: an integer filter inside a text one does not fit
keyFilter.and(integerFilter);
// @ts-expect-error not() takes one filter
keyFilter.not(keyFilter.eq('a'), keyFilter.eq('b'));
// @ts-expect-error keyFilters takes a whole filter of the key
MapReduceJob.bucket('b', { keyFilters: keyFilter.tokenize('-', 1) });

// ---- encodings: Erlang terms and raw bytes only in Erlang-term jobs, whose results are Erlang terms

const jsonJob = MapReduceJob.bucket('b', { keyFilters: byYear }).map({ module: 'm', function: 'f' }, { arg: { a: [1, 'x'] } });
expectType<Equal<typeof jsonJob, MapReduceJob<'json'>>>();
const erlangJob = MapReduceJob.keys([{ bucket: 'b', key: Buffer.from([255]), keyData: atom('x') }], { encoding: 'erlang' }).map(
  { module: 'm', function: 'f' },
  { arg: tuple(atom('a'), 1) },
);
expectType<Equal<typeof erlangJob, MapReduceJob<'erlang'>>>();
expectType<Equal<ReturnType<typeof jsonJob.encoding<'erlang'>>, MapReduceJob<'erlang'>>>();
MapReduceJob.search('idx', 'title:riak', { filter: 'year:2020' });

// @ts-expect-error an Erlang term needs an Erlang-term job
jsonJob.map({ module: 'm', function: 'f' }, { arg: atom('x') });
// @ts-expect-error so do raw-byte keys
MapReduceJob.keys([{ bucket: 'b', key: Buffer.from([255]) }]);
// @ts-expect-error an Erlang-term job is not a JSON job: its results are not JSON
const notJson: MapReduceJob = erlangJob;

async function results(): Promise<void> {
  const fromJson = await mapReduceAll(client, jsonJob);
  expectType<Equal<typeof fromJson, Record<number, JsonValue[]>>>();
  const fromErlang = await mapReduceAll(client, erlangJob);
  expectType<Equal<typeof fromErlang, Record<number, ErlangTerm[]>>>();
  for await (const { response } of mapReduce(client, erlangJob)) expectType<Equal<typeof response, ErlangTerm>>();
  for await (const { response } of client.mapReduce(jsonJob)) expectType<Equal<typeof response, JsonValue>>();
}

void [unfinished, notJson, results];
