// The summary of a cluster chaos run and its verdict. The check lines
// (`  name: count`) are read by test/package/chaos-smoke.test.ts: keep their names.

import { counts, printCalls, printChecks, sum } from './report.mjs';

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
  print(`chaos: a simulated cluster of ${options.cluster} nodes, ${options.concurrency} callers, ${seconds.toFixed(1)} s, seed ${options.seed}`);
  printCalls(log, seconds, print);
  const unknownPuts = log.outcomeUnknown.put ?? 0;
  print(
    `writes     ${writes.ok + writes.unknown + writes.unsent} at w quorum: acknowledged ${writes.ok}, maybe applied ${writes.unknown} (outcomeUnknown ${unknownPuts}, Riak errors and timeouts ${writes.unknown - unknownPuts}), not applied ${writes.unsent}`,
  );
  print(`faults     ${sum(faults)}: ${counts(faults)}`);
  print(
    `verified   ${tally.keys} keys read at r all after heal, start, settle: of ${tally.acknowledged} acknowledged writes, ${tally.readable} readable, ${tally.supersededByAcked} replaced by a later acknowledged write, ${tally.supersededByMaybe} by a maybe-applied one (later, or earlier and applied late), ${tally.lost} lost`,
  );
  return printChecks(checks, print);
}
