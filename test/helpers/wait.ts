import type { EventEmitter } from 'node:events';

/** Anything with `on`/`off`: an EventEmitter, a child process, the client (typed events). */
export interface Emitter {
  on(event: never, listener: never): unknown;
  off(event: never, listener: never): unknown;
}

/**
 * How long a wait may last before it fails the test. Far above any healthy
 * run, even on a loaded machine, and below ava's 60 s timeout so that the
 * failure names what was awaited instead of "timed out while running tests".
 */
export const WAIT_CAP_MS = 30_000;

/** What a wait is for (in its failure message), and its cap. */
export interface WaitOptions {
  /** What is awaited, e.g. `'the probe to be scheduled'`; a function may describe the state seen last. */
  what: string | (() => string);
  /** Overall cap in ms (default {@link WAIT_CAP_MS}). */
  timeoutMs?: number;
}

type Truthy<T> = Exclude<T, false | 0 | '' | null | undefined>;

/** The options, or just what is awaited. */
export type Wait = WaitOptions | WaitOptions['what'];

function optionsOf(wait: Wait): WaitOptions {
  return typeof wait === 'object' ? wait : { what: wait };
}

function describe(options: WaitOptions): string {
  return typeof options.what === 'function' ? options.what() : options.what;
}

/**
 * Waits for an observed state: polls `condition` (sync or async) until it
 * returns a truthy value, and resolves with that value. Fails with
 * "timed out after N ms waiting for <what>" once the cap is reached. Never
 * a way to let time pass: the condition is the state the test needs.
 */
export async function until<T>(condition: () => T | Promise<T>, wait: Wait): Promise<Truthy<T>> {
  const opts = optionsOf(wait);
  const cap = opts.timeoutMs ?? WAIT_CAP_MS;
  const deadline = performance.now() + cap;
  for (;;) {
    const value = await condition();
    if (value) return value as Truthy<T>;
    if (performance.now() > deadline) throw new Error(`timed out after ${cap} ms waiting for ${describe(opts)}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/**
 * Resolves with the arguments of the next `event` from `emitter`; rejects on
 * an 'error' event meanwhile (except when awaiting 'close', which follows
 * errors), or once the cap is reached (naming `what`).
 */
export function once<A extends unknown[] = unknown[]>(target: Emitter, event: string, wait: Wait): Promise<A> {
  const opts = optionsOf(wait);
  const emitter = target as unknown as EventEmitter;
  const cap = opts.timeoutMs ?? WAIT_CAP_MS;
  const watchErrors = event !== 'error' && event !== 'close';
  return new Promise<A>((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      emitter.off(event, onEvent);
      if (watchErrors) emitter.off('error', onError);
    };
    const onEvent = (...args: unknown[]) => {
      done();
      resolve(args as A);
    };
    const onError = (error: unknown) => {
      done();
      reject(error);
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error(`timed out after ${cap} ms waiting for ${describe(opts)} ('${event}')`));
    }, cap);
    emitter.on(event, onEvent);
    if (watchErrors) emitter.on('error', onError);
  });
}

/** A promise the test resolves itself: an event it controls (`release()`). */
export function gate<T = void>(): { promise: Promise<T>; release(value: T): void; readonly released: boolean } {
  let release!: (value: T) => void;
  let released = false;
  const promise = new Promise<T>((resolve) => {
    release = (value) => {
      released = true;
      resolve(value);
    };
  });
  return {
    promise,
    release: (value: T) => release(value),
    get released() {
      return released;
    },
  };
}
