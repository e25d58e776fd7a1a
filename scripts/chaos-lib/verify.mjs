// After the run: reads every key from every dev server directly (no proxy,
// no faults) and checks the stores against the ledger.
//
// The dev servers are independent stores, not one cluster: a write lands on
// the one node it was sent to. So the checks are per key across all nodes:
// - wrong/phantom: every stored value was written for that key, by a write
//   not reported as unsent;
// - duplicated: no write is stored twice (identical siblings on one node, or
//   the same write on two nodes: either is a replay), and no counter holds
//   more than its acknowledged plus possibly-applied increments;
// - lost: for keys that are never deleted (plain, siblings), some node holds
//   the last acknowledged write or a later one (a later write on the same
//   node replaces it with a higher seq, nothing removes it); for churn keys
//   (put and delete), an acknowledged put that is the key's last possible
//   effect is stored somewhere; counters hold at least their acknowledged
//   increments in total. A write or delete whose outcome is unknown may be
//   applied after the writes that follow it (its request held on the way),
//   so an acknowledged write it may have overtaken is not counted lost.
import { RiakClient } from '../../dist/index.js';

async function eachLimited(items, limit, fn) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await fn(items[next++]);
    }),
  );
}

export async function verifyStores({ servers, keys, findings }) {
  const clients = servers.map((server) => new RiakClient({ nodes: [`${server.host}:${server.port}`], requestTimeout: 30_000, maxConnections: 4 }));
  let reads = 0;
  try {
    const kvKeys = [...keys.plain, ...keys.churn, ...keys.siblings];
    await eachLimited(kvKeys, 32, async (record) => {
      const stored = [];
      for (const [node, client] of clients.entries()) {
        const result = await client.get({ type: record.type, bucket: record.bucket, key: record.key });
        reads++;
        for (const sibling of result.siblings) if (!sibling.deleted) stored.push({ node, value: sibling.value });
      }
      checkKey(record, stored, findings);
    });
    await eachLimited(keys.counters, 32, async (counter) => {
      let total = 0;
      for (const client of clients) {
        total += (await client.fetchCounter({ type: counter.type, bucket: counter.bucket, key: counter.key })).value;
        reads++;
      }
      const label = `counter ${counter.bucket}/${counter.key}`;
      if (total < counter.acked) findings.add('lost', `${label}: ${total} stored, ${counter.acked} acknowledged`);
      if (total > counter.acked + counter.unknown) {
        findings.add(
          'duplicated',
          `${label}: ${total} stored, at most ${counter.acked + counter.unknown} may have been applied (${counter.acked} acknowledged)`,
        );
      }
    });
  } finally {
    await Promise.all(clients.map((client) => client.close()));
  }
  return { reads };
}

export function checkKey(record, stored, findings) {
  const nodesOf = new Map();
  let highest = 0;
  for (const { node, value } of stored) {
    const { verdict, seq } = record.judge(value);
    if (verdict === 'wrong') {
      findings.add('wrong', `stored ${record.label} on node ${node}: a value no write of this key had`);
      continue;
    }
    if (verdict === 'phantom') findings.add('phantom', `stored ${record.label} write #${seq} on node ${node}, reported as not sent`);
    const where = nodesOf.get(seq) ?? [];
    if (where.length > 0)
      findings.add('duplicated', `stored ${record.label} write #${seq} ${where.includes(node) ? `twice on node ${node}` : `on nodes ${where[0]} and ${node}`}`);
    where.push(node);
    nodesOf.set(seq, where);
    highest = Math.max(highest, seq);
  }
  if (record.kind === 'churn') {
    const last = record.lastEffect;
    if (last?.kind === 'put' && last.status === 'ok' && !nodesOf.has(last.seq) && !record.mayBeOvertaken(last.seq)) {
      findings.add('lost', `${record.label}: acknowledged write #${last.seq}, its last, is on no node`);
    }
  } else if (highest < record.lastAckedSeq && ![...nodesOf.keys()].some((seq) => record.appliedAfter(seq, record.lastAckedSeq))) {
    findings.add('lost', `${record.label}: write #${record.lastAckedSeq} was acknowledged, the newest stored is ${highest === 0 ? 'none' : `#${highest}`}`);
  }
}
