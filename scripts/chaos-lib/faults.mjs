// The fault loop: every few hundred ms, one random fault on one node or one
// connection, most of them undone after a random while. At most all nodes
// but one are dead or refusing at a time, so the workload always has somewhere
// to go. stop() freezes everything as it is (nothing is healed): calls made
// before must still settle on their own deadlines.
import { MessageCode } from '../../dist/protocol.js';

const KINDS = { cut: 14, stall: 14, holdMidFrame: 14, dropMidFrame: 10, garbage: 18, refuse: 10, kill: 10 };

/** A message code no Riak message has. */
const UNKNOWN_CODE = (() => {
  const used = new Set(Object.values(MessageCode));
  for (let code = 1; code < 256; code++) if (!used.has(code)) return code;
  throw new Error('every code is used');
})();

/** Invalid frames, by name: none can be taken for a reply. */
const GARBAGE = {
  // A length far above maxFrameBytes.
  oversizedHeader: Buffer.from([0x7f, 0xff, 0xff, 0xff, MessageCode.RpbGetResp]),
  zeroLength: Buffer.from([0, 0, 0, 0]),
  unknownCode: Buffer.from([0, 0, 0, 1, UNKNOWN_CODE]),
  // RpbErrorResp without its required errmsg and errcode.
  emptyErrorResp: Buffer.from([0, 0, 0, 1, 0]),
  // RpbErrorResp whose errmsg length runs past the frame.
  truncatedErrorResp: Buffer.from([0, 0, 0, 3, 0, 0x0a, 0xff]),
  // A header announcing exactly 64 MiB that never arrives: every later reply is swallowed as its payload.
  endlessFrame: Buffer.from([0x04, 0, 0, 0, MessageCode.RpbGetResp]),
};

export function startFaults({ proxies, rng, stats }) {
  const timers = new Set();
  const down = new Set();
  let stopped = false;

  const count = (kind) => (stats[kind] = (stats[kind] ?? 0) + 1);
  const later = (ms, fn) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (!stopped) fn();
    }, ms);
    timers.add(timer);
  };

  const faults = {
    cut(proxy) {
      proxy.cut(rng.next() < 0.5);
    },
    stall(proxy) {
      proxy.stall(true);
      later(rng.int(200, 3500), () => proxy.stall(false));
    },
    holdMidFrame(proxy) {
      const connection = proxy.pickConnection(rng);
      if (connection === undefined) return false;
      connection.holdAfter(rng.int(0, 300));
      later(rng.int(100, 3000), () => connection.release());
    },
    dropMidFrame(proxy) {
      const connection = proxy.pickConnection(rng);
      if (connection === undefined) return false;
      connection.dropAfter(rng.int(0, 300));
    },
    garbage(proxy) {
      const connection = proxy.pickConnection(rng);
      if (connection === undefined) return false;
      const name = rng.pick(Object.keys(GARBAGE));
      count(`garbage.${name}`);
      connection.inject(GARBAGE[name]);
    },
    refuse(proxy) {
      if (down.has(proxy) || down.size >= proxies.length - 1) return false;
      down.add(proxy);
      proxy.refuse(true);
      later(rng.int(200, 2000), () => {
        proxy.refuse(false);
        down.delete(proxy);
      });
    },
    kill(proxy) {
      if (down.has(proxy) || down.size >= proxies.length - 1) return false;
      down.add(proxy);
      void proxy.kill();
      later(rng.int(300, 3000), async () => {
        if (!(await proxy.revive())) count('reviveFailed (port taken)');
        down.delete(proxy);
      });
    },
  };

  const tick = () => {
    if (stopped) return;
    const kind = rng.weighted(KINDS);
    if (faults[kind](rng.pick(proxies)) !== false) count(kind);
    later(rng.int(50, 400), tick);
  };
  later(rng.int(50, 400), tick);

  return {
    /** No new faults, and none undone: the state stays as it is. */
    stop() {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    },
  };
}
