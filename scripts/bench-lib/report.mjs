// Aggregation (medians over rounds, ratios to the baseline, the issue's
// goals) and the text table of scripts/bench.mjs.

import { median } from './common.mjs';

export const METRICS = {
  getOpsPerSec: (r) => r.phases.get?.opsPerSec,
  putOpsPerSec: (r) => r.phases.put?.opsPerSec,
  getCpuUsPerOp: (r) => r.phases.get?.cpuUsPerOp,
  putCpuUsPerOp: (r) => r.phases.put?.cpuUsPerOp,
  getClientCpuPct: (r) => r.phases.get?.clientCpuPct,
  getServerCpuPct: (r) => r.phases.get?.serverCpuPct,
  lat1P50us: (r) => r.phases.lat1?.p50us,
  lat1P99us: (r) => r.phases.lat1?.p99us,
  latCP50us: (r) => r.phases.latC?.p50us,
  latCP99us: (r) => r.phases.latC?.p99us,
  latCOpsPerSec: (r) => r.phases.latC?.opsPerSec,
  rssMB: (r) => r.memory?.rssMB,
  heapUsedMB: (r) => r.memory?.heapUsedMB,
  maxRssMB: (r) => r.maxRssMB,
};

export function aggregate(name, runs) {
  const ok = runs.filter((r) => r.ok);
  const a = { name, version: ok[0]?.version ?? null, description: ok[0]?.description ?? null, rounds: runs.length, okRounds: ok.length };
  a.median = {};
  a.samples = {};
  a.spreadPct = {};
  for (const [k, f] of Object.entries(METRICS)) {
    const xs = ok.map(f).filter((x) => typeof x === 'number');
    const m = median(xs);
    a.samples[k] = xs;
    a.median[k] = m;
    a.spreadPct[k] = xs.length > 1 && m ? Math.round(((Math.max(...xs) - Math.min(...xs)) / m) * 1000) / 10 : null;
  }
  a.errors = runs.filter((r) => !r.ok).map((r) => r.error + (r.stderrTail ? `\n${r.stderrTail}` : ''));
  return a;
}

export function addRatios(aggs, baseline) {
  const base = aggs.find((a) => a.name === baseline && a.okRounds > 0);
  for (const a of aggs) {
    a.ratios = {};
    for (const k of Object.keys(METRICS)) {
      const x = a.median[k];
      const b = base?.median[k];
      a.ratios[k] = typeof x === 'number' && typeof b === 'number' && b !== 0 ? Math.round((x / b) * 1000) / 1000 : null;
    }
  }
}

/** The goals of issue 7 for `subject`, checked against the same run's raw and basho-riak-client. */
export function checkGoals(aggs, subject = 'riak-pb', baseline = 'raw') {
  const s = aggs.find((a) => a.name === subject && a.okRounds > 0);
  const raw = aggs.find((a) => a.name === baseline && a.okRounds > 0);
  const basho = aggs.find((a) => a.name === 'basho-riak-client' && a.okRounds > 0);
  if (!s) return [];
  const goals = [];
  const ratio = (x, y) => (typeof x === 'number' && typeof y === 'number' && y > 0 ? x / y : null);
  const add = (text, value, limit, higherBetter) =>
    goals.push({ goal: text, value: value == null ? null : Math.round(value * 100) / 100, limit, ok: value == null ? null : higherBetter ? value >= limit : value <= limit });
  if (raw) {
    add(`get ops/s vs ${baseline} >= 0.6x`, ratio(s.median.getOpsPerSec, raw.median.getOpsPerSec), 0.6, true);
    add(`put ops/s vs ${baseline} >= 0.6x`, ratio(s.median.putOpsPerSec, raw.median.putOpsPerSec), 0.6, true);
    add(`client CPU per get vs ${baseline} <= 3x`, ratio(s.median.getCpuUsPerOp, raw.median.getCpuUsPerOp), 3, false);
    add(`p99 latency at C vs ${baseline} <= 2x`, ratio(s.median.latCP99us, raw.median.latCP99us), 2, false);
  }
  if (basho) {
    add('get ops/s vs basho-riak-client >= 10x', ratio(s.median.getOpsPerSec, basho.median.getOpsPerSec), 10, true);
    add('put ops/s vs basho-riak-client >= 10x', ratio(s.median.putOpsPerSec, basho.median.putOpsPerSec), 10, true);
  }
  return goals;
}

const int = (x) => (x == null ? '-' : Math.round(x).toLocaleString('en-US'));
const num = (x) => (x == null ? '-' : x >= 100 ? String(Math.round(x)) : x.toFixed(1));
const ratio = (x) => (x == null ? '' : x >= 10 ? `${x.toFixed(0)}x` : `${x.toFixed(2)}x`);

export function renderTable(doc) {
  const o = doc.options;
  const b = doc.baseline;
  const header = [
    'client',
    'version',
    'get ops/s',
    `vs ${b}`,
    'put ops/s',
    `vs ${b}`,
    'CPU µs/get',
    `vs ${b}`,
    'CPU µs/put',
    'c=1 p50/p99 µs',
    `c=${o.concurrency} p50/p99 µs`,
    `p99 vs ${b}`,
    'RSS MB',
    'cli/srv %CPU',
  ];
  const rows = doc.results.map((a) => {
    if (a.okRounds === 0) return [a.name, a.version ?? '', 'FAILED', ...header.slice(3).map(() => '')];
    const m = a.median;
    const r = a.ratios;
    return [
      a.name + (a.okRounds < a.rounds ? ` (${a.okRounds}/${a.rounds} ok)` : ''),
      a.version ?? '',
      int(m.getOpsPerSec),
      ratio(r.getOpsPerSec),
      int(m.putOpsPerSec),
      ratio(r.putOpsPerSec),
      num(m.getCpuUsPerOp),
      ratio(r.getCpuUsPerOp),
      num(m.putCpuUsPerOp),
      `${num(m.lat1P50us)} / ${num(m.lat1P99us)}`,
      `${num(m.latCP50us)} / ${num(m.latCP99us)}`,
      ratio(r.latCP99us),
      num(m.rssMB),
      `${m.getClientCpuPct == null ? '-' : Math.round(m.getClientCpuPct)}/${m.getServerCpuPct == null ? '-' : Math.round(m.getServerCpuPct)}`,
    ];
  });
  const all = [header, ...rows];
  const w = header.map((_, i) => Math.max(...all.map((row) => String(row[i]).length)));
  const line = (row) => row.map((c, i) => (i <= 1 ? String(c).padEnd(w[i]) : String(c).padStart(w[i]))).join('  ');
  return [line(header), w.map((n) => '-'.repeat(n)).join('  '), ...rows.map(line)].join('\n');
}

export function renderReport(doc) {
  const o = doc.options;
  const lines = ['', renderTable(doc), ''];
  lines.push(
    `median of ${o.rounds} round(s), ${o.durationMs / 1000} s per measurement; C = ${o.concurrency} outstanding; ` +
      `get value ${o.getSize} B, put value ${o.putSize} B; ratios = client / ${doc.baseline} in this run`,
  );
  lines.push(
    'CPU µs/op: user+sys CPU of the client process per request during the throughput phase; ' +
      'cli/srv %CPU: share of one core used by the client / by the local server in the get phase; RSS after warm-up + gc()',
  );
  lines.push(`server: ${doc.target}; node ${doc.machine.node}; ${doc.machine.cpus} x ${doc.machine.cpu}; ` + `load ${doc.machine.loadStart.join(' ')} -> ${doc.machine.loadEnd.join(' ')}; ${doc.date}; ${doc.durationSeconds} s`);
  if (doc.server?.frames != null) lines.push(`server answered ${int(doc.server.frames)} frames on ${doc.server.conns} connections`);
  for (const a of doc.results) for (const e of a.errors) lines.push(`ERROR ${a.name}: ${e}`);
  if (doc.goals.length > 0) {
    lines.push('', `goals (issue 7) for riak-pb:`);
    for (const g of doc.goals) lines.push(`  ${g.ok === null ? '?' : g.ok ? 'PASS' : 'FAIL'}  ${g.goal}: ${g.value ?? '-'}x`);
  }
  return `${lines.join('\n')}\n`;
}
