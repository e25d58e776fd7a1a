import type { CommandStdio } from '../command.js';
import { displayBytes, type Output } from '../output.js';
import { Progress } from '../progress.js';

/**
 * Prints a scan as it arrives: one line per item (text), or one JSON array
 * element per line (`--json`). When stdout and stderr are both a terminal, a
 * live count runs on stderr and the total is left there at the end.
 */
export async function printScan(
  session: { out: Output; stdio: CommandStdio },
  items: AsyncIterable<Buffer>,
  noun: readonly [one: string, many: string],
): Promise<void> {
  const { out, stdio } = session;
  const progress = out.isTTY && stdio.stderr.isTTY === true ? new Progress(stdio.stderr, noun) : undefined;
  const array = out.json ? out.jsonArray() : undefined;
  let count = 0;
  try {
    for await (const item of items) {
      progress?.clear();
      if (array) await array.push(item);
      else await out.line(displayBytes(item));
      progress?.update(++count);
    }
    await array?.end();
    progress?.end();
  } finally {
    progress?.stop();
  }
}
