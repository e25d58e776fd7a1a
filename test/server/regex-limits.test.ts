import test from 'ava';
import { RpbIndexReq } from '../../generated/riak.js';
import { MessageCode } from '../../src/codec/message-codes.js';
import { RiakClient } from '../../src/client/riak-client.js';
import { startDevServer } from '../../src/server/index.js';
import { errorText, frameOf, pb, RawConnection, riakErrorOf, text, withServer, type RawFrame } from '../helpers/server-harness.js';

/**
 * Client regexes (2i term_regex, the MapReduce `matches` key filter) run off
 * the server thread with PCRE's match-limit semantics: a runaway match is
 * `nomatch`, and no connection waits for another's regex.
 */

const b = (s: string) => Buffer.from(s, 'latin1');
const RANGE = RpbIndexReq.IndexQueryType.range;
const EQ = RpbIndexReq.IndexQueryType.eq;
/** Exponential backtracking in a JS RegExp: seconds per subject with 28 a's (V8), minutes with 34. */
const CATASTROPHIC = '^(a+)+$';
const RUNAWAY = `${'a'.repeat(28)}!`;
/** Subjects that each overrun the match budget: the bad request lasts several budgets. */
const RUNAWAY_COUNT = 4;
/** Requests another connection gets answered while the bad one runs. */
const OTHER_REQUESTS = 5;

type Client = Awaited<ReturnType<typeof withServer>>['client'];

const indexFrame = (request: ConstructorParameters<typeof pb.RpbIndexReq>[0]) =>
  frameOf(MessageCode.RpbIndexReq, pb.RpbIndexReq.encode(pb.RpbIndexReq.create(request)).finish());

const mapredFrame = (job: unknown) =>
  frameOf(
    MessageCode.RpbMapRedReq,
    pb.RpbMapRedReq.encode(pb.RpbMapRedReq.create({ request: b(JSON.stringify(job)), contentType: b('application/json') })).finish(),
  );

const pingFrame = () => frameOf(MessageCode.RpbPingReq);
const getFrame = (bucket: string, key: string) =>
  frameOf(MessageCode.RpbGetReq, pb.RpbGetReq.encode(pb.RpbGetReq.create({ bucket: b(bucket), key: b(key) })).finish());

/**
 * Sends `bad` on one connection, then pings and a get one at a time on
 * another; returns the order in which answers came back and the bad
 * request's frames (through `isLast`).
 */
async function raceOtherConnection(
  server: Awaited<ReturnType<typeof startDevServer>>,
  bad: Buffer,
  isLast: (frames: RawFrame[]) => boolean,
): Promise<{ events: string[]; badFrames: RawFrame[]; gets: RawFrame[] }> {
  const slow = await RawConnection.open(server);
  const other = await RawConnection.open(server);
  const events: string[] = [];
  slow.send(bad);
  const badDone = (async () => {
    for (let n = 1; ; n++) {
      const frames = await slow.waitFrames(n, 120_000);
      if (slow.closed || isLast(frames)) break;
    }
    events.push('bad request answered');
    return slow.frames;
  })();
  const gets: RawFrame[] = [];
  for (let i = 0; i < OTHER_REQUESTS; i++) {
    other.send(i === OTHER_REQUESTS - 1 ? getFrame('plain', 'k') : pingFrame());
    const frames = await other.waitFrames(i + 1, 120_000);
    events.push(frames[i].code === MessageCode.RpbPingResp ? 'ping' : 'get');
    if (frames[i].code === MessageCode.RpbGetResp) gets.push(frames[i]);
  }
  const badFrames = await badDone;
  slow.close();
  other.close();
  return { events, badFrames, gets };
}

async function seedRunawayTerms(client: Client): Promise<void> {
  await client.put({ bucket: 'plain', key: 'k', value: 'v' });
  for (let i = 0; i < RUNAWAY_COUNT; i++) {
    await client.put({ bucket: 'evil', key: `bad${i}`, value: 'x', indexes: [{ key: 't_bin', value: RUNAWAY }] });
  }
  await client.put({ bucket: 'evil', key: 'good', value: 'x', indexes: [{ key: 't_bin', value: 'aaaa' }] });
  await client.put({ bucket: 'evil', key: 'short', value: 'x', indexes: [{ key: 't_bin', value: 'aa' }] });
}

test('a catastrophic term_regex runs off the server thread: other connections are answered meanwhile, runaway terms are nomatch', async (t) => {
  const { server, client } = await withServer(t);
  await seedRunawayTerms(client);
  const { events, badFrames, gets } = await raceOtherConnection(
    server,
    indexFrame({ bucket: b('evil'), index: b('t_bin'), qtype: RANGE, rangeMin: b('a'), rangeMax: b('b'), termRegex: b(CATASTROPHIC), returnTerms: true }),
    (frames) => frames.length >= 1,
  );
  // Every request of the other connection was answered before the bad query.
  t.deepEqual(events, [...Array(OTHER_REQUESTS - 1).fill('ping'), 'get', 'bad request answered']);
  t.is(text(pb.RpbGetResp.decode(gets[0].payload).content[0].value), 'v');
  // Riak's answer: PCRE gives up on each runaway term (match_limit) and re:run returns nomatch.
  t.is(badFrames[0].code, MessageCode.RpbIndexResp);
  const resp = pb.RpbIndexResp.decode(badFrames[0].payload);
  t.deepEqual(resp.results.map((r) => [text(r.key), text(r.value)]).sort(), [
    ['aa', 'short'],
    ['aaaa', 'good'],
  ]);
});

test('a MapReduce `matches` key filter with catastrophic backtracking does not stall other connections', async (t) => {
  const { server, client } = await withServer(t);
  await client.put({ bucket: 'plain', key: 'k', value: 'v' });
  for (let i = 0; i < RUNAWAY_COUNT; i++) await client.put({ bucket: 'evilkeys', key: `${RUNAWAY}${i}`, value: 'x' });
  for (const key of ['aaa', 'a', 'ab']) await client.put({ bucket: 'evilkeys', key, value: 'x' });
  const { events, badFrames } = await raceOtherConnection(
    server,
    mapredFrame({ inputs: { bucket: 'evilkeys', key_filters: [['matches', CATASTROPHIC]] }, query: [] }),
    (frames) => frames.some((f) => f.code !== MessageCode.RpbMapRedResp || pb.RpbMapRedResp.decode(f.payload).done === true),
  );
  t.deepEqual(events, [...Array(OTHER_REQUESTS - 1).fill('ping'), 'get', 'bad request answered']);
  const responses = badFrames.map((f) => pb.RpbMapRedResp.decode(f.payload));
  t.true(responses.at(-1)!.done);
  const keys = responses.filter((r) => r.response.length > 0).flatMap((r) => (JSON.parse(text(r.response)) as string[][]).map((pair) => pair[1]));
  t.deepEqual(keys.sort(), ['a', 'aaa']);
});

const CITIES: Record<string, string> = {
  ada: 'london',
  alan: 'london',
  grace: 'new york',
  edsger: 'nuenen',
  barbara: 'los angeles',
  kurt: 'brno',
  ünï: 'zürich',
};

test('ordinary term regexes give what a RegExp over the term bytes gives, for _bin, $key and $bucket queries', async (t) => {
  const { client } = await withServer(t);
  for (const [key, city] of Object.entries(CITIES)) {
    await client.put({ bucket: 'people', key: Buffer.from(key, 'latin1'), value: key, indexes: [{ key: 'city_bin', value: Buffer.from(city, 'latin1') }] });
  }
  const patterns = ['^lo', 'n$', 'o.*o', '[aeiou]{2}', '^(?!l)', '\\d', 'ü', '(a|e)r', '^$', ''];
  for (const pattern of patterns) {
    const re = new RegExp(pattern);
    const byTerm = Object.entries(CITIES)
      .filter(([, city]) => city <= 'zz' && re.test(city))
      .sort(([ka, a], [kb, c]) => Buffer.compare(b(a), b(c)) || Buffer.compare(b(ka), b(kb)))
      .map(([key]) => key);
    const terms = await client.request('RpbIndexReq', {
      bucket: b('people'),
      index: b('city_bin'),
      qtype: RANGE,
      rangeMin: b('a'),
      rangeMax: b('zz'),
      termRegex: b(pattern),
      returnTerms: true,
    });
    t.deepEqual(terms.results.map((r) => Buffer.from(r.value ?? []).toString('latin1')).sort(), [...byTerm].sort(), `city_bin ~ /${pattern}/`);

    const keys = Object.keys(CITIES)
      .filter((key) => re.test(key))
      .sort((x, y) => Buffer.compare(b(x), b(y)));
    const byKey = await client.request('RpbIndexReq', {
      bucket: b('people'),
      index: b('$key'),
      qtype: RANGE,
      rangeMin: b('a'),
      rangeMax: b('zz'),
      termRegex: b(pattern),
    });
    t.deepEqual(
      byKey.keys.map((k) => Buffer.from(k).toString('latin1')).sort(),
      keys.filter((k) => k <= 'zz'),
      `$key ~ /${pattern}/`,
    );
    const byBucket = await client.request('RpbIndexReq', { bucket: b('people'), index: b('$bucket'), qtype: EQ, key: b('people'), termRegex: b(pattern) });
    t.deepEqual(byBucket.keys.map((k) => Buffer.from(k).toString('latin1')).sort(), keys, `$bucket ~ /${pattern}/`);
  }
});

test('term_regex with paging and streaming: the regex filters before max_results and the continuation', async (t) => {
  const { client } = await withServer(t);
  for (let i = 0; i < 30; i++)
    await client.put({ bucket: 'p', key: `k${String(i).padStart(2, '0')}`, value: 'x', indexes: [{ key: 'n_bin', value: `v${i}` }] });
  const query = { bucket: b('p'), index: b('n_bin'), qtype: RANGE, rangeMin: b('v'), rangeMax: b('w'), termRegex: b('^v[12]'), maxResults: 5 };
  const seen: string[] = [];
  let continuation: Uint8Array | undefined;
  do {
    const page = await client.request('RpbIndexReq', { ...query, ...(continuation ? { continuation } : {}) });
    seen.push(...page.keys.map(text));
    continuation = page.continuation?.length ? page.continuation : undefined;
  } while (continuation);
  const expected = Array.from({ length: 30 }, (_, i) => i)
    .filter((i) => /^v[12]/.test(`v${i}`))
    .map((i) => ({ term: `v${i}`, key: `k${String(i).padStart(2, '0')}` }))
    .sort((x, y) => (x.term < y.term ? -1 : x.term > y.term ? 1 : 0))
    .map((r) => r.key);
  t.deepEqual(seen, expected);
  const streamed: string[] = [];
  for await (const frame of client.stream('RpbIndexReq', { ...query, maxResults: undefined, stream: true })) streamed.push(...frame.keys.map(text));
  t.deepEqual([...streamed].sort(), [...expected].sort());
});

test("invalid term regexes keep Riak's error texts (PCRE compile errors)", async (t) => {
  const { client } = await withServer(t);
  const query = (pattern: string) =>
    client.request('RpbIndexReq', { bucket: b('p'), index: b('t_bin'), qtype: RANGE, rangeMin: b('a'), rangeMax: b('z'), termRegex: b(pattern) });
  t.is(await riakErrorOf(t, query('(abc')), 'Invalid term regular expression <<"(abc">> : {"missing )",4}');
  // io_lib:format's ~p wraps the tuple at 80 columns, as Riak's text does.
  t.is(
    await riakErrorOf(t, query('[a')),
    'Invalid term regular expression <<"[a">> : {"missing terminating ] for character class",\n                                            2}',
  );
  t.is(await riakErrorOf(t, query('*a')), 'Invalid term regular expression <<"*a">> : {"nothing to repeat",0}');
});

test('MapReduce `matches` keeps its results, alone and inside and/or/not and after transforms', async (t) => {
  const { client } = await withServer(t);
  const all = ['user-1', 'user-22', 'admin-3', 'USER-4', 'guest'];
  for (const key of all) await client.put({ bucket: 'accounts', key, value: key });
  const keysOf = async (filters: unknown[]): Promise<string[]> => {
    const frames = [];
    for await (const frame of client.stream('RpbMapRedReq', {
      request: b(JSON.stringify({ inputs: { bucket: 'accounts', key_filters: filters }, query: [] })),
      contentType: b('application/json'),
    })) {
      frames.push(frame);
    }
    return frames
      .filter((f) => f.response?.length)
      .flatMap((f) => (JSON.parse(text(f.response)) as string[][]).map((pair) => pair[1]))
      .sort();
  };
  const matching = (re: RegExp) => all.filter((k) => re.test(k)).sort();
  t.deepEqual(await keysOf([['matches', '^user-\\d+$']]), matching(/^user-\d+$/));
  t.deepEqual(await keysOf([['to_lower'], ['matches', '^user']]), matching(/^user/i));
  t.deepEqual(await keysOf([['not', [['matches', '-']]]]), ['guest']);
  t.deepEqual(await keysOf([['and', [['matches', 'u']], [['matches', '\\d$']]]]), matching(/u.*\d$/));
  t.deepEqual(await keysOf([['or', [['matches', '^admin']], [['matches', '^g']]]]), ['admin-3', 'guest']);
  t.deepEqual(await keysOf([['or', [['matches', '^admin']], [['not', [['matches', '1|2']]]]]]), ['USER-4', 'admin-3', 'guest']);
});

test("closing the server during a runaway match ends the query's connection and stops the workers, with no error reported", async (t) => {
  const errors: unknown[] = [];
  const server = await startDevServer({ port: 0, onError: (err) => errors.push(err) });
  const client = new RiakClient({ nodes: [`${server.host}:${server.port}`] });
  t.teardown(() => client.close());
  for (let i = 0; i < 3; i++) await client.put({ bucket: 'evil', key: `bad${i}`, value: 'x', indexes: [{ key: 't_bin', value: RUNAWAY }] });
  const slow = await RawConnection.open(server);
  slow.send(indexFrame({ bucket: b('evil'), index: b('t_bin'), qtype: RANGE, rangeMin: b('a'), rangeMax: b('b'), termRegex: b(CATASTROPHIC) }));
  // A ping on another connection is answered: the query is under way and the server is free.
  const other = await RawConnection.open(server);
  other.send(pingFrame());
  await other.waitFrames(1);
  await server.close();
  await slow.waitClose();
  t.deepEqual(slow.frames, []);
  t.deepEqual(errors, []);
  other.close();
});

test('a request pipelined behind a regex query waits its turn on that connection', async (t) => {
  const { server, client } = await withServer(t);
  await client.put({ bucket: 'p', key: 'k1', value: 'x', indexes: [{ key: 't_bin', value: 'abc' }] });
  const conn = await RawConnection.open(server);
  conn.send(
    indexFrame({ bucket: b('p'), index: b('t_bin'), qtype: RANGE, rangeMin: b('a'), rangeMax: b('z'), termRegex: b('b') }),
    pingFrame(),
    indexFrame({ bucket: b('p'), index: b('t_bin'), qtype: RANGE, rangeMin: b('a'), rangeMax: b('z'), termRegex: b('(') }),
  );
  const frames = await conn.waitFrames(3);
  t.deepEqual(
    frames.map((f) => f.code),
    [MessageCode.RpbIndexResp, MessageCode.RpbPingResp, MessageCode.RpbErrorResp],
  );
  t.deepEqual(pb.RpbIndexResp.decode(frames[0].payload).keys.map(text), ['k1']);
  t.is(errorText(frames[2]), 'Invalid term regular expression <<"(">> : {"missing )",1}');
  conn.close();
});
