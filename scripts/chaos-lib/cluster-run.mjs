// Chaos against a simulated cluster (`node scripts/chaos.mjs --cluster 5`):
// one startDevServer({ nodes }) cluster, one RiakClient over all its nodes,
// callers writing at w: 'quorum' while a seeded schedule stops and starts
// nodes, partitions and heals the network, slows nodes down and runs handoff. Then: heal, start
// every node, settle, and check that no acknowledged write was lost (see
// cluster-verify.mjs), nothing hung or settled twice, and every error was a
// RiakError naming its request and node.
import { RiakClient } from '../../dist/index.js';
import { startDevServer } from '../../dist/dev-server.js';
import { startClusterFaults } from './cluster-schedule.mjs';
import { printClusterReport } from './cluster-report.mjs';
import { verifyCluster } from './cluster-verify.mjs';
import { createClusterKeys, runClusterWorkload } from './cluster-workload.mjs';
import { CallLog } from './ledger.mjs';
import { createRng } from './rng.mjs';
import { createFindings } from './workload.mjs';

const LWW_TYPE = 'chaos-lww';

/** Resolves once nothing but stdout's pipe is open, or after ~2 s with what still is. */
async function leftoverHandles() {
  const open = () => process.getActiveResourcesInfo().filter((name) => /TCP|Timeout|Immediate/.test(name));
  for (let i = 0; i < 100 && open().length > 0; i++) await new Promise((resolve) => setTimeout(resolve, 20));
  return open().map((name) => `${name} still open after cleanup`);
}

/** Runs the cluster chaos; resolves to true when every check passed. */
export async function runClusterChaos(options, processFaults) {
  const { cluster: nodes, ringSize, seed, concurrency, durationMs, requestTimeout } = options;
  const graceMs = 2 * requestTimeout + 5000;
  const server = await startDevServer({
    port: 0,
    nodes,
    ringSize,
    seed,
    // The --lose-writes self-check: last_write_wins ignores the vclock a write was read with, so a write made
    // from a stale read (the other side of a partition) replaces acknowledged writes it never saw.
    bucketTypes: { [LWW_TYPE]: { last_write_wins: true, allow_mult: false, dvv_enabled: false } },
    onError: (error) => processFaults.push(`dev server internal error: ${error?.stack ?? error}`),
  });
  const cluster = server.cluster;
  const client = new RiakClient({
    nodes: server.nodes.map((node) => `${node.host}:${node.port}`),
    requestTimeout,
    connectTimeout: 1000,
    readTimeout: 1000,
    health: { probeInitialMs: 50, probeMaxMs: 500 },
    retry: { attempts: 3, backoffMs: 10, maxBackoffMs: 200 },
  });

  const rng = createRng(seed);
  const log = new CallLog();
  const keys = createClusterKeys(concurrency, options.loseWrites ? LWW_TYPE : undefined);
  const findings = createFindings();
  findings.diverged = [];
  const writes = { ok: 0, unknown: 0, unsent: 0 };
  const faultStats = {};

  console.log(`chaos: a simulated cluster of ${nodes} nodes (ring ${ringSize}), ${concurrency} callers, ${durationMs / 1000} s, seed ${seed}`);
  const startedAt = performance.now();
  let phase = 'the workload';
  const watchdog = setTimeout(
    () => {
      console.error(`chaos: stuck in ${phase}`);
      process.exit(1);
    },
    durationMs + graceMs + 60_000,
  );
  watchdog.unref();
  const faults = startClusterFaults({ cluster, rng: rng.fork(), stats: faultStats, maxDown: Math.max(1, Math.floor((nodes - 1) / 2)) });
  const progress = setInterval(() => {
    const s = ((performance.now() - startedAt) / 1000).toFixed(0);
    console.log(`  ${s.padStart(3)}s  ${log.settled} calls settled, ${log.pending.size} pending, down: ${faults.down().join(' ') || 'none'}`);
  }, 5000);
  const workload = runClusterWorkload({
    client,
    log,
    keys,
    findings,
    writes,
    rng: rng.fork(),
    callers: concurrency,
    endAt: startedAt + durationMs,
    requestTimeout,
  });

  await new Promise((resolve) => setTimeout(resolve, durationMs));
  phase = 'stopping the fault schedule';
  await faults.stop();
  clearInterval(progress);
  const seconds = (performance.now() - startedAt) / 1000;
  phase = 'waiting for calls to settle';
  let graceTimer;
  await Promise.race([workload, new Promise((resolve) => (graceTimer = setTimeout(resolve, graceMs)))]);
  clearTimeout(graceTimer);
  const hung = [...log.pending.values()].map((call) => `${call.kind} pending for ${((performance.now() - call.startedAt) / 1000).toFixed(1)} s`);

  phase = 'client.close()';
  await client.close();
  phase = 'healing, starting every node, settling';
  cluster.heal();
  for (const node of faults.slow()) cluster.slow(node, 0);
  for (const node of faults.down()) await cluster.start(node);
  await cluster.settle();
  phase = 'reading back every key';
  const tally = await verifyCluster({ server, keys, findings });
  phase = 'closing the cluster';
  await server.close();
  clearTimeout(watchdog);

  return printClusterReport({
    options,
    seconds,
    log,
    findings,
    faults: faultStats,
    writes,
    tally,
    hung,
    processFaults,
    leftovers: await leftoverHandles(),
  });
}
