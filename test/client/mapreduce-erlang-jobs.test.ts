import test from 'ava';
import fc from 'fast-check';
import { binaryToAnyTerm, termToBinary } from '../../src/codec/erlang/etf.js';
import { charCodes, ErlImproperList as CodecImproperList, tuple as codecTuple, type AnyTerm } from '../../src/codec/erlang/term.js';
import { encodeMessage } from '../../src/codec/message-table.js';
import {
  atom,
  charlist,
  ErlAtom,
  ErlExportFun,
  ErlFloat,
  ErlFun,
  ErlImproperList,
  ErlMap,
  ErlPid,
  ErlTuple,
  type ErlangTerm,
  type ErlangValue,
  fromTerm,
  toTerm,
  tuple,
} from '../../src/client/erlang-terms.js';
import { keyFilter } from '../../src/client/key-filters.js';
import { mapReduce, mapReduceAll } from '../../src/client/mapreduce.js';
import { MapReduceJob } from '../../src/client/mapreduce-job.js';
import type { JsonValue } from '../../src/client/mapreduce-job-types.js';
import { RiakClient } from '../../src/client/riak-client.js';
import { RiakInvalidArgumentError, RiakProtocolError } from '../../src/errors.js';
import { decodeJson } from '../../src/server/json/mochijson2-decode.js';
import { parseJsonJob } from '../../src/server/mapreduce/parse-json.js';
import { parseTermJob } from '../../src/server/mapreduce/parse-term.js';
import { startFakePeer } from '../helpers/fake-peer.js';
import { riakErrorOf, withServer } from '../helpers/server-harness.js';

/**
 * Erlang-term MapReduce jobs (issue 16): `application/x-erlang-binary`, as
 * riakc_pb_socket sends them (`term_to_binary([{inputs, I}, {query, Q},
 * {timeout, T}])`), for what JSON cannot say: Erlang terms as phase args
 * and key data, raw-byte bucket and key names. A JSON-expressible job means
 * the same in both encodings; results come back as Erlang terms mapped to JS
 * values (src/client/erlang-terms.ts).
 */

const b = (s: string): Buffer => Buffer.from(s);
const mapValue = { module: 'riak_kv_mapreduce', function: 'map_object_value' };
const mapIdentity = { module: 'riak_kv_mapreduce', function: 'map_identity' };
const toInteger = { module: 'riak_kv_mapreduce', function: 'reduce_string_to_integer' };
const sum = { module: 'riak_kv_mapreduce', function: 'reduce_sum' };

/** One term, with the codec's two spellings of a list of bytes (a JS string, STRING_EXT; an array) made one, and safe bigints numbers. */
function canonical(term: AnyTerm): AnyTerm {
  if (typeof term === 'string') return charCodes(term);
  if (typeof term === 'bigint') return Number.isSafeInteger(Number(term)) && BigInt(Number(term)) === term ? Number(term) : term;
  if (Array.isArray(term)) return term.map(canonical);
  if (term instanceof ErlTuple) return codecTuple(...(term.items as AnyTerm[]).map(canonical));
  if (term instanceof ErlMap) return new ErlMap((term.pairs as [AnyTerm, AnyTerm][]).map(([k, v]) => [canonical(k), canonical(v)]));
  if (term instanceof CodecImproperList) return new CodecImproperList((term.items as AnyTerm[]).map(canonical), canonical(term.tail as AnyTerm));
  return term;
}

// ---- values: a JSON value means in a term job what mochijson2 makes of it in a JSON job

test('a JSON value becomes the term mochijson2 decodes it to (property, against the dev server decoder)', (t) => {
  fc.assert(
    fc.property(fc.jsonValue({ stringUnit: 'grapheme' }), (value) => {
      t.deepEqual(canonical(toTerm(value, 'test')), canonical(decodeJson(Buffer.from(JSON.stringify(value)))));
    }),
  );
});

test('values beyond JSON: binaries, bigints, floats, atoms, tuples, maps, improper lists, Erlang strings', (t) => {
  t.deepEqual(toTerm(new Uint8Array([0, 255]), 'x'), Buffer.from([0, 255]));
  t.deepEqual(toTerm(2n ** 70n, 'x'), 2n ** 70n);
  t.deepEqual(toTerm(new ErlFloat(2), 'x'), new ErlFloat(2));
  t.deepEqual(toTerm(2.5, 'x'), new ErlFloat(2.5));
  t.deepEqual(toTerm(1e21, 'x'), new ErlFloat(1e21), 'JSON writes 1e+21: a float');
  // Past 2^53 a number is the digits JSON writes for it (2 ** 60 is written 1152921504606847000); a bigint is exact.
  t.deepEqual(toTerm(2 ** 60, 'x'), 1152921504606847000n);
  t.deepEqual(toTerm(2n ** 60n, 'x'), 1152921504606846976n);
  t.deepEqual(toTerm(-0, 'x'), 0);
  t.deepEqual(toTerm([true, false, null], 'x'), [atom('true'), atom('false'), atom('null')]);
  t.deepEqual(toTerm({ a: 1 }, 'x'), codecTuple(atom('struct'), [codecTuple(b('a'), 1)]));
  t.deepEqual(toTerm(charlist('hé'), 'x'), [104, 233]);
  t.deepEqual(toTerm(tuple(atom('modfun'), 'name', [tuple(atom('k'), 1)]), 'x'), codecTuple(atom('modfun'), b('name'), [codecTuple(atom('k'), 1)]));
  t.deepEqual(toTerm(new ErlMap<ErlangValue>([[atom('a'), 'b']]), 'x'), new ErlMap([[atom('a'), b('b')]]));
  t.deepEqual(toTerm(new ErlImproperList<ErlangValue>(['a'], atom('t')), 'x'), new CodecImproperList([b('a')], atom('t')));
  const fun = new ErlExportFun(atom('m'), atom('f'), 2);
  t.is(toTerm(fun, 'x'), fun);
});

test('what is no Erlang term is refused, naming where it is', (t) => {
  const refused = (value: unknown, message: RegExp): void => {
    t.throws(() => toTerm(value, 'MapReduceJob.map(): `arg`'), { instanceOf: RiakInvalidArgumentError, message });
  };
  refused(undefined, /^MapReduceJob\.map\(\): `arg`: undefined is no Erlang term/);
  refused({ a: [1, () => 1] }, /`arg` at \.a\[1\]: .* is no Erlang term/);
  refused(Symbol('s'), /is no Erlang term/);
  refused(Number.NaN, /NaN is no Erlang number/);
  refused([Number.POSITIVE_INFINITY], /at \[0\]: Infinity is no Erlang number/);
  refused(new ErlFloat(Number.NaN), /is no Erlang float/);
  refused(new Date(0), /is no Erlang term/);
  refused(new ErlFun(0, Buffer.alloc(16), 0, atom('erl_eval'), 0, 0, new ErlPid(atom('n'), 0, 0, 0), []), /local funs \(\{qfun, Fun\}\) cannot be sent/);
  refused(new ErlAtom('a'.repeat(256)), /atom names have at most 255 characters/);
  refused(new ErlImproperList<ErlangValue>([], atom('t')), /at least one item/);
  const cycle: unknown[] = [];
  cycle.push(cycle);
  refused(cycle, /contains itself/);
  let deep: unknown = atom('x');
  for (let i = 1; i < 1000; i++) deep = [deep];
  t.deepEqual(binaryToAnyTerm(termToBinary(toTerm(deep, 'x'))), toTerm(deep, 'x'), 'as deep as the decoder reads: 1000 levels');
  refused([deep], /nested deeper than 1000 levels/);
  let object: unknown = 1;
  for (let i = 0; i < 400; i++) object = { a: object };
  refused(object, /at \.a\.a\.a.*\.\.\.: nested deeper than 1000 levels/); // each JSON object is {struct, [{K, V}]}: three levels
  t.throws(() => atom('a'.repeat(256)), { instanceOf: RiakInvalidArgumentError });
});

const canonicalValue: fc.Arbitrary<ErlangTerm> = fc.letrec<{ term: ErlangTerm }>((tie) => ({
  term: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.integer(),
    fc.bigInt({ min: -(1n << 100n), max: 1n << 100n }).filter((n) => !Number.isSafeInteger(Number(n)) || BigInt(Number(n)) !== n),
    fc.double({ noNaN: true, noDefaultInfinity: true }).filter((v) => !Number.isInteger(v) || Math.abs(v) >= 1e21),
    fc.boolean(),
    fc.uint8Array({ maxLength: 8 }).map((bytes) => Buffer.from(bytes)),
    fc
      .string({ maxLength: 6 })
      .filter((n) => n !== 'true' && n !== 'false')
      .map((n) => new ErlAtom(n)),
    fc.array(tie('term'), { maxLength: 3 }).map((items) => new ErlTuple<ErlangTerm>(...items)),
    fc.array(tie('term'), { maxLength: 3 }),
    fc.array(fc.tuple(tie('term'), tie('term')), { maxLength: 2 }).map((pairs) => new ErlMap<ErlangTerm>(pairs)),
    fc.tuple(fc.array(tie('term'), { minLength: 1, maxLength: 2 }), fc.integer()).map(([items, tail]) => new ErlImproperList<ErlangTerm>(items, tail)),
  ),
})).term;

test('a received term sent back is the same term, and reads back as the same value (property)', (t) => {
  fc.assert(
    fc.property(canonicalValue, (value) => {
      const bytes = termToBinary(toTerm(value, 'test'));
      t.deepEqual(fromTerm(binaryToAnyTerm(bytes)), value);
      t.deepEqual(termToBinary(toTerm(fromTerm(binaryToAnyTerm(bytes)), 'test')), bytes);
    }),
  );
});

test('received terms: binaries as Buffers, Erlang strings as arrays of codes, floats as numbers, true/false as booleans', (t) => {
  const received = binaryToAnyTerm(termToBinary(codecTuple(b('bin'), 'str', new ErlFloat(2), atom('true'), atom('undefined'), [1000, 1001])));
  t.deepEqual(fromTerm(received), new ErlTuple<ErlangTerm>(b('bin'), [115, 116, 114], 2, true, new ErlAtom('undefined'), [1000, 1001]));
});

// ---- jobs: both encodings mean the same

const text = fc.string({ minLength: 1, maxLength: 6, unit: 'grapheme' });
const json = fc.jsonValue({ maxDepth: 2, stringUnit: 'grapheme' }).map((v) => v as JsonValue);
const phaseFn = fc.oneof(
  // ASCII: riak_kv_mapred_json makes a phase's atom of the UTF-8 bytes one character each (list_to_atom(binary_to_list(B))).
  fc.record({ module: fc.constantFrom('riak_kv_mapreduce', 'mod_1'), function: fc.stringMatching(/^[a-z_]{1,8}$/) }),
  fc.record({ name: text }),
  fc.record({ source: text, language: fc.constantFrom('javascript' as const, 'erlang' as const) }),
  fc.record({ bucket: text, key: text }),
);
const inputs: fc.Arbitrary<MapReduceJob> = fc.oneof(
  fc
    .tuple(
      text,
      fc.option(text, { nil: undefined }),
      fc.option(
        fc.constantFrom(
          keyFilter.tokenize('-', 2).stringToInt().between(1, 9, false),
          keyFilter.or(
            (k) => k.eq('a'),
            (k) => k.urldecode().matches('b'),
          ),
        ),
        { nil: undefined },
      ),
    )
    .map(([bucket, type, keyFilters]) =>
      MapReduceJob.bucket(bucket, { ...(type === undefined ? {} : { type }), ...(keyFilters === undefined ? {} : { keyFilters }) }),
    ),
  fc
    .array(fc.record({ bucket: text, key: text, typed: fc.option(text, { nil: undefined }), keyData: fc.option(json, { nil: undefined }) }), {
      minLength: 1,
      maxLength: 3,
    })
    .map((keys) =>
      // A typed JSON input must fill the key-data slot (null); the term job leaves it undefined: give typed inputs key data.
      MapReduceJob.keys(
        keys.map(({ bucket, key, typed, keyData }) => ({
          bucket,
          key,
          ...(typed === undefined ? {} : { type: typed, keyData: keyData ?? 0 }),
          ...(keyData === undefined ? {} : { keyData }),
        })),
      ),
    ),
  fc
    .tuple(
      text,
      fc.option(text, { nil: undefined }),
      fc.oneof(
        text.map((k) => ({ index: 'f_bin', key: k as string | number })),
        fc.tuple(fc.integer(), fc.integer()).map(([x, y]) => ({ index: 'n_int', range: [x, y] as const })),
      ),
    )
    .map(([bucket, type, q]) => MapReduceJob.index({ bucket, ...(type === undefined ? {} : { type }), ...q })),
  fc.tuple(fc.constantFrom('m', 'mod_ü'), text, json).map(([module, fun, arg]) => MapReduceJob.modfun({ module, function: fun, arg })),
  fc
    .tuple(text, text, fc.option(text, { nil: undefined }))
    .map(([index, query, filter]) => MapReduceJob.search(index, query, filter === undefined ? {} : { filter })),
);
const phase = fc.oneof(
  fc.record({
    kind: fc.constantFrom('map' as const, 'reduce' as const),
    fn: phaseFn,
    arg: fc.option(json, { nil: undefined }),
    keep: fc.option(fc.boolean(), { nil: undefined }),
  }),
  fc.record({
    kind: fc.constant('link' as const),
    bucket: fc.option(fc.oneof(text, fc.constant('_')), { nil: undefined }),
    tag: fc.option(text, { nil: undefined }),
    keep: fc.option(fc.boolean(), { nil: undefined }),
  }),
);
const jobs = fc
  .tuple(inputs, fc.array(phase, { maxLength: 3 }), fc.option(fc.integer({ min: 1, max: 2 ** 31 }), { nil: undefined }))
  .map(([start, phases, timeout]) => {
    let job = start;
    for (const p of phases) {
      if (p.kind === 'link')
        job = job.link({
          ...(p.bucket === undefined ? {} : { bucket: p.bucket }),
          ...(p.tag === undefined ? {} : { tag: p.tag }),
          ...(p.keep === undefined ? {} : { keep: p.keep }),
        });
      else job = job[p.kind](p.fn, { ...(p.arg === undefined ? {} : { arg: p.arg }), ...(p.keep === undefined ? {} : { keep: p.keep }) });
    }
    return timeout === undefined ? job : job.timeout(timeout);
  });

test("any JSON job sent as a term is the job riak_kv_mapred_json would have parsed (property, against the dev server's two parsers)", (t) => {
  fc.assert(
    fc.property(jobs, (job) => {
      const fromJson = parseJsonJob(job.encode().request);
      const term = job.encoding('erlang').encode();
      t.is(term.contentType, 'application/x-erlang-binary');
      const fromTerm = parseTermJob(term.request);
      t.deepEqual(canonical(fromTerm.inputs), canonical(fromJson.inputs));
      t.deepEqual(canonical(fromTerm.query), canonical(fromJson.query));
      t.deepEqual(fromTerm.timeout, fromJson.timeout);
    }),
    { numRuns: 300 },
  );
});

test("the term of a job is riakc's proplist: inputs, query with every phase's keep, timeout only when set", (t) => {
  const job = MapReduceJob.keys(
    [
      { bucket: 'b', key: Buffer.from([0xff, 0]) },
      { bucket: Buffer.from([0xfe]), key: 'k', keyData: tuple(atom('x'), 1) },
      { type: 'maps', bucket: 'b', key: 'k' },
      { type: 'default', bucket: 'b', key: 'k', keyData: 'd' },
    ],
    { encoding: 'erlang' },
  )
    .map(mapValue, { arg: atom('filter_notfound') })
    .link()
    .link({ bucket: 'people', tag: 'friend', keep: true })
    .map({ name: 'Riak.mapValues' })
    .reduce({ source: 'fun(L, _) -> L end.', language: 'erlang' }, { arg: [tuple(atom('reduce_phase_only_1'), true)] });
  const term = binaryToAnyTerm(job.encode().request);
  const keep = (v: boolean): AnyTerm => atom(String(v));
  t.deepEqual(
    canonical(term),
    canonical([
      codecTuple(atom('inputs'), [
        codecTuple(b('b'), Buffer.from([0xff, 0])),
        codecTuple(codecTuple(Buffer.from([0xfe]), b('k')), codecTuple(atom('x'), 1)),
        codecTuple(codecTuple(codecTuple(b('maps'), b('b')), b('k')), atom('undefined')),
        codecTuple(codecTuple(b('b'), b('k')), b('d')),
      ]),
      codecTuple(atom('query'), [
        codecTuple(atom('map'), codecTuple(atom('modfun'), atom('riak_kv_mapreduce'), atom('map_object_value')), atom('filter_notfound'), keep(false)),
        codecTuple(atom('link'), atom('_'), atom('_'), keep(false)),
        codecTuple(atom('link'), b('people'), b('friend'), keep(true)),
        codecTuple(atom('map'), codecTuple(atom('jsfun'), b('Riak.mapValues')), atom('none'), keep(false)),
        codecTuple(atom('reduce'), codecTuple(atom('strfun'), b('fun(L, _) -> L end.')), [codecTuple(atom('reduce_phase_only_1'), atom('true'))], keep(true)),
      ]),
    ]),
  );
  const timed = binaryToAnyTerm(
    MapReduceJob.index({ bucket: 'b', index: 'n_int', range: [1, 2n ** 64n] }, { encoding: 'erlang' })
      .timeout(5000)
      .encode().request,
  );
  t.deepEqual(canonical(timed), [
    codecTuple(atom('inputs'), codecTuple(atom('index'), b('b'), b('n_int'), 1, 2n ** 64n)),
    codecTuple(atom('query'), []),
    codecTuple(atom('timeout'), 5000),
  ]);
});

test('JSON cannot carry Erlang terms or raw bytes: the job says so, and says how', (t) => {
  const loose = MapReduceJob as unknown as { keys(inputs: unknown, options?: unknown): MapReduceJob; bucket(b: unknown, o?: unknown): MapReduceJob };
  t.throws(() => loose.keys([{ bucket: 'b', key: Buffer.from([1]) }]), {
    instanceOf: RiakInvalidArgumentError,
    message: /inputs\[0\]\.key` is raw bytes.*encoding: 'erlang'/,
  });
  t.throws(() => MapReduceJob.bucket('b').map(mapValue, { arg: atom('x') as never }), {
    instanceOf: RiakInvalidArgumentError,
    message: /map\(\): `arg`: .* JSON cannot carry.*encoding: 'erlang'/,
  });
  t.throws(() => MapReduceJob.bucket('b').map(mapValue, { arg: { n: Number.NaN } }), { message: /NaN is not a JSON number/ });
  t.throws(() => MapReduceJob.bucket('b', { encoding: 'xml' as never }), { message: /invalid `encoding` "xml"/ });
  const erlang = MapReduceJob.bucket('b', { encoding: 'erlang' }).map(mapValue, { arg: tuple(atom('x')) });
  t.throws(() => erlang.encoding('json'), { instanceOf: RiakInvalidArgumentError, message: /map\(\): `arg`/ });
  t.throws(() => erlang.toJSON(), { instanceOf: RiakInvalidArgumentError });
  t.throws(() => MapReduceJob.bucket(Buffer.from([1]), { encoding: 'erlang' }).encoding('json'), { message: /a bucket is raw bytes/ });
  // A term job JSON can express goes back to JSON.
  t.deepEqual(
    MapReduceJob.bucket('b', { encoding: 'erlang' }).map(mapValue, { arg: 'x' }).encoding('json').toJSON(),
    MapReduceJob.bucket('b').map(mapValue, { arg: 'x' }).toJSON(),
  );
  t.throws(() => MapReduceJob.bucket('b', { encoding: 'erlang' }).map(mapValue, { arg: undefined as never, keep: 1 as never }), { message: /`keep`/ });
  t.throws(() => MapReduceJob.modfun({ module: 'm'.repeat(300), function: 'f', arg: [] }, { encoding: 'erlang' }).encode(), {
    message: /longer than an Erlang atom/,
  });
});

// ---- through the client, on the dev server

async function seeded(t: Parameters<typeof withServer>[0]): Promise<RiakClient> {
  const { client } = await withServer(t);
  await client.put({ type: 'siblings', bucket: 'raw', key: Buffer.from([0xff, 0, 1]), value: '5' });
  await client.put({ type: 'siblings', bucket: 'raw', key: Buffer.from([0xfe]), value: '7' });
  await client.put({ bucket: 'plain', key: 'a', value: '3' });
  return client;
}

const sortedBuffers = (values: ErlangTerm[] | undefined): string[] => (values ?? []).map((v) => (v as Buffer).toString('hex')).sort();

test('an Erlang-term job with modfun phases over raw-byte keys of a typed bucket, with key data', async (t) => {
  const client = await seeded(t);
  const job = MapReduceJob.keys(
    [
      { type: 'siblings', bucket: 'raw', key: Buffer.from([0xff, 0, 1]), keyData: tuple(atom('k'), 1) },
      { type: 'siblings', bucket: Buffer.from('raw'), key: Buffer.from([0xfe]) },
      { bucket: 'plain', key: 'a' },
    ],
    { encoding: 'erlang' },
  )
    .map(mapValue, { keep: true, arg: 'filter_notfound' })
    .reduce(toInteger)
    .reduce(sum);
  const results = await mapReduceAll(client, job);
  t.deepEqual(Object.keys(results), ['0', '2']);
  t.deepEqual(sortedBuffers(results[0]), [b('3'), b('5'), b('7')].map((v) => v.toString('hex')).sort());
  t.deepEqual(results[2], [15]);
  // The same job through client.mapReduce (typed as JSON until RiakClient gains the Erlang overload): the results are terms.
  const frames = [];
  for await (const frame of client.mapReduce(job as unknown as MapReduceJob)) frames.push(frame);
  t.true(frames.some(({ phase, response }) => phase === 2 && Array.isArray(response) && response[0] === 15));
});

test('key data reaches the map function as the Erlang term it was, and comes back as one', async (t) => {
  const client = await seeded(t);
  const keyData = tuple(atom('seen'), true, 2.5, Buffer.from([0, 1]), [tuple(atom('n'), 2n ** 64n)], new ErlMap<ErlangValue>([[atom('a'), 'b']]));
  const job = MapReduceJob.keys([{ type: 'siblings', bucket: 'raw', key: Buffer.from([0x01]), keyData }], { encoding: 'erlang' }).map(mapValue, {
    arg: 'include_keydata',
  });
  const results = await mapReduceAll(client, job);
  t.deepEqual(results[0], [
    new ErlTuple<ErlangTerm>(
      new ErlAtom('seen'),
      true,
      2.5,
      Buffer.from([0, 1]),
      [new ErlTuple<ErlangTerm>(new ErlAtom('n'), 2n ** 64n)],
      new ErlMap<ErlangTerm>([[new ErlAtom('a'), b('b')]]),
    ),
  ]);
});

test('results Riak sends as a list of bytes (STRING_EXT) come back as numbers; Riak objects as r_object tuples', async (t) => {
  const client = await seeded(t);
  const small = await mapReduceAll(client, MapReduceJob.bucket('plain', { encoding: 'erlang' }).map(mapValue).reduce(toInteger));
  t.deepEqual(small, { 1: [3] });
  const objects = await mapReduceAll(client, MapReduceJob.keys([{ bucket: 'plain', key: 'a' }], { encoding: 'erlang' }).map(mapIdentity));
  const [object] = (objects[0] ?? []) as ErlTuple<ErlangTerm>[];
  t.deepEqual(object?.items.slice(0, 3), [new ErlAtom('r_object'), b('plain'), b('a')]);
});

test('link phases in an Erlang-term job follow links by bucket and tag, or any', async (t) => {
  const { client } = await withServer(t);
  await client.put({ bucket: 'people', key: 'bob', value: 'Bob' });
  await client.put({ bucket: 'people', key: 'cy', value: 'Cy' });
  await client.put({
    bucket: 'people',
    key: 'ada',
    value: 'Ada',
    links: [
      { bucket: 'people', key: 'bob', tag: 'friend' },
      { bucket: 'people', key: 'cy', tag: 'foe' },
    ],
  });
  const from = MapReduceJob.keys([{ bucket: 'people', key: 'ada' }], { encoding: 'erlang' });
  const friends = await mapReduceAll(client, from.link({ bucket: 'people', tag: 'friend' }).map(mapValue));
  t.deepEqual(friends, { 1: [b('Bob')] });
  const anyone = await mapReduceAll(client, from.link().map(mapValue));
  t.deepEqual(sortedBuffers(anyone[1]), ['426f62', '4379']);
  // The link phase's own results, kept: [Bucket, Key, Tag] lists.
  const links = await mapReduceAll(client, from.link({ tag: 'foe', keep: true }));
  t.deepEqual(links, { 0: [[b('people'), b('cy'), b('foe')]] });
});

test('a JSON job sent as a term runs the same, its results terms', async (t) => {
  const client = await seeded(t);
  const job = MapReduceJob.bucket('raw', { type: 'siblings' }).map(mapValue).reduce(toInteger).reduce(sum);
  t.deepEqual(await client.mapReduceAll(job), { 2: [12] });
  t.deepEqual(await mapReduceAll(client, job.encoding('erlang')), { 2: [12] });
  const values = await mapReduceAll(client, MapReduceJob.bucket('plain').map(mapValue).encoding('erlang'));
  t.deepEqual(values, { 0: [b('3')] });
});

test('modfun and search inputs reach Riak as the terms given', async (t) => {
  const { client } = await withServer(t);
  const errorText = async (job: MapReduceJob<'json'> | MapReduceJob<'erlang'>): Promise<string> =>
    (await riakErrorOf(t, mapReduceAll(client, job as MapReduceJob<'erlang'>))).replace(/\n\s*/g, ''); // ~p's line breaks
  const modfun = MapReduceJob.modfun(
    { module: 'my_inputs', function: 'keys', arg: tuple(atom('opts'), [tuple(atom('limit'), 10)], 'x') },
    { encoding: 'erlang' },
  );
  t.is(await errorText(modfun), 'Error sending inputs: {{modfun,my_inputs,keys,{opts,[{limit,10}],<<"x">>}},error,undef,[{my_inputs,keys,3,[]}]}');
  // Yokozuna's input; the dev server has no yokozuna module, as a Riak built without search.
  const search =
    'Error sending inputs: {{modfun,yokozuna,mapred_search,[<<"famous">>,<<"NOT name_s:Lion*">>,<<"age_i:[30 TO *]">>]},error,undef,[{yokozuna,mapred_search,3,[]}]}';
  t.is(await errorText(MapReduceJob.search('famous', 'NOT name_s:Lion*', { filter: 'age_i:[30 TO *]' })), search);
  t.is(await errorText(MapReduceJob.search('famous', 'NOT name_s:Lion*', { filter: 'age_i:[30 TO *]', encoding: 'erlang' })), search);
  t.deepEqual(MapReduceJob.search('famous', 'q').toJSON().inputs, { module: 'yokozuna', function: 'mapred_search', arg: ['famous', 'q'] });
});

test('a result that is no Erlang term is a RiakProtocolError', async (t) => {
  const peer = await startFakePeer(({ code, socket }) => {
    if (code === 23) {
      socket.write(encodeMessage('RpbMapRedResp', { phase: 0, response: Buffer.from([131, 104, 9]) }));
      socket.write(encodeMessage('RpbMapRedResp', { done: true }));
    }
  });
  const client = new RiakClient({ nodes: [`127.0.0.1:${peer.port}`] });
  t.teardown(async () => {
    await client.close();
    await peer.close();
  });
  const job = MapReduceJob.bucket('b', { encoding: 'erlang' });
  await t.throwsAsync(mapReduceAll(client, job), { instanceOf: RiakProtocolError, message: 'MapReduce phase 0 returned bytes that are no Erlang term' });
  const sent = peer.received.find((f) => f.code === 23);
  t.truthy(sent?.payload.includes(Buffer.from('application/x-erlang-binary')));
  // A stream gives the same error, and the client stays usable.
  await t.throwsAsync(
    async () => {
      for await (const _ of mapReduce(client, job)) t.fail('no result expected');
    },
    { instanceOf: RiakProtocolError },
  );
  const json: JsonValue = MapReduceJob.bucket('b').toJSON().inputs;
  t.is(json, 'b');
});
