#!/usr/bin/env node
// Memory of the dev server on a LevelDB data dir as the number of objects
// grows: the figures in docs/dev-server.md ("Capacity"). Not a test: it
// takes many minutes, writes gigabytes, and prints a table.
//
//   node --import tsx scripts/leveldb-memory.mjs [--stages 1000000,2000000,5000000,10000000]
//        [--dir DIR] [--keep] [--value-bytes 100] [--bucket-keys 10000] [--gets 20000]
//        [--listings 5] [--batch 5000] [--budget-minutes 25]
//
// Puts through the PB server run at ~1,400/s unsynced on this machine, too
// slow to reach millions, so this process fills the data dir itself through
// the LevelDB backend's own write path (LevelBackend.setMany: the server's
// key layout, entry codec and key count, one LevelDB batch per --batch
// objects, not synced), with objects built by the server's own functions
// (contentFromPut, vclock increment, stored size) as a put of a --value-bytes
// value to the default bucket type would store them. Objects go to buckets
// of --bucket-keys keys each (b00000, b00001, ...), keys k00000000, ...
//
// At each stage (a total number of objects) it loads up to that total, then
// a child process starts the dev server on the dir (from src/, through tsx)
// and this process, as a client, samples the child's memory after a full GC:
// once started, after --gets random gets (all checked), after listing the
// keys of --listings random buckets and listing all buckets. Memory should
// not grow with the number of objects: LevelDB keeps them on disk, reads
// go through bounded caches, listings are range scans.
//
// Stops early (and says so) when the next stage would not fit in
// --budget-minutes at the load rate measured so far. The data dir is a
// fresh temporary directory, removed at the end (or on Ctrl-C), unless
// --dir names one (then it is kept, and a later run adds to it) or --keep.

import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { answerMemoryQuestions } from './lib/memory-child.mjs';

const { values: opts } = parseArgs({
  options: {
    stages: { type: 'string', default: '1000000,2000000,5000000,10000000' },
    dir: { type: 'string' },
    keep: { type: 'boolean', default: false },
    'value-bytes': { type: 'string', default: '100' },
    'bucket-keys': { type: 'string', default: '10000' },
    gets: { type: 'string', default: '20000' },
    listings: { type: 'string', default: '5' },
    batch: { type: 'string', default: '5000' },
    'budget-minutes': { type: 'string', default: '25' },
    child: { type: 'boolean', default: false },
  },
});

if (opts.child) {
  await runChild();
} else {
  await runParent();
}

/** The server side: a dev server on the data dir, answering memory questions over IPC. */
async function runChild() {
  const { startDevServer } = await import('../src/server/index.ts');
  const server = await startDevServer({ port: 0, dataDir: opts.dir });
  answerMemoryQuestions(server);
}

function duBytes(dir) {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const stat = statSync(join(dir, name));
    total += stat.isDirectory() ? duBytes(join(dir, name)) : stat.size;
  }
  return total;
}

async function runParent() {
  const stages = opts.stages.split(',').map(Number);
  const valueBytes = Number(opts['value-bytes']);
  const bucketKeys = Number(opts['bucket-keys']);
  const batch = Number(opts.batch);
  const budgetMs = Number(opts['budget-minutes']) * 60_000;
  const temporary = opts.dir === undefined;
  const dir = opts.dir ?? mkdtempSync(join(tmpdir(), 'riak-pb-leveldb-memory-'));
  const cleanup = () => {
    if (temporary && !opts.keep) rmSync(dir, { recursive: true, force: true });
  };
  process.on('SIGINT', () => {
    cleanup();
    process.exit(130);
  });
  const location = join(dir, 'leveldb');
  mkdirSync(location, { recursive: true });

  const { LevelBackend } = await import('../src/server/store/leveldb/level-backend.ts');
  const { contentFromPut } = await import('../src/server/store/content-codec.ts');
  const { storedObjectSize } = await import('../src/server/store/object-size.ts');
  const { FRESH, gregorianSeconds, increment } = await import('../src/server/vclock.ts');
  const { RiakClient } = await import('../src/index.ts');

  const actor = randomBytes(8);
  const bucketOf = (i) => `b${String(Math.floor(i / bucketKeys)).padStart(5, '0')}`;
  const keyOf = (i) => `k${String(i).padStart(8, '0')}`;
  /** Object i as a put of its value to the default type stores it (new key: the vclock is one event of the server's actor). */
  const item = (i, value) => {
    const micros = Date.now() * 1000;
    const content = contentFromPut({ value, contentType: Buffer.from('application/octet-stream') }, undefined, micros);
    const vclock = increment(FRESH, actor, gregorianSeconds(micros / 1000));
    const contents = [content];
    return { type: 'default', bucket: bucketOf(i), key: keyOf(i), entry: { vclock, contents, datatype: undefined, size: storedObjectSize(vclock, contents) } };
  };
  /** The value of object i: random bytes (LevelDB's compression gains nothing), its index first, so a get can be checked. */
  const valueFor = (i) => {
    const value = randomBytes(valueBytes);
    value.writeUInt32BE(i, 0);
    return value;
  };

  /** Loads objects [from, to) through the backend's write path; returns the objects per second. */
  const load = (from, to) => {
    const level = LevelBackend.open(location, { sync: false });
    const started = performance.now();
    try {
      for (let i = from; i < to; i += batch) {
        const items = [];
        for (let j = i; j < Math.min(to, i + batch); j++) items.push(item(j, valueFor(j)));
        level.setMany(items);
      }
      if (level.size < to) throw new Error(`the store holds ${level.size} keys, expected at least ${to}`);
    } finally {
      level.close();
    }
    return (to - from) / ((performance.now() - started) / 1000);
  };

  const measure = async (objects) => {
    const child = fork(new URL(import.meta.url).pathname, ['--child', '--dir', dir], { execArgv: ['--import', 'tsx', '--expose-gc'] });
    const replies = [];
    const waiters = [];
    child.on('message', (msg) => (waiters.length > 0 ? waiters.shift()(msg) : replies.push(msg)));
    const next = () => (replies.length > 0 ? Promise.resolve(replies.shift()) : new Promise((resolve) => waiters.push(resolve)));
    const { port } = await next();
    const memory = async () => {
      child.send('memory');
      return (await next()).memory;
    };
    const client = new RiakClient({ nodes: [`127.0.0.1:${port}`], minConnections: 4, maxConnections: 4, maxInFlightPerConnection: 16 });
    try {
      const started = await memory();
      const gets = Number(opts.gets);
      let nextGet = 0;
      const getter = async () => {
        while (nextGet < gets) {
          nextGet++;
          const i = Math.floor(Math.random() * objects);
          const got = await client.get({ bucket: bucketOf(i), key: keyOf(i) });
          if (!got.found || got.value?.readUInt32BE(0) !== i || got.value.length !== valueBytes)
            throw new Error(`${bucketOf(i)}/${keyOf(i)} did not read back`);
        }
      };
      const getsStarted = performance.now();
      await Promise.all(Array.from({ length: 64 }, getter));
      const getRate = gets / ((performance.now() - getsStarted) / 1000);
      const afterGets = await memory();
      const buckets = Math.ceil(objects / bucketKeys);
      let listed = 0;
      const listStarted = performance.now();
      for (let n = 0; n < Number(opts.listings); n++) {
        const bucket = `b${String(Math.floor(Math.random() * buckets)).padStart(5, '0')}`;
        listed += (await client.listKeys({ bucket }).toArray()).length;
      }
      const bucketNames = await client.listBuckets().toArray();
      const listSeconds = (performance.now() - listStarted) / 1000;
      if (bucketNames.length !== buckets) throw new Error(`list buckets gave ${bucketNames.length} buckets, expected ${buckets}`);
      const afterListings = await memory();
      return { started, afterGets, afterListings, getRate, listed, buckets: bucketNames.length, listSeconds };
    } finally {
      await client.close();
      child.send('stop');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  };

  const mib = (bytes) => (bytes / 2 ** 20).toFixed(0);
  console.log(`LevelDB data dir ${dir}; objects of ${valueBytes} random bytes, ${bucketKeys} keys a bucket; memory in MiB after a full GC`);
  console.log(`${new Date().toISOString()} stages: ${stages.join(', ')} objects; budget ${opts['budget-minutes']} min`);
  console.log('   objects  disk(MiB)  load/s  | rss: start  gets  lists | anon: start  gets  lists | file  heap  bufs |  gets/s  listed');
  const runStarted = performance.now();
  let loaded = 0;
  let rate;
  try {
    // A dir given with --dir may already hold objects.
    const existing = LevelBackend.open(location, { sync: false });
    loaded = existing.size;
    existing.close();
    for (const target of stages) {
      if (target <= loaded) continue;
      const elapsed = performance.now() - runStarted;
      if (rate !== undefined && elapsed + ((target - loaded) / rate) * 1000 > budgetMs) {
        console.log(`stopping before ${target}: at ${Math.round(rate)} objects/s it would not fit in the ${opts['budget-minutes']}-minute budget`);
        break;
      }
      rate = load(loaded, target);
      loaded = target;
      const m = await measure(loaded);
      const s = m.afterListings;
      console.log(
        `${String(loaded).padStart(10)}  ${mib(duBytes(location)).padStart(9)}  ${String(Math.round(rate)).padStart(6)}  |` +
          `  ${mib(m.started.rss).padStart(9)} ${mib(m.afterGets.rss).padStart(5)} ${mib(s.rss).padStart(6)} |` +
          `  ${mib(m.started.anon).padStart(10)} ${mib(m.afterGets.anon).padStart(5)} ${mib(s.anon).padStart(6)} |` +
          ` ${mib(s.file).padStart(5)} ${mib(s.heapUsed).padStart(5)} ${mib(s.external).padStart(4)} |` +
          `  ${String(Math.round(m.getRate)).padStart(6)}  ${m.listed} keys of ${Number(opts.listings)} buckets, ${m.buckets} buckets in ${m.listSeconds.toFixed(1)} s`,
      );
    }
    console.log(`${new Date().toISOString()} done in ${((performance.now() - runStarted) / 60_000).toFixed(1)} min`);
  } finally {
    cleanup();
  }
}
