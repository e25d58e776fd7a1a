import test from 'ava';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { distFile, root } from '../helpers/built.js';

// The chaos scripts' verdicts on stored writes (scripts/chaos-lib): a write
// whose outcome is unknown may be applied after the writes that follow it, so
// what it overtook is not lost; without one, a missing acknowledged write is.
// The modules import dist/, built by `npm run test:package`.

interface Findings {
  lost: string[];
  add(kind: string, text: string): void;
}
interface Record {
  beginPut(length: number): { seq: number; value: Buffer };
  endPut(seq: number, status: string): void;
  endDelete(status: string): void;
}
interface Ledger {
  KeyRecord: new (kind: string, owner: number, type: string | undefined, bucket: string, key: string) => Record;
  OK: string;
  UNKNOWN: string;
}
interface ClusterVerify {
  judgeKey(record: Record, seqs: number[], findings: Findings, tally: { [name: string]: number }): void;
}
interface StoreVerify {
  checkKey(record: Record, stored: { node: number; value: Buffer }[], findings: Findings): void;
}

const load = <T>(file: string): Promise<T> => {
  distFile('index.js');
  return import(pathToFileURL(join(root, 'scripts/chaos-lib', file)).href) as Promise<T>;
};

function findings(): Findings {
  const lost: string[] = [];
  return { lost, add: (kind, text) => (kind === 'lost' ? lost.push(text) : undefined) };
}

/** A key whose puts ended with `statuses` in turn (an entry 'delete:<status>' is a delete); their values by seq. */
async function history(kind: string, statuses: string[]): Promise<{ record: Record; values: Map<number, Buffer> }> {
  const { KeyRecord } = await load<Ledger>('ledger.mjs');
  const record = new KeyRecord(kind, 0, undefined, 'b', 'k');
  const values = new Map<number, Buffer>();
  for (const status of statuses) {
    if (status.startsWith('delete:')) {
      record.endDelete(status.slice('delete:'.length));
      continue;
    }
    const { seq, value } = record.beginPut(32);
    values.set(seq, value);
    record.endPut(seq, status);
  }
  return { record, values };
}

const tally = () => ({ acknowledged: 0, readable: 0, supersededByAcked: 0, supersededByMaybe: 0, lost: 0 });

test('cluster, allow_mult false: a maybe-applied write may stand where a later acknowledged one was', async (t) => {
  const { judgeKey } = await load<ClusterVerify>('cluster-verify.mjs');
  // #2's outcome is unknown: applied after #3, it holds the key.
  const overtaken = await history('plain', ['ok', 'unknown', 'ok']);
  const seen = findings();
  const counts = tally();
  judgeKey(overtaken.record, [2], seen, counts);
  t.deepEqual(seen.lost, []);
  t.is(counts.supersededByMaybe, 2);
  // No unknown outcome before #2: the stored #1 means #2 was lost.
  const lost = await history('plain', ['ok', 'ok', 'unknown']);
  const found = findings();
  judgeKey(lost.record, [1], found, tally());
  t.is(found.lost.length, 1);
  t.regex(found.lost[0], /acknowledged write #2 is gone \(stored: #1\)/);
});

test('independent stores: an acknowledged write an earlier maybe-applied put or delete may have overtaken is not lost', async (t) => {
  const { checkKey } = await load<StoreVerify>('verify.mjs');
  const plain = await history('plain', ['ok', 'unknown', 'ok']);
  const plainFindings = findings();
  checkKey(plain.record, [{ node: 0, value: plain.values.get(2) as Buffer }], plainFindings);
  t.deepEqual(plainFindings.lost, []);
  // The same history with only #1 stored: #2 did not overtake #3 there, so #3 is lost.
  const notStored = findings();
  checkKey(plain.record, [{ node: 0, value: plain.values.get(1) as Buffer }], notStored);
  t.is(notStored.lost.length, 1);
  // A delete whose outcome is unknown, then a put: the put may have been deleted after it.
  const churn = await history('churn', ['ok', 'delete:unknown', 'ok']);
  const churnFindings = findings();
  checkKey(churn.record, [], churnFindings);
  t.deepEqual(churnFindings.lost, []);
  // Nothing unknown before the last acknowledged put: its absence is a loss.
  const clean = await history('churn', ['ok', 'delete:ok', 'ok']);
  const cleanFindings = findings();
  checkKey(clean.record, [], cleanFindings);
  t.is(cleanFindings.lost.length, 1);
  const plainLost = await history('plain', ['ok', 'ok']);
  const plainLostFindings = findings();
  checkKey(plainLost.record, [{ node: 0, value: plainLost.values.get(1) as Buffer }], plainLostFindings);
  t.is(plainLostFindings.lost.length, 1);
});
