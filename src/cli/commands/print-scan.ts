import type { Buffer } from 'node:buffer';
import type { CommandStdio } from '../command.js';
import { displayLines, type Output } from '../output.js';
import { Progress } from '../progress.js';

/** A listing read a frame at a time (`client.listKeys(...)`, `client.listBuckets(...)`). */
export interface BatchedScan {
  batches(): AsyncIterable<readonly Buffer[]>;
}

/**
 * Prints a scan as it arrives: one line per item (text), or one JSON array
 * element per line (`--json`). Each frame's items go out in one write, so a
 * big listing costs a write and an `await` per frame, not per key. When stdout
 * and stderr are both a terminal, a live count runs on stderr and the total is
 * left there at the end.
 */
export async function printScan(session: { out: Output; stdio: CommandStdio }, scan: BatchedScan, noun: readonly [one: string, many: string]): Promise<void> {
  const { out, stdio } = session;
  const progress = out.isTTY && stdio.stderr.isTTY === true ? new Progress(stdio.stderr, noun) : undefined;
  const array = out.json ? out.jsonArray() : undefined;
  let count = 0;
  try {
    for await (const batch of scan.batches()) {
      progress?.clear();
      if (array) await array.push(batch);
      else await out.raw(displayLines(batch));
      count += batch.length;
      progress?.update(count);
    }
    await array?.end();
    progress?.end();
  } finally {
    progress?.stop();
  }
}
