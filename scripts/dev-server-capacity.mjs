#!/usr/bin/env node
// Memory of the dev server's store as it fills: the figures in the README's
// "Capacity" section. Not a test: it takes minutes and prints a table.
//
//   node --import tsx scripts/dev-server-capacity.mjs [--count N] [--value-bytes B]
//        [--data-dir DIR [--no-sync]] [--sample-every N] [--connections C]
//
// A child process runs the dev server (from src/, through tsx); this process
// writes N objects of B bytes (keys `k<i>`, bucket `capacity`) through the
// client, pipelined, and asks the child for its memory every --sample-every
// objects, after a full GC. With --data-dir the server keeps them on LevelDB
// (default backend leveldb): memory should stay flat as the count grows;
// --no-sync loads without syncing each write (durableWrites: false), which
// changes the speed, not the memory.
// At the end a sample of keys is read back and checked.

import { fork } from 'node:child_process';
import { answerMemoryQuestions } from './lib/memory-child.mjs';
import { parseArgs } from 'node:util';

const { values: opts } = parseArgs({
  options: {
    count: { type: 'string', default: '1000000' },
    'value-bytes': { type: 'string', default: '100' },
    'data-dir': { type: 'string' },
    'no-sync': { type: 'boolean', default: false },
    'sample-every': { type: 'string' },
    connections: { type: 'string', default: '4' },
    child: { type: 'boolean', default: false },
  },
});

if (opts.child) {
  await runChild();
} else {
  await runParent();
}

/** The server side: starts the dev server, answers memory questions over IPC. */
async function runChild() {
  const { startDevServer } = await import('../src/server/index.ts');
  const durable = opts['data-dir'] ? { dataDir: opts['data-dir'], durableWrites: !opts['no-sync'] } : {};
  const server = await startDevServer({ port: 0, ...durable });
  answerMemoryQuestions(server);
}

async function runParent() {
  const count = Number(opts.count);
  const valueBytes = Number(opts['value-bytes']);
  const sampleEvery = Number(opts['sample-every'] ?? Math.max(1, Math.floor(count / 10)));
  const child = fork(new URL(import.meta.url).pathname, [...process.argv.slice(2), '--child'], {
    execArgv: ['--import', 'tsx', '--expose-gc', '--max-old-space-size=8192'],
  });
  const replies = [];
  const waiters = [];
  child.on('message', (msg) => (waiters.length > 0 ? waiters.shift()(msg) : replies.push(msg)));
  const next = () => (replies.length > 0 ? Promise.resolve(replies.shift()) : new Promise((resolve) => waiters.push(resolve)));
  const { port } = await next();
  const memory = async () => {
    child.send('memory');
    return (await next()).memory;
  };

  const { RiakClient } = await import('../src/index.ts');
  const connections = Number(opts.connections);
  const client = new RiakClient({
    nodes: [`127.0.0.1:${port}`],
    minConnections: connections,
    maxConnections: connections,
    maxInFlightPerConnection: 64,
    maxQueue: 1_000_000,
  });
  const value = Buffer.alloc(valueBytes, 'x');
  const mib = (bytes) => (bytes / 2 ** 20).toFixed(0);
  const row = (objects, m, seconds) =>
    console.log(
      `${String(objects).padStart(10)}  ${mib(m.rss).padStart(8)}  ${mib(m.anon).padStart(9)}  ${mib(m.heapUsed).padStart(9)}  ${mib(m.external).padStart(9)}  ${seconds.padStart(8)}`,
    );

  console.log(
    `${count} objects of ${valueBytes} bytes, ${opts['data-dir'] ? `LevelDB in ${opts['data-dir']}${opts['no-sync'] ? ', writes not synced' : ''}` : 'in memory'}; MiB after a full GC`,
  );
  console.log('   objects  rss(MiB)  anon(MiB)  heap(MiB)  bufs(MiB)  write(s)');
  const base = await memory();
  row(0, base, '0');
  const started = performance.now();
  const window = connections * 64;
  let written = 0;
  while (written < count) {
    const upTo = Math.min(count, written + sampleEvery);
    let nextKey = written;
    // `window` writers, each taking the next key until this sample's share is written.
    const writer = async () => {
      while (nextKey < upTo) await client.put({ bucket: 'capacity', key: `k${nextKey++}`, value, contentType: 'application/octet-stream' });
    };
    await Promise.all(Array.from({ length: window }, writer));
    written = upTo;
    row(written, await memory(), ((performance.now() - started) / 1000).toFixed(1));
  }

  let checked = 0;
  for (let i = 0; i < count; i += Math.max(1, Math.floor(count / 1000))) {
    const got = await client.get({ bucket: 'capacity', key: `k${i}` });
    if (!got.found || !got.value?.equals(value)) throw new Error(`k${i} did not read back`);
    checked++;
  }
  const end = await memory();
  console.log(`read back ${checked} sampled keys; ${((end.rss - base.rss) / count).toFixed(0)} bytes of RSS per object above the empty server`);
  await client.close();
  child.send('stop');
}
