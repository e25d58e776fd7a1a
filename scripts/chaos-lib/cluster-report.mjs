// The summary of a cluster chaos run and its verdict. The check lines
// (`  name: count`) are read by test/package/chaos-smoke.test.ts: keep their names.

const SAMPLES = 3;

function counts(record) {
  const entries = Object.entries(record).sort(([a], [b]) => a.localeCompare(b));
  return entries.length === 0 ? 'none' : entries.map(([name, n]) => `${name} ${n}`).join(', ');
}

const sum = (record) => Object.values(record).reduce((total, n) => total + n, 0);

/** Prints everything; returns true when every check passed. */
export function printClusterReport({ options, seconds, log, findings, faults, writes, tally, hung, processFaults, leftovers, print = console.log }) {
  const checks = [
    ['hung', hung],
    ['settled twice', Array(log.settledTwice).fill('a call settled twice')],
    ['non-RiakError rejections', log.nonRiakErrors],
    ['errors without node/request', log.unlocated],
    ['lost', findings.lost],
    ['duplicated', findings.duplicated],
    ['wrong', [...findings.wrong, ...findings.phantom]],
    ['diverged', findings.diverged],
    ['uncaught', processFaults],
    ['left open', leftovers],
  ];
  const calls = log.settled + log.pending.size;
  print(`chaos: a simulated cluster of ${options.cluster} nodes, ${options.concurrency} callers, ${seconds.toFixed(1)} s, seed ${options.seed}`);
  print(`calls      ${calls} (${(calls / seconds).toFixed(0)}/s): ok ${sum(log.ok)}, failed ${sum(log.failed)}`);
  print(`  ok       ${counts(log.ok)}`);
  print(`  failed   ${counts(log.failed)}`);
  print(`errors     ${counts(log.errorsByClass)}`);
  for (const [name, message] of Object.entries(log.samples)) print(`  e.g. ${name}  ${message.length > 150 ? `${message.slice(0, 147)}...` : message}`);
  const unknownPuts = log.outcomeUnknown.put ?? 0;
  print(
    `writes     ${writes.ok + writes.unknown + writes.unsent} at w quorum: acknowledged ${writes.ok}, maybe applied ${writes.unknown} (outcomeUnknown ${unknownPuts}, Riak errors and timeouts ${writes.unknown - unknownPuts}), not applied ${writes.unsent}`,
  );
  print(`faults     ${sum(faults)}: ${counts(faults)}`);
  print(
    `verified   ${tally.keys} keys read at r all after heal, start, settle: of ${tally.acknowledged} acknowledged writes, ${tally.readable} readable, ${tally.supersededByAcked} replaced by a later acknowledged write, ${tally.supersededByMaybe} by a later maybe-applied one, ${tally.lost} lost`,
  );
  print('checks');
  for (const [name, found] of checks) {
    print(`  ${name}: ${found.length}`);
    for (const line of found.slice(0, SAMPLES)) print(`      ${line}`);
    if (found.length > SAMPLES) print(`      ... and ${found.length - SAMPLES} more`);
  }
  const passed = checks.every(([, found]) => found.length === 0);
  print(`result: ${passed ? 'PASS' : 'FAIL'}`);
  return passed;
}
