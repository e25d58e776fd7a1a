import test, { type ExecutionContext } from 'ava';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { pathToFileURL } from 'node:url';
import { RiakClient } from '../../src/client/riak-client.js';
import { MapUpdate } from '../../src/datatypes/map-update.js';
import { RiakInvalidArgumentError } from '../../src/errors.js';
import { startDevServer, type DevServer, type DevServerOptions } from '../../src/server/index.js';
import type { StoredEntry } from '../../src/server/store/database.js';
import { classicLevelUrl } from '../../src/server/store/leveldb/classic-level-module.js';
import { LevelBackend } from '../../src/server/store/leveldb/level-backend.js';
import { builtFile } from '../helpers/built.js';
import { riakErrorOf, text } from '../helpers/server-harness.js';

/** A fresh data dir, removed when the test ends. */
function dataDir(t: ExecutionContext): string {
  const dir = mkdtempSync(join(tmpdir(), 'riak-pb-leveldb-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

interface Running {
  server: DevServer;
  client: RiakClient;
  stop(): Promise<void>;
}

/** A dev server on `dir` and a client; `stop()` closes both (the test's teardown does too). */
async function serve(t: ExecutionContext, dir: string, options: DevServerOptions = {}): Promise<Running> {
  const server = await startDevServer({ port: 0, dataDir: dir, ...options });
  const client = new RiakClient({ nodes: [`${server.host}:${server.port}`] });
  let stopped: Promise<void> | undefined;
  const stop = () => (stopped ??= client.close().then(() => server.close()));
  t.teardown(stop);
  return { server, client, stop };
}

const keysOf = async (client: RiakClient, params: { bucket: string; type?: string }): Promise<string[]> => {
  const keys: string[] = [];
  for await (const key of client.listKeys(params)) keys.push(text(key));
  return keys;
};

test('objects, siblings, metadata and 2i entries survive a restart on the same data dir', async (t) => {
  const dir = dataDir(t);
  const first = await serve(t, dir);
  await first.client.put({
    bucket: 'people',
    key: 'ada',
    value: '{"name":"Ada"}',
    contentType: 'application/json',
    usermeta: [{ key: 'x-lang', value: 'en' }],
    links: [{ bucket: 'people', key: 'charles', tag: 'friend' }],
    indexes: [
      { key: 'age_int', value: '36' },
      { key: 'city_bin', value: 'london' },
    ],
  });
  await first.client.put({ bucket: 'people', key: 'alan', value: 'A', indexes: [{ key: 'age_int', value: '-41' }] });
  await first.client.put({ type: 'siblings', bucket: 'b', key: 'k', value: 'one' });
  await first.client.put({ type: 'siblings', bucket: 'b', key: 'k', value: 'two' });
  const before = await first.client.get({ bucket: 'people', key: 'ada' });
  await first.stop();

  const second = await serve(t, dir);
  const ada = await second.client.get({ bucket: 'people', key: 'ada' });
  t.true(ada.found);
  t.is(text(ada.content!.value), '{"name":"Ada"}');
  t.is(ada.content!.contentType, 'application/json');
  t.deepEqual(
    ada.content!.usermeta.map((m) => [text(m.key), text(m.value)]),
    [['x-lang', 'en']],
  );
  t.deepEqual(ada.content!.links, [{ bucket: Buffer.from('people'), key: Buffer.from('charles'), tag: Buffer.from('friend') }]);
  t.deepEqual(ada.vclock, before.vclock);
  t.is(ada.content!.vtag, before.content!.vtag);
  const siblings = await second.client.get({ type: 'siblings', bucket: 'b', key: 'k' });
  t.deepEqual(siblings.siblings.map((s) => text(s.value)).sort(), ['one', 'two']);
  t.deepEqual((await second.client.queryIndex({ bucket: 'people', index: 'age_int', range: [-100, 100] })).keys.map(text).sort(), ['ada', 'alan']);
  t.deepEqual((await second.client.queryIndex({ bucket: 'people', index: 'city_bin', key: 'london' })).keys.map(text), ['ada']);

  // A rewrite replaces the 2i entries of the old version.
  await second.client.put({ bucket: 'people', key: 'ada', value: 'x', vclock: ada.vclock, indexes: [{ key: 'age_int', value: '37' }] });
  t.deepEqual((await second.client.queryIndex({ bucket: 'people', index: 'age_int', key: 36 })).keys, []);
  t.deepEqual((await second.client.queryIndex({ bucket: 'people', index: 'city_bin', key: 'london' })).keys, []);
  t.deepEqual((await second.client.queryIndex({ bucket: 'people', index: 'age_int', key: 37 })).keys.map(text), ['ada']);
});

const latin1Order = (keys: string[]): string[] => [...keys].sort((x, y) => Buffer.compare(Buffer.from(x, 'latin1'), Buffer.from(y, 'latin1')));

test('the LevelDB backend lists keys and buckets and serves 2i as ordered range scans: bytes order, integers numerically before binaries', (t) => {
  const dir = dataDir(t);
  const backend = LevelBackend.open(join(dir, 'leveldb'));
  t.teardown(() => backend.close());
  const keys = ['b', 'a\u0000', 'a', 'ab', 'aa', '\u00ff', 'z'];
  const entry = (i: number, key: string): StoredEntry => ({
    vclock: [],
    contents: [
      {
        value: Buffer.from('v'),
        contentType: undefined,
        charset: undefined,
        contentEncoding: undefined,
        links: undefined,
        usermeta: undefined,
        indexes: [
          { field: 'n_int', value: (i - 3) * 1000 },
          { field: 'n_int', value: 2n ** 70n * BigInt(i - 3) },
          { field: 's_bin', value: Buffer.from(key, 'latin1') },
        ],
        vtag: 'x',
        lastMod: 1,
        lastModUsecs: 0,
        deleted: false,
        dot: undefined,
      },
    ],
    datatype: undefined,
    size: 1,
  });
  for (const [i, key] of keys.entries()) backend.set('default', 'order', key, entry(i, key), undefined);
  backend.set('default', 'another', 'k', entry(0, 'k'), undefined);
  backend.set('typed', 'zz', 'k', entry(0, 'k'), undefined);
  t.deepEqual(
    [...backend.entries('default', 'order')].map(([key]) => key),
    latin1Order(keys),
  );
  t.deepEqual([...backend.bucketNames('default')], ['another', 'order']);
  t.deepEqual([...backend.bucketNames('typed')], ['zz']);
  const range = [...backend.indexRange('default', 'order', { field: 'n_int', start: -2500, end: 2n ** 71n })].map((m) => [String(m.term), m.key]);
  t.deepEqual(range, [
    ['-2000', 'a\u0000'],
    ['-1000', 'a'],
    ['0', 'ab'], // 0 and 0n are one term
    ['1000', 'aa'],
    ['2000', '\u00ff'],
    ['3000', 'z'],
    [String(2n ** 70n), 'aa'],
    [String(2n ** 71n), '\u00ff'],
  ]);
  const bins = [...backend.indexRange('default', 'order', { field: 's_bin', start: Buffer.from('a'), end: Buffer.from('b') })].map((m) => m.key);
  t.deepEqual(bins, ['a', 'a\u0000', 'aa', 'ab', 'b']);
  t.is(backend.size, 9);
});

test('through the server, 2i pages come from the range scans in term order', async (t) => {
  const { client } = await serve(t, dataDir(t));
  const keys = ['b', 'a', 'ab', 'aa', 'z'];
  for (const [i, key] of keys.entries()) await client.put({ bucket: 'order', key, value: 'v', indexes: [{ key: 'n_int', value: String((i - 2) * 1000) }] });
  const page = await client.queryIndex({ bucket: 'order', index: 'n_int', range: [-1500, 2500], returnTerms: true, maxResults: 2 });
  t.deepEqual(
    page.results?.map((r) => [String(r.term), text(r.key)]),
    [
      ['-1000', 'a'],
      ['0', 'ab'],
    ],
  );
  const rest = await client.queryIndex({
    bucket: 'order',
    index: 'n_int',
    range: [-1500, 2500],
    returnTerms: true,
    maxResults: 2,
    continuation: page.continuation,
  });
  t.deepEqual(
    rest.results?.map((r) => [String(r.term), text(r.key)]),
    [
      ['1000', 'aa'],
      ['2000', 'z'],
    ],
  );
  t.deepEqual(latin1Order(await keysOf(client, { bucket: 'order' })), latin1Order(keys));
});

test('bucket props, bucket-type props and resets survive a restart', async (t) => {
  const dir = dataDir(t);
  const first = await serve(t, dir, { bucketTypes: { carts: { allow_mult: false } } });
  await first.client.setBucketProps({ bucket: 'tuned', props: { nVal: 1, allowMult: true } });
  await first.client.setBucketProps({ bucket: 'reset-me', props: { nVal: 2 } });
  await first.client.resetBucketProps({ bucket: 'reset-me' });
  await first.client.setBucketTypeProps('carts', { nVal: 2 });
  await first.stop();

  // The type is not named again: the data dir still has it.
  const second = await serve(t, dir);
  const tuned = await second.client.getBucketProps({ bucket: 'tuned' });
  t.is(tuned.nVal, 1);
  t.true(tuned.allowMult);
  t.is((await second.client.getBucketProps({ bucket: 'reset-me' })).nVal, 3);
  t.is((await second.client.getBucketTypeProps('carts')).nVal, 2);
  t.false((await second.client.getBucketTypeProps('carts')).allowMult);
});

test('datatypes survive a restart: counters, sets, maps, gsets, hlls; contexts from before the restart still remove', async (t) => {
  const dir = dataDir(t);
  const first = await serve(t, dir);
  const at = (type: string) => ({ type, bucket: 'dt', key: 'k' });
  await first.client.updateCounter({ ...at('counters'), increment: 5 });
  await first.client.updateCounter({ ...at('counters'), increment: -2 });
  await first.client.updateSet({ ...at('sets'), add: ['a', 'b', 'c'] });
  await first.client.updateGSet({ ...at('gsets'), add: ['x', 'y'] });
  await first.client.updateHll({ ...at('hlls'), add: ['1', '2', '3', '4'] });
  await first.client.updateMap({
    ...at('maps'),
    update: new MapUpdate()
      .incrementCounter('logins', 2)
      .addToSet('tags', 'math')
      .setRegister('name', 'Ada')
      .enableFlag('ok')
      .updateMap('address', (a) => a.setRegister('city', 'London')),
  });
  const set = await first.client.fetchSet(at('sets'));
  await first.stop();

  const second = await serve(t, dir);
  const { client } = second;
  t.is((await client.fetchCounter(at('counters'))).value, 3);
  t.deepEqual((await client.fetchGSet(at('gsets'))).value.map(String), ['x', 'y']);
  t.is((await client.fetchHll(at('hlls'))).value, 4);
  const map = await client.fetchMap(at('maps'));
  t.is(map.value.counters.logins, 2);
  t.deepEqual(map.value.sets.tags.map(String), ['math']);
  t.is(map.value.registers.name.toString(), 'Ada');
  t.true(map.value.flags.ok);
  t.is(map.value.maps.address.registers.city.toString(), 'London');
  const setAfter = await client.fetchSet(at('sets'));
  t.deepEqual(setAfter.value.map(String), ['a', 'b', 'c']);
  t.deepEqual(setAfter.context, set.context);
  await client.updateSet({ ...at('sets'), remove: 'b', context: set.context });
  t.deepEqual((await client.fetchSet(at('sets'))).value.map(String), ['a', 'c']);
  await client.updateCounter({ ...at('counters'), increment: 1 });
  t.is((await client.fetchCounter(at('counters'))).value, 4);
  await client.updateMap({ ...at('maps'), context: map.context, update: (m) => m.removeCounter('logins') });
  t.deepEqual((await client.fetchMap(at('maps'))).value.counters, {});
});

test("a bucket type's backend prop picks the backend, as Riak's multi backend does; an unknown name fails with timeout", async (t) => {
  const dir = dataDir(t);
  const logs: string[] = [];
  const types = { scratch: { backend: 'memory' }, kept: { backend: 'leveldb' }, broken: { backend: 'bitcask_mult' } };
  const first = await serve(t, dir, { bucketTypes: types, log: (line) => logs.push(line) });
  await first.client.put({ bucket: 'b', key: 'default-backend', value: 'v' });
  await first.client.put({ type: 'scratch', bucket: 'b', key: 'k', value: 'v' });
  await first.client.put({ type: 'kept', bucket: 'b', key: 'k', value: 'v' });
  t.true((await first.client.get({ type: 'scratch', bucket: 'b', key: 'k' })).found);
  t.is(await riakErrorOf(t, first.client.put({ type: 'broken', bucket: 'b', key: 'k', value: 'v' })), 'timeout');
  t.is(await riakErrorOf(t, first.client.get({ type: 'broken', bucket: 'b', key: 'k' })), 'timeout');
  t.true(logs.some((line) => line.includes('{riak_kv_multi_backend,undefined_backend,<<"bitcask_mult">>}')));
  await first.stop();

  const second = await serve(t, dir, { bucketTypes: types });
  t.true((await second.client.get({ bucket: 'b', key: 'default-backend' })).found);
  t.true((await second.client.get({ type: 'kept', bucket: 'b', key: 'k' })).found);
  t.false((await second.client.get({ type: 'scratch', bucket: 'b', key: 'k' })).found);
  await second.stop();

  // In-memory by default, LevelDB for the types that ask for it.
  const third = await serve(t, dir, { defaultBackend: 'memory' });
  t.false((await third.client.get({ bucket: 'b', key: 'default-backend' })).found);
  t.true((await third.client.get({ type: 'kept', bucket: 'b', key: 'k' })).found);
});

test('without a data dir the backend prop is ignored: a single in-memory backend, as a node without the multi backend', async (t) => {
  const server = await startDevServer({ port: 0, bucketTypes: { odd: { backend: 'anything' } } });
  const client = new RiakClient({ nodes: [`${server.host}:${server.port}`] });
  t.teardown(async () => {
    await client.close();
    await server.close();
  });
  await client.put({ type: 'odd', bucket: 'b', key: 'k', value: 'v' });
  t.true((await client.get({ type: 'odd', bucket: 'b', key: 'k' })).found);
  await t.throwsAsync(startDevServer({ port: 0, defaultBackend: 'leveldb' }), { instanceOf: RiakInvalidArgumentError, message: /need dataDir/ });
});

test('tombstones are kept and reaped on LevelDB as in memory; deleted keys stay deleted after a restart', async (t) => {
  const dir = dataDir(t);
  const first = await serve(t, dir, { deleteMode: 'keep' });
  await first.client.put({ bucket: 'b', key: 'gone', value: 'v' });
  await first.client.put({ bucket: 'b', key: 'kept', value: 'v' });
  await first.client.delete({ bucket: 'b', key: 'gone' });
  await first.stop();
  const second = await serve(t, dir, { deleteMode: 'immediate' });
  const tomb = await second.client.request('RpbGetReq', { bucket: Buffer.from('b'), key: Buffer.from('gone'), deletedvclock: true });
  t.truthy(tomb.vclock, 'the tombstone kept by the first run is still there');
  t.is((await second.client.get({ bucket: 'b', key: 'gone' })).found, false);
  // A tombstone is listed until it is reaped, as on Riak (whose pending reaps die with the node too).
  t.deepEqual((await keysOf(second.client, { bucket: 'b' })).sort(), ['gone', 'kept']);
  await second.client.delete({ bucket: 'b', key: 'kept' });
  t.deepEqual(await keysOf(second.client, { bucket: 'b' }), ['gone'], 'delete_mode immediate leaves no tombstone');
});

test('a data dir in use by another server is refused with a clear error', async (t) => {
  const dir = dataDir(t);
  await serve(t, dir);
  await t.throwsAsync(startDevServer({ port: 0, dataDir: dir }), { instanceOf: RiakInvalidArgumentError, message: /in use by another server/ });
});

test('the client alone never loads the native LevelDB module; a memory-only dev server neither', async (t) => {
  const script = `
    const { readFileSync } = await import('node:fs');
    const { RiakClient } = await import(${JSON.stringify(pathToFileURL(builtFile('index.js')).href)});
    const { startDevServer } = await import(${JSON.stringify(pathToFileURL(builtFile('server/index.js')).href)});
    const server = await startDevServer({ port: 0 });
    const client = new RiakClient({ nodes: ['127.0.0.1:' + server.port] });
    await client.put({ bucket: 'b', key: 'k', value: 'v' });
    await client.close();
    await server.close();
    const maps = readFileSync('/proc/self/maps', 'utf8');
    console.log(maps.includes('classic-level') ? 'loaded' : 'not loaded');
  `;
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script]);
  t.is(stdout.trim(), 'not loaded');
});

test('without the optional package, asking for LevelDB is a clear error naming it', (t) => {
  t.regex(classicLevelUrl(), /^file:.*classic-level/);
  const err = t.throws(() => classicLevelUrl('classic-level-not-installed'), { instanceOf: RiakInvalidArgumentError });
  t.regex(err?.message ?? '', /needs the optional package classic-level-not-installed, which is not installed: run `npm install classic-level-not-installed`/);
});
