// Aggregation (median and min-max over rounds, ratios computed round by
// round), the goals of issue 18, and the text table of scripts/bench.mjs.
//
// Rounds interleave the clients (each client once per round, the order
// rotated), so a ratio taken within one round compares clients measured
// seconds apart under the same machine load: on a shared machine those
// ratios are steadier than the absolute numbers, and they are what the
// table and the goals use (median of the per-round ratios, with their range).

import { median } from './common.mjs';

export const METRICS = {
  getOpsPerSec: (r) => r.phases.get?.opsPerSec,
  putOpsPerSec: (r) => r.phases.put?.opsPerSec,
  getCpuUsPerOp: (r) => r.phases.get?.cpuUsPerOp,
  putCpuUsPerOp: (r) => r.phases.put?.cpuUsPerOp,
  getClientCpuPct: (r) => r.phases.get?.clientCpuPct,
  getServerCpuPct: (r) => r.phases.get?.serverCpuPct,
  getServerCpuUsPerOp: (r) => r.phases.get?.serverCpuUsPerOp,
  putServerCpuUsPerOp: (r) => r.phases.put?.serverCpuUsPerOp,
  lat1P50us: (r) => r.phases.lat1?.p50us,
  lat1P99us: (r) => r.phases.lat1?.p99us,
  latCP50us: (r) => r.phases.latC?.p50us,
  latCP99us: (r) => r.phases.latC?.p99us,
  latCOpsPerSec: (r) => r.phases.latC?.opsPerSec,
  keysPerSec: (r) => r.phases.keys?.opsPerSec,
  keysCpuUsPerKey: (r) => r.phases.keys?.cpuUsPerOp,
  indexKeysPerSec: (r) => r.phases.index?.opsPerSec,
  indexCpuUsPerKey: (r) => r.phases.index?.cpuUsPerOp,
  bigGetsPerSec: (r) => r.phases.big?.opsPerSec,
  bigMBPerSec: (r) => r.phases.big?.mbPerSec,
  bigCpuUsPerOp: (r) => r.phases.big?.cpuUsPerOp,
  rssMB: (r) => r.memory?.rssMB,
  heapUsedMB: (r) => r.memory?.heapUsedMB,
  maxRssMB: (r) => r.maxRssMB,
};

const num = (x) => typeof x === 'number' && Number.isFinite(x);
const r3 = (x) => Math.round(x * 1000) / 1000;

/** Median, min and max of a client's rounds for every metric. */
export function aggregate(name, runs) {
  const ok = runs.filter((r) => r.ok);
  const a = { name, version: ok[0]?.version ?? null, description: ok[0]?.description ?? null, rounds: runs.length, okRounds: ok.length };
  a.median = {};
  a.min = {};
  a.max = {};
  a.samples = {};
  a.spreadPct = {};
  for (const [k, f] of Object.entries(METRICS)) {
    // samples stay aligned with the rounds (null where a round failed)
    const xs = runs.map((r) => (r.ok && num(f(r)) ? f(r) : null));
    const vs = xs.filter(num);
    const m = median(vs);
    a.samples[k] = xs;
    a.median[k] = m;
    a.min[k] = vs.length ? Math.min(...vs) : null;
    a.max[k] = vs.length ? Math.max(...vs) : null;
    a.spreadPct[k] = vs.length > 1 && m ? Math.round(((a.max[k] - a.min[k]) / m) * 1000) / 10 : null;
  }
  a.errors = runs.filter((r) => !r.ok).map((r) => r.error + (r.stderrTail ? `\n${r.stderrTail}` : ''));
  return a;
}

/** Ratios a / b of one metric, round by round (rounds where both succeeded): median, min, max, n. */
export function ratioStats(a, b, metric) {
  const xs = a.samples[metric] ?? [];
  const ys = b.samples[metric] ?? [];
  const rs = [];
  for (let i = 0; i < Math.min(xs.length, ys.length); i++) if (num(xs[i]) && num(ys[i]) && ys[i] !== 0) rs.push(xs[i] / ys[i]);
  if (rs.length === 0) return null;
  return { median: r3(median(rs)), min: r3(Math.min(...rs)), max: r3(Math.max(...rs)), n: rs.length };
}

/** Per-round ratios of every client to the baseline: `ratios[k]` (median) and `ratioRange[k]`. */
export function addRatios(aggs, baseline) {
  const base = aggs.find((a) => a.name === baseline && a.okRounds > 0);
  for (const a of aggs) {
    a.ratios = {};
    a.ratioRange = {};
    for (const k of Object.keys(METRICS)) {
      const s = base ? ratioStats(a, base, k) : null;
      a.ratios[k] = s?.median ?? null;
      a.ratioRange[k] = s ? [s.min, s.max] : null;
    }
  }
}

/** The client the streams goals for listings and 2i judge: riak-pb reading them with `.batches()`. */
export const STREAM_SUBJECT = 'riak-pb-batches';

/**
 * The goals of issue 18 for `subject` (riak-pb with default options), as far
 * as this run's mode and clients allow. Every comparison is a median of
 * per-round ratios; a goal whose clients are not both in the run is skipped.
 * With --streams, listings and 2i are judged on `STREAM_SUBJECT`: they are
 * meant to be read a frame at a time when big (`.batches()`).
 */
export function checkGoals(aggs, mode, subject = 'riak-pb') {
  const by = (name) => aggs.find((a) => a.name === name && a.okRounds > 0);
  const goals = [];
  const addFor = (client, text, other, metric, limit, higherBetter) => {
    const s = by(client);
    if (!s || !other) return;
    const st = ratioStats(s, other, metric);
    const v = st?.median ?? null;
    goals.push({ client, goal: text, value: v, range: st ? [st.min, st.max] : null, limit, ok: v == null ? null : higherBetter ? v >= limit : v <= limit });
  };
  const add = (...args) => addFor(subject, ...args);
  const raw = by('raw');
  if (mode === 'streams') {
    addFor(STREAM_SUBJECT, 'listKeys keys/s vs raw >= 0.8x', raw, 'keysPerSec', 0.8, true);
    addFor(STREAM_SUBJECT, 'streamed 2i keys/s vs raw >= 0.8x', raw, 'indexKeysPerSec', 0.8, true);
    add('1 MiB gets/s vs raw >= 0.9x', raw, 'bigGetsPerSec', 0.9, true);
  } else if (mode === 'instant') {
    add('get ops/s vs raw >= 0.8x', raw, 'getOpsPerSec', 0.8, true);
    add('put ops/s vs raw >= 0.8x', raw, 'putOpsPerSec', 0.8, true);
    add('client CPU per get vs raw <= 1.3x', raw, 'getCpuUsPerOp', 1.3, false);
    add('client CPU per put vs raw <= 1.3x', raw, 'putCpuUsPerOp', 1.3, false);
  } else {
    // a server that serves each connection serially: --riak-like, or a real node
    for (const name of ['raw-pool', 'raw', 'basho-riak-client', 'no-riak']) {
      const o = by(name);
      add(`get ops/s vs ${name} >= 1x`, o, 'getOpsPerSec', 1, true);
      add(`put ops/s vs ${name} >= 1x`, o, 'putOpsPerSec', 1, true);
      add(`client CPU per get vs ${name} <= 1x`, o, 'getCpuUsPerOp', 1, false);
      add(`client CPU per put vs ${name} <= 1x`, o, 'putCpuUsPerOp', 1, false);
      add(`p99 at C vs ${name} <= 1x`, o, 'latCP99us', 1, false);
    }
  }
  return goals;
}

const int = (x) => (x == null ? '-' : Math.round(x).toLocaleString('en-US'));
const num1 = (x) => (x == null ? '-' : x >= 100 ? String(Math.round(x)) : x.toFixed(1));
const ratio = (x) => (x == null ? '' : x >= 10 ? `${x.toFixed(0)}x` : `${x.toFixed(2)}x`);
const short = (x) =>
  x == null ? '-' : x >= 1e6 ? `${(x / 1e6).toFixed(2)}M` : x >= 1e4 ? `${Math.round(x / 1e3)}k` : x >= 1e3 ? `${(x / 1e3).toFixed(1)}k` : num1(x);
/** "1.23x (1.1-1.3)": the median ratio and its range over rounds. */
const ratioCell = (a, k) => {
  const m = a.ratios[k];
  const r = a.ratioRange[k];
  if (m == null) return '';
  return r && a.okRounds > 1 && (r[0] !== m || r[1] !== m) ? `${ratio(m)} (${r[0].toFixed(2)}-${r[1].toFixed(2)})` : ratio(m);
};
/** "4,872 (4.6k-5.1k)": the median and its range over rounds. */
const valueCell = (a, k, fmt = int) => {
  const m = a.median[k];
  if (m == null) return '-';
  return a.okRounds > 1 && a.min[k] !== a.max[k] ? `${fmt(m)} (${short(a.min[k])}-${short(a.max[k])})` : fmt(m);
};

function columns(doc) {
  const o = doc.options;
  const b = doc.baseline;
  if (doc.mode === 'streams') {
    return [
      ['listKeys keys/s', (a) => valueCell(a, 'keysPerSec')],
      [`vs ${b}`, (a) => ratioCell(a, 'keysPerSec')],
      ['CPU µs/key', (a) => valueCell(a, 'keysCpuUsPerKey', (x) => x.toFixed(3))],
      ['2i keys/s', (a) => valueCell(a, 'indexKeysPerSec')],
      [`vs ${b}`, (a) => ratioCell(a, 'indexKeysPerSec')],
      ['CPU µs/key', (a) => valueCell(a, 'indexCpuUsPerKey', (x) => x.toFixed(3))],
      [`${o.bigSize >= 1 << 20 ? `${o.bigSize / (1 << 20)} MiB` : `${o.bigSize} B`} gets/s`, (a) => valueCell(a, 'bigGetsPerSec')],
      [`vs ${b}`, (a) => ratioCell(a, 'bigGetsPerSec')],
      ['CPU µs/get', (a) => valueCell(a, 'bigCpuUsPerOp', num1)],
      ['RSS MB', (a) => num1(a.median.maxRssMB)],
    ];
  }
  // the server's CPU per request, when the server is a local process (not with a remote --target)
  const srv = doc.results.some((a) => a.median.getServerCpuUsPerOp != null)
    ? [
        ['srv µs/get', (a) => num1(a.median.getServerCpuUsPerOp)],
        ['srv µs/put', (a) => num1(a.median.putServerCpuUsPerOp)],
      ]
    : [];
  return [
    ['get ops/s', (a) => valueCell(a, 'getOpsPerSec')],
    [`vs ${b}`, (a) => ratioCell(a, 'getOpsPerSec')],
    ['put ops/s', (a) => valueCell(a, 'putOpsPerSec')],
    [`vs ${b}`, (a) => ratioCell(a, 'putOpsPerSec')],
    ['CPU µs/get', (a) => num1(a.median.getCpuUsPerOp)],
    [`vs ${b}`, (a) => ratioCell(a, 'getCpuUsPerOp')],
    ['CPU µs/put', (a) => num1(a.median.putCpuUsPerOp)],
    ...srv,
    ['c=1 p50/p99 µs', (a) => `${num1(a.median.lat1P50us)} / ${num1(a.median.lat1P99us)}`],
    [`c=${o.concurrency} p50/p99 µs`, (a) => `${num1(a.median.latCP50us)} / ${num1(a.median.latCP99us)}`],
    [`p99 vs ${b}`, (a) => ratioCell(a, 'latCP99us')],
    ['RSS MB', (a) => num1(a.median.rssMB)],
    [
      'cli/srv %CPU',
      (a) =>
        `${a.median.getClientCpuPct == null ? '-' : Math.round(a.median.getClientCpuPct)}/${a.median.getServerCpuPct == null ? '-' : Math.round(a.median.getServerCpuPct)}`,
    ],
  ];
}

export function renderTable(doc) {
  const cols = columns(doc);
  const header = ['client', 'version', ...cols.map(([h]) => h)];
  const rows = doc.results.map((a) => {
    if (a.okRounds === 0) return [a.name, a.version ?? '', 'FAILED', ...cols.slice(1).map(() => '')];
    return [a.name + (a.okRounds < a.rounds ? ` (${a.okRounds}/${a.rounds} ok)` : ''), a.version ?? '', ...cols.map(([, f]) => f(a))];
  });
  const all = [header, ...rows];
  const w = header.map((_, i) => Math.max(...all.map((row) => String(row[i]).length)));
  const line = (row) => row.map((c, i) => (i <= 1 ? String(c).padEnd(w[i]) : String(c).padStart(w[i]))).join('  ');
  return [line(header), w.map((n) => '-'.repeat(n)).join('  '), ...rows.map(line)].join('\n');
}

export function renderReport(doc) {
  const o = doc.options;
  const lines = ['', renderTable(doc), ''];
  if (doc.mode === 'streams') {
    lines.push(
      `median (min-max) of ${o.rounds} round(s), ${o.durationMs / 1000} s per measurement; listings of ${int(o.streamKeys)} keys one after another; ` +
        `${int(o.bigSize)}-byte gets with ${o.bigConcurrency} outstanding; ratios = client / ${doc.baseline} round by round: median (min-max)`,
    );
  } else {
    lines.push(
      `median (min-max) of ${o.rounds} round(s), ${o.durationMs / 1000} s per measurement; C = ${o.concurrency} outstanding; ` +
        `get value ${o.getSize} B, put value ${o.putSize} B; ratios = client / ${doc.baseline} round by round: median (min-max)`,
    );
    lines.push(
      'CPU µs/op: user+sys CPU of the client process per request during the throughput phase; ' +
        'srv µs/op: CPU of the local server process per request; cli/srv %CPU: share of one core used by the client / by the local server in the get phase; RSS after warm-up + gc()',
    );
  }
  lines.push(
    `server: ${doc.target}; node ${doc.machine.node}; ${doc.machine.cpus} x ${doc.machine.cpu}; ` +
      `load ${doc.machine.loadStart.join(' ')} -> ${doc.machine.loadEnd.join(' ')}; ${doc.date}; ${doc.durationSeconds} s`,
  );
  if (doc.server?.frames != null) lines.push(`server answered ${int(doc.server.frames)} frames on ${doc.server.conns} connections`);
  for (const a of doc.results) for (const e of a.errors) lines.push(`ERROR ${a.name}: ${e}`);
  if (doc.goals?.length > 0) {
    lines.push(
      '',
      doc.mode === 'streams'
        ? `goals (issue 18), streams: listKeys and 2i judged on ${STREAM_SUBJECT} (riak-pb's defaults reading them with .batches(), ` +
            'the way big listings are meant to be read), large gets on riak-pb (median of per-round ratios, min-max):'
        : `goals (issue 18) for riak-pb with default options, ${doc.mode} server (median of per-round ratios, min-max):`,
    );
    for (const g of doc.goals) {
      const range = g.range && (g.range[0] !== g.value || g.range[1] !== g.value) ? ` (${g.range[0]}-${g.range[1]})` : '';
      // With --streams the goals judge two clients: each line names its own (saved runs before that have none).
      const client = doc.mode === 'streams' && g.client !== undefined ? `${g.client}: ` : '';
      lines.push(`  ${g.ok === null ? '?   ' : g.ok ? 'PASS' : 'FAIL'}  ${client}${g.goal}: ${g.value ?? '-'}x${range}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
