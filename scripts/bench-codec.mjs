#!/usr/bin/env node
// Codec micro-benchmark: frames encoded / decoded per second by riak-pb's
// codec (dist/), no sockets. `npm run bench:codec` (builds first).
//
//   node scripts/bench-codec.mjs [--time 300ms] [--runs 5] [--json]
//
// Rows:
//   ping          RpbPingReq encode (a precomputed frame), RpbPingResp decode
//   get 100 B     RpbGetReq encode; RpbGetResp with a 100-byte value decode,
//                 one frame per push and 64 frames per push (a pipelined read)
//   1 MiB value   RpbPutReq encode; RpbGetResp decode fed in 64 KiB chunks
// Decode = FrameDecoder.push + decodeMessage (protobufjs generated class).
// "client hot path" rows time what RiakClient.get/put use instead: the flat
// encoder writing into the frame slab, and FrameDecoder.ranges with the reply
// decoded straight to a GetResult.
// For reference, the raw baseline's header-only walk on the same 100-B frames.
// Each cell: median of --runs runs of --time each.

import { performance } from 'node:perf_hooks';
import { FrameDecoder, decodeMessage, encodeMessage } from '../dist/protocol.js';
import { parseDuration } from './bench-lib/common.mjs';
import { rawGetValue } from './bench-lib/raw-client.mjs';
import { encodeFlatRequest, flatRequest } from '../dist/codec/request-table.js';
import { decodeGetResult, decodePutResult } from '../dist/client/kv-result-decoder.js';

const args = process.argv.slice(2);
const arg = (flag, fallback) => {
  const i = args.indexOf(flag);
  return i === -1 ? fallback : args[i + 1];
};
const RUN_MS = parseDuration(arg('--time', '300ms'));
const RUNS = Number(arg('--runs', 5));
const JSON_OUT = args.includes('--json');
// What RiakClient.get/put frame requests with: the flat encoder, the request types resolved once, a put's content beside its params.
const GET_REQUEST = flatRequest('RpbGetReq');
const PUT_REQUEST = flatRequest('RpbPutReq');

/** Frames per second of `fn` (which handles `perCall` frames per call): median of RUNS timed runs. */
function measure(fn, perCall = 1) {
  // warm-up and calibration: calls per ~10 ms
  let batch = 1;
  for (;;) {
    const t = performance.now();
    for (let i = 0; i < batch; i++) fn();
    if (performance.now() - t > 10) break;
    batch *= 2;
  }
  const rates = [];
  for (let r = 0; r < RUNS; r++) {
    let calls = 0;
    const t0 = performance.now();
    let t;
    do {
      for (let i = 0; i < batch; i++) fn();
      calls += batch;
      t = performance.now();
    } while (t - t0 < RUN_MS);
    rates.push((calls * perCall) / ((t - t0) / 1000));
  }
  rates.sort((a, b) => a - b);
  return rates[rates.length >> 1];
}

const value100 = Buffer.from(Array.from({ length: 100 }, (_, i) => 97 + (i % 26)));
const valueMiB = Buffer.alloc(1 << 20, 0x61);
const vclock = Buffer.from(Array.from({ length: 30 }, (_, i) => (0x6b + i * 7) & 0xff));
const getResp = (value) =>
  encodeMessage('RpbGetResp', {
    content: [
      { value, contentType: Buffer.from('application/octet-stream'), vtag: Buffer.from('7V2EHl2Wh06SCAIl4y7M2Y'), lastMod: 1700000000, lastModUsecs: 123456 },
    ],
    vclock,
  });

const pingResp = encodeMessage('RpbPingResp', undefined);
const get100 = getResp(value100);
const get100x64 = Buffer.concat(Array(64).fill(get100));
const getMiB = getResp(valueMiB);
const chunksMiB = [];
for (let off = 0; off < getMiB.length; off += 64 * 1024) chunksMiB.push(getMiB.subarray(off, off + 64 * 1024));

let sink = 0;
let last;
const decoder = new FrameDecoder((code, payload) => {
  last = decodeMessage(code, payload);
  sink++;
});
const walker = (code, payload) => {
  last = rawGetValue(payload, 0, payload.length);
  sink++;
};
const rawDecoder = new FrameDecoder(walker);
const hotDecoder = FrameDecoder.ranges((code, buffer, start, end) => {
  last = decodeGetResult(buffer, start, end);
  sink++;
});

// a decoded 1 MiB value must be a view of the frame: at most one copy (split frame assembled once)
decoder.push(chunksMiB[0]);
for (let i = 1; i < chunksMiB.length; i++) decoder.push(chunksMiB[i]);
const big = last.content[0].value;
if (big.length !== valueMiB.length || !Buffer.from(big.buffer, big.byteOffset, big.length).equals(valueMiB)) throw new Error('1 MiB decode: wrong value');
// not a view of any received chunk (a split frame is assembled once), and a view of that assembled frame
// (its buffer is exactly frame-sized), not a second copy made by the protobuf decoder
const oneCopy = chunksMiB.every((c) => c.buffer !== big.buffer) && big.buffer.byteLength === getMiB.length;

const rows = [];
const row = (frame, bytes, encode, decode, note = '') => rows.push({ frame, bytes, encodePerSec: encode, decodePerSec: decode, note });

row(
  'RpbPingReq / RpbPingResp',
  5,
  measure(() => encodeMessage('RpbPingReq', undefined)),
  measure(() => decoder.push(pingResp)),
  'ping request frame is precomputed',
);

let k = 0;
const keys = Array.from({ length: 1000 }, (_, i) => `k${i}`);
row(
  'RpbGetReq / RpbGetResp 100 B',
  get100.length,
  measure(() => encodeMessage('RpbGetReq', { bucket: Buffer.from('bench'), key: Buffer.from(keys[k++ % 1000]) })),
  measure(() => decoder.push(get100)),
  'one frame per push',
);
row(
  '  same, 64 frames per push',
  get100.length,
  null,
  measure(() => decoder.push(get100x64), 64),
  'a pipelined read',
);
row(
  '  client hot path',
  get100.length,
  measure(() => encodeFlatRequest(GET_REQUEST, { bucket: 'bench', key: keys[k++ % 1000] }, decodeGetResult)),
  measure(() => hotDecoder.push(get100x64), 64),
  'flat encoder into the frame slab; 64 replies per push decoded to GetResults',
);
row(
  '  raw header walk (reference)',
  get100.length,
  null,
  measure(() => rawDecoder.push(get100x64), 64),
  'no protobuf: value located by 2 tags',
);
row(
  'RpbGetResp 100 B (encode)',
  get100.length,
  measure(() => getResp(value100)),
  null,
  'server side (dev server)',
);
row(
  'RpbPutReq / RpbGetResp 1 MiB',
  getMiB.length,
  measure(() =>
    encodeMessage('RpbPutReq', {
      bucket: Buffer.from('bench'),
      key: Buffer.from('big'),
      content: { value: valueMiB, contentType: Buffer.from('application/octet-stream') },
    }),
  ),
  measure(() => {
    for (const c of chunksMiB) decoder.push(c);
  }),
  `decoded from ${chunksMiB.length} x 64 KiB chunks; value ${oneCopy ? 'copied once (a view of the assembled frame)' : 'COPIED MORE THAN ONCE'}`,
);
row(
  '  client hot path',
  getMiB.length,
  measure(() => encodeFlatRequest(PUT_REQUEST, { bucket: 'bench', key: 'big' }, decodePutResult, { value: valueMiB, contentType: 'application/octet-stream' })),
  measure(() => {
    for (const c of chunksMiB) hotDecoder.push(c);
  }),
  'put frame of its own size (value copied once); reply decoded to a GetResult',
);
if (sink < 0) console.log(sink); // keep the work observable

if (JSON_OUT) {
  process.stdout.write(`${JSON.stringify({ node: process.version, runMs: RUN_MS, runs: RUNS, rows }, null, 2)}\n`);
} else {
  const fmtRate = (x) => (x == null ? '' : Math.round(x).toLocaleString('en-US'));
  const fmtNs = (x) => (x == null ? '' : (1e9 / x).toFixed(0));
  const fmtMBs = (x, bytes) => (x == null ? '' : ((x * bytes) / 1e6).toFixed(0));
  const header = ['frame', 'bytes', 'encode frames/s', 'ns/frame', 'MB/s', 'decode frames/s', 'ns/frame', 'MB/s', 'note'];
  const table = rows.map((r) => [
    r.frame,
    r.bytes.toLocaleString('en-US'),
    fmtRate(r.encodePerSec),
    fmtNs(r.encodePerSec),
    fmtMBs(r.encodePerSec, r.bytes),
    fmtRate(r.decodePerSec),
    fmtNs(r.decodePerSec),
    fmtMBs(r.decodePerSec, r.bytes),
    r.note,
  ]);
  const all = [header, ...table];
  const w = header.map((_, i) => Math.max(...all.map((x) => String(x[i]).length)));
  const line = (x) => x.map((c, i) => (i === 0 || i === 8 ? String(c).padEnd(w[i]) : String(c).padStart(w[i]))).join('  ');
  console.log([line(header), w.map((n) => '-'.repeat(n)).join('  '), ...table.map(line)].join('\n'));
  console.log(`\nnode ${process.version}; median of ${RUNS} runs of ${RUN_MS} ms per cell; bytes = frame size incl. the 5-byte header`);
}
