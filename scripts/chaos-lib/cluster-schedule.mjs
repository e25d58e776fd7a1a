// The fault schedule of a cluster chaos run: every few hundred ms one event
// on the simulated cluster (stop or start a node, partition the nodes into
// two or three groups, heal, slow a node's vnodes down or back to normal, or
// run the background work a real cluster runs on its own: handoff and
// anti-entropy). The sequence of events is the
// seed's; when each lands among the requests is real time's. At most
// `maxDown` nodes are stopped at a time. stop() waits for the event in hand.

const KINDS = { stop: 6, start: 6, partition: 5, heal: 4, slow: 4, settle: 3 };
/** Delays of a slow node's vnodes (ms): some beyond the writes' server-side timeout. */
const SLOW_MS = [0, 0, 30, 150, 800];

/** Splits `nodes` into 2 or 3 non-empty groups, at random. */
function randomGroups(nodes, rng) {
  const shuffled = [...nodes];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
  }
  const count = Math.min(shuffled.length, rng.int(2, 3));
  const groups = Array.from({ length: count }, () => []);
  for (const [i, node] of shuffled.entries()) groups[i < count ? i : rng.int(0, count - 1)].push(node);
  return groups;
}

export function startClusterFaults({ cluster, rng, stats, maxDown, log }) {
  const down = new Set();
  const slow = new Set();
  let stopped = false;
  let wake;
  const count = (kind) => (stats[kind] = (stats[kind] ?? 0) + 1);

  async function event() {
    const kind = rng.weighted(KINDS);
    const up = cluster.nodes.filter((node) => !down.has(node));
    if (kind === 'stop' && down.size < maxDown) {
      const node = rng.pick(up);
      down.add(node);
      await cluster.stop(node);
    } else if (kind === 'start' && down.size > 0) {
      const node = rng.pick([...down]);
      await cluster.start(node);
      down.delete(node);
    } else if (kind === 'partition') {
      const groups = randomGroups(cluster.nodes, rng);
      cluster.partition(...groups);
      log?.(`partition ${groups.map((g) => g.map((n) => n.split('@')[0]).join(',')).join(' | ')}`);
    } else if (kind === 'heal') {
      cluster.heal();
    } else if (kind === 'slow') {
      const node = rng.pick(cluster.nodes);
      const ms = rng.pick(SLOW_MS);
      cluster.slow(node, ms);
      if (ms === 0) slow.delete(node);
      else slow.add(node);
    } else if (kind === 'settle' && slow.size === 0) {
      // (settle() waits for what slow nodes owe: under a steady load, that is a while.)
      await cluster.settle();
    } else {
      return;
    }
    count(kind);
  }

  const loop = (async () => {
    while (!stopped) {
      await new Promise((resolve) => {
        const timer = setTimeout(resolve, rng.int(50, 300));
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      if (!stopped) await event();
    }
  })();

  return {
    /** Stops scheduling; resolves once the event in hand is done. */
    async stop() {
      stopped = true;
      wake?.();
      await loop;
    },
    /** The nodes stopped now. */
    down: () => [...down],
    /** The nodes slowed down now. */
    slow: () => [...slow],
  };
}
