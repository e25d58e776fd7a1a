// After a cluster chaos run (healed, every node started, settled): reads
// every key at r: 'all' and checks it against the ledger, and checks that the
// replicas converged.
// - lost: an acknowledged write is gone, though no later write that may have
//   been applied replaced it. On a plain key (allow_mult false) the newest
//   applied write wins, so the stored write's seq must be at least the last
//   acknowledged one, unless the stored write's outcome was unknown: its
//   request may have been applied after the acknowledged one (held by a slow
//   node or a stalled socket while the caller moved on), and stamped later.
//   On a siblings key a write replaces only what its read saw: every
//   acknowledged write must be stored, or covered by a stored one.
// - wrong / phantom / duplicated, as during the run.
// - diverged: the n primaries of a key hold different values, or a fallback
//   still holds a hinted copy, once settle() has run.
import { RiakClient } from '../../dist/index.js';
import { OK } from './ledger.mjs';

async function eachLimited(items, limit, fn) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await fn(items[next++]);
    }),
  );
}

/** The seqs stored (live siblings), judged; findings for values that should not be there. */
function storedSeqs(record, siblings, findings) {
  const seqs = [];
  for (const sibling of siblings) {
    if (sibling.deleted) continue;
    const { verdict, seq } = record.judge(sibling.value);
    if (verdict === 'wrong') {
      findings.add('wrong', `stored ${record.label}: a value no write of this key had`);
      continue;
    }
    if (verdict === 'phantom') findings.add('phantom', `stored ${record.label}: write #${seq} was reported as not applied`);
    if (seqs.includes(seq)) findings.add('duplicated', `stored ${record.label}: write #${seq} twice (identical siblings)`);
    seqs.push(seq);
  }
  return seqs;
}

/** Tallies, for each acknowledged write of a key, whether it is stored, replaced (and by what), or lost. */
export function judgeKey(record, seqs, findings, tally) {
  const stored = new Set(seqs);
  /** The stored write that replaced `seq`, if any. */
  const replacedBy =
    record.kind === 'plain' ? (seq) => seqs.find((s) => record.appliedAfter(s, seq)) : (seq) => seqs.find((s) => record.covers.get(s)?.has(seq));
  if (record.kind === 'plain' && seqs.length > 1) findings.add('wrong', `stored ${record.label}: ${seqs.length} siblings on an allow_mult false bucket`);
  for (const [seq, write] of record.writes) {
    if (write.status !== OK) continue;
    tally.acknowledged++;
    if (stored.has(seq)) {
      tally.readable++;
      continue;
    }
    const by = replacedBy(seq);
    if (by === undefined) {
      tally.lost++;
      findings.add(
        'lost',
        `${record.label}: acknowledged write #${seq} is gone (stored: ${seqs.length === 0 ? 'nothing' : seqs.map((s) => `#${s}`).join(', ')})`,
      );
    } else if (record.writes.get(by).status === OK) tally.supersededByAcked++;
    else tally.supersededByMaybe++;
  }
}

/** Primaries that differ, or hinted copies left, for one key. */
async function convergence(cluster, record, findings) {
  const replicas = await cluster.replicas({ type: record.type, bucket: record.bucket, key: record.key });
  const fallbacks = replicas.filter((r) => !r.primary);
  if (fallbacks.length > 0)
    findings.add('diverged', `${record.label}: ${fallbacks.length} hinted cop${fallbacks.length === 1 ? 'y' : 'ies'} left after settle()`);
  const shapes = new Set(
    replicas
      .filter((r) => r.primary)
      .map((r) =>
        r.siblings
          .map((s) => (s.deleted ? '<tombstone>' : s.value.toString('latin1', 0, 40)))
          .sort()
          .join('|'),
      ),
  );
  if (shapes.size > 1) findings.add('diverged', `${record.label}: primaries differ after settle(): ${[...shapes].join(' / ')}`);
}

export async function verifyCluster({ server, keys, findings }) {
  const client = new RiakClient({ nodes: server.nodes.map((node) => `${node.host}:${node.port}`), requestTimeout: 30_000 });
  const tally = { keys: 0, acknowledged: 0, readable: 0, supersededByAcked: 0, supersededByMaybe: 0, lost: 0 };
  const records = [...keys.plain, ...keys.siblings];
  try {
    // Replicas first: the reads below repair what they find.
    for (const record of records) await convergence(server.cluster, record, findings);
    await eachLimited(records, 16, async (record) => {
      const result = await client.get({ type: record.type, bucket: record.bucket, key: record.key, r: 'all' });
      tally.keys++;
      judgeKey(record, storedSeqs(record, result.siblings, findings), findings, tally);
    });
  } finally {
    await client.close();
  }
  return tally;
}
