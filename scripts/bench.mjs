#!/usr/bin/env node
// riak-pb side by side with the other Node.js Riak clients and a raw
// pipelined-socket baseline, in one run on one machine.
//
//   npm run bench                           # build, then the default run (~3 min)
//   node scripts/bench.mjs --quick          # ~40 s
//   node scripts/bench.mjs --riak-like      # a server that serves each connection serially, like Riak
//   node scripts/bench.mjs --target 10.0.0.5:8087
//   node scripts/bench.mjs --streams        # listKeys, streamed 2i and 1 MiB gets vs a raw socket (.batches() and key by key)
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
import { restoreNpmArgs } from './bench-lib/npm-args.mjs';
import { findServerPid } from './bench-lib/server-pid.mjs';
import { summarize } from './bench-lib/profile-summary.mjs';

const ADAPTERS = {
  raw: path.join(LIB_DIR, 'adapters', 'raw.mjs'),
  'raw-pool': path.join(LIB_DIR, 'adapters', 'raw-pool.mjs'),
  'riak-pb': path.join(SCRIPTS_DIR, 'bench-adapter.mjs'),
  'riak-pb-batches': path.join(LIB_DIR, 'adapters', 'riak-pb-batches.mjs'),
  'riak-pb-1conn-pipelined': path.join(LIB_DIR, 'adapters', 'riak-pb-1conn-pipelined.mjs'),
  'riak-pb-stacks': path.join(LIB_DIR, 'adapters', 'riak-pb-stacks.mjs'),
  'basho-riak-client': path.join(LIB_DIR, 'adapters', 'basho-riak-client.mjs'),
  'no-riak': path.join(LIB_DIR, 'adapters', 'no-riak.mjs'),
};
const DEFAULT_CLIENTS = ['raw', 'raw-pool', 'riak-pb', 'riak-pb-1conn-pipelined', 'basho-riak-client', 'no-riak'];
// riak-pb-batches reads listings and 2i with .batches(), the way big listings are meant to be read (the
// streams goals judge it); riak-pb reads them key by key, and its large gets are the library's defaults.
const STREAM_CLIENTS = ['raw', 'riak-pb-batches', 'riak-pb'];
const FAKERIAK_SRC = process.env.FAKERIAK_SRC ?? path.resolve(ROOT_DIR, '..', 'shared', 'bench', 'server', 'fakeriak.c');
/**
 * ../shared/bench's calibration of a real Riak 3.2.3 node on a 2-core VM: each
 * connection served strictly one request after another (320 µs a get, 480 µs
 * a put), one worker busy 190 µs per get / 435 µs per put (the node's cores).
 */
const RIAK_LIKE_ARGS = ['--service-us', '320', '--work-us', '190', '--workers', '1', '--put-service-us', '480', '--put-work-us', '435'];

const HELP = `usage: node scripts/bench.mjs [options]

Each client runs in its own child process, one at a time, the order rotated
every round. Per client and round: connect, verify the bytes, warm up, then
four measurements of --duration each: get throughput and put throughput with
C requests outstanding, get latency at 1 and at C outstanding.

Server:
  (default)              start scripts/bench-server.mjs (canned replies, JS) on a free port:
                         it answers at once, however many requests are pipelined
  --server fakeriak      build ${path.relative(ROOT_DIR, FAKERIAK_SRC)} with make into
                         ${path.join(os.tmpdir(), 'riak-pb-bench')} and use it instead (C, epoll)
  --riak-like            fakeriak serving like a real node: each connection strictly one request
                         after another, a per-request service time, a worker cap (the node's cores);
                         ../shared/bench's calibration of Riak 3.2.3 on a 2-core VM:
                         ${RIAK_LIKE_ARGS.join(' ')}
  --server-args "..."    more fakeriak arguments (appended: they override --riak-like's)
  --target host:port     use a running server, e.g. a real Riak node; the first client
                         stores the expected value under the get keys, every client checks it; a server on this
                         machine has its CPU measured too (the process listening on the port)
                         (\`npm run bench --target host:port\` works too: npm's share of the options is put back)

Clients:
  --clients a,b,...      among ${Object.keys(ADAPTERS).join(', ')}
                         (default ${DEFAULT_CLIENTS.join(',')}; with --streams ${STREAM_CLIENTS.join(',')})
                         riak-pb = the library's default options; raw = 1 socket, unlimited pipelining;
                         raw-pool = C sockets x 1 request each; riak-pb-batches = riak-pb reading listings
                         and 2i a frame at a time (.batches()), for --streams
  --client file.mjs      add any adapter module (repeatable; ../shared/bench interface)
  --compare DIR          add riak-pb (default options) built elsewhere: DIR is another build's dist/
                         (or its index.js), run as riak-pb@<name of the folder holding it>; repeatable.
                         With --baseline riak-pb@<name> the ratios compare this build with that one,
                         round by round, each in its own process, the order rotated: the way to tell
                         whether a change is faster on a machine whose speed drifts
  --baseline name        what the ratios divide by (default raw)

Workload:
  --rounds N             rounds; the table shows medians (default 3)
  --duration T           per measurement, e.g. 2s, 500ms (default 2s)
  --warmup T             warm-up per client process (default 1s)
  -c, --concurrency N    requests outstanding in the C phases (default 64)
  --get-size N           value size the server returns (default 100; with --target: the value stored first)
  --put-size N           value size of puts (default 100)
  --keyspace N           distinct keys (default 1000)
  --quick                1 round, --duration 1s, --warmup 0.5s (about 40 s)

Streams (scripts/bench-server.mjs only):
  --streams              instead of the KV phases: listKeys of --stream-keys keys, the same keys as
                         a streamed 2i reply (keys/s, CPU per key), and gets of a --big-size value
                         with --big-concurrency outstanding; riak-pb-batches (a frame at a time) and
                         riak-pb (key by key) against a raw socket reader. The listKeys and 2i goals
                         (>= 0.8x raw's keys/s) judge riak-pb-batches, the 1 MiB get goal riak-pb.
                         Each client's large gets run in a process of their own, after no listing
  --stream-keys N        keys per listing (default 1000000, 100 per frame)
  --big-size N           the large value's bytes (default 1048576)
  --big-concurrency N    large gets outstanding (default 4)

Output:
  --json                 JSON document on stdout (the table goes to stderr)
  --out file.json        also write the JSON document to a file
  --render file.json     print the table of a saved document and exit
  -v, --verbose          worker progress

Profiling:
  --profile PHASE        profile one phase (get, put, lat1, latC; keys, index, big with --streams) of riak-pb only
                         (or of each client named with --clients / --client)
                         with the V8 sampling profiler (100 µs), save the
                         .cpuprofile (Chrome DevTools) and print the top costs.
                         Uses --duration (default 5s here).
  --profile-dir DIR      where to write it (default ${path.join(os.tmpdir(), 'riak-pb-bench')})
`;

function parseArgs(argv) {
  const o = {
    server: 'js',
    riakLike: false,
    serverArgs: [],
    streams: false,
    streamKeys: 1_000_000,
    bigSize: 1 << 20,
    bigConcurrency: 4,
    target: null,
    clients: DEFAULT_CLIENTS,
    extra: [],
    compare: [],
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
      case '--riak-like':
        o.riakLike = true;
        break;
      case '--server-args':
        o.serverArgs.push(...next().split(/\s+/).filter(Boolean));
        break;
      case '--streams':
        o.streams = true;
        break;
      case '--stream-keys':
        o.streamKeys = int();
        break;
      case '--big-size':
        o.bigSize = int();
        break;
      case '--big-concurrency':
        o.bigConcurrency = int();
        break;
      case '--target':
        o.target = next();
        parseHostPort(o.target);
        break;
      case '--clients':
        o.clients = next()
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
        for (const c of o.clients) if (!ADAPTERS[c]) throw new Error(`--clients: unknown client ${c} (known: ${Object.keys(ADAPTERS).join(', ')})`);
        break;
      case '--client':
        o.extra.push(path.resolve(next()));
        break;
      case '--compare': {
        const given = path.resolve(next());
        const index = given.endsWith('.js') ? given : path.join(given, 'index.js');
        if (!fs.existsSync(index)) throw new Error(`--compare: no ${index} (build that checkout first: npm run build)`);
        o.compare.push(index);
        break;
      }
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
        if (!['get', 'put', 'lat1', 'latC', 'keys', 'index', 'big'].includes(p))
          throw new Error(`--profile: get, put, lat1, latC, keys, index or big, got ${p}`);
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
  if (o.riakLike || o.serverArgs.length > 0) {
    if (set.has('--server') && o.server !== 'fakeriak') throw new Error('--riak-like and --server-args need --server fakeriak');
    o.server = 'fakeriak';
  }
  if (o.target && (o.riakLike || o.serverArgs.length > 0 || set.has('--server')))
    throw new Error('--target uses a running server: no --server, --riak-like or --server-args');
  if (o.streams) {
    if (o.target || o.server !== 'js') throw new Error('--streams needs scripts/bench-server.mjs (no --target, --server fakeriak or --riak-like)');
    if (!o.clientsGiven) o.clients = STREAM_CLIENTS;
  }
  o.mode = o.streams ? 'streams' : o.target ? 'external' : o.riakLike || o.serverArgs.length > 0 ? 'riak-like' : 'instant';
  return o;
}

let opts;
let argv = process.argv.slice(2);
try {
  argv = restoreNpmArgs(argv);
  opts = parseArgs(argv);
} catch (e) {
  process.stderr.write(`${e.message}\n`);
  process.exit(2);
}
const info = (s) => process.stderr.write(`${s}\n`);
const CLK_TCK = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100;

// ---------------------------------------------------------------- server
/** Builds fakeriak with its own Makefile, in a temporary directory (nothing is written next to the sources). */
function buildFakeriak() {
  if (!fs.existsSync(FAKERIAK_SRC)) throw new Error(`--server fakeriak: ${FAKERIAK_SRC} not found (set FAKERIAK_SRC)`);
  const dir = path.join(os.tmpdir(), 'riak-pb-bench');
  const bin = path.join(dir, 'fakeriak');
  if (fs.existsSync(bin) && fs.statSync(bin).mtimeMs >= fs.statSync(FAKERIAK_SRC).mtimeMs) return bin;
  fs.mkdirSync(dir, { recursive: true });
  info(`building ${bin} from ${FAKERIAK_SRC} ...`);
  const makefile = path.join(path.dirname(FAKERIAK_SRC), 'Makefile');
  fs.copyFileSync(FAKERIAK_SRC, path.join(dir, 'fakeriak.c'));
  const r = fs.existsSync(makefile)
    ? spawnSync('make', ['-C', dir, '-f', makefile, 'fakeriak'], { stdio: ['ignore', 'inherit', 'inherit'] })
    : spawnSync('gcc', ['-O2', '-o', bin, path.join(dir, 'fakeriak.c')], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0 || !fs.existsSync(bin)) throw new Error('building fakeriak failed (are make and gcc installed?)');
  return bin;
}

async function startServer() {
  const fakeriakArgs = [...(opts.riakLike ? RIAK_LIKE_ARGS : []), ...opts.serverArgs];
  const [cmd, args, label] =
    opts.server === 'fakeriak'
      ? [
          buildFakeriak(),
          ['-p', '0', '-s', String(opts.getSize), ...fakeriakArgs],
          `fakeriak (C)${fakeriakArgs.length ? `, ${opts.riakLike ? 'riak-like ' : ''}${fakeriakArgs.join(' ')}` : ''}`,
        ]
      : [
          process.execPath,
          [
            path.join(SCRIPTS_DIR, 'bench-server.mjs'),
            '-p',
            '0',
            '-s',
            String(opts.getSize),
            '--stream-keys',
            String(opts.streamKeys),
            '--big-size',
            String(opts.bigSize),
          ],
          'bench-server.mjs (JS)',
        ];
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
  const r = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const m = await import(${JSON.stringify(`file://${file}`)}); let a = m.default ?? m; if (typeof a === 'function') a = await a(); process.stdout.write('@@NAME@@' + a.name + '\\n');`,
    ],
    {
      encoding: 'utf8',
      timeout: 30000,
    },
  );
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
    // a running server: the first worker stores the get keys' value (the others check it is there)
    seed: target.external && !target.seeded,
    serverPid: target.pid ?? null,
    clkTck: CLK_TCK,
    phases: opts.streams ? ['keys', 'index', 'big'] : ['get', 'put', 'lat1', 'latC'],
    streamKeys: opts.streamKeys,
    bigSize: opts.bigSize,
    bigConcurrency: opts.bigConcurrency,
    verbose: opts.verbose,
    ...extra,
  };
  const timeoutMs = 60000 + cfg.phases.length * cfg.durationMs * 3 + cfg.warmupMs * 3;
  return new Promise((resolve) => {
    const t0 = Date.now();
    const child = spawn(process.execPath, ['--expose-gc', path.join(LIB_DIR, 'worker.mjs'), JSON.stringify(cfg)], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: client.env === undefined ? process.env : { ...process.env, ...client.env },
    });
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
        : {
            ok: false,
            name: client.name,
            phases: {},
            error: signal === 'SIGKILL' ? `killed after ${timeoutMs / 1000} s` : `worker exited ${code ?? signal} without a result`,
          };
      if (!res.ok) res.stderrTail = stderr.trim().split('\n').slice(-10).join('\n');
      res.wallSeconds = Math.round((Date.now() - t0) / 100) / 10;
      resolve(res);
    });
  });
}

/**
 * --streams: the listings and the large gets each in a process of their own.
 * A 1 MiB get's cost depends on the live heap of the process that makes it
 * (V8 collects more often, and each collection marks the whole heap, as the
 * megabytes of external memory pile up): after riak-pb's listings have loaded
 * the generated classes, or with 60,000 more small objects alive in raw's
 * process, a 1 MiB get costs 2-3x the CPU it costs in a fresh process. Each
 * client's large gets are measured in a fresh one, so the ratio compares the
 * clients, not what ran before them.
 */
async function runStreamWorkers(client, target) {
  const listings = await runWorker(client, target, { phases: ['keys', 'index'] });
  if (!listings.ok) return listings;
  const big = await runWorker(client, target, { phases: ['big'] });
  if (!big.ok) return big;
  return { ...listings, phases: { ...listings.phases, ...big.phases }, wallSeconds: Math.round((listings.wallSeconds + big.wallSeconds) * 10) / 10 };
}

function readComm(pid) {
  try {
    return fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return '?';
  }
}

const fmt = (x) => (x == null ? '-' : Math.round(x).toLocaleString('en-US'));

// ---------------------------------------------------------------- main
async function main() {
  if (opts.render) {
    process.stdout.write(renderReport(JSON.parse(fs.readFileSync(opts.render, 'utf8'))));
    return;
  }
  if (!process.env.RIAK_PB_DIST && !fs.existsSync(path.join(ROOT_DIR, 'dist', 'index.js')))
    throw new Error('dist/ is missing: run `npm run build` (or `npm run bench`)');

  // --profile alone profiles riak-pb; with --clients / --client, those
  const names = opts.profile && !opts.clientsGiven ? (opts.extra.length > 0 ? [] : ['riak-pb']) : opts.clients;
  const clients = names.map((name) => ({ name, file: ADAPTERS[name] }));
  for (const file of opts.extra) {
    if (!fs.existsSync(file)) throw new Error(`--client ${file}: no such file`);
    // e.g. --streams --client scripts/bench-lib/adapters/riak-pb-batches.mjs, which --streams runs anyway
    if (clients.some((c) => c.file === path.resolve(file))) {
      info(`--client ${file}: already in the run`);
      continue;
    }
    const name = describeAdapter(file);
    if (clients.some((c) => c.name === name)) throw new Error(`--client ${file}: name "${name}" already in the run`);
    clients.push({ name, file });
  }
  for (const index of opts.compare) {
    // riak-pb@base for .../base/dist/index.js: the checkout's folder names it
    const dir = path.dirname(index);
    const name = `riak-pb@${path.basename(path.basename(dir) === 'dist' ? path.dirname(dir) : dir)}`;
    if (clients.some((c) => c.name === name)) throw new Error(`--compare ${index}: name "${name}" already in the run`);
    clients.push({ name, file: ADAPTERS['riak-pb'], env: { RIAK_PB_DIST: index, RIAK_PB_NAME: name } });
  }

  let server = null;
  let target;
  if (opts.target) {
    const hp = parseHostPort(opts.target);
    // a node on this machine: its CPU is measured too
    const pid = findServerPid(hp.host, hp.port);
    const comm = pid ? readComm(pid) : null;
    target = { ...hp, pid, external: true, label: `${opts.target} (external${pid ? `, local process ${pid} ${comm}` : ''})` };
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
        const r = opts.streams ? await runStreamWorkers(c, target) : await runWorker(c, target);
        if (r.ok && target.external) target.seeded = true;
        results[c.name].push(r);
        const p = r.phases;
        const head = `round ${round + 1}/${opts.rounds}  ${c.name.padEnd(24)}`;
        info(
          !r.ok
            ? `${head} FAILED: ${r.error}`
            : opts.streams
              ? `${head} listKeys ${fmt(p.keys.opsPerSec)} keys/s (${p.keys.cpuUsPerOp} µs CPU)  2i ${fmt(p.index.opsPerSec)} keys/s  ` +
                `big get ${fmt(p.big.opsPerSec)}/s (${p.big.mbPerSec} MiB/s)  (${r.wallSeconds} s)`
              : `${head} get ${fmt(p.get.opsPerSec)}/s (${p.get.cpuUsPerOp} µs CPU)  put ${fmt(p.put.opsPerSec)}/s (${p.put.cpuUsPerOp} µs CPU)  ` +
                `c=1 p50 ${p.lat1.p50us} µs  c=${opts.concurrency} p99 ${p.latC.p99us} µs  (${r.wallSeconds} s)`,
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
    command: `node scripts/bench.mjs ${argv.join(' ')}`.trim(),
    mode: opts.mode,
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
      streamKeys: opts.streamKeys,
      bigSize: opts.bigSize,
      bigConcurrency: opts.bigConcurrency,
      serverArgs: opts.server === 'fakeriak' ? [...(opts.riakLike ? RIAK_LIKE_ARGS : []), ...opts.serverArgs] : [],
    },
    server: serverStats,
    baseline: opts.baseline,
    goals: checkGoals(aggs, opts.mode),
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
  process.stdout.write(
    `${summarize(JSON.parse(fs.readFileSync(r.profileFile, 'utf8')))}\n\nprofile: ${r.profileFile} (open in Chrome DevTools > Performance)\n`,
  );
}

main().catch((e) => {
  process.stderr.write(`${opts.verbose ? e.stack : e.message}\n`);
  process.exit(2);
});
