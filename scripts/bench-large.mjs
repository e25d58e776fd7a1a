#!/usr/bin/env node
// Large gets (1 MiB by default), riak-pb against the raw socket reader, at
// one or more application heap sizes: gets/s, the ratio to raw at the same
// heap (round by round), client CPU per get and the major GCs per 1000 gets.
//
//   node scripts/bench-large.mjs                          # 5 rounds, no application heap
//   node scripts/bench-large.mjs --app-heap 0,48          # also with 48 MiB of live application objects
//   RIAK_PB_DIST=/path/to/dist/index.js node scripts/bench-large.mjs
//
// Why the heap: what a large get costs depends on the size of the whole heap
// more than on the client or its one copy. Each 1 MiB get allocates 2 MiB outside the JS heap (the socket's 64 KiB
// read chunks and the one frame-sized buffer the value is a view of). Measured
// on Node 20: while the whole heap is under 8 MiB (V8 starts no incremental
// marking) or above about 14 MiB, scavenges free that memory and no full GC
// runs; in between, V8 answers it with a mark-compact about every 20 gets.
// A bare raw client (about 4 MiB of heap) stays under 8 MiB; riak-pb's code
// (about 9.5 MiB with its generated protobuf classes) lands in between, as
// does raw's own with 5 MiB of application objects. Comparing at the same
// application heap compares the clients. Each client runs in its own
// process, one at a time, the order rotated every round. Uses dist/ (build
// first) or the index.js named by RIAK_PB_DIST.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LIB_DIR, ROOT_DIR, SCRIPTS_DIR, median, parseDuration, round1 } from './bench-lib/common.mjs';

const HELP = `usage: node scripts/bench-large.mjs [options]

  --size N               value bytes (default 1048576)
  -c, --concurrency N    gets outstanding (default 4)
  --app-heap LIST        MiB of live application objects in each client process,
                         comma-separated: each size is a variant (default 0)
  --clients a,b          among raw, riak-pb (default both)
  --client file.mjs      add an adapter module (repeatable; scripts/bench.mjs's interface)
  --rounds N             rounds (default 5); the table shows medians (min-max)
  --duration T           per measurement (default 2s)
  --warmup T             per client process (default 1s)
  --out file.json        also write the results as JSON
  --profile-dir DIR      write each measurement's V8 CPU profile (100 µs samples) there;
                         summarise one with node scripts/bench-lib/profile-summary.mjs FILE
`;

const ADAPTERS = { raw: path.join(LIB_DIR, 'adapters', 'raw.mjs'), 'riak-pb': path.join(SCRIPTS_DIR, 'bench-adapter.mjs') };

function parseArgs(argv) {
  const o = {
    size: 1 << 20,
    concurrency: 4,
    appHeaps: [0],
    clients: ['raw', 'riak-pb'],
    extra: [],
    rounds: 5,
    durationMs: 2000,
    warmupMs: 1000,
    out: null,
    profileDir: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    const int = (v, min) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < min) throw new Error(`${a}: expected an integer >= ${min}, got ${v}`);
      return n;
    };
    if (a === '-h' || a === '--help') {
      process.stdout.write(HELP);
      process.exit(0);
    } else if (a === '--size') o.size = int(next(), 1);
    else if (a === '-c' || a === '--concurrency') o.concurrency = int(next(), 1);
    else if (a === '--app-heap')
      o.appHeaps = next()
        .split(',')
        .map((v) => int(v, 0));
    else if (a === '--clients') {
      o.clients = next().split(',');
      for (const c of o.clients) if (!ADAPTERS[c]) throw new Error(`--clients: raw or riak-pb, got ${c}`);
    } else if (a === '--client') o.extra.push(path.resolve(next()));
    else if (a === '--rounds') o.rounds = int(next(), 1);
    else if (a === '--duration') o.durationMs = parseDuration(next());
    else if (a === '--warmup') o.warmupMs = parseDuration(next());
    else if (a === '--out') o.out = next();
    else if (a === '--profile-dir') o.profileDir = path.resolve(next());
    else throw new Error(`unknown option ${a} (see --help)`);
  }
  return o;
}

/** scripts/bench-server.mjs on a free port, answering gets in bench_big with the large value. */
async function startServer(size) {
  const proc = spawn(process.execPath, [path.join(SCRIPTS_DIR, 'bench-server.mjs'), '-p', '0', '--big-size', String(size)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const port = await new Promise((resolve, reject) => {
    let buf = '';
    proc.stdout.on('data', (d) => {
      buf += d;
      const m = /LISTENING \S+ (\d+)/.exec(buf);
      if (m) resolve(Number(m[1]));
    });
    proc.once('exit', (code) => reject(new Error(`bench-server.mjs exited (${code})`)));
  });
  const stop = () =>
    new Promise((resolve) => {
      if (proc.exitCode !== null) return resolve();
      proc.once('exit', resolve);
      proc.kill('SIGTERM');
    });
  return { port, stop };
}

function runWorker(cfg) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--expose-gc', path.join(LIB_DIR, 'large-worker.mjs'), JSON.stringify(cfg)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000 + 3 * (cfg.durationMs + cfg.warmupMs));
    child.on('exit', (code) => {
      clearTimeout(timer);
      const line = stdout.split('\n').find((l) => l.startsWith('@@RESULT@@ '));
      resolve(
        line ? JSON.parse(line.slice(11)) : { ok: false, error: `worker exited ${code} without a result: ${stderr.trim().split('\n').slice(-3).join(' ')}` },
      );
    });
  });
}

const fmt = (x) => (x == null ? '-' : Math.round(x).toLocaleString('en-US'));
const fmt2 = (x) => (x == null ? '-' : x.toFixed(2));
const spread = (xs, f) => (xs.length > 1 ? ` (${f(Math.min(...xs))}-${f(Math.max(...xs))})` : '');

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!process.env.RIAK_PB_DIST && !fs.existsSync(path.join(ROOT_DIR, 'dist', 'index.js'))) throw new Error('dist/ is missing: run `npm run build`');
  const clients = [...opts.clients.map((c) => ADAPTERS[c]), ...opts.extra];
  const server = await startServer(opts.size);
  const runs = []; // { round, heap, file, result }
  const started = Date.now();
  const load = os.loadavg().map((x) => +x.toFixed(2));
  try {
    for (let round = 0; round < opts.rounds; round++) {
      for (const heap of opts.appHeaps) {
        const order = clients.map((_, i) => clients[(i + round) % clients.length]);
        for (const file of order) {
          const cfg = {
            adapter: file,
            host: '127.0.0.1',
            port: server.port,
            size: opts.size,
            concurrency: opts.concurrency,
            durationMs: opts.durationMs,
            warmupMs: opts.warmupMs,
            appHeapMb: heap,
            profileDir: opts.profileDir,
          };
          if (opts.profileDir) fs.mkdirSync(opts.profileDir, { recursive: true });
          const result = await runWorker(cfg);
          runs.push({ round, heap, file, result });
          const r = result;
          process.stderr.write(
            `round ${round + 1}/${opts.rounds}  heap +${heap} MiB  ${String(r.name ?? path.basename(file)).padEnd(14)} ` +
              (r.ok ? `${fmt(r.opsPerSec)} gets/s  ${fmt(r.cpuUsPerOp)} µs CPU/get  ${r.majorGcPer1000} major GC/1000 gets\n` : `FAILED: ${r.error}\n`),
          );
        }
      }
    }
  } finally {
    await server.stop();
  }
  const rows = [];
  for (const heap of opts.appHeaps) {
    for (const file of clients) {
      const mine = runs.filter((x) => x.heap === heap && x.file === file && x.result.ok);
      if (mine.length === 0) continue;
      const ratios = mine
        .map((x) => {
          const raw = runs.find((y) => y.heap === heap && y.round === x.round && y.file === ADAPTERS.raw && y.result.ok);
          return raw ? x.result.opsPerSec / raw.result.opsPerSec : null;
        })
        .filter((v) => v != null);
      const pick = (k) => mine.map((x) => x.result[k]);
      rows.push({
        client: mine[0].result.name,
        appHeapMb: heap,
        rounds: mine.length,
        opsPerSec: median(pick('opsPerSec')),
        opsPerSecAll: pick('opsPerSec'),
        vsRaw: ratios.length ? median(ratios) : null,
        vsRawAll: ratios,
        cpuUsPerOp: median(pick('cpuUsPerOp')),
        majorGcPer1000: round1(median(pick('majorGcPer1000'))),
        majorGcUsPerOp: round1(median(pick('majorGcUsPerOp'))),
        heapUsedMB: round1(median(pick('heapUsedMB'))),
      });
    }
  }
  const header = [
    'client',
    'app heap',
    `${opts.size >= 1 << 20 ? `${opts.size / (1 << 20)} MiB` : `${opts.size} B`} gets/s`,
    'vs raw',
    'CPU µs/get',
    'major GC/1000 gets',
    'GC pause µs/get',
    'heap MB',
  ];
  const table = rows.map((r) => [
    r.client,
    `+${r.appHeapMb} MiB`,
    `${fmt(r.opsPerSec)}${spread(r.opsPerSecAll, fmt)}`,
    r.vsRaw == null ? '-' : `${fmt2(r.vsRaw)}x${spread(r.vsRawAll, fmt2)}`,
    fmt(r.cpuUsPerOp),
    String(r.majorGcPer1000),
    String(r.majorGcUsPerOp),
    String(r.heapUsedMB),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
  const line = (cells) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  process.stdout.write(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n${table.map(line).join('\n')}\n`);
  process.stdout.write(
    `\nmedians (min-max) of ${opts.rounds} round(s) x ${opts.durationMs / 1000} s, ${opts.concurrency} gets outstanding; ` +
      `vs raw: round by round, at the same application heap; node ${process.version}, ${os.cpus().length} CPUs, load ${load.join(' ')} -> ${os
        .loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')}\n`,
  );
  if (opts.out) fs.writeFileSync(opts.out, `${JSON.stringify({ date: new Date(started).toISOString(), options: opts, rows, runs }, null, 2)}\n`);
  process.exitCode = rows.length > 0 ? 0 : 1;
}

main().catch((e) => {
  process.stderr.write(`${e.message}\n`);
  process.exit(2);
});
