// The one-screen summary and its verdict. The check lines (`name: count`)
// are read by test/package/chaos-smoke.test.ts: keep their names.

const SAMPLES = 3;

/** `name n, name n` in name order, or `none`. */
export function counts(record) {
  const entries = Object.entries(record).sort(([a], [b]) => a.localeCompare(b));
  return entries.length === 0 ? 'none' : entries.map(([name, n]) => `${name} ${n}`).join(', ');
}

export function sum(record) {
  return Object.values(record).reduce((total, n) => total + n, 0);
}

/** The calls made, how they ended, and a sample of each error class (both kinds of run print these lines). */
export function printCalls(log, seconds, print) {
  const calls = log.settled + log.pending.size;
  print(`calls      ${calls} (${(calls / seconds).toFixed(0)}/s): ok ${sum(log.ok)}, failed ${sum(log.failed)}`);
  print(`  ok       ${counts(log.ok)}`);
  print(`  failed   ${counts(log.failed)}`);
  print(`errors     ${counts(log.errorsByClass)}`);
  for (const [name, message] of Object.entries(log.samples)) print(`  e.g. ${name}  ${message.length > 150 ? `${message.slice(0, 147)}...` : message}`);
}

/** Each check's count and a few of its findings, then the verdict; returns true when every check passed. */
export function printChecks(checks, print) {
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

/** Builds the checks (name → findings) and prints everything; returns true when every check passed. */
export function report({ options, seconds, log, findings, faults, writes, hung, processFaults, verifyReads, leftovers, print = console.log }) {
  const checks = [
    ['hung', hung],
    ['settled twice', [...findings.settledTwice, ...Array(log.settledTwice).fill('a call settled twice')]],
    ['non-RiakError rejections', log.nonRiakErrors],
    ['errors without node/request', log.unlocated],
    ['lost', findings.lost],
    ['duplicated', findings.duplicated],
    ['wrong', [...findings.wrong, ...findings.phantom]],
    ['uncaught', processFaults],
    ['left open', leftovers],
  ];
  print(`chaos: ${options.nodes} nodes, ${options.concurrency} callers, ${seconds.toFixed(1)} s, seed ${options.seed}`);
  printCalls(log, seconds, print);
  const unknownWrites = (log.outcomeUnknown.put ?? 0) + (log.outcomeUnknown.delete ?? 0) + (log.outcomeUnknown.counter ?? 0);
  print(
    `writes     ${writes.ok + writes.unknown + writes.unsent}: acknowledged ${writes.ok}, outcomeUnknown ${unknownWrites}, other maybe-applied ${writes.unknown - unknownWrites} (timeouts, broken replies), not sent ${writes.unsent}`,
  );
  print(
    `faults     ${sum(Object.fromEntries(Object.entries(faults).filter(([k]) => !k.includes('.'))))}: ${counts(Object.fromEntries(Object.entries(faults).filter(([k]) => !k.includes('.'))))}`,
  );
  const garbage = Object.fromEntries(
    Object.entries(faults)
      .filter(([k]) => k.startsWith('garbage.'))
      .map(([k, n]) => [k.slice(8), n]),
  );
  print(`  garbage  ${counts(garbage)}`);
  print(`verified   ${verifyReads} direct reads of every key on every node`);
  return printChecks(checks, print);
}
