#!/usr/bin/env node
// riak-pb side by side with the other Node.js Riak clients and a raw
// pipelined-socket baseline, in one run on one machine.
//
//   npm run bench                           # build, then the default run (~2.5 min)
//   node scripts/bench.mjs --quick          # ~30 s
//   node scripts/bench.mjs --target 10.0.0.5:8087
//   node scripts/bench.mjs --server fakeriak
//   node scripts/bench.mjs --profile get    # CPU profile of riak-pb's get hot path
//
// `node scripts/bench.mjs --help` lists every option. Uses dist/: build first
// (`npm run bench` does).

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LIB_DIR, ROOT_DIR, SCRIPTS_DIR, parseDuration, parseHostPort } from './bench-lib/common.mjs';
import { addRatios, aggregate, checkGoals, renderReport } from './bench-lib/report.mjs';
import { summarize } from './bench-lib/profile-summary.mjs';

const ADAPTERS = {
  raw: path.join(LIB_DIR, 'adapters', 'raw.mjs'),
  'riak-pb': path.join(SCRIPTS_DIR, 'bench-adapter.mjs'),
  'riak-pb-pool': path.join(LIB_DIR, 'adapters', 'riak-pb-pool.mjs'),
  'riak-pb-stacks': path.join(LIB_DIR, 'adapters', 'riak-pb-stacks.mjs'),
  'basho-riak-client': path.join(LIB_DIR, 'adapters', 'basho-riak-client.mjs'),
  'no-riak': path.join(LIB_DIR, 'adapters', 'no-riak.mjs'),
};
const DEFAULT_CLIENTS = ['raw', 'riak-pb', 'basho-riak-client', 'no-riak'];
const FAKERIAK_SRC = process.env.FAKERIAK_SRC ?? path.resolve(ROOT_DIR, '..', 'shared', 'bench', 'server', 'fakeriak.c');

const HELP = `usage: node scripts/bench.mjs [options]

Each client runs in its own child process, one at a time, the order rotated
every round. Per client and round: connect, verify the bytes, warm up, then
four measurements of --duration each: get throughput and put throughput with
C requests outstanding, get latency at 1 and at C outstanding.

Server:
  (default)              start scripts/bench-server.mjs (canned replies, JS) on a free port
  --server fakeriak      build ${path.relative(ROOT_DIR, FAKERIAK_SRC)} with gcc into
                         ${path.join(os.tmpdir(), 'riak-pb-bench')} and use it instead (C, epoll)
  --target host:port     use a running server, e.g. a real Riak node; every client
                         first stores the expected value under the get keys

Clients:
  --clients a,b,...      among ${Object.keys(ADAPTERS).join(', ')}
                         (default ${DEFAULT_CLIENTS.join(',')})
  --client file.mjs      add any adapter module (repeatable; ../shared/bench interface)
  --baseline name        what the ratios divide by (default raw)

Workload:
  --rounds N             rounds; the table shows medians (default 3)
  --duration T           per measurement, e.g. 2s, 500ms (default 2s)
  --warmup T             warm-up per client process (default 1s)
  -c, --concurrency N    requests outstanding in the C phases (default 64)
  --get-size N           value size the server returns (default 100; not with --target)
  --put-size N           value size of puts (default 100)
  --keyspace N           distinct keys (default 1000)
  --quick                1 round, --duration 1s, --warmup 0.5s (about 30 s)

Output:
  --json                 JSON document on stdout (the table goes to stderr)
  --out file.json        also write the JSON document to a file
  --render file.json     print the table of a saved document and exit
  -v, --verbose          worker progress

Profiling:
  --profile PHASE        profile one phase (get, put, lat1, latC) of riak-pb only
                         (or of each client named with --clients / --client)
                         with the V8 sampling profiler (100 µs), save the
                         .cpuprofile (Chrome DevTools) and print the top costs.
                         Uses --duration (default 5s here).
  --profile-dir DIR      where to write it (default ${path.join(os.tmpdir(), 'riak-pb-bench')})
`;

function parseArgs(argv) {
  const o = {
    server: 'js',
    target: null,
    clients: DEFAULT_CLIENTS,
    extra: [],
    baseline: 'raw',
    rounds: 3,
    durationMs: 2000,
    warmupMs: 1000,
    concurrency: 64,
    getSize: 100,
    putSize: 100,
    keyspace: 1000,
    json: false,
    out: null,
    render: null,
    verbose: false,
    profile: null,
    profileDir: path.join(os.tmpdir(), 'riak-pb-bench'),
  };
  const set = new Set();
  argv = argv.flatMap((a) => {
    const m = /^(--[a-z-]+)=(.*)$/s.exec(a);
    return m ? [m[1], m[2]] : [a];
  });
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    const int = (min = 1) => {
      const v = next();
      const n = Number(v);
      if (!Number.isInteger(n) || n < min) throw new Error(`${a}: expected an integer >= ${min}, got ${v}`);
      return n;
    };
    set.add(a);
    switch (a) {
      case '-h':
      case '--help':
        process.stdout.write(HELP);
        process.exit(0);
        break;
      case '--server': {
        const s = next();
        if (s !== 'js' && s !== 'fakeriak') throw new Error(`--server: js or fakeriak, got ${s}`);
        o.server = s;
        break;
      }
      case '--target':
        o.target = next();
        parseHostPort(o.target);
        break;
      case '--clients':
        o.clients = next().split(',').map((s) => s.trim()).filter(Boolean);
        for (const c of o.clients) if (!ADAPTERS[c]) throw new Error(`--clients: unknown client ${c} (known: ${Object.keys(ADAPTERS).join(', ')})`);
        break;
      case '--client':
        o.extra.push(path.resolve(next()));
        break;
      case '--baseline':
        o.baseline = next();
        break;
      case '--rounds':
        o.rounds = int();
        break;
      case '--duration':
        o.durationMs = parseDuration(next());
        break;
      case '--warmup':
        o.warmupMs = parseDuration(next());
        break;
      case '-c':
      case '--concurrency':
        o.concurrency = int();
        break;
      case '--get-size':
        o.getSize = int(0);
        break;
      case '--put-size':
        o.putSize = int(0);
        break;
      case '--keyspace':
        o.keyspace = int();
        break;
      case '--quick':
        break;
      case '--json':
        o.json = true;
        break;
      case '--out':
        o.out = next();
        break;
      case '--render':
        o.render = next();
        break;
      case '-v':
      case '--verbose':
        o.verbose = true;
        break;
      case '--profile': {
        const p = next();
        if (!['get', 'put', 'lat1', 'latC'].includes(p)) throw new Error(`--profile: get, put, lat1 or latC, got ${p}`);
        o.profile = p;
        break;
      }
      case '--profile-dir':
        o.profileDir = path.resolve(next());
        break;
      default:
        throw new Error(`unknown option ${a} (see --help)`);
    }
  }
  if (set.has('--quick')) {
    if (!set.has('--rounds')) o.rounds = 1;
    if (!set.has('--duration')) o.durationMs = 1000;
    if (!set.has('--warmup')) o.warmupMs = 500;
  }
  if (o.profile && !set.has('--duration')) o.durationMs = 5000;
  o.clientsGiven = set.has('--clients');
  return o;
}

let opts;
try {
  opts = parseArgs(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`${e.message}\n`);
  process.exit(2);
}
const info = (s) => process.stderr.write(`${s}\n`);
const CLK_TCK = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100;

// ---------------------------------------------------------------- server
function buildFakeriak() {
  if (!fs.existsSync(FAKERIAK_SRC)) throw new Error(`--server fakeriak: ${FAKERIAK_SRC} not found (set FAKERIAK_SRC)`);
  const dir = path.join(os.tmpdir(), 'riak-pb-bench');
  const bin = path.join(dir, 'fakeriak');
  if (fs.existsSync(bin) && fs.statSync(bin).mtimeMs >= fs.statSync(FAKERIAK_SRC).mtimeMs) return bin;
  fs.mkdirSync(dir, { recursive: true });
  info(`building ${bin} from ${FAKERIAK_SRC} ...`);
  const r = spawnSync('gcc', ['-O2', '-o', bin, FAKERIAK_SRC], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error('gcc failed to build fakeriak (is gcc installed?)');
  return bin;
}

async function startServer() {
  const [cmd, args, label] =
    opts.server === 'fakeriak'
      ? [buildFakeriak(), ['-p', '0', '-s', String(opts.getSize)], 'fakeriak (C)']
      : [process.execPath, [path.join(SCRIPTS_DIR, 'bench-server.mjs'), '-p', '0', '-s', String(opts.getSize)], 'bench-server.mjs (JS)'];
  const proc = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  proc.stderr.on('data', (d) => (stderr += d));
  const port = await new Promise((resolve, reject) => {
    let buf = '';
    const t = setTimeout(() => reject(new Error(`${label} did not start within 5 s`)), 5000);
    proc.stdout.on('data', (d) => {
      buf += d;
      const m = /LISTENING (\S+) (\d+)/.exec(buf);
      if (m) {
        clearTimeout(t);
        resolve(Number(m[2]));
      }
    });
    proc.once('exit', (code) => reject(new Error(`${label} exited (${code}): ${stderr}`)));
  });
  return {
    host: '127.0.0.1',
    port,
    pid: proc.pid,
    label: `${label} 127.0.0.1:${port}, started by bench.mjs`,
    async stop() {
      if (proc.exitCode !== null) return { error: `server died: ${stderr}` };
      const exited = new Promise((r) => proc.once('exit', r));
      proc.kill('SIGTERM');
      await exited;
      const num = (re) => Number(re.exec(stderr)?.[1] ?? NaN);
      return { frames: num(/frames=(\d+)/), conns: num(/conns=(\d+)/) };
    },
  };
}

// ---------------------------------------------------------------- workers
function describeAdapter(file) {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', `const m = await import(${JSON.stringify(`file://${file}`)}); let a = m.default ?? m; if (typeof a === 'function') a = await a(); process.stdout.write('@@NAME@@' + a.name + '\\n');`], {
    encoding: 'utf8',
    timeout: 30000,
  });
  const m = /@@NAME@@(.*)/.exec(r.stdout ?? '');
  if (!m) throw new Error(`--client ${file}: cannot load: ${(r.stderr ?? '').trim().split('\n').slice(-3).join(' ')}`);
  return m[1];
}

function runWorker(client, target, extra = {}) {
  const cfg = {
    adapter: client.file,
    name: client.name,
    host: target.host,
    port: target.port,
    concurrency: opts.concurrency,
    durationMs: opts.durationMs,
    warmupMs: opts.warmupMs,
    getSize: opts.getSize,
    putSize: opts.putSize,
    keyspace: opts.keyspace,
    seed: target.external,
    serverPid: target.pid ?? null,
    clkTck: CLK_TCK,
    phases: ['get', 'put', 'lat1', 'latC'],
    verbose: opts.verbose,
    ...extra,
  };
  const timeoutMs = 60000 + cfg.phases.length * cfg.durationMs * 3 + cfg.warmupMs * 3;
  return new Promise((resolve) => {
    const t0 = Date.now();
    const child = spawn(process.execPath, ['--expose-gc', path.join(LIB_DIR, 'worker.mjs'), JSON.stringify(cfg)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => {
      stderr += d;
      if (opts.verbose) process.stderr.write(d);
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      const line = stdout.split('\n').find((l) => l.startsWith('@@RESULT@@ '));
      const res = line
        ? JSON.parse(line.slice(11))
        : { ok: false, name: client.name, phases: {}, error: signal === 'SIGKILL' ? `killed after ${timeoutMs / 1000} s` : `worker exited ${code ?? signal} without a result` };
      if (!res.ok) res.stderrTail = stderr.trim().split('\n').slice(-10).join('\n');
      res.wallSeconds = Math.round((Date.now() - t0) / 100) / 10;
      resolve(res);
    });
  });
}

const fmt = (x) => (x == null ? '-' : Math.round(x).toLocaleString('en-US'));

// ---------------------------------------------------------------- main
async function main() {
  if (opts.render) {
    process.stdout.write(renderReport(JSON.parse(fs.readFileSync(opts.render, 'utf8'))));
    return;
  }
  if (!fs.existsSync(path.join(ROOT_DIR, 'dist', 'index.js'))) throw new Error('dist/ is missing: run `npm run build` (or `npm run bench`)');

  // --profile alone profiles riak-pb; with --clients / --client, those
  const names = opts.profile && !opts.clientsGiven ? (opts.extra.length > 0 ? [] : ['riak-pb']) : opts.clients;
  const clients = names.map((name) => ({ name, file: ADAPTERS[name] }));
  for (const file of opts.extra) {
    if (!fs.existsSync(file)) throw new Error(`--client ${file}: no such file`);
    const name = describeAdapter(file);
    if (clients.some((c) => c.name === name)) throw new Error(`--client ${file}: name "${name}" already in the run`);
    clients.push({ name, file });
  }

  let server = null;
  let target;
  if (opts.target) {
    target = { ...parseHostPort(opts.target), external: true, label: `${opts.target} (external)` };
  } else {
    server = await startServer();
    target = { host: server.host, port: server.port, pid: server.pid, external: false, label: server.label };
  }

  const started = Date.now();
  const machine = { node: process.version, cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? '?', loadStart: os.loadavg().map((x) => +x.toFixed(2)) };
  const results = Object.fromEntries(clients.map((c) => [c.name, []]));
  let serverStats = null;
  try {
    if (opts.profile) {
      for (const c of clients) await profileRun(c, target);
      return;
    }
    if (machine.loadStart[0] > 1) {
      info(`warning: load average ${machine.loadStart[0]} on ${machine.cpus} CPUs before starting: other processes compete with the client and the server`);
    }
    info(
      `server ${target.label}; clients ${clients.map((c) => c.name).join(', ')}; ${opts.rounds} round(s) x ${opts.durationMs / 1000} s per measurement; ` +
        `C=${opts.concurrency}; load ${machine.loadStart.join(' ')}`,
    );
    for (let round = 0; round < opts.rounds; round++) {
      const order = clients.map((_, i) => clients[(i + round) % clients.length]);
      for (const c of order) {
        const r = await runWorker(c, target);
        results[c.name].push(r);
        const p = r.phases;
        info(
          r.ok
            ? `round ${round + 1}/${opts.rounds}  ${c.name.padEnd(18)} get ${fmt(p.get.opsPerSec)}/s (${p.get.cpuUsPerOp} µs CPU)  put ${fmt(p.put.opsPerSec)}/s  ` +
                `c=1 p50 ${p.lat1.p50us} µs  c=${opts.concurrency} p99 ${p.latC.p99us} µs  (${r.wallSeconds} s)`
            : `round ${round + 1}/${opts.rounds}  ${c.name.padEnd(18)} FAILED: ${r.error}`,
        );
      }
    }
  } finally {
    if (server) serverStats = await server.stop();
  }
  if (opts.profile) return;

  const aggs = clients.map((c) => aggregate(c.name, results[c.name]));
  addRatios(aggs, opts.baseline);
  const doc = {
    date: new Date(started).toISOString(),
    command: `node scripts/bench.mjs ${process.argv.slice(2).join(' ')}`.trim(),
    target: target.label,
    machine: { ...machine, loadEnd: os.loadavg().map((x) => +x.toFixed(2)) },
    durationSeconds: Math.round((Date.now() - started) / 1000),
    options: {
      server: opts.target ? 'external' : opts.server,
      rounds: opts.rounds,
      durationMs: opts.durationMs,
      warmupMs: opts.warmupMs,
      concurrency: opts.concurrency,
      getSize: opts.getSize,
      putSize: opts.putSize,
      keyspace: opts.keyspace,
    },
    server: serverStats,
    baseline: opts.baseline,
    goals: checkGoals(aggs, 'riak-pb', opts.baseline),
    results: aggs,
    runs: results,
  };
  const text = renderReport(doc);
  if (opts.json) {
    process.stderr.write(text);
    process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
  } else {
    process.stdout.write(text);
  }
  if (opts.out) fs.writeFileSync(opts.out, `${JSON.stringify(doc, null, 2)}\n`);
  process.exitCode = aggs.every((a) => a.okRounds > 0) ? 0 : 1;
}

async function profileRun(client, target) {
  fs.mkdirSync(opts.profileDir, { recursive: true });
  info(`profiling ${client.name}, phase ${opts.profile}, ${opts.durationMs / 1000} s, C=${opts.concurrency}, server ${target.label}`);
  const r = await runWorker(client, target, { phases: [opts.profile], profile: { dir: opts.profileDir, phase: opts.profile, intervalUs: 100 } });
  if (!r.ok) throw new Error(`profiled worker failed: ${r.error}\n${r.stderrTail ?? ''}`);
  const p = r.phases[opts.profile];
  info(`${opts.profile}: ${fmt(p.opsPerSec)} ops/s, ${p.cpuUsPerOp} µs CPU/op under the profiler (${p.clientCpuPct}% of a core)`);
  process.stdout.write(`${summarize(JSON.parse(fs.readFileSync(r.profileFile, 'utf8')))}\n\nprofile: ${r.profileFile} (open in Chrome DevTools > Performance)\n`);
}

main().catch((e) => {
  process.stderr.write(`${opts.verbose ? e.stack : e.message}\n`);
  process.exit(2);
});
