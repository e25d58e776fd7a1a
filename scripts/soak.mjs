#!/usr/bin/env node
// Long mixed-load soak test: starts the dev server in another process (or uses
// --target host:port), runs --ops operations (default 1,000,000) pipelined
// over a pool, and prints throughput, latency and memory every --every seconds.
// Exits non-zero if an operation failed or memory kept growing.
//
//   npm run build && node scripts/soak.mjs [--ops 1000000] [--concurrency 256] [--keys 10000] [--target host:port]
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { RiakClient } from '../dist/index.js';

const { values: args } = parseArgs({
  options: {
    ops: { type: 'string', default: '1000000' },
    concurrency: { type: 'string', default: '256' },
    keys: { type: 'string', default: '10000' },
    every: { type: 'string', default: '5' },
    target: { type: 'string' },
  },
});
const totalOps = Number(args.ops);
const concurrency = Number(args.concurrency);
const keySpace = Number(args.keys);

async function startServer() {
  const child = spawn(process.execPath, [new URL('../dist/cli/main.js', import.meta.url).pathname, 'serve', '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // Keep reading the server's stdout (its connection log) for the whole run.
  let output = '';
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      if (output === null) return;
      output += chunk;
      const match = /listening on (\S+)/.exec(output);
      if (match) {
        output = null;
        resolve({ node: match[1], stop: () => child.kill('SIGTERM'), child });
      }
    });
    child.once('exit', () => reject(new Error(`dev server did not start: ${output}`)));
  });
}

const server = args.target ? { node: args.target, stop() {}, child: undefined } : await startServer();
const client = new RiakClient({ nodes: [server.node], maxConnections: 8, maxInFlightPerConnection: 32, maxQueue: concurrency * 2 });
const value = Buffer.alloc(200, 'x');

let issued = 0;
let completed = 0;
let failed = 0;
let window = [];
const samples = [];
const started = performance.now();
let lastReport = started;
let lastCompleted = 0;

function pickOp(i) {
  const key = `k${i % keySpace}`;
  const r = i % 10;
  if (r < 6) return client.get({ bucket: 'soak', key });
  if (r < 9) return client.put({ bucket: 'soak', key, value, contentType: 'application/octet-stream' });
  return client.delete({ bucket: 'soak', key });
}

function report(now) {
  const sorted = window.sort((a, b) => a - b);
  const pct = (q) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : 0);
  const mem = process.memoryUsage();
  const opsPerSec = ((completed - lastCompleted) * 1000) / (now - lastReport);
  samples.push({ completed, heapUsed: mem.heapUsed, rss: mem.rss });
  console.log(
    `${(((now - started) / 1000) | 0).toString().padStart(4)}s  ${completed.toString().padStart(9)} ops  ${opsPerSec.toFixed(0).padStart(7)} ops/s  ` +
      `p50 ${pct(0.5).toFixed(2)} ms  p99 ${pct(0.99).toFixed(2)} ms  heap ${(mem.heapUsed / 2 ** 20).toFixed(1)} MiB  rss ${(mem.rss / 2 ** 20).toFixed(1)} MiB  failed ${failed}`,
  );
  window = [];
  lastReport = now;
  lastCompleted = completed;
}

async function worker() {
  while (issued < totalOps) {
    const i = issued++;
    const t0 = performance.now();
    try {
      await pickOp(i);
    } catch (error) {
      failed++;
      if (failed <= 5) console.error('operation failed:', error.message);
    }
    const now = performance.now();
    window.push(now - t0);
    completed++;
    if (now - lastReport >= Number(args.every) * 1000) report(now);
  }
}

await Promise.all(Array.from({ length: concurrency }, worker));
report(performance.now());
const seconds = (performance.now() - started) / 1000;
console.log(`done: ${completed} operations in ${seconds.toFixed(1)} s (${(completed / seconds).toFixed(0)} ops/s), ${failed} failed`);
await client.close();
server.stop();
if (server.child) await once(server.child, 'exit');

// Memory levels off when the second half of the run holds no more heap than the first half's peak plus slack.
const half = samples.slice(Math.floor(samples.length / 2));
const firstPeak = Math.max(...samples.slice(0, Math.floor(samples.length / 2)).map((s) => s.heapUsed), 0);
const secondPeak = Math.max(...half.map((s) => s.heapUsed), 0);
const levelled = samples.length < 4 || secondPeak <= firstPeak * 1.5 + 16 * 2 ** 20;
console.log(
  `memory ${levelled ? 'levelled off' : 'kept growing'}: first-half peak ${(firstPeak / 2 ** 20).toFixed(1)} MiB, second-half peak ${(secondPeak / 2 ** 20).toFixed(1)} MiB`,
);
process.exit(failed === 0 && levelled ? 0 : 1);
