import test from 'ava';
import { spawn } from 'node:child_process';
import { Readable, Writable } from 'node:stream';
import { main } from '../../src/cli/main.js';
import { cleanEnv, cliServer, fails, ok } from '../helpers/cli-harness.js';
import { builtFile } from '../helpers/built.js';
import { once } from '../helpers/wait.js';

// Enough listing output (about 200 KB) to overflow a 64 KiB pipe, so the reader-goes-away test meets EPIPE.
const MANY = 5_000;
const manyKey = (i: number) => `key-${i}-`.padEnd(40, 'x');

const riak = cliServer(test, async (client) => {
  for (let i = 1; i <= 6; i++) {
    await client.put({
      bucket: 'nums',
      key: `n${i}`,
      value: String(i),
      indexes: [
        { key: 'n_int', value: i },
        { key: 'parity_bin', value: i % 2 ? 'odd' : 'even' },
      ],
    });
  }
  await client.put({ type: 'siblings', bucket: 'typed', key: 'k', value: 'v' });
  for (let i = 0; i < MANY; i += 1000) {
    await Promise.all(Array.from({ length: 1000 }, (_, j) => client.put({ bucket: 'many', key: manyKey(i + j), value: 'x' })));
  }
});

const lines = (text: string) => text.split('\n').filter((line) => line !== '');

test('list-buckets and list-keys print one name per line', async (t) => {
  t.deepEqual(lines(ok(t, await riak.run(['list-buckets']))).sort(), ['many', 'nums']);
  t.deepEqual(lines(ok(t, await riak.run(['list-buckets', '--type', 'siblings']))), ['typed']);
  t.deepEqual(lines(ok(t, await riak.run(['list-keys', 'nums']))).sort(), ['n1', 'n2', 'n3', 'n4', 'n5', 'n6']);
  t.deepEqual(lines(ok(t, await riak.run(['list-keys', 'typed', '--type', 'siblings']))), ['k']);
  t.is(ok(t, await riak.run(['list-keys', 'empty'])), '');
});

test('--json listings are one JSON array', async (t) => {
  t.deepEqual(JSON.parse(ok(t, await riak.run(['list-keys', 'nums', '--json']))).sort(), ['n1', 'n2', 'n3', 'n4', 'n5', 'n6']);
  t.deepEqual(JSON.parse(ok(t, await riak.run(['list-keys', 'empty', '--json']))), []);
  t.deepEqual(JSON.parse(ok(t, await riak.run(['list-buckets', '--json', '--type', 'siblings']))), ['typed']);
});

test('list-keys streams a large bucket completely', async (t) => {
  const keys = lines(ok(t, await riak.run(['list-keys', 'many'])));
  t.is(keys.length, MANY);
  t.is(new Set(keys).size, MANY);
});

/** Runs the CLI in process as cli() does, keeping each write to stdout apart. */
async function stdoutWrites(args: string[]): Promise<{ code: number; writes: string[] }> {
  const writes: string[] = [];
  const recorder = (keep: boolean) =>
    new Writable({
      write(chunk: Buffer, _encoding, callback) {
        if (keep) writes.push(chunk.toString('utf8'));
        callback();
      },
    });
  const stdio = { stdin: Readable.from([]), stdout: recorder(true), stderr: recorder(false), env: cleanEnv() };
  const code = await main([...args, '--nodes', riak.address], { out: () => {}, err: () => {}, onStop: () => () => {}, stdio });
  return { code, writes };
}

test('list-keys, list-buckets and index print a frame of the listing per write; the text is one line per name, the JSON one element per line', async (t) => {
  // The dev server streams 1,000 keys a frame: 5 frames, not 5,000 writes.
  const keys = await stdoutWrites(['list-keys', 'many']);
  t.is(keys.code, 0);
  t.true(keys.writes.length <= MANY / 500, `${keys.writes.length} writes`);
  const listed = keys.writes.join('').split('\n').slice(0, -1);
  t.is(keys.writes.join(''), `${listed.join('\n')}\n`);
  t.deepEqual([...listed].sort(), Array.from({ length: MANY }, (_, i) => manyKey(i)).sort());

  const json = await stdoutWrites(['list-keys', 'many', '--json']);
  t.is(json.code, 0);
  t.true(json.writes.length <= MANY / 500 + 1, `${json.writes.length} writes`);
  t.is(json.writes.join(''), `[\n${listed.map((key) => `  ${JSON.stringify(key)}`).join(',\n')}\n]\n`);

  const index = await stdoutWrites(['index', 'many', '--index', '$bucket']);
  t.is(index.code, 0);
  t.true(index.writes.length <= MANY / 500, `${index.writes.length} writes`);
  t.deepEqual(index.writes.join('').split('\n').slice(0, -1).sort(), [...listed].sort());

  t.is(ok(t, await riak.run(['list-buckets', '--json', '--type', 'siblings'])), '[\n  "typed"\n]\n');
  t.is(ok(t, await riak.run(['list-keys', 'empty', '--json'])), '[]\n');
  t.is(ok(t, await riak.run(['list-keys', 'nums'])).split('\n').length, 7); // six lines and the final newline
});

test('a reader that goes away (| head) ends list-keys quietly with exit 0', async (t) => {
  // Both forms at once: two processes.
  const runs = [
    ['list-keys', 'many'],
    ['list-keys', 'many', '--json'],
  ].map(async (args) => {
    // The real binary: only a real process has a pipe whose reader can go away.
    const child = spawn(process.execPath, [builtFile('cli/main.js'), ...args, '--nodes', riak.address], { env: cleanEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    // Like `head -1`: read the first chunk, then close the pipe.
    child.stdout.once('data', () => child.stdout.destroy());
    const [code] = await once<[number | null]>(child, 'close', `riak-pb ${args.join(' ')} to exit`);
    return { args, stderr, code };
  });
  for (const { args, stderr, code } of await Promise.all(runs)) {
    t.is(stderr, '', args.join(' '));
    t.is(code, 0, args.join(' '));
  }
});

test('index: exact and range queries, $bucket, --return-terms, pages and continuations', async (t) => {
  t.deepEqual(lines(ok(t, await riak.run(['index', 'nums', '--index', 'parity_bin', '--key', 'odd']))).sort(), ['n1', 'n3', 'n5']);
  // Without max_results Riak gives the results in no particular order.
  t.deepEqual(lines(ok(t, await riak.run(['index', 'nums', '--index', 'n_int', '--range', '2..4']))).sort(), ['n2', 'n3', 'n4']);
  t.deepEqual(lines(ok(t, await riak.run(['index', 'nums', '--index', '$bucket']))).sort(), ['n1', 'n2', 'n3', 'n4', 'n5', 'n6']);
  const [header, ...rows] = lines(ok(t, await riak.run(['index', 'nums', '--index', 'n_int', '--range', '5..6', '--return-terms'])));
  t.is(header, 'TERM  KEY');
  t.deepEqual(rows.sort(), ['5     n5', '6     n6']);
  const terms = JSON.parse(ok(t, await riak.run(['index', 'nums', '--index', 'n_int', '--range', '1..2', '--return-terms', '--json'])));
  t.deepEqual(terms.keys.sort(), ['n1', 'n2']);
  t.deepEqual(
    terms.results.sort((a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key)),
    [
      { term: '1', key: 'n1' },
      { term: '2', key: 'n2' },
    ],
  );
  t.is(terms.continuation, null);

  const first = await riak.run(['index', 'nums', '--index', 'n_int', '--range', '1..6', '--max-results', '4']);
  t.is(first.code, 0);
  t.deepEqual(lines(first.stdout), ['n1', 'n2', 'n3', 'n4']);
  const token = /^more results: --continuation (\S+)\n$/.exec(first.stderr)?.[1];
  t.truthy(token, first.stderr);
  t.deepEqual(lines(ok(t, await riak.run(['index', 'nums', '--index', 'n_int', '--range', '1..6', '--max-results', '4', '--continuation', token!]))), [
    'n5',
    'n6',
  ]);
  const page = JSON.parse(ok(t, await riak.run(['index', 'nums', '--index', 'n_int', '--range', '1..6', '--max-results', '4', '--json'])));
  t.deepEqual(page.keys, ['n1', 'n2', 'n3', 'n4']);
  t.is(page.continuation, token);
});

test('index --all follows every continuation, page by page', async (t) => {
  t.deepEqual(lines(ok(t, await riak.run(['index', 'nums', '--index', 'n_int', '--range', '1..6', '--max-results', '2', '--all']))), [
    'n1',
    'n2',
    'n3',
    'n4',
    'n5',
    'n6',
  ]);
  const all = JSON.parse(
    ok(t, await riak.run(['index', 'nums', '--index', 'n_int', '--range', '1..6', '--max-results', '4', '--all', '--return-terms', '--json'])),
  );
  t.deepEqual(all.keys, ['n1', 'n2', 'n3', 'n4', 'n5', 'n6']);
  t.deepEqual(
    all.results.map((r: { term: string }) => r.term),
    ['1', '2', '3', '4', '5', '6'],
  );
  t.is(all.continuation, null);
  fails(
    t,
    await riak.run(['index', 'nums', '--index', 'n_int', '--range', '1..6', '--all']),
    2,
    /--all pages through results: give the page size with --max-results/,
  );
});

test('index usage errors exit 2, a bad index name too (refused by the client, named by its flag)', async (t) => {
  fails(t, await riak.run(['index', 'nums']), 2, /--index NAME is required/);
  fails(t, await riak.run(['index', 'nums', '--index', 'n_int']), 2, /give --key VALUE or --range MIN\.\.MAX/);
  fails(t, await riak.run(['index', 'nums', '--index', 'n_int', '--key', '1', '--range', '1..2']), 2, /not both/);
  fails(t, await riak.run(['index', 'nums', '--index', 'n_int', '--range', '12']), 2, /--range expects MIN\.\.MAX/);
  fails(t, await riak.run(['index', 'nums', '--index', 'n_int', '--key', '1', '--max-results', '0']), 2, /--max-results expects an integer/);
  fails(t, await riak.run(['index', 'nums', '--index', 'nope', '--key', 'x']), 2, /--index: expected a name ending in _bin or _int/);
});
