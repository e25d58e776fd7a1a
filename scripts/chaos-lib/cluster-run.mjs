// Chaos against a simulated cluster (`node scripts/chaos.mjs --cluster 5`):
// one startDevServer({ nodes }) cluster, one RiakClient over all its nodes,
// callers writing at w: 'quorum' while a seeded schedule stops and starts
// nodes, partitions and heals the network, slows nodes down and runs handoff. Then: heal, start
// every node, settle, and check that no acknowledged write was lost (see
// cluster-verify.mjs), nothing hung or settled twice, and every error was a
// RiakError naming its request and node.
import { startDevServer } from '../../dist/dev-server.js';
import { startClusterFaults } from './cluster-schedule.mjs';
import { printClusterReport } from './cluster-report.mjs';
import { verifyCluster } from './cluster-verify.mjs';
import { createClusterKeys, runClusterWorkload } from './cluster-workload.mjs';
import { CallLog } from './ledger.mjs';
import { createRng } from './rng.mjs';
import { chaosClient, graceFor, leftoverHandles, settleCalls, startWatchdog } from './run-steps.mjs';
import { createFindings } from './workload.mjs';

const LWW_TYPE = 'chaos-lww';

/** Runs the cluster chaos; resolves to true when every check passed. */
export async function runClusterChaos(options, processFaults) {
  const { cluster: nodes, ringSize, seed, concurrency, durationMs, requestTimeout } = options;
  const graceMs = graceFor(requestTimeout);
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
  const client = chaosClient(
    server.nodes.map((node) => `${node.host}:${node.port}`),
    requestTimeout,
  );

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
  const watchdog = startWatchdog(() => phase, durationMs + graceMs + 60_000);
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
  const hung = await settleCalls(workload, log, graceMs);

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
