import test from 'ava';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Database } from '../../src/server/store/database.js';
import { MemoryBackend } from '../../src/server/store/memory-backend.js';
import { RecordArena } from '../../src/server/store/record-arena.js';
import { putEntry } from '../helpers/store-entries.js';

/**
 * The compact in-memory store at scale (the heavy tier, `npm run
 * test:heavy`): what 100,000 objects cost, and the space 60 MB of rewrites
 * and deletes give back. Its encoding and behaviour: store-compact.test.ts.
 */

test('rewrites and deletes give their space back: the arena copies live records out once garbage dominates', (t) => {
  const backend = new MemoryBackend();
  const actor = Buffer.from('actor123');
  const valueAt = (i: number, round: number) => Buffer.alloc(1000, (i + round) % 251);
  for (let i = 0; i < 20_000; i++) backend.set('default', 'b', `k${i}`, putEntry(valueAt(i, 0), actor), undefined);
  // Rewriting every other key leaves each old slab half live: only a copy reclaims it.
  for (let round = 1; round <= 4; round++) {
    for (let i = 0; i < 20_000; i += 2) backend.set('default', 'b', `k${i}`, putEntry(valueAt(i, round), actor), undefined);
  }
  t.true(backend.arenaBytes < 50 * 2 ** 20, `${backend.arenaBytes} bytes of slabs for about 20 MB live (60 MB written)`);
  for (let i = 0; i < 20_000; i++) t.true(backend.get('default', 'b', `k${i}`)?.contents[0].value.equals(valueAt(i, i % 2 === 0 ? 4 : 0)));
  for (let i = 0; i < 20_000; i++) backend.remove('default', 'b', `k${i}`);
  t.is(backend.size, 0);
  t.true(backend.arenaBytes <= 2 ** 20, 'slabs with nothing live are dropped');

  const probe = new RecordArena();
  const small = probe.append(Buffer.from('abc'));
  const big = probe.append(Buffer.alloc(300_000, 7));
  t.is(probe.get(small).toString(), 'abc');
  t.true(probe.get(big).equals(Buffer.alloc(300_000, 7)));
  probe.free(big);
  t.is(probe.allocatedBytes, 2 ** 20, 'a record with a slab of its own frees it');
});

function collectGarbage(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

test.serial('100,000 objects of 100 bytes cost under 400 bytes each, value included (about 960 before the compact store)', (t) => {
  const gc = collectGarbage();
  const actor = Buffer.from('8bytesid');
  const value = Buffer.alloc(100, 'v');
  const db = new Database();
  gc();
  const before = process.memoryUsage();
  for (let i = 0; i < 100_000; i++) db.set('default', 'capacity', `k${i}`, putEntry(value, actor));
  gc();
  const after = process.memoryUsage();
  const perObject = (after.heapUsed + after.external - before.heapUsed - before.external) / 100_000;
  t.log(`${perObject.toFixed(0)} bytes per object (heap and buffers)`);
  t.true(perObject < 400, `${perObject} bytes per object`);
  t.is(db.get('default', 'capacity', 'k99999')?.contents[0].value.toString(), value.toString());
  t.is(db.size, 100_000);
});
