// Child process of scripts/bench-large.mjs: measures ONE adapter's large gets once and prints
//   @@RESULT@@ {json}
// on stdout. Run as `node --expose-gc large-worker.mjs '<json config>'`.
//
// [an application heap of appHeapMb] -> connect -> verify the value's bytes ->
// warm-up -> gc() -> gets of the large value with `concurrency` outstanding for
// `durationMs`: gets/s, client CPU per get, and the major (mark-compact) GCs
// that ran meanwhile (why they matter: scripts/bench-large.mjs).

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PerformanceObserver, constants, performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { BIG_BUCKET, asBuffer, expectedValue, round1, round2 } from './common.mjs';

const cfg = JSON.parse(process.argv[2]);
const gc = typeof globalThis.gc === 'function' ? globalThis.gc : () => {};
const mb = (bytes) => round1(bytes / (1024 * 1024));

/** Live objects standing for an application's own state (caches, sessions...): `mb` MiB of small objects. */
function applicationHeap(megabytes) {
  const items = [];
  const before = process.memoryUsage().heapUsed;
  while (process.memoryUsage().heapUsed - before < megabytes * 1024 * 1024) {
    for (let i = 0; i < 10_000; i++) items.push({ id: items.length, name: `item${items.length}`, tags: [i, i + 1, i + 2] });
  }
  return items;
}

/** Major GCs whose start is at or after `since` (performance.now() time). */
const majors = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) if (e.detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) majors.push(e);
}).observe({ entryTypes: ['gc'] });

/** With `cfg.profileDir`: the V8 sampling profiler (100 µs) over the measurement only; returns a stop(file) function. */
async function startProfiler() {
  const { Session } = await import('node:inspector/promises');
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  return async () => {
    const { profile } = await session.post('Profiler.stop');
    session.disconnect();
    const file = path.join(cfg.profileDir, `${out.name}-heap${cfg.appHeapMb}-${process.pid}.cpuprofile`);
    writeFileSync(file, JSON.stringify(profile));
    return file;
  };
}

/** Runs `op()` from `conc` lanes, each awaiting its previous op, for `ms`; returns completed ops and seconds. */
async function drive(conc, ms, op) {
  let ops = 0;
  const t0 = performance.now();
  const deadline = t0 + ms;
  const lane = async () => {
    while (performance.now() < deadline) {
      await op();
      ops++;
    }
  };
  await Promise.all(Array.from({ length: conc }, lane));
  return { ops, seconds: (performance.now() - t0) / 1000 };
}

const out = { ok: false, name: null };

async function main() {
  let adapter;
  // Kept reachable until the end: it is the point.
  const heap = cfg.appHeapMb > 0 ? applicationHeap(cfg.appHeapMb) : [];
  try {
    const mod = await import(pathToFileURL(path.resolve(cfg.adapter)).href);
    adapter = mod.default ?? mod;
    if (typeof adapter === 'function') adapter = await adapter();
    out.name = adapter.name;
    await adapter.connect({ host: cfg.host, port: cfg.port, concurrency: cfg.concurrency });
    const expected = expectedValue(cfg.size);
    const first = await adapter.get(BIG_BUCKET, 'big');
    if (first == null || !asBuffer(first).equals(expected)) throw new Error(`verify: the value is not the ${cfg.size} expected bytes`);
    let bad = 0;
    const op = () =>
      adapter.get(BIG_BUCKET, 'big').then((v) => {
        if (v == null || v.length !== cfg.size) bad++;
      });
    await drive(cfg.concurrency, cfg.warmupMs, op);
    gc();
    gc();
    const stopProfiler = cfg.profileDir ? await startProfiler() : null;
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const r = await drive(cfg.concurrency, cfg.durationMs, op);
    const cpu = process.cpuUsage(cpu0);
    if (stopProfiler) out.profileFile = await stopProfiler();
    // The observer reports a GC a tick after it ran.
    await new Promise((resolve) => setImmediate(resolve));
    if (bad > 0) throw new Error(`${bad} get(s) returned a value of the wrong length`);
    const during = majors.filter((e) => e.startTime >= t0);
    Object.assign(out, {
      ok: true,
      ops: r.ops,
      seconds: round2(r.seconds),
      opsPerSec: Math.round(r.ops / r.seconds),
      cpuUsPerOp: Math.round((cpu.user + cpu.system) / r.ops),
      majorGcPer1000: round1((during.length * 1000) / r.ops),
      majorGcUsPerOp: round1((during.reduce((sum, e) => sum + e.duration, 0) * 1000) / r.ops),
      heapUsedMB: mb(process.memoryUsage().heapUsed),
      appHeapItems: heap.length,
    });
  } catch (e) {
    out.error = e?.stack ?? String(e);
  }
  try {
    if (adapter) await Promise.race([adapter.close(), new Promise((r) => setTimeout(r, 3000).unref())]);
  } catch {
    // the measurement is what counts
  }
  process.stdout.write(`\n@@RESULT@@ ${JSON.stringify(out)}\n`, () => process.exit(out.ok ? 0 : 1));
}

main();
