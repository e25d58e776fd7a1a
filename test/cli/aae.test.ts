import test from 'ava';
import { cli, fails, ok } from '../helpers/cli-harness.js';
import { RiakClient } from '../../src/index.js';
import { startDevServer, type DevServer } from '../../src/dev-server.js';

/**
 * riak-pb aae ... in process against a dev server (issue 16). Tombstones are
 * kept (deleteMode 'keep') so that none is reaped by time during a test.
 */
let server: DevServer | undefined;
const riak = { run: (args: string[]) => cli([...args, '--nodes', `${server!.host}:${server!.port}`]) };
test.after.always(async () => {
  await server?.close();
});
test.before(async () => {
  server = await startDevServer({ port: 0, deleteMode: 'keep' });
  const client = new RiakClient(server.url);
  try {
    await seed(client);
  } finally {
    await client.close();
  }
});

async function seed(client: RiakClient): Promise<void> {
  for (let i = 1; i <= 4; i++) await client.put({ bucket: 'b', key: `k${i}`, value: 'x'.repeat(i * 200) });
  await client.put({ type: 'siblings', bucket: 's', key: 'x', value: '1' });
  await client.put({ type: 'siblings', bucket: 's', key: 'x', value: '2' });
  await client.put({ bucket: 'tombs', key: 't1', value: 'v' });
  await client.put({ bucket: 'tombs', key: 't2', value: 'v' });
  await client.delete({ bucket: 'tombs', key: 't1' });
  await client.delete({ bucket: 'tombs', key: 't2' });
  await client.put({ bucket: 'erase', key: 'e1', value: 'v' });
  await client.put({ bucket: 'erase', key: 'e2', value: 'v' });
  await client.put({ bucket: 'erase', key: 'e3', value: 'v' });
}

const lines = (text: string) => text.split('\n').filter((line) => line !== '');

test('find-keys by siblings and by size: a KEY table, or --json', async (t) => {
  t.deepEqual(lines(ok(t, await riak.run(['aae', 'find-keys', 's', '--type', 'siblings', '--siblings-over', '1']))), ['KEY  SIBLINGS', 'x    2']);
  const big = JSON.parse(ok(t, await riak.run(['aae', 'find-keys', 'b', '--size-over', '500', '--json'])));
  t.deepEqual(
    big.map((k: { key: string }) => k.key),
    ['k3', 'k4'],
  );
  t.true(big.every((k: { size: number }) => k.size > 500));
  const ranged = JSON.parse(ok(t, await riak.run(['aae', 'find-keys', 'b', '--size-over', '0', '--start', 'k2', '--end', 'k3', '--json'])));
  t.deepEqual(
    ranged.map((k: { key: string }) => k.key),
    ['k2', 'k3'],
  );
});

test('stats prints counts and the size spread; --json the stats object', async (t) => {
  const table = lines(ok(t, await riak.run(['aae', 'stats', 'b'])));
  t.deepEqual(table[0].split(/\s+/), ['STAT', 'OBJECTS']);
  t.true(table.some((l) => /^objects\s+4$/.test(l)));
  t.true(table.some((l) => /^1 sibling\s+4$/.test(l)));
  const json = JSON.parse(ok(t, await riak.run(['aae', 'stats', 'b', '--json'])));
  t.is(json.totalCount, 4);
  t.deepEqual(json.siblings, [{ siblings: 1, count: 4 }]);
});

test('find-tombs, then reap-tombs: a dry run without --yes, the reap with it', async (t) => {
  t.deepEqual(
    lines(ok(t, await riak.run(['aae', 'find-tombs', 'tombs']))).map((l) => l.split(/\s+/)[0]),
    ['KEY', 't1', 't2'],
  );
  const dry = await riak.run(['aae', 'reap-tombs', 'tombs']);
  t.is(dry.code, 0);
  t.is(dry.stdout, '2 tombstones would be reaped (dry run)\n');
  t.regex(dry.stderr, /run again with --yes/);
  t.is(lines(ok(t, await riak.run(['aae', 'find-tombs', 'tombs']))).length, 3, 'nothing reaped yet');
  t.deepEqual(JSON.parse(ok(t, await riak.run(['aae', 'reap-tombs', 'tombs', '--yes', '--json']))), { reaped: 2, matched: 2, dryRun: false });
  t.deepEqual(JSON.parse(ok(t, await riak.run(['aae', 'find-tombs', 'tombs', '--json']))), []);
});

test('erase-keys by range needs --yes to delete', async (t) => {
  t.deepEqual(JSON.parse(ok(t, await riak.run(['aae', 'erase-keys', 'erase', '--start', 'e1', '--end', 'e2', '--json']))), {
    erased: 0,
    matched: 2,
    dryRun: true,
  });
  t.is(ok(t, await riak.run(['aae', 'erase-keys', 'erase', '--start', 'e1', '--end', 'e2', '--yes'])), 'erased 2 keys\n');
  t.deepEqual(JSON.parse(ok(t, await riak.run(['aae', 'stats', 'erase', '--json']))).totalCount, 3, 'tombstones stay until reaped');
  t.deepEqual(
    JSON.parse(ok(t, await riak.run(['aae', 'find-tombs', 'erase', '--json']))).map((k: { key: string }) => k.key),
    ['e1', 'e2'],
  );
});

test('list-buckets: a TYPE BUCKET table', async (t) => {
  const table = lines(ok(t, await riak.run(['aae', 'list-buckets'])));
  t.deepEqual(table[0].split(/\s+/), ['TYPE', 'BUCKET']);
  t.true(table.some((l) => /^siblings\s+s$/.test(l)));
  t.true(table.some((l) => /^default\s+b$/.test(l)));
});

test('usage errors: exit 2 naming the problem', async (t) => {
  fails(t, await riak.run(['aae', 'find-keys', 'b']), 2, /exactly one of --siblings-over N and --size-over BYTES/);
  fails(t, await riak.run(['aae', 'stats', 'b', '--yes']), 2, /--yes does not apply to aae stats/);
  fails(t, await riak.run(['aae', 'stats']), 2, /aae stats needs a BUCKET/);
  fails(t, await riak.run(['aae', 'stats', 'b', '--start', 'a']), 2, /--start and --end go together/);
  fails(t, await riak.run(['aae', 'stats', 'b', '--modified-from', 'yesterday']), 2, /--modified-from expects seconds since 1970 or an ISO date/);
  fails(t, await riak.run(['aae', 'nope']), 2, /expected one of find-keys, stats/);
});
