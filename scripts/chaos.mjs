#!/usr/bin/env node
// Chaos test: checks the client's promises while its nodes misbehave.
//
// Starts --nodes dev servers, each behind a fault proxy (scripts/chaos-lib/
// fault-proxy.mjs), and one RiakClient over all the proxies. For --duration,
// --concurrency callers run gets, puts, deletes, counter increments, 2i
// queries and key listings while a seeded fault loop cuts connections,
// freezes nodes, holds or drops reply bytes mid-frame, slips invalid frames
// between replies, refuses connections and kills nodes. Then faults freeze,
// every call gets its deadline plus a grace period to settle, and every key
// is read back from every dev server directly. It prints a summary and exits
// 0 only when: no call hung or settled twice, every rejection was a RiakError
// naming its request (and node), and no acknowledged write was lost, no write
// applied twice, no value returned that was never written.
//
//   npm run chaos                                  # build, then 25 s with the defaults
//   node scripts/chaos.mjs --duration 60s --seed 7 [--concurrency 128] [--nodes 3]
//
// With --cluster N it runs against one simulated cluster of N nodes instead
// (scripts/chaos-lib/cluster-run.mjs): writes at w: 'quorum' while a seeded
// schedule stops, starts, partitions, heals and slows nodes; then heal, start
// all, settle, and no acknowledged write may be lost.
//
//   npm run chaos -- --cluster 5 [--ring-size 16] [--duration 25s] [--concurrency 32] [--seed 1] [--lose-writes]
import { parseArgs } from 'node:util';
import { startDevServer } from '../dist/dev-server.js';
import { runClusterChaos } from './chaos-lib/cluster-run.mjs';
import { startFaults } from './chaos-lib/faults.mjs';
import { FaultProxy } from './chaos-lib/fault-proxy.mjs';
import { CallLog } from './chaos-lib/ledger.mjs';
import { createRng } from './chaos-lib/rng.mjs';
import { report } from './chaos-lib/report.mjs';
import { chaosClient, graceFor, leftoverHandles, settleCalls, startWatchdog } from './chaos-lib/run-steps.mjs';
import { verifyStores } from './chaos-lib/verify.mjs';
import { createFindings, createKeys, runWorkload } from './chaos-lib/workload.mjs';

/** `25`, `25s`, `1500ms`, `2m` → milliseconds. */
function duration(text) {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m)?$/.exec(text);
  if (!match) throw new Error(`not a duration: ${text} (e.g. 25s, 1500ms, 2m)`);
  return Number(match[1]) * { ms: 1, s: 1000, m: 60_000 }[match[2] ?? 's'];
}

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '25s' },
    concurrency: { type: 'string', default: '128' },
    nodes: { type: 'string', default: '3' },
    seed: { type: 'string', default: '1' },
    'request-timeout': { type: 'string', default: '2000ms' },
    'stream-idle-timeout': { type: 'string', default: '250ms' },
    // A simulated cluster of this many nodes instead of independent servers behind fault proxies.
    cluster: { type: 'string', default: '0' },
    'ring-size': { type: 'string', default: '16' },
    // Self-check of the cluster checks: the read-modify-write keys go on a last_write_wins type, where a write
    // made from a stale read replaces acknowledged writes; the run should then report lost writes.
    'lose-writes': { type: 'boolean', default: false },
    // Self-check of the checks: marks every write idempotent, so the pool replays
    // writes lost on the wire; the run should then report duplicated writes.
    'replay-writes': { type: 'boolean', default: false },
  },
});
const options = {
  durationMs: duration(args.duration),
  concurrency: Number(args.concurrency),
  nodes: Number(args.nodes),
  seed: Number(args.seed),
  requestTimeout: duration(args['request-timeout']),
  streamIdleTimeout: duration(args['stream-idle-timeout']),
  replayWrites: args['replay-writes'],
  cluster: Number(args.cluster),
  ringSize: Number(args['ring-size']),
  loseWrites: args['lose-writes'],
};
const graceMs = graceFor(options.requestTimeout);

// Anything thrown or rejected outside a call is a finding, not a crash.
const processFaults = [];
process.on('uncaughtException', (error) => processFaults.push(`uncaught exception: ${error?.stack ?? error}`));
process.on('unhandledRejection', (error) => processFaults.push(`unhandled rejection: ${error?.stack ?? error}`));

/** Independent dev servers behind fault proxies; resolves to true when every check passed. */
async function runProxiedChaos() {
  const servers = [];
  for (let i = 0; i < options.nodes; i++) {
    servers.push(
      await startDevServer({
        port: 0,
        nodeName: `chaos${i}@127.0.0.1`,
        // Small frames: a listing spans many, so a stall can fall between two.
        streamBatchSize: 16,
        onError: (error) => processFaults.push(`dev server ${i} internal error: ${error?.stack ?? error}`),
      }),
    );
  }
  const proxies = [];
  for (const [i, server] of servers.entries()) {
    const proxy = new FaultProxy(`node${i}`, server.port);
    await proxy.start();
    proxies.push(proxy);
  }

  const client = chaosClient(
    proxies.map((proxy) => proxy.node),
    options.requestTimeout,
  );

  const rng = createRng(options.seed);
  const log = new CallLog();
  const keys = createKeys(options.concurrency);
  const findings = createFindings();
  const writes = { ok: 0, unknown: 0, unsent: 0 };
  const faultStats = {};

  console.log(`chaos: ${options.nodes} nodes behind fault proxies, ${options.concurrency} callers, ${args.duration}, seed ${options.seed}`);
  const startedAt = performance.now();
  let phase = 'the workload';
  const watchdog = startWatchdog(() => phase, options.durationMs + graceMs + 60_000);
  const faults = startFaults({ proxies, rng: rng.fork(), stats: faultStats });
  const progress = setInterval(() => {
    const s = ((performance.now() - startedAt) / 1000).toFixed(0);
    console.log(
      `  ${s.padStart(3)}s  ${log.settled} calls settled, ${log.pending.size} pending, ${Object.values(faultStats).reduce((a, b) => a + b, 0)} faults`,
    );
  }, 5000);
  const workload = runWorkload({
    client,
    log,
    keys,
    findings,
    writes,
    rng: rng.fork(),
    callers: options.concurrency,
    endAt: startedAt + options.durationMs,
    requestTimeout: options.requestTimeout,
    streamIdleTimeout: options.streamIdleTimeout,
    replayWrites: options.replayWrites,
  });

  // Faults freeze (nothing is healed) once the callers stop starting calls.
  await new Promise((resolve) => setTimeout(resolve, options.durationMs));
  faults.stop();
  clearInterval(progress);
  const seconds = (performance.now() - startedAt) / 1000;
  phase = 'waiting for calls to settle';
  const hung = await settleCalls(workload, log, graceMs);

  phase = 'client.close()';
  await client.close();
  phase = 'closing the proxies';
  await Promise.all(proxies.map((proxy) => proxy.close()));
  phase = 'reading back every key';
  const { reads: verifyReads } = await verifyStores({ servers, keys, findings });
  phase = 'closing the dev servers';
  await Promise.all(servers.map((server) => server.close()));
  clearTimeout(watchdog);

  return report({
    options,
    seconds,
    log,
    findings,
    faults: faultStats,
    writes,
    hung,
    processFaults,
    verifyReads,
    leftovers: await leftoverHandles(),
  });
}

const passed = options.cluster > 0 ? await runClusterChaos(options, processFaults) : await runProxiedChaos();
process.exitCode = passed ? 0 : 1;
// Exits by itself when nothing is left open; if something is, say so rather than hang.
setTimeout(() => {
  console.error('chaos: the process did not exit by itself: something is still open');
  process.exit(1);
}, 10_000).unref();
