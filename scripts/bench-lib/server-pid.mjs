// The pid of the local process listening on a TCP port (Linux, from /proc),
// so that `--target` against a node on this machine (a real Riak's beam.smp)
// reports the server's CPU as the servers bench.mjs starts do. Null when the
// target is not on this machine or /proc cannot tell (another user's process).

import { readFileSync, readdirSync, readlinkSync } from 'node:fs';
import os from 'node:os';

const LISTEN = '0A';

/** Inodes of the sockets listening on `port` (/proc/net/tcp and tcp6). */
function listeningInodes(port) {
  const inodes = new Set();
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const f = line.trim().split(/\s+/);
      if (f.length < 10 || f[3] !== LISTEN) continue;
      if (Number.parseInt(f[1].split(':')[1], 16) === port) inodes.add(f[9]);
    }
  }
  return inodes;
}

function isLocalHost(host) {
  if (host === 'localhost' || host.startsWith('127.') || host === '::1' || host === '0.0.0.0') return true;
  return Object.values(os.networkInterfaces()).some((list) => list?.some((a) => a.address === host));
}

/** The pid listening on host:port if that is on this machine, else null. */
export function findServerPid(host, port) {
  if (process.platform !== 'linux' || !isLocalHost(host)) return null;
  const inodes = listeningInodes(port);
  if (inodes.size === 0) return null;
  let pids;
  try {
    pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return null;
  }
  for (const pid of pids) {
    let fds;
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      let link;
      try {
        link = readlinkSync(`/proc/${pid}/fd/${fd}`);
      } catch {
        continue;
      }
      const m = /^socket:\[(\d+)\]$/.exec(link);
      if (m && inodes.has(m[1])) return Number(pid);
    }
  }
  return null;
}
