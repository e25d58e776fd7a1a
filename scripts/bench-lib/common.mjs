// Helpers shared by scripts/bench.mjs, its worker, the adapters, the canned
// server and the codec micro-benchmark. Plain ESM, no dependencies.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const SCRIPTS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const ROOT_DIR = path.resolve(SCRIPTS_DIR, '..');
export const LIB_DIR = path.join(SCRIPTS_DIR, 'bench-lib');

export const GET_BUCKET = 'bench';
export const PUT_BUCKET = 'bench_put';
/** scripts/bench-server.mjs answers a get in this bucket with a large value (--big-size). */
export const BIG_BUCKET = 'bench_big';
/** The bucket the stream phases list (any bucket lists the server's --stream-keys keys). */
export const STREAM_BUCKET = 'bench_stream';
export const CONTENT_TYPE = 'application/octet-stream';

/** The value a get returns (same bytes as ../shared/bench fakeriak): byte i = 'a' + i % 26. */
export function expectedValue(size) {
  const b = Buffer.allocUnsafe(size);
  for (let i = 0; i < size; i++) b[i] = 97 + (i % 26);
  return b;
}

/** The value every put sends: byte i = 'A' + i % 26. */
export function putValue(size) {
  const b = Buffer.allocUnsafe(size);
  for (let i = 0; i < size; i++) b[i] = 65 + (i % 26);
  return b;
}

export function makeKeys(n, prefix) {
  return Array.from({ length: n }, (_, i) => prefix + i);
}

/** Any bytes-like value an adapter returns, as a Buffer view. */
export function asBuffer(v) {
  if (Buffer.isBuffer(v)) return v;
  if (v instanceof Uint8Array) return Buffer.from(v.buffer, v.byteOffset, v.byteLength);
  if (typeof v === 'string') return Buffer.from(v, 'latin1');
  // bytebuffer.js (basho-riak-client, no-riak decode through protobuf.js 5)
  if (v?.buffer && typeof v.offset === 'number' && typeof v.limit === 'number') return v.buffer.subarray(v.offset, v.limit);
  throw new TypeError(`expected bytes, got ${Object.prototype.toString.call(v)}`);
}

export function median(xs) {
  const a = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((p, q) => p - q);
  if (a.length === 0) return null;
  const m = a.length >> 1;
  return a.length % 2 ? a[m] : (a[m - 1] + a[m]) / 2;
}

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** "2s", "500ms", "1.5" (seconds) -> milliseconds. */
export function parseDuration(text) {
  const m = /^(\d+(?:\.\d+)?)(ms|s)?$/.exec(String(text).trim());
  if (!m) throw new Error(`invalid duration ${JSON.stringify(text)} (examples: 2s, 500ms)`);
  return m[2] === 'ms' ? Number(m[1]) : Number(m[1]) * 1000;
}

/** `host:port` or `[v6]:port` -> { host, port }. */
export function parseHostPort(text) {
  const m = /^\[?([^\]]+?)\]?:(\d+)$/.exec(String(text).trim());
  if (!m) throw new Error(`expected host:port, got ${JSON.stringify(text)}`);
  return { host: m[1], port: Number(m[2]) };
}

/** user+sys CPU milliseconds of a local process from /proc (Linux), or null. */
export function processCpuMs(pid, clkTck) {
  if (!pid) return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / clkTck;
  } catch {
    return null;
  }
}

export const round1 = (x) => (x == null ? null : Math.round(x * 10) / 10);
export const round2 = (x) => (x == null ? null : Math.round(x * 100) / 100);
