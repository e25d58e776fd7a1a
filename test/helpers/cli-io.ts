import type { CommandIo } from '../../src/cli/command.js';
import { until as waitUntil, type Wait } from './wait.js';

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

/** The shared {@link waitUntil} (helpers/wait.ts), kept here for older callers; prefer naming what is awaited. */
export function until(condition: () => unknown, wait: Wait = 'the command output'): Promise<unknown> {
  return waitUntil(condition, wait);
}
