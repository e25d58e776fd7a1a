// Child process of scripts/bench.mjs: measures ONE adapter once and prints
//   @@RESULT@@ {json}
// on stdout. Run as `node --expose-gc worker.mjs '<json config>'`.
//
// connect -> [seed, against a real node] -> verify (exact bytes) -> warm-up ->
// gc + memory snapshot -> the phases, each for `durationMs`, gc() before each:
//   get   gets with `concurrency` outstanding: ops/s, client CPU µs/op
//   put   puts with `concurrency` outstanding: same
//   lat1  gets one at a time: p50/p99 latency
//   latC  gets with `concurrency` outstanding: p50/p99 latency
// Every get is checked for the right value length.
// With `profile: { dir, phase }` the CPU profile of that one phase is written
// to dir as a .cpuprofile (V8 sampling profiler through node:inspector).

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import {
  BIG_BUCKET,
  GET_BUCKET,
  STREAM_BUCKET,
  PUT_BUCKET,
  asBuffer,
  expectedValue,
  makeKeys,
  percentile,
  processCpuMs,
  putValue,
  round1,
  round2,
} from './common.mjs';

const cfg = JSON.parse(process.argv[2]);
const C = cfg.concurrency;
const gc = typeof globalThis.gc === 'function' ? globalThis.gc : () => {};
const mb = (bytes) => round1(bytes / (1024 * 1024));
const log = (...a) => cfg.verbose && console.error(`[${cfg.name ?? path.basename(cfg.adapter)}]`, ...a);

class Fail extends Error {}

/** Latencies in µs, in a growing Float64Array. */
class Samples {
  #a = new Float64Array(1 << 16);
  n = 0;
  push(us) {
    if (this.n === this.#a.length) {
      const b = new Float64Array(this.#a.length * 2);
      b.set(this.#a);
      this.#a = b;
    }
    this.#a[this.n++] = us;
  }
  sorted() {
    return this.#a.subarray(0, this.n).sort();
  }
}

/**
 * Runs `op(i)` from `conc` lanes, each awaiting its previous op, for `ms`
 * milliseconds (the clock is read every 32 issued ops), then waits for the
 * outstanding ones. Returns completed ops and elapsed seconds.
 */
async function drive(conc, ms, op, samples = null) {
  let issued = 0;
  let stop = false;
  const t0 = performance.now();
  const deadline = t0 + ms;
  const lane = async () => {
    try {
      while (!stop) {
        if ((issued & 31) === 0 && performance.now() >= deadline) {
          stop = true;
          break;
        }
        const i = issued++;
        if (samples === null) {
          await op(i);
        } else {
          const s = performance.now();
          await op(i);
          samples.push((performance.now() - s) * 1000);
        }
      }
    } catch (e) {
      stop = true;
      throw e;
    }
  };
  const lanes = [];
  for (let l = 0; l < conc; l++) lanes.push(lane());
  await Promise.all(lanes);
  return { ops: issued, seconds: (performance.now() - t0) / 1000 };
}

/** Runs `listing()` one after another for `ms` (at least once); ops = keys seen. */
async function listings(ms, listing) {
  const t0 = performance.now();
  let keys = 0;
  do keys += await listing();
  while (performance.now() - t0 < ms);
  return { ops: keys, seconds: (performance.now() - t0) / 1000 };
}

async function loadAdapter(file) {
  const mod = await import(pathToFileURL(path.resolve(file)).href);
  let a = mod.default ?? mod;
  if (typeof a === 'function') a = await a();
  for (const fn of ['connect', 'get', 'put', 'close']) if (typeof a[fn] !== 'function') throw new Fail(`adapter ${file}: no ${fn}()`);
  return a;
}

async function startProfiler() {
  const { Session } = await import('node:inspector/promises');
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: cfg.profile.intervalUs ?? 100 });
  await session.post('Profiler.start');
  return async (label) => {
    const { profile } = await session.post('Profiler.stop');
    session.disconnect();
    const file = path.join(cfg.profile.dir, `${out.name}-${label}-${process.pid}.cpuprofile`);
    writeFileSync(file, JSON.stringify(profile));
    return file;
  };
}

const out = { ok: false, name: null, phases: {} };

async function main() {
  let adapter;
  try {
    adapter = await loadAdapter(cfg.adapter);
    out.name = adapter.name;
    out.version = adapter.version ?? null;

    const keys = makeKeys(cfg.keyspace, 'k');
    const putKeys = makeKeys(cfg.keyspace, 'p');
    const expected = expectedValue(cfg.getSize);
    const pval = putValue(cfg.putSize);
    const expLen = expected.length;
    let bad = 0;
    const getOp = (i) =>
      adapter.get(GET_BUCKET, keys[i % cfg.keyspace]).then((v) => {
        if (v == null || v.length !== expLen) bad++;
      });
    const putOp = (i) => adapter.put(PUT_BUCKET, putKeys[i % cfg.keyspace], pval);
    const checkBad = (label) => {
      if (bad) throw new Fail(`${label}: ${bad} get(s) returned a value of the wrong length`);
    };

    let t = performance.now();
    await adapter.connect({ host: cfg.host, port: cfg.port, concurrency: C });
    out.connectMs = Math.round(performance.now() - t);
    out.description = adapter.description ?? '';

    if (cfg.seed) {
      // real node: store the expected value under every get key first
      let next = 0;
      const seedLane = async () => {
        while (next < cfg.keyspace) {
          const i = next++;
          await adapter.put(GET_BUCKET, keys[i], expected);
        }
      };
      await Promise.all(Array.from({ length: Math.min(C, 16) }, seedLane));
      log('seeded', cfg.keyspace, 'keys');
    }

    const first = await adapter.get(GET_BUCKET, keys[0]);
    if (first == null) throw new Fail('verify: get found nothing');
    const got = asBuffer(first);
    if (!got.equals(expected)) {
      throw new Fail(`verify: get returned ${got.length} bytes ${JSON.stringify(got.subarray(0, 12).toString('latin1'))}..., expected ${expLen}`);
    }
    await adapter.put(PUT_BUCKET, putKeys[0], pval);
    out.verified = true;

    let keyBytes = 0;
    const onKey = (key) => {
      keyBytes += key.length;
    };
    const listed = (label, n) => {
      if (n !== cfg.streamKeys) throw new Fail(`${label}: a listing returned ${n} keys, expected ${cfg.streamKeys}`);
      return n;
    };
    const bigOp = () =>
      adapter.get(BIG_BUCKET, 'big').then((v) => {
        if (v == null || v.length !== cfg.bigSize) bad++;
      });
    const phases = {
      get: { conc: C, op: getOp, latency: false },
      put: { conc: C, op: putOp, latency: false },
      lat1: { conc: 1, op: getOp, latency: true },
      latC: { conc: C, op: getOp, latency: true },
      // one listing at a time; `ops` counts keys
      keys: { conc: 1, listing: () => adapter.listKeys(STREAM_BUCKET, onKey).then((n) => listed('keys', n)) },
      index: { conc: 1, listing: () => adapter.streamIndex(STREAM_BUCKET, 'field_bin', 'v', onKey).then((n) => listed('index', n)) },
      big: { conc: cfg.bigConcurrency ?? 4, op: bigOp, latency: false, bytesPerOp: cfg.bigSize },
    };
    t = performance.now();
    const w = cfg.warmupMs;
    const streamsOnly = cfg.phases.every((p) => phases[p].listing || p === 'big');
    if (streamsOnly) {
      for (const p of cfg.phases) if (phases[p].listing) await phases[p].listing();
      if (cfg.phases.includes('big')) await drive(phases.big.conc, w * 0.5, bigOp);
    } else {
      await drive(C, w * 0.5, getOp);
      await drive(C, w * 0.25, putOp);
      await drive(1, w * 0.25, getOp);
    }
    checkBad('warm-up');
    out.warmupMs = Math.round(performance.now() - t);

    gc();
    gc();
    const m = process.memoryUsage();
    out.memory = { rssMB: mb(m.rss), heapUsedMB: mb(m.heapUsed), externalMB: mb(m.external) };

    for (const label of cfg.phases) {
      const ph = phases[label];
      if (ph.listing && (typeof adapter.listKeys !== 'function' || typeof adapter.streamIndex !== 'function')) {
        throw new Fail(`phase ${label}: this adapter has no listKeys/streamIndex`);
      }
    }
    for (const label of cfg.phases) {
      const ph = phases[label];
      gc();
      const stopProfiler = cfg.profile?.phase === label ? await startProfiler() : null;
      const samples = ph.latency ? new Samples() : null;
      const srv0 = processCpuMs(cfg.serverPid, cfg.clkTck);
      const cpu0 = process.cpuUsage();
      const r = ph.listing ? await listings(cfg.durationMs, ph.listing) : await drive(ph.conc, cfg.durationMs, ph.op, samples);
      const cpu = process.cpuUsage(cpu0);
      const srv1 = processCpuMs(cfg.serverPid, cfg.clkTck);
      if (stopProfiler) out.profileFile = await stopProfiler(label);
      checkBad(label);
      const cpuUs = cpu.user + cpu.system;
      const res = {
        ops: r.ops,
        seconds: Math.round(r.seconds * 1000) / 1000,
        opsPerSec: Math.round(r.ops / r.seconds),
        cpuUsPerOp: round2(cpuUs / r.ops),
        clientCpuPct: Math.round(cpuUs / 10 / (r.seconds * 1000)),
        serverCpuPct: srv0 != null && srv1 != null ? Math.round(((srv1 - srv0) / (r.seconds * 1000)) * 100) : null,
        // the local server's CPU per request (a started server, or a --target node on this machine)
        serverCpuUsPerOp: srv0 != null && srv1 != null ? round1(((srv1 - srv0) * 1000) / r.ops) : null,
      };
      if (ph.bytesPerOp) res.mbPerSec = round1((r.ops * ph.bytesPerOp) / r.seconds / (1 << 20));
      if (samples) {
        const s = samples.sorted();
        Object.assign(res, {
          p50us: round1(percentile(s, 50)),
          p99us: round1(percentile(s, 99)),
          p999us: round1(percentile(s, 99.9)),
          maxUs: round1(s[s.length - 1]),
        });
      }
      out.phases[label] = res;
      log(label, res);
    }
    out.maxRssMB = round1(process.resourceUsage().maxRSS / 1024);
    out.keyBytesSeen = keyBytes;
    out.ok = true;
  } catch (e) {
    out.error = e instanceof Fail ? e.message : e?.stack || String(e);
  }
  try {
    if (adapter) await Promise.race([adapter.close(), new Promise((r) => setTimeout(r, 3000).unref())]);
  } catch (e) {
    out.closeError = String(e?.message ?? e);
  }
  process.stdout.write(`\n@@RESULT@@ ${JSON.stringify(out)}\n`, () => process.exit(out.ok ? 0 : 1));
}

main();
