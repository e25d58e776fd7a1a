import type { CommandIo } from '../../src/cli/command.js';

/** A CommandIo that records output and lets a test deliver the stop signal (SIGINT/SIGTERM). */
export function fakeIo() {
  const out: string[] = [];
  const err: string[] = [];
  let stop: (() => void) | undefined;
  const io: CommandIo = {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    onStop(handler) {
      stop = handler;
      return () => {
        stop = undefined;
      };
    },
  };
  return { io, out, err, stop: () => stop?.() };
}

/** Polls `predicate` every 10 ms; throws after `ms`. */
export async function until(predicate: () => boolean, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}
