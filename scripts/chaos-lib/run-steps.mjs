// The steps both chaos runs share (scripts/chaos.mjs over fault proxies,
// cluster-run.mjs over a simulated cluster): the client they drive, the
// watchdog that bounds the run, waiting for the calls to settle, and the
// check that nothing is left open.
import { RiakClient } from '../../dist/index.js';

/** Every call has a deadline: after it, a retry backoff and a busy machine's lag, a call still pending is hung. */
export const graceFor = (requestTimeout) => 2 * requestTimeout + 5000;

/** The client of a chaos run: short connect and read deadlines, quick probes and retries. */
export function chaosClient(nodes, requestTimeout) {
  return new RiakClient({
    nodes,
    requestTimeout,
    connectTimeout: 1000,
    readTimeout: 1000,
    health: { probeInitialMs: 50, probeMaxMs: 500 },
    retry: { attempts: 3, backoffMs: 10, maxBackoffMs: 200 },
  });
}

/** The run is bounded: a phase that never ends (a close() that hangs...) is reported, not waited for. */
export function startWatchdog(currentPhase, ms) {
  const watchdog = setTimeout(() => {
    console.error(`chaos: stuck in ${currentPhase()}`);
    process.exit(1);
  }, ms);
  watchdog.unref();
  return watchdog;
}

/** Waits for the workload, at most `graceMs`; returns the calls still pending then, described. */
export async function settleCalls(workload, log, graceMs) {
  let graceTimer;
  await Promise.race([workload, new Promise((resolve) => (graceTimer = setTimeout(resolve, graceMs)))]);
  clearTimeout(graceTimer);
  return [...log.pending.values()].map((call) => `${call.kind} pending for ${((performance.now() - call.startedAt) / 1000).toFixed(1)} s`);
}

/**
 * Every socket, server and timer must be gone after cleanup (stdout's pipe
 * aside). Node lists a closed handle until libuv has finished closing it:
 * resolves once nothing is open, or after ~2 s with what still is.
 */
export async function leftoverHandles() {
  const open = () => process.getActiveResourcesInfo().filter((name) => /TCP|Timeout|Immediate/.test(name));
  for (let i = 0; i < 100 && open().length > 0; i++) await new Promise((resolve) => setTimeout(resolve, 20));
  return open().map((name) => `${name} still open after cleanup`);
}
