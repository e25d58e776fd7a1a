import test, { type ExecutionContext } from 'ava';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RiakClient } from '../../src/client/riak-client.js';
import { MessageCode } from '../../src/codec/message-codes.js';
import { MapUpdate } from '../../src/datatypes/map-update.js';
import { startDevServer, type DevServer } from '../../src/server/index.js';
import { ByteWriter } from '../../src/server/store/byte-writer.js';
import { objectKey } from '../../src/server/store/leveldb/key-layout.js';
import { LevelBackend } from '../../src/server/store/leveldb/level-backend.js';
import { frameOf, pb, RawConnection } from '../helpers/server-harness.js';

/**
 * Datatypes on the LevelDB backend keep their exact CRDT state across
 * restarts (issue 17): the same DtFetchResp bytes (value and context), and
 * the same answer to operations sent with a context fetched before the
 * restart. Each server run writes as a new actor (a fresh vnode id), so
 * three runs give three actors.
 */

function dataDir(t: ExecutionContext): string {
  const dir = mkdtempSync(join(tmpdir(), 'riak-pb-crdt-state-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

interface Running {
  server: DevServer;
  client: RiakClient;
  stop(): Promise<void>;
}

async function serve(t: ExecutionContext, dir: string): Promise<Running> {
  const server = await startDevServer({ port: 0, dataDir: dir });
  const client = new RiakClient({ nodes: [`${server.host}:${server.port}`] });
  let stopped: Promise<void> | undefined;
  const stop = () => (stopped ??= client.close().then(() => server.close()));
  t.teardown(stop);
  return { server, client, stop };
}

const at = (type: string) => ({ type, bucket: 'dt', key: 'k' });
const TYPES = ['sets', 'maps', 'counters', 'hlls', 'gsets'];

/** The raw DtFetchResp payload of each datatype, fetched over one raw connection. */
async function rawFetches(server: DevServer): Promise<Buffer[]> {
  const connection = await RawConnection.open(server);
  try {
    for (const type of TYPES) {
      connection.send(
        frameOf(MessageCode.DtFetchReq, pb.DtFetchReq.encode({ type: Buffer.from(type), bucket: Buffer.from('dt'), key: Buffer.from('k') }).finish()),
      );
    }
    const frames = await connection.waitFrames(TYPES.length);
    return frames.map((f) => {
      if (f.code !== MessageCode.DtFetchResp) throw new Error(`expected DtFetchResp, got code ${f.code}`);
      return f.payload;
    });
  } finally {
    connection.close();
  }
}

test('datatypes come back from a restart with their exact state: same fetch bytes, same answers to pre-restart contexts', async (t) => {
  const dir = dataDir(t);

  // Run 1, actor A.
  const first = await serve(t, dir);
  const a = first.client;
  await a.updateSet({ ...at('sets'), add: 'a' });
  const setContext = (await a.fetchSet(at('sets'))).context;
  await a.updateSet({ ...at('sets'), add: 'b' });
  await a.updateSet({ ...at('sets'), add: 'c' });
  await a.updateMap({
    ...at('maps'),
    update: new MapUpdate()
      .incrementCounter('c', 2)
      .addToSet('s', 'x')
      .setRegister('r', 'v1')
      .enableFlag('f')
      .updateMap('n', (n) => n.incrementCounter('i', 1)),
  });
  const mapContext = (await a.fetchMap(at('maps'))).context;
  await a.updateMap({ ...at('maps'), update: new MapUpdate().addToSet('s', 'y').updateMap('n', (n) => n.incrementCounter('i', 1)) });
  await a.updateCounter({ ...at('counters'), increment: 5 });
  await a.updateHll({ ...at('hlls'), add: ['1', '2', '3', '4'] });
  await a.updateGSet({ ...at('gsets'), add: ['g1', 'g2'] });
  await first.stop();

  // Run 2, actor B.
  const second = await serve(t, dir);
  const b = second.client;
  await b.updateSet({ ...at('sets'), add: 'd' });
  await b.updateMap({ ...at('maps'), update: new MapUpdate().incrementCounter('c', 3) });
  await b.updateCounter({ ...at('counters'), increment: -2 });
  await b.updateHll({ ...at('hlls'), add: '5' });
  const before = await rawFetches(second.server);
  await second.stop();

  // Run 3, actor C: the same bytes, then the operations behave as on the state before the restart.
  const third = await serve(t, dir);
  const c = third.client;
  t.deepEqual(await rawFetches(third.server), before, 'values and contexts are byte-identical');

  // The context saw only 'a': 'a' goes, 'b' (added after it) stays.
  await c.updateSet({ ...at('sets'), remove: ['a', 'b'], context: setContext });
  t.deepEqual((await c.fetchSet(at('sets'))).value.map(String), ['b', 'c', 'd']);
  // The context saw A's first update: the counter keeps B's 3, the set keeps 'y' (added after the context).
  await c.updateMap({ ...at('maps'), context: mapContext, update: (m) => m.removeCounter('c').removeSet('s') });
  const map = (await c.fetchMap(at('maps'))).value;
  t.is(map.counters.c, 3);
  t.deepEqual(map.sets.s.map(String), ['y']);
  t.is(map.maps.n.counters.i, 2);
  t.is(map.registers.r.toString(), 'v1');
  t.true(map.flags.f);
  // An HLL counts members added before the restart once.
  await c.updateHll({ ...at('hlls'), add: ['1', '2', '5'] });
  t.is((await c.fetchHll(at('hlls'))).value, 5);
  await c.updateCounter({ ...at('counters'), increment: 1 });
  t.is((await c.fetchCounter(at('counters'))).value, 4);
});

/** A datatype key as the first LevelDB format stored it: the entry record with a JSON payload. */
function legacyRecord(payload: object): Buffer {
  const w = new ByteWriter();
  w.byte(2); // a datatype entry
  w.varint(0); // empty vclock
  w.varint(100); // size
  w.bytes(Buffer.from(JSON.stringify(payload), 'utf8'));
  return Buffer.from(w.view());
}

test('a data dir written in the first datatype format still loads, and its keys move to the exact format when next written', async (t) => {
  const dir = dataDir(t);
  const location = join(dir, 'leveldb');
  const level = LevelBackend.open(location);
  const put = (type: string, payload: object) => level.writeKey(objectKey(type, 'dt', 'k'), legacyRecord(payload));
  put('sets', { kind: 'set', value: ['a', 'b'], clock: [['A', 2]] });
  put('maps', { kind: 'map', value: [{ field: { name: 'c', type: 'counter' }, type: 'counter', value: 2 }], clock: [['A', 1]] });
  put('counters', { kind: 'counter', value: 3, legacy: false });
  put('hlls', { kind: 'hll', value: 3, precision: 14 });
  put('gsets', { kind: 'gset', value: ['x'] });
  level.close();

  const running = await serve(t, dir);
  const { client } = running;
  const set = await client.fetchSet(at('sets'));
  t.deepEqual(set.value.map(String), ['a', 'b']);
  t.is((await client.fetchMap(at('maps'))).value.counters.c, 2);
  t.is((await client.fetchCounter(at('counters'))).value, 3);
  t.is((await client.fetchHll(at('hlls'))).value, 3);
  t.deepEqual((await client.fetchGSet(at('gsets'))).value.map(String), ['x']);
  await client.updateSet({ ...at('sets'), remove: 'a', context: set.context });
  await client.updateCounter({ ...at('counters'), increment: 1 });
  await running.stop();

  const reopened = LevelBackend.open(location);
  t.teardown(() => reopened.close());
  const stored = (type: string): Buffer => {
    const [[, value]] = reopened.readPrefix(objectKey(type, 'dt', 'k'));
    return value;
  };
  const json = Buffer.from('{"kind"');
  t.false(stored('sets').includes(json), 'rewritten in the exact format');
  t.false(stored('counters').includes(json));
  t.true(stored('maps').includes(json), 'a key not written since stays as it was');
  reopened.close();

  const again = await serve(t, dir);
  t.deepEqual((await again.client.fetchSet(at('sets'))).value.map(String), ['b']);
  t.is((await again.client.fetchCounter(at('counters'))).value, 4);
});
