// The callers: each owns a few keys of every kind and works one call at a
// time (so its keys' writes are ordered), checking every answer it gets
// against the ledger as it goes.
import { CounterRecord, KeyRecord, OK, writeOutcome } from './ledger.mjs';

export const BUCKETS = { plain: 'chaos-plain', churn: 'chaos-churn', siblings: 'chaos-sib', counters: 'chaos-cnt' };
const TYPES = { plain: undefined, churn: undefined, siblings: 'siblings', counters: 'counters' };
const KEYS_PER_CALLER = { plain: 3, churn: 2, siblings: 2, counters: 2 };

const WEIGHTS = {
  getPlain: 14,
  getChurn: 6,
  getSiblings: 6,
  putPlain: 14,
  putChurn: 7,
  deleteChurn: 5,
  updateSiblings: 10,
  putSiblingsBlind: 2,
  incrementCounter: 12,
  fetchCounter: 4,
  indexByOwner: 4,
  indexBySeq: 4,
  listKeys: 2,
};
/** Concurrent key listings at most (each holds a connection to itself). */
const MAX_LISTINGS = 4;

/** Every key of the run, by kind, and a lookup by bucket and key. */
export function createKeys(callers) {
  const keys = { plain: [], churn: [], siblings: [], counters: [], byLabel: new Map() };
  for (let owner = 0; owner < callers; owner++) {
    for (const kind of ['plain', 'churn', 'siblings']) {
      for (let i = 0; i < KEYS_PER_CALLER[kind]; i++) {
        const record = new KeyRecord(kind, owner, TYPES[kind], BUCKETS[kind], `c${owner}-${kind[0]}${i}`);
        keys[kind].push(record);
        keys.byLabel.set(record.label, record);
      }
    }
    for (let i = 0; i < KEYS_PER_CALLER.counters; i++) keys.counters.push(new CounterRecord(owner, TYPES.counters, BUCKETS.counters, `c${owner}-n${i}`));
  }
  return keys;
}

/** Findings of the checks made while running (and after, by the verifier). */
export function createFindings() {
  const findings = { wrong: [], phantom: [], duplicated: [], lost: [], settledTwice: [] };
  findings.add = (kind, text) => findings[kind].push(text);
  return findings;
}

/** A value size: mostly small, some of several TCP segments. */
function valueLength(rng) {
  const r = rng.next();
  if (r < 0.7) return rng.int(16, 200);
  if (r < 0.95) return rng.int(200, 4000);
  return rng.int(8000, 40000);
}

/**
 * Runs `callers` callers until `endAt` (performance.now()). Resolves when
 * they have all stopped; a caller stuck on a call that never settles keeps
 * it pending, and the caller of runWorkload decides how long to wait.
 */
export function runWorkload({ client, log, keys, findings, writes, rng, callers, endAt, requestTimeout, streamIdleTimeout, replayWrites }) {
  const call = { requestTimeout };
  // (Datatype updates refuse `idempotent`: only KV writes get it.)
  const write = replayWrites ? { ...call, idempotent: true } : call;
  /** The outcome of a write, tallied in `writes` (ok / unknown / unsent). */
  const outcome = (r) => {
    const status = r.ok ? OK : writeOutcome(r.error);
    writes[status]++;
    return status;
  };
  let listings = 0;

  /** Checks what a get returned for `record`. */
  function checkSiblings(record, siblings, where) {
    const seen = new Set();
    for (const sibling of siblings) {
      if (sibling.deleted) continue;
      const { verdict, seq } = record.judge(sibling.value);
      if (verdict === 'wrong')
        findings.add('wrong', `${where} ${record.label}: a value no write of this key had (${sibling.value.toString('latin1', 0, 40)}...)`);
      else if (verdict === 'phantom') findings.add('phantom', `${where} ${record.label}: write #${seq} was reported as not sent, but it is stored`);
      else if (seen.has(seq)) findings.add('duplicated', `${where} ${record.label}: write #${seq} is stored twice (identical siblings)`);
      seen.add(seq);
    }
  }

  async function get(record) {
    const r = await log.track('get', () => client.get({ type: record.type, bucket: record.bucket, key: record.key, ...call }), record);
    if (r.ok) checkSiblings(record, r.value.siblings, 'get');
    return r;
  }

  async function put(record, vclock, ownerRng) {
    const { seq, value } = record.beginPut(valueLength(ownerRng));
    const params = { type: record.type, bucket: record.bucket, key: record.key, value, contentType: 'application/octet-stream', ...write };
    if (vclock !== undefined) params.vclock = vclock;
    if (record.kind !== 'siblings')
      params.indexes = [
        { key: 'owner_bin', value: `c${record.owner}` },
        { key: 'seq_int', value: seq },
      ];
    const r = await log.track('put', () => client.put(params), record);
    record.endPut(seq, outcome(r));
  }

  async function remove(record) {
    const r = await log.track('delete', () => client.delete({ bucket: record.bucket, key: record.key, ...write }), record);
    record.endDelete(outcome(r));
  }

  async function increment(counter, ownerRng) {
    const amount = ownerRng.int(1, 5);
    const r = await log.track(
      'counter',
      () => client.updateCounter({ type: counter.type, bucket: counter.bucket, key: counter.key, increment: amount, ...call }),
      counter,
    );
    counter.end(amount, outcome(r));
  }

  async function fetchCounter(counter) {
    const r = await log.track('counterFetch', () => client.fetchCounter({ type: counter.type, bucket: counter.bucket, key: counter.key, ...call }), counter);
    // One node holds part of the increments: never more than may have been applied.
    if (r.ok && (r.value.value < 0 || r.value.value > counter.acked + counter.unknown)) {
      findings.add('wrong', `counter ${counter.bucket}/${counter.key} read ${r.value.value}, but at most ${counter.acked + counter.unknown} was added`);
    }
  }

  async function indexByOwner(ownerRng) {
    const owner = ownerRng.int(0, callers - 1);
    const r = await log.track('2i', () => client.queryIndex({ bucket: BUCKETS.plain, index: 'owner_bin', key: `c${owner}`, ...call }), {
      bucket: BUCKETS.plain,
    });
    if (!r.ok) return;
    for (const key of r.value.keys) {
      const record = keys.byLabel.get(`${BUCKETS.plain}/${key.toString('latin1')}`);
      if (record === undefined || record.owner !== owner || record.nextSeq === 1)
        findings.add('wrong', `2i owner_bin=c${owner} listed ${key.toString('latin1')}, which c${owner} never wrote`);
    }
  }

  async function indexBySeq(ownerRng) {
    const bucket = ownerRng.pick([BUCKETS.plain, BUCKETS.churn]);
    const low = ownerRng.int(1, 40);
    const high = low + ownerRng.int(0, 10);
    const r = await log.track('2i', () => client.queryIndex({ bucket, index: 'seq_int', range: [low, high], returnTerms: true, ...call }), { bucket });
    if (!r.ok) return;
    for (const { term, key } of r.value.results) {
      const record = keys.byLabel.get(`${bucket}/${key.toString('latin1')}`);
      const seq = Number(term.toString('latin1'));
      const write = record?.writes.get(seq);
      if (write === undefined || seq < low || seq > high)
        findings.add('wrong', `2i seq_int ${low}..${high} on ${bucket} returned ${key.toString('latin1')} = ${term.toString('latin1')}, never written`);
      else if (write.status === 'unsent') findings.add('phantom', `2i found ${record.label} write #${seq}, reported as not sent`);
    }
  }

  /** Drains a stream, then checks it stays finished (a stream must not yield after it ended or failed). */
  async function drain(stream, what) {
    const iterator = stream[Symbol.asyncIterator]();
    const items = [];
    let failure;
    let failed = false;
    try {
      for (;;) {
        const step = await iterator.next();
        if (step.done) break;
        items.push(step.value);
      }
    } catch (error) {
      failure = error;
      failed = true;
    }
    const after = await iterator.next().then(
      (step) => step,
      (error) => ({ done: false, error }),
    );
    if (!after.done) findings.add('settledTwice', `${what}: the stream went on after it ${failed ? 'failed' : 'ended'} (${after.error?.message ?? 'an item'})`);
    if (failed) throw failure;
    return items;
  }

  async function listKeys(ownerRng) {
    const bucket = ownerRng.pick([BUCKETS.churn, BUCKETS.plain]);
    listings++;
    try {
      const r = await log.track('listKeys', () => drain(client.listKeys({ bucket, ...call, streamIdleTimeout }), `listKeys ${bucket}`), { bucket });
      if (!r.ok) return;
      for (const key of r.value) {
        const record = keys.byLabel.get(`${bucket}/${key.toString('latin1')}`);
        if (record === undefined || record.nextSeq === 1) findings.add('wrong', `listKeys ${bucket} listed ${key.toString('latin1')}, never written`);
      }
    } finally {
      listings--;
    }
  }

  async function caller(owner, ownerRng) {
    const mine = (kind) => keys[kind].filter((record) => record.owner === owner);
    const plain = mine('plain');
    const churn = mine('churn');
    const siblings = mine('siblings');
    const counters = keys.counters.filter((counter) => counter.owner === owner);
    const ops = {
      getPlain: () => get(ownerRng.pick(plain)),
      getChurn: () => get(ownerRng.pick(churn)),
      getSiblings: () => get(ownerRng.pick(siblings)),
      putPlain: () => put(ownerRng.pick(plain), undefined, ownerRng),
      putChurn: () => put(ownerRng.pick(churn), undefined, ownerRng),
      deleteChurn: () => remove(ownerRng.pick(churn)),
      // A read-modify-write with the vclock read: a replay would leave two identical siblings.
      updateSiblings: async () => {
        const record = ownerRng.pick(siblings);
        const read = await get(record);
        if (read.ok) await put(record, read.value.vclock, ownerRng);
      },
      putSiblingsBlind: () => put(ownerRng.pick(siblings), undefined, ownerRng),
      incrementCounter: () => increment(ownerRng.pick(counters), ownerRng),
      fetchCounter: () => fetchCounter(ownerRng.pick(counters)),
      indexByOwner: () => indexByOwner(ownerRng),
      indexBySeq: () => indexBySeq(ownerRng),
      listKeys: () => (listings < MAX_LISTINGS ? listKeys(ownerRng) : get(ownerRng.pick(plain))),
    };
    while (performance.now() < endAt) await ops[ownerRng.weighted(WEIGHTS)]();
  }

  return Promise.all(Array.from({ length: callers }, (_, owner) => caller(owner, rng.fork())));
}
