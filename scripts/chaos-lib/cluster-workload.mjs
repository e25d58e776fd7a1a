// The callers of a cluster chaos run: each owns a few keys and works one
// call at a time, so a key's writes are ordered. Every write is made at
// w: 'quorum', through a client over all the nodes, retried as the library
// retries (a write is never replayed once it may have been applied).
// - plain keys (the default type: allow_mult false): blind puts; the newest
//   applied write wins.
// - siblings keys (allow_mult, DVV): read-modify-writes with the vclock read,
//   and a few blind puts. Each write records which earlier writes of its key
//   its read saw (`covers`): only those may it replace.
import { RiakConnectionError, RiakServerError } from '../../dist/index.js';
import { KeyRecord, OK, UNKNOWN, UNSENT, writeOutcome } from './ledger.mjs';

export const CLUSTER_BUCKETS = { plain: 'chaos-cl-plain', siblings: 'chaos-cl-sib' };
const TYPES = { plain: undefined, siblings: 'siblings' };
const KEYS_PER_CALLER = { plain: 2, siblings: 2 };
const WEIGHTS = { getPlain: 10, getSiblings: 10, putPlain: 20, updateSiblings: 25, putSiblingsBlind: 5 };
const QUORUM = 'quorum';
/**
 * Riak's own deadline for a put (ms): shorter than a slow node's longer
 * delays, so some writes fail with `timeout` after reaching some vnodes.
 */
const PUT_TIMEOUT = 500;

/** A key of the run, with what each of its writes may replace. */
export class ClusterKeyRecord extends KeyRecord {
  /** seq → the seqs of this key's earlier writes that write's vclock covers (transitively). */
  covers = new Map();
}

/** Every key of the run, by kind; `siblingsType` replaces the siblings keys' bucket type (the --lose-writes self-check). */
export function createClusterKeys(callers, siblingsType = TYPES.siblings) {
  const types = { ...TYPES, siblings: siblingsType };
  const keys = { plain: [], siblings: [] };
  for (let owner = 0; owner < callers; owner++) {
    for (const kind of ['plain', 'siblings']) {
      for (let i = 0; i < KEYS_PER_CALLER[kind]; i++) {
        keys[kind].push(new ClusterKeyRecord(kind, owner, types[kind], CLUSTER_BUCKETS[kind], `c${owner}-${kind[0]}${i}`));
      }
    }
  }
  return keys;
}

/** Riak errors a put gives before its FSM writes anything (validation); any other may come after some vnodes stored it. */
const BEFORE_ANY_WRITE = /^(\{n_val_violation,|\{insufficient_vnodes,|all_nodes_down$)/;

/**
 * Whether a failed write may have been applied, on a cluster: as the
 * one-node ledger says, except that a Riak error is not a refusal. Riak's put
 * FSM sends the object to every vnode it reaches before it counts replies, so a
 * `{w_val_unsatisfied,...}` or `timeout` answer leaves the write stored where it got to.
 */
export function clusterWriteOutcome(error) {
  if (error instanceof RiakServerError) return BEFORE_ANY_WRITE.test(error.errmsg) ? UNSENT : UNKNOWN;
  if (error instanceof RiakConnectionError) return error.outcomeUnknown ? UNKNOWN : UNSENT;
  return writeOutcome(error);
}

/** The seqs of a key's writes a read saw, with what each of them had replaced. */
function seenBy(record, siblings) {
  const seen = new Set();
  for (const sibling of siblings) {
    if (sibling.deleted) continue;
    const { verdict, seq } = record.judge(sibling.value);
    if (verdict === 'wrong') continue;
    seen.add(seq);
    for (const earlier of record.covers.get(seq) ?? []) seen.add(earlier);
  }
  return seen;
}

export function runClusterWorkload({ client, log, keys, findings, writes, rng, callers, endAt, requestTimeout }) {
  const call = { requestTimeout };
  const outcome = (r) => {
    const status = r.ok ? OK : clusterWriteOutcome(r.error);
    writes[status]++;
    return status;
  };

  /** Checks what a get returned (a value never written, a write reported as not applied, a write stored twice). */
  function checkSiblings(record, siblings) {
    const seen = new Set();
    for (const sibling of siblings) {
      if (sibling.deleted) continue;
      const { verdict, seq } = record.judge(sibling.value);
      if (verdict === 'wrong') findings.add('wrong', `get ${record.label}: a value no write of this key had (${sibling.value.toString('latin1', 0, 40)}...)`);
      else if (verdict === 'phantom') findings.add('phantom', `get ${record.label}: write #${seq} was reported as not applied, but it is stored`);
      else if (seen.has(seq)) findings.add('duplicated', `get ${record.label}: write #${seq} is stored twice (identical siblings)`);
      seen.add(seq);
    }
    if (record.kind === 'plain' && siblings.filter((s) => !s.deleted).length > 1)
      findings.add('wrong', `get ${record.label}: ${siblings.length} siblings on an allow_mult false bucket`);
  }

  async function get(record) {
    const r = await log.track('get', () => client.get({ type: record.type, bucket: record.bucket, key: record.key, ...call }), record);
    if (r.ok) checkSiblings(record, r.value.siblings);
    return r;
  }

  async function put(record, read, ownerRng) {
    const { seq, value } = record.beginPut(ownerRng.int(16, 400));
    record.covers.set(seq, read === undefined ? new Set() : seenBy(record, read.siblings));
    const params = {
      type: record.type,
      bucket: record.bucket,
      key: record.key,
      value,
      contentType: 'application/octet-stream',
      w: QUORUM,
      timeout: PUT_TIMEOUT,
      ...call,
    };
    if (read?.vclock !== undefined) params.vclock = read.vclock;
    const r = await log.track('put', () => client.put(params), record);
    record.endPut(seq, outcome(r));
  }

  async function caller(owner, ownerRng) {
    const plain = keys.plain.filter((record) => record.owner === owner);
    const siblings = keys.siblings.filter((record) => record.owner === owner);
    const ops = {
      getPlain: () => get(ownerRng.pick(plain)),
      getSiblings: () => get(ownerRng.pick(siblings)),
      putPlain: () => put(ownerRng.pick(plain), undefined, ownerRng),
      updateSiblings: async () => {
        const record = ownerRng.pick(siblings);
        const read = await get(record);
        if (read.ok) await put(record, read.value, ownerRng);
      },
      putSiblingsBlind: () => put(ownerRng.pick(siblings), undefined, ownerRng),
    };
    while (performance.now() < endAt) await ops[ownerRng.weighted(WEIGHTS)]();
  }

  return Promise.all(Array.from({ length: callers }, (_, owner) => caller(owner, rng.fork())));
}
