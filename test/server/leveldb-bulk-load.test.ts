import test, { type ExecutionContext } from 'ava';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RiakClient } from '../../src/client/riak-client.js';
import { startDevServer } from '../../src/server/index.js';
import { contentFromPut } from '../../src/server/store/content-codec.js';
import type { StoredEntry } from '../../src/server/store/database.js';
import { LevelBackend, type StoreItem } from '../../src/server/store/leveldb/level-backend.js';
import { storedObjectSize } from '../../src/server/store/object-size.js';
import { FRESH, gregorianSeconds, increment } from '../../src/server/vclock.js';
import { text } from '../helpers/server-harness.js';

/**
 * LevelBackend.setMany: many keys in one LevelDB batch, written as set()
 * writes them (record, 2i entries, key count), which scripts/leveldb-memory.mjs
 * uses to fill a data dir with millions of objects.
 */

function dataDir(t: ExecutionContext): string {
  const dir = mkdtempSync(join(tmpdir(), 'riak-pb-bulk-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const actor = Buffer.from('bulk-load');

/** An object as a put of `value` with an `n_int` index stores it. */
function item(bucket: string, key: string, value: string, n: number): StoreItem {
  const micros = Date.now() * 1000;
  const contents = [contentFromPut({ value: Buffer.from(value) }, [{ field: 'n_int', value: n }], micros)];
  const vclock = increment(FRESH, actor, gregorianSeconds(micros / 1000));
  const entry: StoredEntry = { vclock, contents, datatype: undefined, size: storedObjectSize(vclock, contents) };
  return { type: 'default', bucket, key, entry };
}

test('setMany stores a batch as set() would: values, 2i entries and the key count, a key given twice keeping its last write', async (t) => {
  const dir = dataDir(t);
  const level = LevelBackend.open(join(dir, 'leveldb'), { sync: false });
  level.setMany([item('b', 'k1', 'one', 1), item('b', 'k2', 'two', 2), item('b', 'k1', 'one again', 10)]);
  level.set('default', 'b', 'k3', item('b', 'k3', 'three', 3).entry, undefined);
  // A second batch rewrites k2: its old 2i entry goes.
  level.setMany([item('b', 'k2', 'two again', 20), item('other', 'k', 'x', 5)]);
  t.is(level.size, 4);
  level.close();

  const server = await startDevServer({ port: 0, dataDir: dir });
  const client = new RiakClient({ nodes: [`${server.host}:${server.port}`] });
  t.teardown(() => client.close().then(() => server.close()));
  t.is(text((await client.get({ bucket: 'b', key: 'k1' })).value), 'one again');
  t.is(text((await client.get({ bucket: 'b', key: 'k2' })).value), 'two again');
  t.deepEqual((await client.listKeys({ bucket: 'b' }).toArray()).map(text).sort(), ['k1', 'k2', 'k3']);
  const { results } = await client.queryIndex({ bucket: 'b', index: 'n_int', range: [0, 100], returnTerms: true });
  t.deepEqual(results.map((r) => [text(r.term), text(r.key)]).sort(), [
    ['10', 'k1'],
    ['20', 'k2'],
    ['3', 'k3'],
  ]);
});
