// Summarises a V8 .cpuprofile: self and inclusive time per function, and
// self time per area (riak-pb dist/, protobufjs, node internals, GC...).
//
//   node scripts/bench-lib/profile-summary.mjs file.cpuprofile [--top 30]

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT_DIR } from './common.mjs';

function shortUrl(url) {
  if (!url) return '';
  let u = url.replace(/^file:\/\//, '');
  if (u.startsWith(ROOT_DIR)) u = path.relative(ROOT_DIR, u);
  u = u.replace(/^.*node_modules\//, '');
  return u;
}

function area(node) {
  const { functionName: fn, url } = node.callFrame;
  if (fn === '(garbage collector)') return 'GC';
  if (fn === '(idle)') return 'idle';
  if (fn === '(program)') return 'native / (program)';
  if (fn === '(root)') return 'root';
  if (!url) return 'V8 builtins / native';
  const u = shortUrl(url);
  const m = /(?:^|\/)dist\/(codec|connection|pool|client)\//.exec(u);
  if (m) return `riak-pb ${m[1]}`;
  if (/(?:^|\/)dist\//.test(u)) return 'riak-pb other';
  if (/(?:^|\/)generated\//.test(u)) return 'generated protobuf classes';
  if (u.startsWith('protobufjs') || u.startsWith('@protobufjs')) return 'protobufjs runtime';
  if (u.startsWith('p-queue') || u.startsWith('eventemitter3')) return 'p-queue';
  if (u.startsWith('node:')) return 'node internals';
  if (/(?:^|\/)scripts\//.test(u)) return 'bench driver / adapter';
  return u;
}

export function summarize(profile, top = 30) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // time per sample = its timeDelta (µs)
  const selfUs = new Map();
  let total = 0;
  const samples = profile.samples;
  const deltas = profile.timeDeltas;
  for (let i = 0; i < samples.length; i++) {
    const dt = deltas[i + 1] ?? deltas[i] ?? 0;
    selfUs.set(samples[i], (selfUs.get(samples[i]) ?? 0) + dt);
    total += dt;
  }
  const key = (n) => `${n.callFrame.functionName || '(anonymous)'}  ${shortUrl(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
  const self = new Map();
  const incl = new Map();
  const areas = new Map();
  for (const [id, us] of selfUs) {
    const n = byId.get(id);
    self.set(key(n), (self.get(key(n)) ?? 0) + us);
    areas.set(area(n), (areas.get(area(n)) ?? 0) + us);
    // inclusive: once per distinct function on the stack
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const k = key(byId.get(cur));
      if (seen.has(k)) continue;
      seen.add(k);
      incl.set(k, (incl.get(k) ?? 0) + us);
    }
  }
  const idle = [...selfUs].filter(([id]) => byId.get(id).callFrame.functionName === '(idle)').reduce((s, [, us]) => s + us, 0);
  const busy = total - idle;
  const pct = (us) => ((us / busy) * 100).toFixed(1).padStart(5);
  const sorted = (m) => [...m].sort((a, b) => b[1] - a[1]);
  const out = [];
  out.push(`total ${(total / 1000).toFixed(0)} ms sampled, idle ${(idle / 1000).toFixed(0)} ms; percentages are of the ${(busy / 1000).toFixed(0)} ms busy`);
  out.push('', 'self time by area:');
  for (const [k, us] of sorted(areas)) if (k !== 'idle') out.push(`  ${pct(us)}%  ${k}`);
  out.push('', `top ${top} functions by self time:`);
  for (const [k, us] of sorted(self)
    .filter(([k]) => !k.startsWith('(idle)'))
    .slice(0, top))
    out.push(`  ${pct(us)}%  ${k}`);
  out.push('', `top ${top} functions by inclusive time (riak-pb, protobufjs, generated):`);
  const ours = sorted(incl).filter(([k]) => /(dist\/|generated\/|protobufjs)/.test(k));
  for (const [k, us] of ours.slice(0, top)) out.push(`  ${pct(us)}%  ${k}`);
  return out.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: node scripts/bench-lib/profile-summary.mjs file.cpuprofile [--top N]');
    process.exit(2);
  }
  const t = process.argv.indexOf('--top');
  console.log(summarize(JSON.parse(readFileSync(file, 'utf8')), t === -1 ? 30 : Number(process.argv[t + 1])));
}
